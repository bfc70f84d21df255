import { reporterModule } from '../src/layout.js';
import { provide } from '../src/util/import-module.js';
import type { Reporter } from './types.js';

/**
 * Each format's module, loaded only when asked for, so a run pays only for the formats it writes. A module exports
 * its reporter under the format's name (and its streaming form as NAME`Stream`, below).
 */
const formatModules: Record<string, () => Promise<Record<string, unknown>>> = {
  text: () => import('./text.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  markdown: () => import('./markdown.js'),
  html: () => import('./html.js'),
  junit: () => import('./junit.js'),
  oscal: () => import('./oscal.js'),
  jsonl: () => import('./jsonl.js'),
};

/** Output formats, each loaded only when asked for. */
export const reporters: Record<string, () => Promise<Reporter>> = Object.fromEntries(Object.entries(formatModules).map(([name, load]) => [name, async () => (await load())[name] as Reporter]));

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
for (const [name, load] of Object.entries(formatModules)) provide(streamingReporters[name]!.module, load);

export type { Chunk, Chunks, PartRenderer, Reporter, ReporterOptions, StreamingReporter, StreamWriter } from './types.js';
export { eachChunk } from './stream-kit.js';
