import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

describe('the other commands', () => {
  it('--help tells a newcomer what to run', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['check', 'explain', 'test', 'lint-standard', 'schema', 'init']) expect(r.stdout).toContain(`ringfence ${c}`);
    expect(runCli(['check', '--help']).stdout).toMatch(/--fail-on/);
  });

  it('explain prints why a control exists and how to fix it', () => {
    const r = runCli(['explain', 'KDUS-CU-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^KDUS-CU-01 — /);
    expect(r.stdout).toMatch(/\nWhy\n/);
    expect(r.stdout).toMatch(/\nHow to fix\n/);
    expect(r.stdout).toMatch(/assert {5}/);
    const unknown = runCli(['explain', 'KDUS-CU-1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean KDUS-CU-01/);
  });

  it('explain on files lists every instance with its outcome, pointer, line and message', () => {
    const r = runCli(['explain', 'KDUS-SR-02', 'examples/vendors/borealis-typical.yaml', '--as-of', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nOn examples\/vendors\/borealis-typical\.yaml \(as of 2026-11-25\)\n {2}examples\/vendors\/borealis-typical\.yaml: fail\n/);
    expect(r.stdout).toMatch(/ {4}✓ pass {2}\/updateChannels\/0 \(line \d+:\d+\)/);
    expect(r.stdout).toMatch(/ {4}✖ fail {2}\/updateChannels\/1\/rollout\/rings\/0\/populationPct \(line \d+:\d+\): first ring/);
  });

  it('test runs every bundled rule test and passes', () => {
    const r = runCli(['test'], { timeout: 120_000 });
    expect(r.stdout).toMatch(/(\d+) rules, (\d+) cases: \2 passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  it('test fails a rule without a failing case, and reports a failing case with its line', () => {
    const dir = tempDir('ruletest');
    const rule = readFileSync('test/fixtures/faulty-standard/rules/throws-at-runtime.yaml', 'utf8');
    writeFileSync(`${dir}/throws-at-runtime.yaml`, rule.replace('expect: error', 'expect: pass'));
    const r = runCli(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ errors \(.*throws-at-runtime\.yaml:\d+\): expected pass, got error/);
    expect(r.stdout).toMatch(/lacks a failing case/);
  });

  it('lint-standard accepts the bundled standard', () => {
    const r = runCli(['lint-standard']);
    expect(r.stdout).toMatch(/^KDUS 1\.1\.0: 11 areas, \d+ controls, \d+ rules; 0 errors/m);
    expect(r.code).toBe(0);
  });

  it('schema prints each JSON Schema', () => {
    for (const kind of ['VendorManifest', 'DeploymentConfig', 'Rule', 'Standard']) {
      const r = runCli(['schema', kind]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('init writes templates without schema errors, whose placeholders are reported until they are replaced', () => {
    const dir = tempDir('init');
    for (const kind of ['vendor', 'deployment']) {
      const w = runCli(['init', kind, '-o', `${dir}/${kind}.yaml`]);
      expect(w.code).toBe(0);
      const r = runCli(['check', `${dir}/${kind}.yaml`, '--as-of', '2026-11-25', '--fail-on', 'none']);
      expect(r.stdout).not.toMatch(/\[schema\]/);
      expect(r.stdout).toMatch(/\[placeholder\]/);
      // Warnings: the vendor template's all-zero digests and .example hosts, both templates' placeholder names.
      // With the severity gate off they do not fail the run; with it on, the vendor template fails KDUS-TR-05
      // (test/cli/evidence.test.ts).
      expect(r.code).toBe(0);
    }
    expect(runCli(['init', 'vendor', '-o', `${dir}/vendor.yaml`]).code).toBe(2);
  });
});
