import type { Reporter } from './types.js';

/** Output formats, each loaded only when asked for, so a run pays only for the formats it writes. */
export const reporters: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).text,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
  junit: async () => (await import('./junit.js')).junit,
  oscal: async () => (await import('./oscal.js')).oscal,
  jsonl: async () => (await import('./jsonl.js')).jsonl,
};

export const formatNames = Object.keys(reporters);

/**
 * Formats that can be written while the batch is evaluated (see StreamingReporter): the module and export of
 * each one's streaming form, by URL, so that a worker thread can load it to render the subjects it evaluates.
 */
export const streamingReporters: Record<string, { module: string; export: string }> = {
  text: { module: new URL('./text.js', import.meta.url).href, export: 'textStream' },
  json: { module: new URL('./json.js', import.meta.url).href, export: 'jsonStream' },
  sarif: { module: new URL('./sarif.js', import.meta.url).href, export: 'sarifStream' },
  jsonl: { module: new URL('./jsonl.js', import.meta.url).href, export: 'jsonlStream' },
  markdown: { module: new URL('./markdown.js', import.meta.url).href, export: 'markdownStream' },
  junit: { module: new URL('./junit.js', import.meta.url).href, export: 'junitStream' },
  html: { module: new URL('./html.js', import.meta.url).href, export: 'htmlStream' },
  oscal: { module: new URL('./oscal.js', import.meta.url).href, export: 'oscalStream' },
};

export type { Chunk, Chunks, PartRenderer, Reporter, ReporterOptions, StreamingReporter, StreamWriter } from './types.js';
export { eachChunk } from './stream-kit.js';
