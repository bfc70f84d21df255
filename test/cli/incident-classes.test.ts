import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/*
 * Issue 14 §4, end to end on single edits of the bundled examples: an OS change meeting an unchanged agent
 * (KS-07, a runtime allow-list of tested kernels for every Linux backend, eBPF included). Each dishonest shape
 * must be caught by the control it games, and the honest originals keep passing.
 */

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (f: string): Doc => parse(readFileSync(path.join(root, 'examples', f), 'utf8')) as Doc;
const linux = (d: Doc): Doc => d['platforms'].find((p: Doc) => p['os'] === 'linux');

function check(files: string[], extra: string[] = []): Report {
  const r = runCli(['check', ...files, '--as-of', '2026-11-25', '--format', 'json', '--fail-on', 'none', ...extra]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}
const notPassing = (report: Report, i = 0): string[] =>
  report.subjects[i]!.controls.filter((c) => c.status !== 'pass' && c.status !== 'not_applicable').map((c) => c.id);

describe('KS-07: an OS change meeting an unchanged agent — eBPF is not a free pass', () => {
  const edits: Record<string, (d: Doc) => void> = {
    // "User mode, no kernel driver": the eBPF programs vanish from the component list, the sensor is a user
    // service, and its backend loads on any kernel that has the features it probes for.
    'ebpf-only-claims-no-kernel-driver': (d) => {
      d['components'] = d['components'].filter((c: Doc) => !['linux-ebpf', 'linux-kmod'].includes(c['id']));
      linux(d)['kernel'] = { min: '4.18', backends: ['ebpf'], defaultBackend: 'ebpf',
        runtimeAllowList: { enforced: true, backends: ['ebpf'], granularity: 'exact_build', onUntestedKernel: 'reduced_functionality' } };
    },
    // Reduced functionality on "unsupported" kernels (KS-05 passes), but "supported" means any kernel with BTF.
    'ebpf-supported-means-feature-probe': (d) => {
      linux(d)['kernel']['runtimeAllowList']['granularity'] = 'feature_probe';
    },
    // The allow-list gates the kernel module only, as if eBPF could not crash a kernel.
    'allow-list-gates-kmod-only': (d) => {
      linux(d)['kernel']['runtimeAllowList']['backends'] = ['kmod'];
    },
    // RHEL 9.3 and 9.4 both run "5.14": an upstream-version list admitted 5.14.0-427 untested.
    'allow-list-by-upstream-version': (d) => {
      linux(d)['kernel']['runtimeAllowList']['granularity'] = 'upstream_version';
    },
  };

  it.each(Object.keys(edits))('%s: only KS-07 catches it on the exemplary vendor', (name) => {
    const dir = tempDir('ks07');
    const doc = load('vendors/aegis-exemplary.yaml');
    edits[name]!(doc);
    writeFileSync(`${dir}/${name}.yaml`, stringify(doc));
    const report = check([`${dir}/${name}.yaml`]);
    expect(notPassing(report)).toEqual(['KDUS-KS-07']);
    expect(report.subjects[0]!.controls.find((c) => c.id === 'KDUS-KS-07')!.status).toBe('fail');
  });

  it('an eBPF program declared user-privileged stays in scope of every control over kernel-resident code', () => {
    const dir = tempDir('ks07-scope');
    const doc = load('vendors/aegis-exemplary.yaml');
    Object.assign(doc['components'].find((c: Doc) => c['id'] === 'linux-ebpf'), {
      privilege: 'user', bootStart: true, loadsDynamicContentAtBoot: true, justification: [],
      parsesExternalInput: true, parsesDynamicContent: true, unsupportedKernelBehavior: 'load_anyway',
      contentParsing: { parserLanguage: 'c', boundsChecked: false, onError: 'crash', reportsTelemetry: false },
    });
    writeFileSync(`${dir}/ebpf-user.yaml`, stringify(doc));
    const failing = check([`${dir}/ebpf-user.yaml`]).subjects[0]!.controls.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failing).toEqual(expect.arrayContaining(['KDUS-EH-01', 'KDUS-EH-02', 'KDUS-KS-01', 'KDUS-KS-03', 'KDUS-KS-04', 'KDUS-KS-05']));
  });

  it('the examples tell their story: Aegis gates both backends, Borealis leaves eBPF ungated, the Cobalt record is silent', () => {
    const report = check(['examples/vendors/aegis-exemplary.yaml', 'examples/vendors/borealis-typical.yaml',
      'examples/vendors/cobalt-pre-incident.yaml', 'examples/vendors/cobalt-remediated.yaml']);
    const ks07 = report.subjects.map((s) => s.controls.find((c) => c.id === 'KDUS-KS-07')!);
    expect(ks07.map((c) => c.status)).toEqual(['pass', 'fail', 'missing_evidence', 'missing_evidence']);
    expect(JSON.stringify(ks07[1])).toMatch(/gates \[kmod\] but backend\(s\) \[ebpf\] load on any kernel/);
  });
});

