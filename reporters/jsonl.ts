import { renderWhole, utf8 } from './stream-kit.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * JSON Lines: a header line (report version, tool, as-of date, standard), one line per document, and a summary
 * line (documents, problems, waivers, gate, and the baseline comparison when there is one).
 */
export const jsonlStream: StreamingReporter<Uint8Array> = {
  part: () => (subject) => utf8(`${JSON.stringify({ type: 'subject', ...subject })}\n`),
  writer: (header) => ({
    begin: () => `${JSON.stringify({ type: 'header', ...header })}\n`,
    add: (part) => part,
    end: ({ documents, problems, waivers, gate, baseline }) => `${JSON.stringify({ type: 'summary', documents, problems, waivers, gate, ...(baseline ? { baseline } : {}) })}\n`,
  }),
};

export const jsonl: Reporter = (report, options) => renderWhole(report, options, jsonlStream);
