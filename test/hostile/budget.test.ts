import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir, validateSarif } from '../helpers.js';

/**
 * Hostile rules: a standard author (or a rule pulled in by `extends`) writes an expression that costs far more
 * than its step count says — strings doubled in nested callbacks, huge joins, regular expressions whose counted
 * repetitions multiply. Each case runs the real CLI on two manifests with a standard of one good and one hostile
 * control. The run must end (the spawn is killed after 20 s, which fails the test), exit 2, report the hostile
 * control as `error` on every document (never passed), evaluate the good control everywhere, and write complete
 * JSON and SARIF reports.
 */
function hostileStandard(name: string, assert: string, params?: Record<string, string>): string {
  const dir = tempDir(`budget-${name}`);
  mkdirSync(`${dir}/rules`);
  writeFileSync(
    `${dir}/standard.yaml`,
    [
      'id: HOSTILE',
      'version: 0.0.1',
      'title: A standard with one hostile rule',
      'ruleDirs: [./rules]',
      'grading:',
      '  bands: [{ grade: A, min: 90 }, { grade: F, min: 0 }]',
      '  criticalCap: F',
      'areas:',
      '  - id: H',
      '    title: Hostile',
      '    controls:',
      '      - { id: H-01, rule: good, severity: low, level: 1 }',
      '      - { id: H-02, rule: hostile, severity: low, level: 1 }',
      '',
    ].join('\n'),
  );
  const rule = (ruleName: string, expr: string, extra = '') =>
    `name: ${ruleName}\ntitle: ${ruleName}\nappliesTo: VendorManifest\nassert: ${JSON.stringify(expr)}\nmessage: "no"\n${extra}rationale: Fixture.\nremediation: Fixture.\ntests:\n  - { name: t, doc: { metadata: { vendor: x } }, expect: pass }\n`;
  writeFileSync(`${dir}/rules/good.yaml`, rule('good', "doc.metadata.vendor !== ''"));
  const paramLines = params ? `params:\n${Object.entries(params).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}` : '';
  writeFileSync(`${dir}/rules/hostile.yaml`, rule('hostile', assert, paramLines));
  return dir;
}

const manifests = ['examples/vendors/aegis-exemplary.yaml', 'examples/vendors/borealis-typical.yaml'];

function checkContained(dir: string): { report: Report; sarif: { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[]; results: { ruleId: string }[] }[] } } {
  const rel = path.relative(root, dir);
  const r = runCli(['check', ...manifests, '--standard', `${rel}/standard.yaml`, '--as-of', '2026-11-25', '--format', `json=${rel}/report.json`, '--format', `sarif=${rel}/report.sarif`, '--format', 'text'], { timeout: 20_000 });
  expect(r.stderr).not.toMatch(/heap|FATAL|internal error/i);
  expect(r.code).toBe(2);
  const report = JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as Report;
  const sarif = JSON.parse(readFileSync(`${dir}/report.sarif`, 'utf8'));
  expect(report.subjects.map((s) => s.file)).toEqual(manifests);
  for (const s of report.subjects) {
    expect(s.controls.find((c) => c.id === 'H-01')!.status).toBe('pass');
    expect(s.controls.find((c) => c.id === 'H-02')!.status).toBe('error');
  }
  expect(report.problems.filter((p) => p.code === 'rule-runtime' && p.control === 'H-02')).toHaveLength(manifests.length);
  const run = sarif.runs[0];
  expect(run.invocations[0].executionSuccessful).toBe(false);
  expect(run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join('\n')).toMatch(/H-02/);
  expect(run.results.some((x: { ruleId: string }) => x.ruleId === 'H-02')).toBe(false);
  return { report, sarif };
}

