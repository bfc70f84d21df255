import { reporterModule } from '../src/layout.js';
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
  text: { module: reporterModule('text'), export: 'textStream' },
  json: { module: reporterModule('json'), export: 'jsonStream' },
  sarif: { module: reporterModule('sarif'), export: 'sarifStream' },
  jsonl: { module: reporterModule('jsonl'), export: 'jsonlStream' },
  markdown: { module: reporterModule('markdown'), export: 'markdownStream' },
  junit: { module: reporterModule('junit'), export: 'junitStream' },
  html: { module: reporterModule('html'), export: 'htmlStream' },
  oscal: { module: reporterModule('oscal'), export: 'oscalStream' },
};

export type { Chunk, Chunks, PartRenderer, Reporter, ReporterOptions, StreamingReporter, StreamWriter } from './types.js';
export { eachChunk } from './stream-kit.js';
