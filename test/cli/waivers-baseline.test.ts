import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];

function run(args: string[]): { report: Report; code: number } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  return { report: JSON.parse(r.stdout) as Report, code: r.code };
}

function fixture(name: string) {
  const dir = tempDir(name);
  const file = path.relative(root, `${dir}/vendor.yaml`);
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(root, file));
  return { dir, file };
}

function waiverFile(dir: string, waivers: { control: string; documents: string; expires: string; pointer?: string }[]): string {
  const body = waivers
    .map((w) => `  - control: ${w.control}\n    documents: "${w.documents}"\n${w.pointer ? `    pointer: "${w.pointer}"\n` : ''}    reason: Accepted while the vendor fixes it under contract.\n    owner: procurement@example.org\n    ticket: RISK-7\n    expires: ${w.expires}\n`)
    .join('');
  const f = `${dir}/waivers.yaml`;
  writeFileSync(f, `apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n${body}`);
  return path.relative(root, f);
}

describe('waivers', () => {
  it('a waived failure costs exactly its points, is listed as accepted risk, and does not fail the gate', () => {
    const { dir, file } = fixture('waive');
    const plain = run([file, '--fail-on', 'critical']);
    expect(plain.code).toBe(1);
    const critical = new Set(plain.report.standard.controls.filter((c) => c.severity === 'critical').map((c) => c.id));
    const failingCritical = plain.report.subjects[0]!.controls.filter((c) => critical.has(c.id) && c.findings.length > 0).map((c) => c.id);
    expect(failingCritical.length).toBeGreaterThan(0);
    const w = waiverFile(dir, failingCritical.map((control) => ({ control, documents: file, expires: '2027-06-30' })));
    const waived = run([file, '--fail-on', 'critical', '--waivers', w]);
    expect(waived.code).toBe(0);
    expect(waived.report.gate.passed).toBe(true);
    expect(waived.report.subjects[0]!.score).toBe(plain.report.subjects[0]!.score);
    expect(waived.report.subjects[0]!.grade).toBe(plain.report.subjects[0]!.grade);
    for (const id of failingCritical) {
      const c = waived.report.subjects[0]!.controls.find((x) => x.id === id)!;
      expect(c.status).not.toBe('pass');
      expect(c.findings.every((f) => f.waiver?.owner === 'procurement@example.org')).toBe(true);
    }
    expect(waived.report.waivers.every((x) => x.status === 'active' && x.matched > 0)).toBe(true);
    // In SARIF the waived results carry an accepted external suppression (or are left out on request).
    const sarif = JSON.parse(runCli(['check', file, ...asOf, '--waivers', w, '--format', 'sarif']).stdout);
    const results = sarif.runs[0].results as { ruleId: string; suppressions: { kind: string; status: string }[] }[];
    const suppressed = results.filter((r) => r.suppressions.length > 0);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => failingCritical.includes(r.ruleId) && r.suppressions[0]!.kind === 'external' && r.suppressions[0]!.status === 'accepted')).toBe(true);
    const omitted = JSON.parse(runCli(['check', file, ...asOf, '--waivers', w, '--format', 'sarif', '--omit-waived']).stdout);
    expect(omitted.runs[0].results.length).toBe(results.length - suppressed.length);
  });

  it('an expired waiver fails the gate with a message that names it, and waives nothing', () => {
    const { dir, file } = fixture('expired');
    const plain = run([file, '--fail-on', 'none']);
    const failing = plain.report.subjects[0]!.controls.find((c) => c.findings.length > 0)!;
    const w = waiverFile(dir, [{ control: failing.id, documents: file, expires: '2026-11-24' }]);
    const r = runCli(['check', file, ...asOf, '--fail-on', 'none', '--waivers', w]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`waiver for ${failing.id} (${file}) at ${w}:4 expired on 2026-11-24`);
    const json = run([file, '--fail-on', 'none', '--waivers', w]).report;
    expect(json.waivers[0]!.status).toBe('expired');
    expect(json.subjects[0]!.controls.find((c) => c.id === failing.id)!.findings.some((f) => f.waiver)).toBe(false);
  });

  it('reports waivers that match nothing, expire soon, or expire more than a year ahead', () => {
    const { dir, file } = fixture('odd');
    const failing = run([file, '--fail-on', 'none']).report.subjects[0]!.controls.find((c) => c.findings.length > 0)!;
    const w = waiverFile(dir, [
      { control: 'KDUS-SR-01', documents: 'nowhere/*.yaml', expires: '2027-01-31' },
      { control: failing.id, documents: file, expires: '2026-12-01' },
      { control: failing.id, documents: file, expires: '2028-01-01' },
    ]);
    const { report, code } = run([file, '--fail-on', 'none', '--waivers', w]);
    expect(report.waivers.map((x) => x.status)).toEqual(['unmatched', 'expiring', 'invalid']);
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['waiver-unmatched', 'waiver-expiring', 'waiver-invalid']));
    // A waiver beyond a year is an error in the register: exit 2.
    expect(code).toBe(2);
  });

  it('reports a malformed register with its position', () => {
    const dir = tempDir('badwaivers');
    writeFileSync(`${dir}/w.yaml`, 'apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n  - control: KDUS-SR-01\n    documents: "*"\n    reason: no expiry given here\n    owner: me\n');
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf, '--waivers', path.relative(root, `${dir}/w.yaml`)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/w\.yaml:4:5 {2}missing required field "expires" of Waiver at waivers\[0\] \[waivers-schema\]/);
  });
});

