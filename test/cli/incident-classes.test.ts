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
