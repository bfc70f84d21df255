import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedModules, root, runCli, tempDir, validateSarif } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const sensor = 'examples/deployments/k8s-sensor/';
const daemonset = 'examples/deployments/k8s-sensor/sensor-daemonset.yaml';
const overlay = 'examples/deployments/k8s-sensor/ringfence-overlay.yaml';
const vendor = 'examples/vendors/aegis-exemplary.yaml';
const fixtures = 'test/fixtures/import/kubernetes';

interface Finding {
  status: string;
  message: string;
  location: { file: string; pointer: string; region: { startLine: number; startColumn: number } };
  related?: { location: { file: string; region: { startLine: number } } }[];
}
interface Report {
  subjects: { file: string; kind: string; score: number | null; grade: string; controls: { id: string; status: string; findings: Finding[] }[] }[];
  problems: { severity: string; code: string; file?: string; range?: { startLine: number; startColumn: number }; message: string }[];
}

function json(args: string[]): { code: number; report: Report } {
  const r = runCli(['check', ...args, ...asOf, '-f', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** The line of `file` holding `text` (1-based), so that the tests say which line they mean. */
function lineOf(file: string, text: string): number {
  const i = readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.trim().startsWith(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

describe('check reads a sensor DaemonSet as it is', () => {
  it('reports DC findings on the DaemonSet lines, and overlay values on the overlay lines', () => {
    const { code, report } = json([sensor, vendor]);
    expect(code).toBe(1);
    expect(report.problems).toEqual([]);
    const s = report.subjects.find((x) => x.kind === 'DeploymentConfig')!;
    expect(s.file).toBe(daemonset);
    const dc01 = s.controls.find((c) => c.id === 'KDUS-DC-01')!;
    expect(dc01.status).toBe('fail');
    const maxUnavailable = lineOf(daemonset, 'maxUnavailable: 100%');
    expect(dc01.findings[0]!.location).toMatchObject({ file: daemonset, pointer: '/rings', region: { startLine: maxUnavailable, startColumn: 7 } });
    expect(dc01.findings[0]!.message).toContain('first ring "all-at-once" holds 240 of 240 hosts (100%');
    const dc03 = s.controls.find((c) => c.id === 'KDUS-DC-03')!;
    expect(dc03.status).toBe('fail');
    expect(dc03.findings.every((f) => f.location.file === daemonset && f.location.region.startLine === maxUnavailable)).toBe(true);
    // recovery comes from the overlay: a finding about it is on the overlay's line.
    const dc07 = s.controls.find((c) => c.id === 'KDUS-DC-07')!;
    expect(dc07.findings[0]!.location).toMatchObject({ file: overlay, pointer: '/recovery', region: { startLine: lineOf(overlay, 'recovery:') } });
  });

  it('the text report shows the DaemonSet line with an excerpt of that file', () => {
    const r = runCli(['check', sensor, vendor, ...asOf]);
    expect(r.stdout).toContain(`${daemonset}:${lineOf(daemonset, 'maxUnavailable: 100%')}:7  1 ring(s) defined (minimum 3)`);
  });

  it('SARIF points at the DaemonSet and validates with the GitHub rules', () => {
    const dir = tempDir('k8s-sarif');
    const file = path.join(dir, 'k8s.sarif');
    runCli(['check', sensor, vendor, ...asOf, '-f', `sarif=${file}`]);
    const issues = validateSarif(file).filter((i) => i.level === 'error');
    expect(issues).toEqual([]);
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const dc01 = sarif.runs[0]!.results.find((x) => x.ruleId.includes('DC-01'))!;
    expect(dc01.locations[0]!.physicalLocation.artifactLocation.uri).toBe(daemonset);
    expect(dc01.locations[0]!.physicalLocation.region.startLine).toBe(lineOf(daemonset, 'maxUnavailable: 100%'));
  }, 180_000);

  it('worker threads give the same report as one thread', () => {
    const one = runCli(['check', sensor, 'examples/deployments/k8s-rollout/', vendor, ...asOf, '-f', 'json', '--jobs', '1']);
    const two = runCli(['check', sensor, 'examples/deployments/k8s-rollout/', vendor, ...asOf, '-f', 'json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).subjects.length).toBe(3);
  });

  it('an Argo Rollout in canary steps maps to rings with the pauses as bake time', () => {
    const { report } = json(['examples/deployments/k8s-rollout/', vendor]);
    const s = report.subjects.find((x) => x.kind === 'DeploymentConfig')!;
    expect(s.controls.find((c) => c.id === 'KDUS-DC-01')!.status).toBe('pass');
    expect(s.controls.find((c) => c.id === 'KDUS-DC-03')!.status).toBe('pass');
  });
});

describe('ringfence import', () => {
  it('writes the mapped DeploymentConfig, which checks to the same findings and score (round trip)', () => {
    const dir = tempDir('k8s-import');
    for (const example of [sensor, 'examples/deployments/k8s-rollout/']) {
      const out = path.join(dir, `${path.basename(example)}.yaml`);
      const w = runCli(['import', example, '-o', out]);
      expect(w.stderr).toBe('');
      expect(w.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toMatch(/^# Mapped by `ringfence import` \(importer: kubernetes\) from examples\/deployments\//);
      // Deterministic: a second import writes the same bytes.
      expect(runCli(['import', example]).stdout).toBe(text);
      const key = (r: Report) => {
        const s = r.subjects.find((x) => x.kind === 'DeploymentConfig')!;
        return { score: s.score, grade: s.grade, controls: s.controls.map((c) => ({ id: c.id, status: c.status, findings: c.findings.map((f) => [f.status, f.location.pointer, f.message]) })) };
      };
      expect(key(json([out, vendor]).report)).toEqual(key(json([example, vendor]).report));
    }
  });

  it('writes nothing and exits 2 when the import has errors', () => {
    const dir = tempDir('k8s-import-bad');
    const out = path.join(dir, 'x.yaml');
    const r = runCli(['import', `${fixtures}/bad-amount`, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('daemonset.yaml:10:7');
    expect(r.stderr).toContain('nothing was written');
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses to write into a folder it reads', () => {
    const r = runCli(['import', sensor, '-o', `${sensor}mapped.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would be written inside');
  });

  it('says so when nothing is importable', () => {
    const r = runCli(['import', vendor]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one ringfence imports');
  });
});

describe('malformed and hostile input is refused at its line', () => {
  const problems = (dir: string) => json([`${fixtures}/${dir}`]);

  it.each([
    ['bad-amount', 'daemonset.yaml', 10, 7, 'maxUnavailable is the string "25"'],
    ['bad-pause', 'rollout.yaml', 11, 20, 'pause duration is "soon"'],
    ['no-name', 'daemonset.yaml', 3, 1, 'has no metadata.name'],
  ])('%s', (dir, file, line, column, message) => {
    const { code, report } = problems(dir);
    expect(code).toBe(2);
    const p = report.problems.find((x) => x.code === 'import-invalid')!;
    expect(p.file).toBe(`${fixtures}/${dir}/${file}`);
    expect(p.range).toMatchObject({ startLine: line, startColumn: column });
    expect(p.message).toContain(message);
  });

  it('an overlay cannot give rings: refused at its line, the imported all-at-once ring stays and fails', () => {
    const { code, report } = problems('hostile-overlay-rings');
    expect(code).toBe(2);
    const p = report.problems.find((x) => x.code === 'overlay-schema')!;
    expect(p).toMatchObject({ file: `${fixtures}/hostile-overlay-rings/overlay.yaml`, range: { startLine: 7, startColumn: 1 } });
    expect(p.message).toContain('unknown field "rings"');
    const s = report.subjects[0]!;
    expect(s.controls.find((c) => c.id === 'KDUS-DC-01')!.status).toBe('fail');
    expect(s.grade).not.toMatch(/^[A-D]/);
  });

  it('an overlay host group the import does not know: did you mean, at the overlay line', () => {
    const { code, report } = problems('hostile-overlay-unknown-group');
    expect(code).toBe(2);
    const p = report.problems.find((x) => x.code === 'overlay-unknown-group')!;
    expect(p).toMatchObject({ file: `${fixtures}/hostile-overlay-unknown-group/overlay.yaml`, range: { startLine: 5, startColumn: 7 } });
    expect(p.message).toContain('did you mean "node-sensor"?');
  });

  it('an overlay cannot empty a group (hosts: 0)', () => {
    const { code, report } = problems('hostile-overlay-zero-hosts');
    expect(code).toBe(2);
    expect(report.problems.find((x) => x.code === 'overlay-schema')!.message).toContain('hostGroups[0].hosts is 0; it must be at least 1');
  });

  it('a rolling update of 5% with a two-hour minReadySeconds is three rings, on the maxUnavailable line', () => {
    const { report } = problems('rolling-waves');
    const s = report.subjects[0]!;
    const dc01 = s.controls.find((c) => c.id === 'KDUS-DC-01')!;
    expect(dc01.status).toBe('pass');
  });

  it('a .tf file named on the command line that no importer reads is an error; met in a folder, it is not an input', () => {
    const dir = tempDir('tf-unclaimed');
    writeFileSync(path.join(dir, 'main.tf'), 'resource "example_bucket" "logs" {\n  name = "logs"\n}\n');
    const named = runCli(['check', path.join(dir, 'main.tf'), ...asOf, '--allow-empty']);
    expect(named.code).toBe(2);
    expect(named.stderr + named.stdout).toContain('no importer reads this file');
    const scanned = runCli(['check', dir, ...asOf, '--allow-empty']);
    expect(scanned.code).toBe(0);
  });
});

describe('importers are loaded only for their files', () => {
  const loaded = (args: string[]): string[] => loadedModules([path.join(root, 'bin/ringfence.js'), ...args]).urls;
  const importers = (urls: string[]) => urls.filter((u) => /\/kubernetes(-[\w-]+)?\.c?js$|\/import\/kubernetes\//.test(u));

  it('a plain check loads no importer; a check of a DaemonSet loads the Kubernetes importer', () => {
    expect(importers(loaded(['check', 'examples/deployments/harbor-bank.yaml', vendor, ...asOf]))).toEqual([]);
    expect(importers(loaded(['check', sensor, ...asOf])).length).toBeGreaterThan(0);
  });
});

describe('init overlay', () => {
  it('writes an overlay template that completes a DaemonSet; its placeholders are reported on the overlay lines', () => {
    const dir = tempDir('init-overlay');
    writeFileSync(path.join(dir, 'ds.yaml'), readFileSync(path.join(root, daemonset), 'utf8'));
    const w = runCli(['init', 'overlay', '-o', path.join(dir, 'overlay.yaml')]);
    expect(w.code).toBe(0);
    writeFileSync(path.join(dir, 'overlay.yaml'), readFileSync(path.join(dir, 'overlay.yaml'), 'utf8').replace('id: example-sensor', 'id: aegis-sensor'));
    const r = runCli(['check', dir, ...asOf, '-f', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const placeholder = report.problems.find((p) => p.code === 'placeholder')!;
    expect(placeholder.file).toBe(path.relative(root, path.join(dir, 'overlay.yaml')));
  });
});

describe('nothing in a claimed file is lost', () => {
  it('a ringfence document in the same file as a DaemonSet is evaluated too', () => {
    const dir = tempDir('k8s-mixed');
    const file = path.join(dir, 'mixed.yaml');
    writeFileSync(file, `${readFileSync(path.join(root, daemonset), 'utf8')}---\n${readFileSync(path.join(root, 'examples/deployments/smallco.yaml'), 'utf8')}`);
    const r = runCli(['check', file, ...asOf, '-f', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['schema', 'schema']);
    expect(report.subjects.map((s) => s.kind)).toEqual(['DeploymentConfig', 'DeploymentConfig']);
  });
});

describe('an overlay cannot resize what the manifest says', () => {
  it("a Rollout's replicas win over the overlay's host count, which is a conflict at the overlay line", () => {
    const { code, report } = json([`${fixtures}/hostile-overlay-replicas`]);
    expect(code).toBe(2);
    const p = report.problems.find((x) => x.code === 'overlay-conflict')!;
    expect(p).toMatchObject({ file: `${fixtures}/hostile-overlay-replicas/overlay.yaml`, range: { startLine: 6 } });
    expect(p.message).toContain('hold 40 hosts');
    const dc01 = report.subjects[0]!.controls.find((c) => c.id === 'KDUS-DC-01')!;
    expect(dc01.status).toBe('fail');
    expect(dc01.findings[0]!.message).toContain('holds 20 of 40 hosts');
  });
});

describe('which overlay applies', () => {
  it('an overlay in another folder applies to the files its appliesTo names; one that applies to nothing is a warning', () => {
    const dir = tempDir('k8s-applies-to');
    mkdirSync(path.join(dir, 'k8s'));
    mkdirSync(path.join(dir, 'ringfence'));
    writeFileSync(path.join(dir, 'k8s', 'ds.yaml'), readFileSync(path.join(root, daemonset), 'utf8'));
    const text = readFileSync(path.join(root, overlay), 'utf8');
    writeFileSync(path.join(dir, 'ringfence', 'overlay.yaml'), text.replace('kind: DeploymentOverlay', 'kind: DeploymentOverlay\nappliesTo: [../k8s/*.yaml]'));
    writeFileSync(path.join(dir, 'ringfence', 'unused.yaml'), text.replace('kind: DeploymentOverlay', 'kind: DeploymentOverlay\nappliesTo: [../elsewhere/*.yaml]'));
    const r = runCli(['check', dir, ...asOf, '-f', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.map((p) => [p.code, path.basename(p.file ?? '')])).toEqual([['overlay-unused', 'unused.yaml']]);
    expect(report.subjects).toHaveLength(1);
    expect(report.subjects[0]!.score).not.toBeNull();
  });
});
