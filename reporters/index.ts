import { reporterModule } from '../src/layout.js';
import { provide } from '../src/util/import-module.js';
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

// On this thread, each format's module as this code imports it: the same module as its URL unbundled, and the
// bundle's own copy in the CLI's bundle (see src/util/import-module.ts).
const own: Record<string, () => Promise<unknown>> = {
  text: () => import('./text.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  jsonl: () => import('./jsonl.js'),
  markdown: () => import('./markdown.js'),
  junit: () => import('./junit.js'),
  html: () => import('./html.js'),
  oscal: () => import('./oscal.js'),
};
for (const [name, load] of Object.entries(own)) provide(streamingReporters[name]!.module, load);

export type { Chunk, Chunks, PartRenderer, Reporter, ReporterOptions, StreamingReporter, StreamWriter } from './types.js';
export { eachChunk } from './stream-kit.js';
