import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli } from '../helpers.js';

/*
 * The adversarial corpus (issue 14 §5): gaming vendor manifests and deployment configs in test/adversarial/, one
 * trick per file — letter-not-spirit, omission, dilution, contradiction, inflated denominators, relabelling,
 * backdating. Each file's header names the trick and the outcome a sound standard gives, as `# expect:` lines:
 *
 *   # expect: KDUS-SR-02 fails | passes | is missing evidence | is not applicable
 *   # expect: grade no better than D        (or: grade A)
 *   # expect: not graded
 *   # expect: gate fails
 *   # expect: no control is not applicable
 *   # expect: score below other-file.yaml   (or: score no higher than other-file.yaml)
 *
 * One `check` run over the whole folder, and every expectation of every file is asserted.
 */

const dir = path.join(root, 'test', 'adversarial');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const expectations = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8').split('\n').flatMap((l) => /^# expect: (.+)$/.exec(l)?.[1]?.trim() ?? [])]));

const statusWords: Record<string, string> = { fails: 'fail', passes: 'pass', 'is missing evidence': 'missing_evidence', 'is not applicable': 'not_applicable' };

describe('the adversarial corpus gets the outcome a sound standard gives', () => {
  it('has at least 25 gaming documents across every class of trick, each with expectations', () => {
    const cases = files.filter((f) => !f.startsWith('reference-'));
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const f of files) expect(expectations.get(f)!.length, f).toBeGreaterThan(0);
    const classes = new Set(cases.map((f) => /^# Class: (.+)$/m.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]));
    for (const c of ['letter-not-spirit', 'omission', 'dilution', 'contradiction', 'inflated denominators', 'relabelling', 'backdating']) expect(classes, c).toContain(c);
  });

  it('every expectation of every file holds in one check run over the folder', () => {
    const r = runCli(['check', dir, '--as-of', '2026-11-25', '--format', 'json'], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2); // the gaming documents fail the gate, and v29's schema errors make it exit 2
    const report = JSON.parse(r.stdout) as Report;
    const subject = (f: string): Subject => {
      const s = report.subjects.find((x) => path.basename(x.file) === f);
      expect(s, `${f} was evaluated`).toBeDefined();
      return s!;
    };
    const gateFails = (f: string) => report.gate.reasons.some((reason) => reason.includes(`adversarial/${f}`));
    const bandMin = new Map(report.standard.grading.bands.map((b) => [b.grade, b.min]));
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) failures.push(what);
    };
    for (const f of files) {
      const s = subject(f);
      for (const e of expectations.get(f)!) {
        const what = `${f}: expected "${e}"`;
        let m: RegExpExecArray | null;
        if ((m = /^(KDUS-[A-Z]+-\d+) (fails|passes|is missing evidence|is not applicable)$/.exec(e))) {
          const c = s.controls.find((x) => x.id === m![1]);
          check(c?.status === statusWords[m[2]!], `${what}, got ${c?.status ?? 'no such control'}`);
        } else if ((m = /^grade no better than ([A-F])$/.exec(e))) {
          check(s.score !== null && bandMin.has(s.grade) && bandMin.get(s.grade)! <= bandMin.get(m[1]!)!, `${what}, got ${s.grade} (${s.score})`);
        } else if ((m = /^grade ([A-F])$/.exec(e))) {
          check(s.grade === m[1], `${what}, got ${s.grade} (${s.score})`);
        } else if (e === 'not graded') {
          check(s.score === null && s.grade === 'not graded' && s.schemaErrors > 0, `${what}, got ${s.grade} (${s.score})`);
        } else if (e === 'gate fails') {
          check(gateFails(f), `${what}; gate reasons: ${report.gate.reasons.join(' | ')}`);
        } else if (e === 'no control is not applicable') {
          const na = s.controls.filter((c) => c.status === 'not_applicable').map((c) => c.id);
          check(na.length === 0, `${what}, got ${na.join(', ')}`);
        } else if ((m = /^score (below|no higher than) (\S+\.yaml)$/.exec(e))) {
          const other = subject(m[2]!);
          const ok = s.score !== null && other.score !== null && (m[1] === 'below' ? s.score < other.score : s.score <= other.score);
          check(ok, `${what}, got ${s.score} vs ${other.score}`);
        } else {
          failures.push(`${what}: unknown expectation`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
