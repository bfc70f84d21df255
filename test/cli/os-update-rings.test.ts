import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { microsoftImporter } from '../../src/import/microsoft/index.js';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const dc11 = (r: Report, i = 0) => r.subjects[i]!.controls.find((c) => c.id === 'KDUS-DC-11')!;
function json(args: string[]): { report: Report; code: number } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  return { report: JSON.parse(r.stdout) as Report, code: r.code };
}

describe('OS update rings (KDUS-DC-11, issue 17)', () => {
  it('the rule tests pass, the gaming cases among them', () => {
    const r = runCli(['test', 'rules/deployment/os-updates-after-edr-canary.yaml']);
    expect(r.stdout).toMatch(/1 rule, 15 cases: 15 passed, 0 failed/);
    expect(r.code).toBe(0);
  });

  it('a deployment that games the control fails on the line of each OS ring that does it', () => {
    const r = runCli(['check', 'test/fixtures/os-update-rings/gamed.yaml', ...asOf]);
    const f = 'test/fixtures/os-update-rings/gamed.yaml';
    expect(r.stdout).toContain(`${f}:26:5  host group dcs (critical, domain-controller) gets OS updates before the EDR's first ring ("canary") has run them for 2 days: OS ring "domain controllers" defers quality updates 0 days (paused, but a pause is not a deferral: when it lapses the ring takes the updates at once), the first ring's OS ring(s) 7 (at least 9 needed)`);
    expect(r.stdout).toContain(`${f}:22:5  host group tills (critical, pos) gets OS updates before the EDR's first ring ("canary") has run them for 2 days: OS ring "broad" defers quality updates 3 days, the first ring's OS ring(s) 7 (at least 9 needed)`);
    expect(r.stdout).toContain(`${f}:10:5  host group vault (critical) is in no OS update ring, so it takes OS updates without deferral, no later than the EDR's first ring ("canary")`);
    expect(r.stdout).toContain('also at line 16: the EDR\'s first ring (canary) takes OS updates in OS ring "pilot": quality deferred 7 days, feature 30');
    const { report } = json(['test/fixtures/os-update-rings/gamed.yaml']);
    expect(dc11(report).status).toBe('fail');
    expect(r.code).toBe(1);
  });

  it('the same fleet with OS updates ordered after the first ring passes', () => {
    const { report } = json(['test/fixtures/os-update-rings/ordered.yaml']);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dc11(report).status).toBe('pass');
  });

  it('an OS ring the schema refuses is reported with the value it probably meant', () => {
    const r = runCli(['check', 'test/fixtures/os-update-rings/bad-schema.yaml', ...asOf]);
    expect(r.stdout).toContain('bad-schema.yaml:6:18  osUpdateRings[0].hostGroups[0] is "IT Canary"');
    expect(r.stdout).toContain('bad-schema.yaml:7:16  osUpdateRings[0].quality.deferralDays is -1; it must be at least 0 [schema]');
    expect(r.stdout).toContain('bad-schema.yaml:7:34  unknown field "pased" of OsUpdateTrack at osUpdateRings[0].quality; did you mean "paused"? [schema]');
    expect(r.code).toBe(2);
  });

  it('is not applicable to the examples, which declare no OS rings: their scores stay as they were', () => {
    // Checked with the vendor manifests, as `ringfence check examples/` does (the scores before DC-11 existed).
    const { report } = json(['examples/']);
    const deployments = report.subjects.filter((s) => s.file.startsWith('examples/deployments/'));
    const status = (s: (typeof deployments)[number]) => dc11(report, report.subjects.indexOf(s)).status;
    expect(deployments.filter((s) => !s.file.includes('/intune-')).map((s) => [s.file, status(s), /\/(k8s|falcon)-/.test(s.file) ? 'imported' : s.score])).toEqual([
      ['examples/deployments/falcon-api/content-update-policies.json', 'not_applicable', 'imported'],
      ['examples/deployments/falcon-terraform/content_update_policies.tf', 'not_applicable', 'imported'],
      ['examples/deployments/harbor-bank.yaml', 'not_applicable', 53.57],
      ['examples/deployments/k8s-rollout/sensor-rollout.yaml', 'not_applicable', 'imported'],
      ['examples/deployments/k8s-sensor/sensor-daemonset.yaml', 'not_applicable', 'imported'],
      ['examples/deployments/smallco.yaml', 'not_applicable', 20],
      ['examples/deployments/st-brigid-hospital.yaml', 'not_applicable', 100],
    ]);
    // The Intune example is the one that declares OS rings (from its Windows Update rings), and fails.
    expect(deployments.filter((s) => s.file.includes('/intune-')).map(status)).toEqual(['fail']);
  });

  it('what the Intune importer maps from the example is a valid DeploymentConfig, and DC-11 finds its paused domain controllers', () => {
    // Until the import stage is wired into `check`, this is what `ringfence import` will write: the mapped
    // document, with the overlay's organisation and criticalities filled in by hand here.
    const dir = 'examples/deployments/intune-marlowe-credit-union';
    const files = readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') }));
    const mapped = microsoftImporter.map(files).documents[0]!;
    const doc = structuredClone(mapped.value) as any;
    doc.metadata.organization = 'Marlowe Credit Union';
    const critical: Record<string, string[]> = { '1b6f0d2e-7c41-4a8e-9d30-5e0000000003': ['pos'], '1b6f0d2e-7c41-4a8e-9d30-5e0000000004': ['domain-controller'] };
    for (const g of doc.hostGroups) {
      g.hosts = 100;
      g.criticality = critical[g.id] ? 'critical' : 'standard';
      if (critical[g.id]) g.tags = critical[g.id];
    }
    const out = path.join(tempDir('intune'), 'mapped.json');
    writeFileSync(out, JSON.stringify(doc, null, 2));
    const { report } = json([out]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const c = dc11(report);
    expect(c.status).toBe('fail');
    const failed = c.findings.filter((x) => x.status === 'fail');
    expect(failed.map((x) => x.location.pointer)).toEqual(['/osUpdateRings/3/quality']);
    expect(failed[0]!.message).toMatch(/^host group 1b6f0d2e-7c41-4a8e-9d30-5e0000000004 \(critical, domain-controller\) gets OS updates before the EDR's first ring \("MDE update channels - IT pilot"\) has run them for 2 days: OS ring "Windows updates - Domain controllers" defers quality updates 0 days \(paused, but a pause is not a deferral/);
    // That pointer has a position in the Intune export: the finding will sit on the customer's own line.
    const pos = mapped.positions.get('/osUpdateRings/3/quality')!;
    expect(pos.file).toBe(`${dir}/windows-update-rings.json`);
    expect(readFileSync(path.join(root, pos.file), 'utf8').split('\n')[pos.range.startLine - 1]).toContain('"qualityUpdatesDeferralPeriodInDays": 0');
  });
});
