import type { CompareReporter } from './types.js';

/** Formats of `ringfence compare`, each loaded only when asked for. */
export const compareReporters: Record<string, () => Promise<CompareReporter>> = {
  text: async () => (await import('./text.js')).compareText,
  json: async () => (await import('./json.js')).compareJson,
  markdown: async () => (await import('./markdown.js')).compareMarkdown,
  html: async () => (await import('./html.js')).compareHtml,
};

export const compareFormatNames = Object.keys(compareReporters);
export type { CompareReporter, CompareReporterOptions } from './types.js';
