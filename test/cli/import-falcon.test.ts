import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedModules, root, runCli, tempDir, validateSarif } from '../helpers.js';
import { lineOf } from '../import/falcon-helpers.js';

const tf = 'examples/deployments/falcon-terraform';
const vendor = 'test/fixtures/import/falcon/falcon-customer-controls.vendor.yaml';
const equivalent = 'test/fixtures/import/falcon/larkspur-equivalent.yaml';

interface Finding {
  status: string;
  message: string;
  location?: { file: string; pointer?: string; region?: { startLine: number; startColumn: number } };
}
interface Subject {
  kind: string;
  file: string;
  schemaErrors: number;
  controls: { id: string; status: string; findings: Finding[] }[];
}

function deployment(args: string[]): { code: number; subject: Subject; problems: { severity: string; message: string; file?: string }[] } {
  const r = runCli(['check', ...args, vendor, '-f', 'json', '--as-of', '2026-12-05'], { timeout: 120_000 });
  const report = JSON.parse(r.stdout) as { subjects: Subject[]; problems: { severity: string; message: string; file?: string }[] };
  return { code: r.code, subject: report.subjects.find((s) => s.kind === 'DeploymentConfig')!, problems: report.problems };
}

const outcome = (s: Subject): unknown => s.controls.map((c) => ({ id: c.id, status: c.status, findings: c.findings.map((f) => [f.status, f.message]) }));

describe('ringfence check on a Falcon Terraform folder', () => {
  const imported = deployment([tf]);
  const byHand = deployment([equivalent]);

  it('gives the findings of the hand-written equivalent', () => {
    expect(imported.subject.schemaErrors).toBe(0);
    expect(outcome(imported.subject)).toEqual(outcome(byHand.subject));
    expect(imported.code).toBe(byHand.code);
  });

  it('puts each finding on the .tf line that decides it', () => {
    const text = readFileSync(path.join(root, tf, 'content_update_policies.tf'), 'utf8');
    const dc03 = imported.subject.controls.find((c) => c.id === 'KDUS-DC-03')!.findings.find((f) => f.status === 'fail')!;
    expect(dc03.location).toMatchObject({ file: `${tf}/content_update_policies.tf`, region: { startLine: lineOf(text, 'delay_hours     = 0', 0) } });
    const dc01 = imported.subject.controls.find((c) => c.id === 'KDUS-DC-01')!.findings[0]!;
    expect(dc01.location).toMatchObject({ file: `${tf}/host_groups.tf`, region: { startLine: lineOf(readFileSync(path.join(root, tf, 'host_groups.tf'), 'utf8'), 'resource "crowdstrike_host_group" "atm_kiosks"') } });
    const dc04 = imported.subject.controls.find((c) => c.id === 'KDUS-DC-04')!.findings[0]!;
    expect(dc04.location?.file).toBe(`${tf}/sensor_update_policies.tf`);
  });

  it('warns, in the run’s problems, of the group in no policy', () => {
    expect(imported.problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/"ATM Kiosks" is in no content-update policy/) }));
  });

  it('writes SARIF that GitHub accepts, with regions in the .tf files', () => {
    const dir = tempDir('falcon-sarif');
    const out = path.join(dir, 'falcon.sarif');
    runCli(['check', tf, vendor, '-f', 'sarif', '-o', out, '--as-of', '2026-12-05'], { timeout: 120_000 });
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri)));
    expect([...uris].filter((u) => u.endsWith('.tf')).length).toBeGreaterThan(0);
    const errors = validateSarif(out).filter((i) => i.level === 'error');
    expect(errors).toEqual([]);
  });
});

describe('with a manifest that states the vendor’s first-ring bake (invented figures, a test fixture)', () => {
  it('KDUS-DC-02 sits on the domain controllers’ delay_hours = 0 and on the trading floor’s early access', () => {
    const r = runCli(['check', tf, 'test/fixtures/import/falcon/falcon-invented-rollout.vendor.yaml', '-f', 'json', '--as-of', '2026-12-05'], { timeout: 120_000 });
    const subject = (JSON.parse(r.stdout) as { subjects: Subject[] }).subjects.find((s) => s.kind === 'DeploymentConfig')!;
    const text = readFileSync(path.join(root, tf, 'content_update_policies.tf'), 'utf8');
    const at = subject.controls.find((c) => c.id === 'KDUS-DC-02')!.findings.map((f) => [f.status, f.location?.file, f.location?.region?.startLine]);
    expect(at).toEqual([
      ['fail', `${tf}/content_update_policies.tf`, lineOf(text, 'delay_hours     = 0', 1)],
      ['fail', `${tf}/content_update_policies.tf`, lineOf(text, 'ring_assignment = "ea"', 4)],
    ]);
    const byHand = runCli(['check', equivalent, 'test/fixtures/import/falcon/falcon-invented-rollout.vendor.yaml', '-f', 'json', '--as-of', '2026-12-05'], { timeout: 120_000 });
    expect(outcome(subject)).toEqual(outcome((JSON.parse(byHand.stdout) as { subjects: Subject[] }).subjects.find((s) => s.kind === 'DeploymentConfig')!));
  });
});

