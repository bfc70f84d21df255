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
