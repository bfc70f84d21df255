import type { Subject } from '../src/model/report.js';
import { members, nested, renderWhole, utf8 } from './stream-kit.js';
import type { Reporter, StreamingReporter } from './types.js';

/** The JSON report as it streams: the header fields, then each subject as it comes, then what is known at the end. */
export const jsonStream: StreamingReporter<Uint8Array> = {
  part: () => (subject: Subject) => utf8(nested(subject, 2)),
  writer: (header) => {
    let subjects = 0;
    return {
      begin: () => `{\n${members({ ...header }, 0).join(',\n')},\n  "subjects": [`,
      add: (part) => [subjects++ ? ',\n    ' : '\n    ', part],
      end: (footer) => {
        const { problems, waivers, gate, baseline } = footer;
        return `${subjects ? '\n  ]' : ']'},\n${members({ problems, waivers, gate, baseline }, 0).join(',\n')}\n}\n`;
      },
    };
  },
};

/** The report itself, as documented in docs/report.md. */
export const json: Reporter = (report, options) => renderWhole(report, options, jsonStream);
