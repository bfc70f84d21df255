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
};

export const formatNames = Object.keys(reporters);
export type { Reporter, ReporterOptions } from './types.js';
