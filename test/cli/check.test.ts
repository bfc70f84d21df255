import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module shared with the benchmark
import { generate } from '../../bench/generate.mjs';
import type { Report } from '../../src/model/report.js';
import { bin, root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const examples = (dir: string) =>
  readdirSync(path.join(root, 'examples', dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `examples/${dir}/${f}`);

function jsonReport(args: string[]): { report: Report; code: number; stderr: string } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  return { report: JSON.parse(r.stdout) as Report, code: r.code, stderr: r.stderr };
}

const weakEvidence = new Set(['examples/vendors/borealis-typical.yaml', 'examples/vendors/cobalt-remediated.yaml']);

describe('ringfence check on the examples', () => {
  it.each([...examples('vendors'), ...examples('deployments')])('%s: prints a score, grade, level and the failing controls', (file) => {
    const r = runCli(['check', file, ...asOf]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Score \d+(\.\d)?\/100 {3}Grade [A-F]/);
    expect(r.stdout).toMatch(/Level \d/);
    expect(r.stdout).toMatch(/Controls: \d+ passed, \d+ failed/);
    if (r.code === 1) expect(r.stdout).toMatch(/[✖?!] KDUS-[A-Z]+-\d\d/);
    // No input, rule or standard problem in a bundled example. Two examples link evidence the way many vendors
    // do — a web page without a digest, links on hosts no reader can reach (their invented .example domains) —
    // and are told so, as warnings on those entries; nothing else.
    if (!weakEvidence.has(file)) expect(r.stdout).not.toMatch(/^Problems/m);
    else {
      const { report } = jsonReport([file]);
      expect(report.problems.length).toBeGreaterThan(0);
      for (const p of report.problems) {
        expect(p.severity, p.message).toBe('warning');
        expect(p.code).toMatch(/^evidence-(url|digest)$/);
        expect(p.pointer).toMatch(/^\/evidence\/\d+/);
      }
    }
  });

  it('fails the pre-incident reconstruction for the right reasons, with its grade capped', () => {
    const { report, code } = jsonReport(['examples/vendors/cobalt-pre-incident.yaml']);
    expect(code).toBe(1);
    const s = report.subjects[0]!;
    const status = new Map(s.controls.map((c) => [c.id, c.status]));
    for (const id of ['KDUS-SR-01', 'KDUS-CU-01', 'KDUS-CC-01', 'KDUS-EH-01', 'KDUS-TH-01']) expect(status.get(id), id).toBe('fail');
    // Every cause of the incident is a failing grade-capping control, named in the report.
    expect(s.criticalFailures).toEqual(expect.arrayContaining(['KDUS-SR-01', 'KDUS-CU-01', 'KDUS-CC-01', 'KDUS-EH-01', 'KDUS-TH-01', 'KDUS-KS-01']));
    expect(s.grade).toBe('F');
    expect(s.level).toBe(0);
  });

  it('caps a vendor that is strong elsewhere: the remediated twin improves for the right reasons, yet its kernel interpreter holds it at D', () => {
    const { report } = jsonReport(['examples/vendors/cobalt-pre-incident.yaml', 'examples/vendors/cobalt-remediated.yaml']);
    const [before, after] = report.subjects;
    const status = (s: typeof before, id: string) => s!.controls.find((c) => c.id === id)!.status;
    for (const id of ['KDUS-SR-01', 'KDUS-CU-01', 'KDUS-CU-02', 'KDUS-CU-03', 'KDUS-CC-01', 'KDUS-EH-01', 'KDUS-EH-02', 'KDUS-TH-01']) {
      expect(status(before, id), id).toBe('fail');
      expect(status(after, id), id).toBe('pass');
    }
    expect(status(after, 'KDUS-KS-01')).toBe('fail');
    expect(after!.score!).toBeGreaterThan(before!.score! + 50);
    // Critical failures hold it at D whatever its score: the kernel interpreter (KS-01), and an assurance it
    // claims (evidence_linked) that its evidence does not back (TR-05).
    expect(status(after, 'KDUS-TR-05')).toBe('fail');
    expect(after!.grade).toBe('D');
    const critical = new Set(report.standard.controls.filter((c) => c.capsGrade).map((c) => c.id));
    expect(after!.controls.filter((c) => critical.has(c.id) && c.status === 'fail').map((c) => c.id)).toEqual(expect.arrayContaining(['KDUS-KS-01', 'KDUS-TR-05']));
  });

  it('ranks the exemplary vendor above the typical one, and the typical above the pre-incident one', () => {
    const { report } = jsonReport(['examples/vendors']);
    const score = (f: string) => report.subjects.find((s) => s.file.endsWith(f))!.score!;
    expect(score('aegis-exemplary.yaml')).toBeGreaterThan(score('borealis-typical.yaml'));
    expect(score('borealis-typical.yaml')).toBeGreaterThan(score('cobalt-pre-incident.yaml'));
    expect(score('cobalt-remediated.yaml')).toBeGreaterThan(score('cobalt-pre-incident.yaml'));
    const exemplary = report.subjects.find((s) => s.file.endsWith('aegis-exemplary.yaml'))!;
    expect(exemplary.grade).toBe('A');
    expect(exemplary.level).toBe(3);
  });

  it('points each finding at the key or value its message is about', () => {
    // Hand-written documents (an imported one's findings sit on foreign lines, tested with its importer).
    const { report } = jsonReport([...examples('vendors'), ...examples('deployments')]);
    let checked = 0;
    for (const s of report.subjects) {
      for (const c of s.controls) {
        for (const f of c.findings) {
          const { region, pointer } = f.location;
          // An imported document's finding sits in the foreign file (or the overlay) its value came from, where the
          // pointer (into the mapped DeploymentConfig) names no key of that file: only its region is checked there.
          const text = readFileSync(path.join(root, f.location.file), 'utf8');
          const imported = !/^kind: (VendorManifest|DeploymentConfig)\s*$/m.test(text);
          const line = text.split(/\r?\n/)[region.startLine - 1]!;
          expect(region.startColumn).toBeGreaterThanOrEqual(1);
          expect(region.startColumn).toBeLessThanOrEqual(line.length + 1);
          // The last token of the pointer is the key (or list index) the region starts on.
          const last = pointer.split('/').pop()!;
          if (!imported && f.status === 'fail' && last !== '' && !/^\d+$/.test(last)) {
            expect(line.slice(region.startColumn - 1), `${c.id} ${pointer}`).toMatch(new RegExp(`^["']?${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('is deterministic: the same inputs give the same bytes', () => {
    const a = runCli(['check', 'examples', ...asOf, '--format', 'json']);
    const b = runCli(['check', 'examples', ...asOf, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const s1 = runCli(['check', 'examples', ...asOf, '--format', 'sarif']);
    const s2 = runCli(['check', 'examples', ...asOf, '--format', 'sarif']);
    expect(s1.stdout).toBe(s2.stdout);
  });

  it('checks a deployment config together with its vendor manifest', () => {
    const alone = jsonReport(['examples/deployments/st-brigid-hospital.yaml']).report.subjects[0]!;
    const paired = jsonReport(['examples/deployments/st-brigid-hospital.yaml', 'examples/vendors/aegis-exemplary.yaml']).report.subjects.find((s) => s.kind === 'DeploymentConfig')!;
    const missingAlone = alone.controls.filter((c) => c.status === 'missing_evidence').map((c) => c.id);
    const missingPaired = paired.controls.filter((c) => c.status === 'missing_evidence').map((c) => c.id);
    expect(missingAlone.length).toBeGreaterThan(missingPaired.length);
    const finding = alone.controls.flatMap((c) => c.findings).find((f) => /no VendorManifest/.test(f.message));
    expect(finding).toBeDefined();
  });

  it('writes several formats at once, each to its file', () => {
    const dir = tempDir('formats');
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf, '--format', `json=${dir}/r.json`, '--format', `sarif=${dir}/r.sarif`, '--format', 'text']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(readFileSync(`${dir}/r.json`, 'utf8')).reportVersion).toBe(2);
    expect(JSON.parse(readFileSync(`${dir}/r.sarif`, 'utf8')).version).toBe('2.1.0');
    expect(r.stdout).toMatch(/Score/);
  });

  it('gates on --fail-on, --min-score and --min-level', () => {
    const file = 'examples/vendors/aegis-exemplary.yaml';
    expect(runCli(['check', file, ...asOf, '--fail-on', 'none']).code).toBe(0);
    expect(runCli(['check', file, ...asOf, '--min-score', '100.1']).code).toBe(2);
    const low = runCli(['check', 'examples/vendors/cobalt-pre-incident.yaml', ...asOf, '--fail-on', 'none', '--min-score', '95']);
    expect(low.code).toBe(1);
    expect(low.stdout).toMatch(/below --min-score 95/);
    const level = runCli(['check', 'examples/vendors/cobalt-pre-incident.yaml', ...asOf, '--fail-on', 'none', '--min-level', '1']);
    expect(level.code).toBe(1);
    expect(level.stdout).toMatch(/below --min-level 1/);
  });
});

describe('bad inputs: a clear, positioned message, exit code 2, and the rest of the report', () => {
  it('reports a schema error at its line and column, grades the valid document and not the invalid one', () => {
    const dir = tempDir('schema');
    const src = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8');
    const lines = src.split('\n');
    const i = lines.findIndex((l) => /^\s+bootStart:/.test(l));
    lines[i] = lines[i]!.replace('bootStart:', 'bootStrat:');
    writeFileSync(`${dir}/typo.yaml`, lines.join('\n'));
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/ok.yaml`);
    const r = runCli(['check', dir, ...asOf]);
    expect(r.code).toBe(2);
    const col = lines[i]!.indexOf('bootStrat') + 1;
    // Listed under the document's heading, before its findings.
    expect(r.stdout).toMatch(new RegExp(`typo\\.yaml — .*\\n {2}Not graded: 1 schema error; the controls below were evaluated as written\\n {4}error \\S*typo\\.yaml:${i + 1}:${col} {2}unknown field "bootStrat" of Component at components\\[0\\]; did you mean "bootStart"\\? \\[schema\\]\\n`));
    // The valid file is graded; the one its schema refuses is not: no score, grade or level, and the gate fails.
    expect(r.stdout.match(/Score \d/g)).toHaveLength(1);
    // The third warning: the typo also orphans the evidence entry that pins the INF under /components/0/bootStart.
    expect(r.stdout).toMatch(/^Problems \(1 error, 3 warnings\)\n(  warning .*\n){3}  1 schema error is listed above with its document\n/m);
    expect(r.stdout).toContain('typo.yaml: not graded, 1 schema error');
    const report = JSON.parse(runCli(['check', dir, ...asOf, '--format', 'json']).stdout) as Report;
    expect(report.subjects.map((s) => [path.basename(s.file), s.grade, s.score === null])).toEqual([
      ['ok.yaml', 'F', false],
      ['typo.yaml', 'not graded', true],
    ]);
    const markdown = runCli(['check', dir, ...asOf, '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/gate failed/);
    expect(markdown).toContain('**not graded**');
  });

  it('reports a YAML syntax error with its position, and evaluates the other files', () => {
    const dir = tempDir('syntax');
    writeFileSync(`${dir}/broken.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: X, product: [Y\n');
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/ok.yaml`);
    const r = runCli(['check', dir, ...asOf]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/broken\.yaml:\d+:\d+ {2}.*\[yaml-syntax\]/);
    expect(r.stdout).toMatch(/ok\.yaml — /);
    expect(r.stderr).toBe('');
  });

  it('reports a missing path as an input problem and continues', () => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', 'no/such/file.yaml', ...asOf]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/no\/such\/file\.yaml {2}no such file or directory \[input-missing\]/);
    expect(r.stdout).toMatch(/aegis-exemplary\.yaml — /);
  });

  it('rejects bad usage with one line and exit 2', () => {
    for (const args of [['check'], ['check', 'x', '--format', 'pdf'], ['check', 'x', '--fail-on', 'severe'], ['check', 'x', '--as-of', '25/11/2026'], ['frobnicate'], ['check', 'x', '--format', 'json', '--format', 'sarif']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^ringfence: .+\n$/);
      expect(r.stderr).not.toMatch(/at .+\.js:\d+/);
    }
  });
});

describe('standard output closed early', () => {
  it('stops quietly with the status SIGPIPE gives, when the reader stops (`| head`)', () => {
    const dir = tempDir('epipe');
    // Far more output than a pipe holds, so the writer is still writing when head exits.
    (generate as (d: string, n: number, seed: number) => unknown)(`${dir}/in`, 60, 5);
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" check "${dir}/in" --as-of 2026-11-25 | head -1`], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 60_000 });
    expect(r.stdout).toMatch(/^ringfence \S+ · KDUS/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(141);
  });
});