describe('TR-04 and DC-09: incident communication clocks, vendor side and customer side', () => {
  const ic = (d: Doc): Doc => d['transparency']['incidentCommunication'];
  const ir = (d: Doc): Doc => d['incidentResponse'];
  const vendorEdits: Record<string, [(d: Doc) => void, string]> = {
    // "We post on our status page": read only by someone who already suspects the vendor.
    'status-page-only': [(d) => (ic(d)['channels'] = ['status_page', 'blog']), 'fail'],
    // Customers hear after the regulator's early warning is due.
    'customers-told-in-48h': [(d) => (ic(d)['customerNotificationHours'] = 48), 'fail'],
    // The CRA clocks swapped: within each ceiling's letter, the early warning after the notification.
    'cra-clocks-swapped': [(d) => Object.assign(ic(d)['craArticle14'], { earlyWarningHours: 20, notificationHours: 12 }), 'fail'],
    // Only the PIR and RCA deadlines (TR-01): silence on the hours-scale clocks.
    'silent-on-notification': [(d) => delete d['transparency']['incidentCommunication'], 'missing_evidence'],
  };

  it.each(Object.keys(vendorEdits))('vendor %s: only TR-04 catches it on the exemplary vendor', (name) => {
    const [edit, outcome] = vendorEdits[name]!;
    const dir = tempDir('tr04');
    const doc = load('vendors/aegis-exemplary.yaml');
    edit(doc);
    writeFileSync(`${dir}/${name}.yaml`, stringify(doc));
    const report = check([`${dir}/${name}.yaml`]);
    expect(notPassing(report)).toEqual(['KDUS-TR-04']);
    expect(report.subjects[0]!.controls.find((c) => c.id === 'KDUS-TR-04')!.status).toBe(outcome);
  });

  const customerEdits: Record<string, [(d: Doc) => void, string]> = {
    // Every authority on paper, but the one who may pause vendor content works office hours.
    'pause-authority-office-hours': [(d) => {
      ir(d)['contacts'] = [
        { role: 'Service desk (24/7)', reachableOutOfHours: true, authority: ['start_recovery', 'report_to_authority'] },
        { role: 'Head of infrastructure', reachableOutOfHours: false, authority: ['pause_vendor_content'] },
      ];
    }, 'fail'],
    // A NIS2 essential entity that gives itself two months for the final report.
    'final-report-in-60-days': [(d) => (ir(d)['clocks']['finalReportDays'] = 60), 'fail'],
    // Dropping the section: silence is missing evidence, never a pass.
    'no-incident-response': [(d) => delete d['incidentResponse'], 'missing_evidence'],
  };

  it.each(Object.keys(customerEdits))('hospital %s: only DC-09 catches it on St Brigid', (name) => {
    const [edit, outcome] = customerEdits[name]!;
    const dir = tempDir('dc09');
    const doc = load('deployments/st-brigid-hospital.yaml');
    edit(doc);
    writeFileSync(`${dir}/${name}.yaml`, stringify(doc));
    const report = check([`${dir}/${name}.yaml`, 'examples/vendors/aegis-exemplary.yaml']);
    const hospital = report.subjects.findIndex((s) => s.kind === 'DeploymentConfig');
    expect(notPassing(report, hospital)).toEqual(['KDUS-DC-09']);
    expect(report.subjects[hospital]!.controls.find((c) => c.id === 'KDUS-DC-09')!.status).toBe(outcome);
  });

  it("a vendor whose notice comes after the hospital's 24-hour early warning fails both sides", () => {
    const dir = tempDir('dc09-vendor');
    const vendor = load('vendors/aegis-exemplary.yaml');
    ic(vendor)['customerNotificationHours'] = 24;
    writeFileSync(`${dir}/vendor.yaml`, stringify(vendor));
    const report = check(['examples/deployments/st-brigid-hospital.yaml', `${dir}/vendor.yaml`]);
    const byKind = (k: string) => report.subjects.findIndex((s) => s.kind === k);
    expect(notPassing(report, byKind('VendorManifest'))).toEqual(['KDUS-TR-04']);
    expect(notPassing(report, byKind('DeploymentConfig'))).toEqual(['KDUS-DC-09']);
    const dc09 = report.subjects[byKind('DeploymentConfig')]!.controls.find((c) => c.id === 'KDUS-DC-09')!;
    expect(JSON.stringify(dc09)).toMatch(/notify customers within 24 h, but the early warning is due within 24 h/);
  });

  it('the examples tell their story', () => {
    const report = check(['examples/']);
    const status = (file: string, id: string) =>
      report.subjects.find((s) => s.file.endsWith(file))!.controls.find((c) => c.id === id)!.status;
    expect(['aegis-exemplary.yaml', 'borealis-typical.yaml', 'cobalt-pre-incident.yaml', 'cobalt-remediated.yaml'].map((f) => status(f, 'KDUS-TR-04')))
      .toEqual(['pass', 'fail', 'missing_evidence', 'missing_evidence']);
    expect(['st-brigid-hospital.yaml', 'harbor-bank.yaml', 'smallco.yaml'].map((f) => status(f, 'KDUS-DC-09')))
      .toEqual(['pass', 'fail', 'missing_evidence']);
  });
});