/** `['a'].map(s0 => [s0 + s0].map(s1 => … inner …))`: s<n> is 'a' doubled n times, built in nested callbacks. */
function doubled(n: number, inner: string, join: (v: string) => string = (v) => `${v} + ${v}`): string {
  let e = inner;
  for (let i = n - 1; i >= 0; i--) e = `[${join(`s${i}`)}].map(s${i + 1} => ${e})`;
  return `count(['a'].map(s0 => ${e})) > 0`;
}

describe('the cost budget bounds string and regular-expression work', () => {
  it('a string doubled 28 times in nested map callbacks and fed to unique() (heap exhaustion before) is an error of that control only', () => {
    const variants = Array.from({ length: 40 }, (_, k) => `s28 + '${k}'`).join(', ');
    const dir = hostileStandard('unique', doubled(28, `unique([${variants}])`));
    const { report } = checkContained(dir);
    expect(report.problems.find((p) => p.control === 'H-02')!.message).toMatch(/longer than the limit of 1,048,576/);
    // The SARIF file is complete and valid (it was 0 bytes when V8 aborted).
    const errors = validateSarif(`${dir}/report.sarif`).filter((i) => i.level === 'error');
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  });

  it('comparisons of a string doubled 28 times are charged by length', () => {
    checkContained(hostileStandard('compare', doubled(28, `[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(k => s28 + k === s28 + 'x')`)));
  });

  it('template literals that double a string are charged and capped', () => {
    checkContained(hostileStandard('template', doubled(28, 's28.length > 0', (v) => `\`\${${v}}\${${v}}\``)));
  });

  it('a join of many copies of a long string is capped', () => {
    const list = Array.from({ length: 50 }, () => 's16').join(', ');
    const { report } = checkContained(hostileStandard('join', doubled(16, `[${list}].map(x => [${list}].join(x)).length > 0`)));
    expect(report.problems.find((p) => p.control === 'H-02')!.message).toMatch(/longer than/);
  });

  it('includes() on a list of long strings is charged by the characters it compares', () => {
    const n = 120;
    const list = Array.from({ length: n }, (_, k) => `s19 + ${k}`).join(', ');
    const ks = Array.from({ length: n }, (_, k) => k).join(', ');
    checkContained(hostileStandard('includes', doubled(19, `[[${list}]].every(xs => [${ks}].every(k => !xs.includes(s19 + 'x')))`)));
  });

  it('a regular expression with nested counted repetition, built at run time, is an error of that control', () => {
    const { report } = checkContained(hostileStandard('regex-dynamic', "matches(doc.metadata.vendor + 'a', '(?:(?:(?:a{32' + '}){32}){32})')"));
    expect(report.problems.find((p) => p.control === 'H-02')!.message).toMatch(/regular expression .*too large|too large/);
  });

  it('a regular expression with nested counted repetition, taken from params, is an error of that control', () => {
    checkContained(hostileStandard('regex-param', 'doc.components.every(c => matches(c.id + doc.metadata.vendor, params.pattern))', { pattern: '(?:(?:(?:a{32}){32}){32})' }));
  });

  it('a literal regular expression with nested counted repetition is a positioned load-time problem', () => {
    const dir = hostileStandard('regex-literal', "matches(doc.metadata.vendor, '^(?:(?:(?:a{32}){32}){32})$')");
    const r = runCli(['lint-standard', `${path.relative(root, dir)}/standard.yaml`], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/rules\/hostile\.yaml:4:39: error: regular expression "\^\(\?:\(\?:\(\?:a\{32\}\)\{32\}\)\{32\}\)\$" is too large: it compiles to about 32,770 instructions .*over the limit of 4,096 \[rule-compile\]/);
  });

  it('a long text matched against a large (allowed) pattern is charged by text length times pattern size', () => {
    // 60 texts of 16,384 characters: within the budget when a match cost one step per character, yet 900 steps of
    // matching at each position.
    checkContained(hostileStandard('regex-long-text', doubled(14, `[${Array.from({ length: 60 }, (_, k) => k).join(', ')}].every(k => !matches(s14 + k, '(?:(?:a{30}){30})b'))`)));
  });
});
