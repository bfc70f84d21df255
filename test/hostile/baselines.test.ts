import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/** A baseline is another run's report, often an artifact anyone could have uploaded: its shape is not trusted. */
describe('malformed baselines are positioned problems, the run intact', () => {
  const dir = tempDir('baselines');
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/m.yaml`);
  const cases: [string, string, RegExp][] = [
    ['{"runs": [1,', '1:13', /not JSON/],
    ['{"runs": [null]}', '1:11', /\/runs\/0 is null; expected a SARIF run/],
    ['{"runs": [{"results": [null]}]}', '1:24', /\/runs\/0\/results\/0 is null; expected a SARIF result/],
    ['{"runs": [{"results": {"a": 1}}]}', '1:12', /\/runs\/0\/results is a mapping; expected a list/],
    ['{"reportVersion": 1, "subjects": [{}]}', '1:35', /\/subjects\/0\/controls is missing; expected a list/],
    ['{"reportVersion": 1,\n "subjects": [{"controls": [{"id": "X", "findings": [null]}]}]}', '2:54', /\/subjects\/0\/controls\/0\/findings\/0 is null; expected a finding/],
    ['\ufeff[]', '1:1', /neither a SARIF log nor a ringfence JSON report/],
  ];
  for (const [text, at, message] of cases) {
    it(`${JSON.stringify(text).slice(0, 60)}`, () => {
      writeFileSync(`${dir}/b.json`, text);
      const r = runCli(['check', 'm.yaml', '--as-of', '2026-11-25', '--baseline', 'b.json', '--format', 'json'], { cwd: dir });
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.subjects.map((s) => s.file)).toEqual(['m.yaml']);
      const p = report.problems.find((x) => x.code === 'baseline-invalid')!;
      expect(p).toBeDefined();
      expect(p.file).toBe('b.json');
      expect(`${p.range?.startLine}:${p.range?.startColumn}`).toBe(at);
      expect(p.message).toMatch(message);
    });
  }
});
