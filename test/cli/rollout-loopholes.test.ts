import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/*
 * The channel-side and customer-side loopholes of KDUS 1.0 (issue 14 §1), as single edits of the bundled
 * examples: each shape a dishonest vendor or customer would send must fail the control it games, and the honest
 * originals must keep passing. The rule files pin the same shapes case by case; this pins them end to end.
 */

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (f: string): Doc => parse(readFileSync(path.join(root, 'examples', f), 'utf8')) as Doc;
const channel = (d: Doc, id: string): Doc => d['updateChannels'].find((c: Doc) => c['id'] === id);
const rapid = (d: Doc): Doc => channel(d, 'rapid-response')['rollout'];

const vendorEdits: Record<string, (d: Doc) => void> = {
  'first-ring-100': (d) => {
    rapid(d)['rings'] = [
      { name: 'internal', populationPct: 100, hosts: 10000, includesInternalHosts: true, platformCoverage: 'all_supported', bakeMinutes: 120, rebootsBeforePromotion: 1 },
      { name: 'canary', populationPct: 100, bakeMinutes: 120 },
      { name: 'ga', populationPct: 100, bakeMinutes: 0 },
    ];
  },
  'forty-pct-as-9000-hosts': (d) => {
    rapid(d)['rings'] = [
      { name: 'internal', populationPct: 40, hosts: 9000, includesInternalHosts: true, platformCoverage: 'all_supported', bakeMinutes: 90, rebootsBeforePromotion: 1 },
      { name: 'canary', populationPct: 60, bakeMinutes: 90 },
      { name: 'early', populationPct: 80, bakeMinutes: 120 },
      { name: 'broad', populationPct: 90, bakeMinutes: 120 },
      { name: 'ga', populationPct: 100, bakeMinutes: 0 },
    ];
  },
  'hosts-disagree-with-target': (d) => {
    rapid(d)['rings'][0]['hosts'] = 42000; // 0.05% of 8.4 million is 4,200
  },
  'last-ring-41': (d) => {
    rapid(d)['rings'].at(-1)['populationPct'] = 41;
  },
  'bake-below-detection': (d) => {
    const r = rapid(d);
    r['healthGate']['maxDetectionMinutes'] = 120;
    r['rings'].forEach((ring: Doc, i: number) => (ring['bakeMinutes'] = [60, 60, 120, 120, 0][i]));
  },
  'sensor-canary-never-rebooted': (d) => {
    channel(d, 'sensor')['rollout']['rings'][0]['rebootsBeforePromotion'] = 0;
  },
  'emergency-more-rings-than-channel': (d) => {
    rapid(d)['emergencyPath']['minRings'] = 9;
  },
  'gate-on-detection-volume': (d) => {
    rapid(d)['healthGate']['signals'] = ['detection_volume'];
  },
  'every-category-pause-exempt': (d) => {
    d['customerControls']['pauseExemptCategories'] = [...d['customerControls']['contentCategories']];
  },
  'all-at-once': (d) => {
    const r = rapid(d);
    r['strategy'] = 'all_at_once';
    delete r['rings'];
    delete r['fanoutFactorMax'];
  },
  'canary-then-ga': (d) => {
    const r = rapid(d);
    r['rings'] = [
      { name: 'canary', populationPct: 0.1, hosts: 8400, includesInternalHosts: true, platformCoverage: 'all_supported', bakeMinutes: 90, rebootsBeforePromotion: 1 },
      { name: 'ga', populationPct: 100, bakeMinutes: 0 },
    ];
    r['emergencyPath']['minRings'] = 2;
  },
};

/** The controls each edit must fail (it may fail others too). */
const mustFail: Record<string, string[]> = {
  'first-ring-100': ['SR-01', 'SR-02', 'SR-03'],
  'forty-pct-as-9000-hosts': ['SR-02'],
  'hosts-disagree-with-target': ['SR-02'],
  'last-ring-41': ['SR-01', 'SR-03'],
  'bake-below-detection': ['SR-04'],
  'sensor-canary-never-rebooted': ['SR-04'],
  'emergency-more-rings-than-channel': ['SR-05'],
  'gate-on-detection-volume': ['TH-01'],
  'every-category-pause-exempt': ['CC-03'],
  'all-at-once': ['SR-01', 'SR-02', 'SR-03', 'SR-04', 'SR-05'],
  'canary-then-ga': ['SR-01'],
};

