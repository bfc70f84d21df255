import type { Subject } from '../src/model/report.js';
import { members, nested, renderWhole, utf8 } from './stream-kit.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * A subject as `JSON.stringify(report, null, 2)` writes it inside the report's list of subjects, in pieces: its
 * fields, then each control on its own, so that no one string holds a whole document's results.
 */
function subjectChunks(subject: Subject): Uint8Array[] {
  const pad = '      ';
  const entries = Object.entries(subject).filter(([, v]) => v !== undefined);
  const chunks: Uint8Array[] = [];
  let text = '{\n';
  entries.forEach(([k, v], i) => {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    if (k === 'controls' && Array.isArray(v) && v.length > 0) {
      chunks.push(utf8(`${text}${pad}"controls": [\n`));
      v.forEach((c, j) => chunks.push(utf8(`${pad}  ${nested(c, 4)}${j < v.length - 1 ? ',' : ''}\n`)));
      text = `${pad}]${end}`;
    } else {
      text += `${pad}${JSON.stringify(k)}: ${nested(v, 3)}${end}`;
    }
  });
  chunks.push(utf8(`${text}    }`));
  return chunks;
}

/** The JSON report as it streams: the header fields, then each subject as it comes, then what is known at the end. */
export const jsonStream: StreamingReporter<Uint8Array[]> = {
  part: () => subjectChunks,
  writer: (header) => {
    let subjects = 0;
    return {
      begin: () => `{\n${members({ ...header }, 0).join(',\n')},\n  "subjects": [`,
      add: (part) => [subjects++ ? ',\n    ' : '\n    ', ...part],
      end: (footer) => {
        const { problems, waivers, gate, baseline, shard } = footer;
        return `${subjects ? '\n  ]' : ']'},\n${members({ problems, waivers, gate, baseline, shard }, 0).join(',\n')}\n}\n`;
      },
    };
  },
};

/** The report itself, as documented in docs/report.md. */
export const json: Reporter = (report, options) => renderWhole(report, options, jsonStream);
