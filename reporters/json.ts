import type { Reporter } from './types.js';

/** The report itself, as documented in docs/report.md. */
export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