describe('fingerprints and baselines', () => {
  it('keeps every fingerprint when lines are inserted above the findings, while the regions move', () => {
    const { file } = fixture('shift');
    const before = run([file, '--fail-on', 'none']).report;
    const src = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, file), src.replace('\nmetadata:', '\n# a new comment\n\n# and another, after a blank line\nmetadata:'));
    const after = run([file, '--fail-on', 'none']).report;
    const findings = (r: Report) => r.subjects[0]!.controls.flatMap((c) => c.findings);
    const a = findings(before);
    const b = findings(after);
    expect(a.length).toBeGreaterThan(5);
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
    b.forEach((f, i) => expect(f.location.region.startLine).toBe(a[i]!.location.region.startLine + 3));
    // Control results only: the example's evidence warnings are results of the RF-EVIDENCE pseudo-rule.
    const sarif = (extra: string[]) =>
      JSON.parse(runCli(['check', file, ...asOf, '--format', 'sarif', ...extra]).stdout)
        .runs[0].results.filter((r: { ruleId: string }) => r.ruleId.startsWith('KDUS-'))
        .map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['primaryLocationLineHash']);
    expect(sarif([]).length).toBe(a.length);
  });

  it('a baseline of an unchanged file marks every result unchanged and passes --fail-on-new', () => {
    const { dir, file } = fixture('baseline');
    const base = `${dir}/base.sarif`;
    expect(runCli(['check', file, ...asOf, '--format', `sarif=${base}`]).code).toBe(1);
    const again = runCli(['check', file, ...asOf, '--baseline', base, '--fail-on-new', '--format', 'sarif']);
    expect(again.code).toBe(0);
    const results = (JSON.parse(again.stdout).runs[0].results as { ruleId: string; baselineState: string }[]).filter((r) => r.ruleId.startsWith('KDUS-'));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.baselineState === 'unchanged')).toBe(true);
    // The JSON report works as a baseline too.
    const json = `${dir}/base.json`;
    runCli(['check', file, ...asOf, '--format', `json=${json}`]);
    expect(runCli(['check', file, ...asOf, '--baseline', json, '--fail-on-new']).code).toBe(0);
  });

  it('a change that introduces a finding fails --fail-on-new, and a fixed one is listed as gone', () => {
    const { dir, file } = fixture('baseline-change');
    const base = `${dir}/base.sarif`;
    runCli(['check', file, ...asOf, '--format', `sarif=${base}`]);
    const src = readFileSync(path.join(root, file), 'utf8');
    // Break something that passed (the VDP URL) and keep everything else.
    expect(src).toMatch(/vdp:/);
    writeFileSync(path.join(root, file), src.replace(/vdp:\s*\{[^}]*\}/, 'vdp: {}').replace(/(\n {2}vdp:\n(?: {4}.*\n)+)/, '\n  vdp: {}\n'));
    const r = run([file, '--baseline', base, '--fail-on-new', '--fail-on', 'medium']);
    expect(r.report.baseline!.new).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.report.gate.reasons[0]).toMatch(/with new findings \(KDUS-TR-03\)/);
    // The other way round: the broken file as the baseline, the original as the change — the finding is gone.
    const broken = `${dir}/broken.json`;
    runCli(['check', file, ...asOf, '--format', `json=${broken}`]);
    writeFileSync(path.join(root, file), src);
    const fixed = run([file, '--baseline', broken, '--fail-on-new', '--fail-on', 'medium']);
    expect(fixed.report.baseline!.absent.map((a) => a.control)).toContain('KDUS-TR-03');
    expect(fixed.report.baseline!.new).toBe(0);
    expect(fixed.code).toBe(0);
  });
});

describe('hostile waiver registers are refused in bounded time', () => {
  /** A folder with a good manifest under a 33-character file name and a register, checked from inside it. */
  function register(name: string, waiver: string) {
    const dir = tempDir(name);
    const file = `${'a'.repeat(28)}.yaml`;
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/${file}`);
    writeFileSync(`${dir}/w.yaml`, `apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n  - control: KDUS-SR-01\n${waiver}    reason: Accepted while the vendor fixes it under contract.\n    owner: procurement@example.org\n    expires: 2027-06-30\n`);
    const r = runCli(['check', file, ...asOf, '--waivers', 'w.yaml', '--format', 'text', '--format', 'json=report.json'], { cwd: dir, timeout: 20_000 });
    return { r, report: JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as Report, file };
  }

  it('a pointer that would backtrack through the schema pattern is a positioned schema problem', () => {
    const { r, report, file } = register('waiver-pointer', `    documents: "*.yaml"\n    pointer: "${'/'.repeat(32)}~"\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/w\.yaml:6:5 {2}.*pointer.*\[waivers-schema\]/);
    expect(report.subjects.map((s) => s.file)).toEqual([file]);
  });

  it('an extglob in documents is refused with its position, and the waiver waives nothing', () => {
    const { r, report, file } = register('waiver-extglob', '    documents: "*(*?)z"\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/w\.yaml:4:5 {2}waiver for KDUS-SR-01: documents glob "\*\(\*\?\)z", character 1: extglob patterns such as \*\(…\) are not supported; use \*, \?, \[\.\.\.\] and \{a,b\}; it waives nothing \[waiver-invalid\]/);
    expect(report.waivers[0]!.status).toBe('invalid');
    expect(report.subjects.map((s) => s.file)).toEqual([file]);
    expect(report.subjects[0]!.controls.flatMap((c) => c.findings).some((f) => f.waiver)).toBe(false);
  });

  it('many stars in documents match in linear time', () => {
    const { r, report } = register('waiver-stars', `    documents: "${'*a'.repeat(16)}*b"\n`);
    // The manifest fails the gate on its findings (exit 1); the register has nothing wrong with it.
    expect(r.code).toBe(1);
    expect(report.waivers[0]!.status).toBe('unmatched');
  });
});