describe('ringfence import on the Falcon Terraform folder', () => {
  it('round-trips: the written DeploymentConfig checks to the folder’s result', () => {
    const dir = tempDir('falcon-import');
    const out = path.join(dir, 'larkspur.yaml');
    const r = runCli(['import', tf, '-o', out], { timeout: 120_000 });
    expect(r.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/importer: falcon-terraform/);
    expect(written).toMatch(/pinnedSince: sensor-update policy "Critical sensors" holds its build/);
    expect(outcome(deployment([out]).subject)).toEqual(outcome(deployment([tf]).subject));
  });
});

describe('ringfence check on the same estate from the API and from terraform show -json', () => {
  it('the state JSON gives the Terraform folder’s findings, on lines of the JSON', () => {
    const state = deployment(['test/fixtures/import/falcon/state']);
    const imported = deployment([tf]);
    expect(outcome(state.subject)).toEqual(outcome(imported.subject));
    const dc03 = state.subject.controls.find((c) => c.id === 'KDUS-DC-03')!.findings[0]!;
    expect(dc03.location?.file).toBe('test/fixtures/import/falcon/state/larkspur.tfstate-show.json');
  });

  it('the API export: the console’s default policy takes the ATM kiosks (GA, no delay), and that is a finding', () => {
    const api = deployment(['examples/deployments/falcon-api']);
    expect(api.subject.schemaErrors).toBe(0);
    const dc03 = api.subject.controls.find((c) => c.id === 'KDUS-DC-03')!;
    expect(dc03.status).toBe('fail');
    expect(dc03.findings.map((f) => f.message).join('\n')).toMatch(/platform-default/);
  });
});

describe('a broken Falcon module on the command line', () => {
  it('is a positioned error, exit 2, and the other inputs are still checked', () => {
    const dir = tempDir('falcon-broken');
    writeFileSync(path.join(dir, 'policy.tf'), 'resource "crowdstrike_content_update_policy" "p" {\n  name = "P\n}\n');
    const r = runCli(['check', dir, equivalent, '--as-of', '2026-12-05'], { timeout: 120_000 });
    expect(r.code).toBe(2);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(/policy\.tf:2:10.*not valid HCL: a string is never closed/);
    expect(r.stdout).toMatch(/larkspur-equivalent\.yaml — Larkspur Savings Bank/);
  });
});

describe('a module written to mislead (test/fixtures/import/falcon/hostile-module)', () => {
  it('each refused value is an error at its line and column, exit 2, and the rest of the module is read', () => {
    const dir = 'test/fixtures/import/falcon/hostile-module';
    const r = runCli(['check', dir, '--as-of', '2026-12-05', '-f', 'json'], { timeout: 120_000 });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { subjects: Subject[]; problems: { severity: string; code: string; message: string; file?: string; range?: { startLine: number; startColumn: number } }[] };
    const errors = report.problems.filter((p) => p.severity === 'error' && p.code.startsWith('import-')).map((p) => `${p.range?.startLine}:${p.range?.startColumn} ${p.message.replace(/^crowdstrike_content_update_policy\.dc: /, '')}`);
    expect(errors).toEqual([
      expect.stringMatching(/^4:7 system_critical: local\.a → local\.b → local\.a refer to each other in a cycle/),
      expect.stringMatching(/^21:48 host_groups: .*there is no crowdstrike_host_group\.domain_controllers/),
      expect.stringMatching(/^25:5 sensor_operations: unknown attribute "delay_hour" \(did you mean delay_hours\?\)/),
      expect.stringMatching(/^33:23 vulnerability_management: variable "delay_from_tfvars" has no default/),
      expect.stringMatching(/^37:23 rapid_response: a function call \(max\) is not evaluated/),
    ]);
    expect(report.problems.every((p) => p.file === `${dir}/main.tf`)).toBe(true);
    // The good reference is kept: the group is in the policy's ring, which is evaluated (and fails where it should).
    const subject = report.subjects.find((s) => s.kind === 'DeploymentConfig')!;
    expect(subject.controls.find((c) => c.id === 'KDUS-DC-01')!.findings[0]!.message).toMatch(/host groups in no ring: none/);
  });
});

describe('the Falcon importer is loaded only for its files', () => {
  const loaded = (args: string[]): string[] => loadedModules([path.join(root, 'bin/ringfence.js'), ...args]).urls;
  // Only the recognisers (no imports of their own) are loaded for a check of hand-written documents.
  const falcon = (urls: string[]): string[] => urls.filter((u) => /\/falcon(-[\w-]+)?\.c?js$|\/import\/falcon\/(?!recognise)/.test(u));

  it('a plain check loads none of it; a check of the Terraform folder loads it', () => {
    expect(falcon(loaded(['check', equivalent, vendor, '--as-of', '2026-12-05']))).toEqual([]);
    expect(falcon(loaded(['check', tf, '--as-of', '2026-12-05'])).length).toBeGreaterThan(0);
  });
});

