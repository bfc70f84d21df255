import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli, tempDir } from '../helpers.js';

const standard = 'test/fixtures/faulty-standard/standard.yaml';

describe('faulty rules disable themselves, not the engine', () => {
  it('lint-standard reports the typo in a field path at its line and column in the rule file, with a did-you-mean', () => {
    const r = runCli(['lint-standard', standard]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('test/fixtures/faulty-standard/rules/typo-in-field-path.yaml:6:25: error: unknown field "ringz" of Rollout; did you mean "rings"? [rule-compile]');
    expect(r.stdout).toContain('test/fixtures/faulty-standard/standard.yaml:13:26: error: FAULTY-03: rule "does-not-exist" was not found');
  });

  it('check evaluates everything else, reports each broken control as error, and exits 2', () => {
    const dir = tempDir('faulty');
    // A manifest large enough that the cubic rule overruns its budget.
    const components = Array.from({ length: 150 }, (_, i) => `  - { id: c${i}, platform: linux, kind: user_service, privilege: user }`).join('\n');
    writeFileSync(`${dir}/big.yaml`, `apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: Big, product: Big }\ncomponents:\n${components}\n`);
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', `${dir}/big.yaml`, '--standard', standard, '--as-of', '2026-11-25', '--format', 'json'], { timeout: 60_000 });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    for (const s of report.subjects) {
      const status = new Map(s.controls.map((c) => [c.id, c.status]));
      expect(status.get('FAULTY-01')).toBe('error');
      expect(status.get('FAULTY-02')).toBe('error');
      expect(status.get('FAULTY-03')).toBe('error');
      // The KDUS controls were all evaluated.
      expect(s.controls.filter((c) => c.id.startsWith('KDUS-') && c.status !== 'error').length).toBe(s.controls.filter((c) => c.id.startsWith('KDUS-')).length);
    }
    const big = report.subjects.find((s) => s.file.endsWith('big.yaml'))!;
    expect(big.controls.find((c) => c.id === 'FAULTY-04')!.status).toBe('error');
    const codes = report.problems.map((p) => `${p.code} ${p.control ?? p.rule ?? ''}`);
    expect(codes).toContain('rule-compile typo-in-field-path');
    expect(codes).toContain('standard-missing-rule FAULTY-03');
    expect(codes.filter((c) => c === 'rule-runtime FAULTY-02')).toHaveLength(2);
    expect(codes).toContain('rule-runtime FAULTY-04');
    expect(report.problems.find((p) => p.control === 'FAULTY-04')!.message).toMatch(/cost budget/);
    expect(report.problems.find((p) => p.control === 'FAULTY-02')!.message).toMatch(/invalid regular expression/);
  });

  it('names errored rules as SARIF tool notifications and never as passing results', () => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--standard', standard, '--as-of', '2026-11-25', '--format', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    const config = inv.toolConfigurationNotifications.map((n: { message: { text: string } }) => n.message.text).join('\n');
    const exec = inv.toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join('\n');
    expect(config).toMatch(/ringz/);
    expect(config).toMatch(/does-not-exist/);
    expect(exec).toMatch(/FAULTY-02/);
    expect(log.runs[0].results.some((x: { ruleId: string }) => x.ruleId.startsWith('FAULTY'))).toBe(false);
  });

  it('rejects a cyclic extends with the chain named', () => {
    const dir = tempDir('cycle');
    writeFileSync(`${dir}/a.yaml`, 'id: A\nversion: 1.0.0\ntitle: A\nextends: b.yaml\n');
    writeFileSync(`${dir}/b.yaml`, 'id: B\nversion: 1.0.0\ntitle: B\nextends: a.yaml\n');
    const r = runCli(['lint-standard', `${dir}/a.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/"extends" forms a cycle: .*a\.yaml → .*b\.yaml → .*a\.yaml/);
  });
});

describe('faulty rules are named in every report format', () => {
  it.each(['text', 'json', 'sarif', 'markdown', 'html', 'junit'])('%s names the broken controls and never shows them as passing', (format) => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--standard', standard, '--as-of', '2026-11-25', '--format', format]);
    expect(r.code).toBe(2);
    for (const id of ['FAULTY-02', 'FAULTY-03']) expect(r.stdout, `${format} ${id}`).toContain(id);
    expect(r.stdout).toMatch(/does-not-exist/);
    if (format === 'junit') expect(r.stdout).toMatch(/<testcase [^>]*name="FAULTY-03[^"]*"[^>]*>\s*<error /);
  });

  it('a standard cannot read files outside its own project', () => {
    const dir = tempDir('outside');
    writeFileSync(`${dir}/s.yaml`, 'id: E\nversion: 1.0.0\ntitle: E\nruleDirs: [/etc]\nextends: /etc/hostname\n');
    const r = runCli(['lint-standard', `${dir}/s.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/s\.yaml:4:12: error: rule folder .*etc is outside the standard's folder tree/);
    expect(r.stdout).toMatch(/error: extended standard .*etc\/hostname is outside the standard's folder tree/);
  });
});