describe('KDUS-CI: the profile’s choices for the §4 controls', () => {
  const profile = 'standards/kdus-critical-infrastructure/1.1.yaml';

  it('tightens parameters, severity and level, each with its note', () => {
    const r = check(['examples/vendors/aegis-exemplary.yaml', '--standard', profile]);
    const control = (id: string) => r.standard.controls.find((c) => c.id === id)!;
    expect(control('KDUS-CU-07').params['minVersionsBack']).toBe(2);
    expect([control('KDUS-TH-05').severity, control('KDUS-TH-05').level]).toEqual(['critical', 1]);
    expect(control('KDUS-RB-05').level).toBe(1);
    expect(control('KDUS-KS-06').level).toBe(1);
    expect([control('KDUS-KS-07').level, control('KDUS-KS-07').params['acceptedGranularity']]).toEqual([1, ['exact_build']]);
    expect([control('KDUS-TR-04').severity, control('KDUS-TR-04').level, control('KDUS-TR-04').params['maxCustomerNotificationHours']]).toEqual(['high', 1, 1]);
    expect(control('KDUS-DC-07').params['maxObjectiveHours']).toBe(48);
    expect([control('KDUS-DC-09').severity, control('KDUS-DC-09').level]).toEqual(['high', 1]);
    for (const id of ['KDUS-CU-07', 'KDUS-TH-05', 'KDUS-RB-05', 'KDUS-KS-06', 'KDUS-KS-07', 'KDUS-TR-04', 'KDUS-DC-07', 'KDUS-DC-09'])
      expect(control(id).rationale, id).toMatch(/Profile note \(KDUS-CI\): /);
    // The exemplary vendor passes every §4 control under the profile too, with the fields it already declares.
    const status = (id: string) => r.subjects[0]!.controls.find((c) => c.id === id)!.status;
    for (const id of ['KDUS-CU-07', 'KDUS-CU-08', 'KDUS-TH-05', 'KDUS-RB-05', 'KDUS-KS-07', 'KDUS-TR-04']) expect(status(id), id).toBe('pass');
  });

  const strictOnly: Record<string, [string, string, (d: Doc) => void, string]> = {
    // Four-hour notice: enough for the base standard, not for a hospital's first hour.
    'four-hour-notice': ['vendors/aegis-exemplary.yaml', 'KDUS-TR-04', (d) => (d['transparency']['incidentCommunication']['customerNotificationHours'] = 4), ''],
    // A kernel release line (5.14.0-427.*) passes the base; the profile wants the exact errata build.
    'kernel-release-line': ['vendors/aegis-exemplary.yaml', 'KDUS-KS-07', (d) => (linux(d)['kernel']['runtimeAllowList']['granularity'] = 'distro_kernel_release'), ''],
    // Validated one sensor line back, which the base accepts when pinning offers N-1 only.
    'one-line-back': ['vendors/aegis-exemplary.yaml', 'KDUS-CU-07', (d) => {
      d['customerControls']['sensorPinning']['supports'] = ['n', 'n-1'];
      for (const ch of d['updateChannels']) if (ch['compatibility']?.['sensorMatrix']) ch['compatibility']['sensorMatrix']['versionsBack'] = 1;
    }, ''],
    // "Not a NIS2 entity": a 36-hour first report passes the base, and the profile bounds every operator.
    'regime-other-36h': ['deployments/st-brigid-hospital.yaml', 'KDUS-DC-09', (d) => {
      d['incidentResponse']['regime'] = 'other';
      d['incidentResponse']['clocks']['earlyWarningHours'] = 36;
    }, 'vendors/aegis-exemplary.yaml'],
    // A 60-hour fleet recovery objective the drill meets: within the base's 72 hours, beyond the profile's 48.
    'objective-60h': ['deployments/st-brigid-hospital.yaml', 'KDUS-DC-07', (d) => (d['recovery']['fleetRecoveryObjectiveHours'] = 60), 'vendors/aegis-exemplary.yaml'],
  };

  it.each(Object.keys(strictOnly))('%s passes KDUS and fails KDUS-CI', (name) => {
    const [file, id, edit, pair] = strictOnly[name]!;
    const dir = tempDir('kdus-ci');
    const doc = load(file);
    edit(doc);
    writeFileSync(`${dir}/${name}.yaml`, stringify(doc));
    const files = [`${dir}/${name}.yaml`, ...(pair ? [`examples/${pair}`] : [])];
    const subject = (r: Report) => r.subjects.find((s) => s.file.endsWith(`${name}.yaml`))!;
    const status = (r: Report) => subject(r).controls.find((c) => c.id === id)!.status;
    expect(status(check(files))).toBe('pass');
    expect(status(check([...files, '--standard', profile]))).toBe('fail');
  });

  it('a crash gate compared with a historical baseline caps the grade under KDUS-CI (TH-05 critical), not under KDUS (high)', () => {
    const dir = tempDir('kdus-ci-th05');
    const doc = load('vendors/aegis-exemplary.yaml');
    for (const ch of doc['updateChannels']) ch['rollout']['healthGate']['crashAttribution']['comparison'] = 'historical_baseline';
    writeFileSync(`${dir}/baseline.yaml`, stringify(doc));
    const base = check([`${dir}/baseline.yaml`]).subjects[0]!;
    const strict = check([`${dir}/baseline.yaml`, '--standard', profile]).subjects[0]!;
    expect(notPassing(check([`${dir}/baseline.yaml`]))).toEqual(['KDUS-TH-05']);
    expect(base.criticalFailures).not.toContain('KDUS-TH-05');
    expect(strict.criticalFailures).toContain('KDUS-TH-05');
    expect(strict.grade).toBe('F');
  });
});