function check(dir: string): Report {
  const r = runCli(['check', dir, '--as-of', '2026-11-25', '--format', 'json'], { timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

describe('KDUS staging, health-gate, kill-switch and deployment loopholes (issue 14 §1)', () => {
  it('every gaming edit of the exemplary vendor fails the control it games; all_at_once sheds no staging control', () => {
    const dir = tempDir('rollout-loopholes');
    for (const [name, edit] of Object.entries(vendorEdits)) {
      const d = load('vendors/aegis-exemplary.yaml');
      edit(d);
      writeFileSync(path.join(dir, `${name}.yaml`), stringify(d));
    }
    writeFileSync(path.join(dir, 'honest.yaml'), readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml')));
    const report = check(dir);
    const subject = (name: string) => report.subjects.find((s) => s.file.endsWith(`/${name}.yaml`))!;
    const status = (name: string, id: string) => subject(name).controls.find((c) => c.id === `KDUS-${id}`)!.status;
    for (const [name, ids] of Object.entries(mustFail)) for (const id of ids) expect(status(name, id), `${name} ${id}`).toBe('fail');
    for (const id of ['SR-01', 'SR-02', 'SR-03', 'SR-04', 'SR-05', 'TH-01', 'CC-03']) expect(status('honest', id), id).toBe('pass');
    // Shipping content all at once never scores higher than a canary → GA rollout of the same content.
    expect(subject('all-at-once').score!).toBeLessThanOrEqual(subject('canary-then-ga').score!);
  });

  it('a deployment cannot hide exposure behind fixed category names, an inflated fleet size, or categories it never names', () => {
    const dir = tempDir('deployment-loopholes');
    writeFileSync(path.join(dir, 'aegis.yaml'), readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml')));
    writeFileSync(path.join(dir, 'honest.yaml'), readFileSync(path.join(root, 'examples/deployments/st-brigid-hospital.yaml')));
    // rapid_response at once to the pilot and broad rings: 35,900 of 42,000 hosts.
    const immediate = load('deployments/st-brigid-hospital.yaml');
    immediate['rings'][1]['content']['rapid_response'] = { ring: 'ga', delayHours: 0 };
    immediate['rings'][2]['content'] = { rapid_response: { ring: 'ga', delayHours: 0 }, '*': { ring: 'ga', delayHours: 4 } };
    writeFileSync(path.join(dir, 'immediate.yaml'), stringify(immediate));
    // A 29% first ring behind a tenfold fleet size.
    const inflated = load('deployments/st-brigid-hospital.yaml');
    inflated['metadata']['fleetSize'] = 420000;
    inflated['hostGroups'][0]['hosts'] = 12180;
    inflated['hostGroups'][2]['hosts'] = 26000 - 11780;
    writeFileSync(path.join(dir, 'inflated.yaml'), stringify(inflated));
    const report = check(dir);
    const status = (name: string, id: string) =>
      report.subjects.find((s) => s.file.endsWith(`/${name}.yaml`))!.controls.find((c) => c.id === `KDUS-${id}`)!.status;
    expect(status('immediate', 'DC-03')).toBe('fail');
    expect(status('inflated', 'DC-01')).toBe('fail');
    expect(status('inflated', 'DC-03')).toBe('fail');
    for (const id of ['DC-01', 'DC-03']) expect(status('honest', id), id).toBe('pass');

    // A category the vendor adds reaches every ring without a "*" policy at once: the vendor's list is read.
    const newer = load('vendors/aegis-exemplary.yaml');
    newer['customerControls']['contentCategories'].push('ml_models');
    const dir2 = tempDir('deployment-loopholes-vendor');
    writeFileSync(path.join(dir2, 'aegis.yaml'), stringify(newer));
    writeFileSync(path.join(dir2, 'honest.yaml'), readFileSync(path.join(root, 'examples/deployments/st-brigid-hospital.yaml')));
    const r2 = check(dir2);
    const dc03 = r2.subjects.find((s) => s.kind === 'DeploymentConfig')!.controls.find((c) => c.id === 'KDUS-DC-03')!;
    expect(dc03.status).toBe('fail');
    expect(dc03.findings.map((f) => f.message).join('\n')).toMatch(/^ml_models: /m);
  });
});

describe('a manifest that declares no update channels at all', () => {
  // An EDR manifest with no update channels is incomplete, not safe: every channel control is missing evidence
  // (as `components: []` and `platforms: []` are), so the manifest is capped, below level 1 and fails the gate.
  it('leaves every channel control without evidence, is capped and fails the gate, however good the rest of it is', () => {
    const d = load('vendors/aegis-exemplary.yaml');
    d['updateChannels'] = [];
    const dir = tempDir('no-channels');
    writeFileSync(path.join(dir, 'm.yaml'), stringify(d));
    const r = runCli(['check', path.join(dir, 'm.yaml'), '--as-of', '2026-11-25', '--format', 'json']);
    expect(r.code).toBe(1);
    const s = (JSON.parse(r.stdout) as Report).subjects[0]!;
    expect(s.level).toBe(0);
    expect(['D', 'F']).toContain(s.grade);
    expect(s.criticalFailures).toContain('KDUS-CU-01');
    const channelControls = ['SR-01', 'SR-02', 'SR-03', 'SR-04', 'SR-05', 'CU-01', 'CU-02', 'CU-03', 'CU-04', 'CU-05', 'CU-06', 'CU-07', 'TH-01', 'TH-02', 'TH-03', 'TH-04', 'CC-01'];
    for (const id of channelControls) expect(s.controls.find((c) => c.id === `KDUS-${id}`)!.status, id).toBe('missing_evidence');
    expect(s.controls.filter((c) => c.status === 'not_applicable').map((c) => c.id)).toEqual([]);
  });
});
