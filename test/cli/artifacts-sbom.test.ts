import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { loadedModules, root, runCli, tempDir } from '../helpers.js';

/**
 * SBOMs and build provenance through the real CLI on the example files: the typical vendor's unsigned provenance
 * contradicts its SLSA level at both files' lines; the exemplary vendor's SBOM and signed provenance back its
 * claims (the provenance only with the reader's trust policy); hostile files are positioned input problems.
 */
const asOf = ['--as-of', '2026-11-25'];
const borealis = 'examples/vendors/borealis-typical.yaml';
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const borealisProvenance = 'examples/evidence/borealis/borealis-guard-5.8.intoto.jsonl';
const aegisPolicy = 'test/fixtures/artifacts/aegis-build-platform.yaml';

function json(args: string[], cwd = root): { code: number; report: Report; subject: Subject } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json'], { cwd });
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]! };
}
const control = (s: Subject, id: string) => s.controls.find((c) => c.id === id)!;

describe('the typical vendor: its own build provenance contradicts its SLSA level', () => {
  it('text: SI-03 fails at the manifest line, naming the provenance line and what it shows', () => {
    const r = runCli(['check', borealis, '--evidence', 'examples/evidence/borealis', ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ KDUS-SI-03 medium, level 2 .* \(failed/);
    expect(r.stdout).toContain(
      `examples/vendors/borealis-typical.yaml:271:3  /supplyChain/slsaBuildLevel is contradicted by the SLSA build provenance ${borealisProvenance}:1:57: SLSA provenance showing at most Build L1, not L2: unsigned (the envelope carries no signature); the evidence holds 1 of its 2 subjects by SHA-256: borealis.inf; builder https://jenkins.borealis-cyber.example/job/sensor-release (level unknown)`,
    );
    expect(r.stdout).toContain(`also at ${borealisProvenance}:1: what the SLSA build provenance shows, against /supplyChain/slsaBuildLevel`);
  });

  it('JSON and SARIF: the observation with both positions; its SPDX SBOM supports the declared format and costs nothing', () => {
    const { report, subject } = json([borealis, '--evidence', 'examples/evidence/borealis']);
    // The typical vendor's own files are not pinned by its manifest: what they support lifts nothing, and each says so.
    expect(new Set(report.problems.filter((p) => p.code.startsWith('artifact')).map((p) => `${p.severity} ${p.code}`))).toEqual(new Set(['warning artifact-unpinned']));
    const si03 = control(subject, 'KDUS-SI-03');
    expect(si03.status).toBe('fail');
    expect(si03.observations).toEqual([expect.objectContaining({ claim: '/supplyChain/slsaBuildLevel', result: 'contradicted', artifact: { kind: 'slsa-provenance', title: 'SLSA build provenance', file: borealisProvenance, line: 1, column: 57 } })]);
    const log = JSON.parse(runCli(['check', borealis, '--artifact', borealisProvenance, ...asOf, '--format', 'sarif']).stdout) as Log;
    const result = log.runs[0]!.results!.find((x) => x.ruleId === 'KDUS-SI-03')!;
    expect(result.locations![0]!.physicalLocation!.region!.startLine).toBe(271);
    expect(result.relatedLocations!.map((l) => [l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine])).toContainEqual([borealisProvenance, 1]);
  });
});

describe('the exemplary vendor: its SBOM and provenance back what it declares', () => {
  it('without a trust policy: the SBOM is observed, the signed provenance is read but L3 is not claimed for it; no problems', () => {
    const { code, report, subject } = json([aegis, '--evidence', 'examples/evidence/aegis']);
    expect(code).toBe(0);
    expect(report.problems).toEqual([]);
    const observations = subject.controls.flatMap((c) => c.observations ?? []);
    expect(observations.filter((o) => o.result === 'contradicted')).toEqual([]);
    expect(observations.filter((o) => o.artifact.kind === 'sbom').map((o) => o.claim)).toContain('/components/2/language/primary');
    expect(control(subject, 'KDUS-SI-03').observations ?? []).toEqual([]);
  });

  it("with the reader's trust policy: SI-03 is observed (Build L3, signed by the build platform's key)", () => {
    const { report, subject } = json([aegis, '--evidence', 'examples/evidence/aegis', '--trust-policy', aegisPolicy]);
    expect(report.problems).toEqual([]);
    const si03 = control(subject, 'KDUS-SI-03');
    expect(si03.status).toBe('pass');
    expect(si03.assurance).toBe('observed');
    expect(si03.observations![0]!.observed).toMatch(/^SLSA provenance supporting Build L3: signed by "Aegis Sentinel build platform 2026"/);
    expect(si03.observations![0]!.observed).toContain('the evidence holds 2 of its 3 subjects by SHA-256: aegisflt.inf, aegiselam.inf; builder');
  });
});

describe('hostile and mismatched artifacts', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('sbom');
    copyFileSync(path.join(root, borealis), path.join(dir, 'borealis.yaml'));
    copyFileSync(path.join(root, 'examples/evidence/aegis/aegis-agent.cdx.json'), path.join(dir, 'sensor.cdx.json'));
  });

  it('a CycloneDX SBOM beside a manifest that declares SPDX: KDUS-MS-04, which reads the claim, fails at it (no warning besides)', () => {
    const { report, subject } = json(['borealis.yaml', '--artifact', 'sensor.cdx.json'], dir);
    expect(report.problems.filter((x) => x.code === 'artifact-contradicted')).toEqual([]);
    const ms04 = control(subject, 'KDUS-MS-04');
    expect(ms04.status).toBe('fail');
    // One finding per instance: the most specific contradiction of the first claim (this SBOM's win-driver entry
    // states C where Borealis declares C++); the format's is listed with the control.
    expect(ms04.observations).toContainEqual(expect.objectContaining({ claim: '/memorySafety/sbom/format', result: 'contradicted', observed: expect.stringContaining('the SBOM is CycloneDX 1.6, not SPDX') }));
  });

  it('a huge SBOM, a deeply nested one and a truncated one are positioned input problems (exit 2); the manifest is still checked', () => {
    writeFileSync(path.join(dir, 'huge.cdx.json'), Buffer.alloc(9 * 1024 * 1024, 0x20));
    writeFileSync(path.join(dir, 'deep.cdx.json'), `{"bomFormat":"CycloneDX",\n"components":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    writeFileSync(path.join(dir, 'cut.cdx.json'), '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "components": [\n    {"name": "zlib"');
    const r = runCli(['check', 'borealis.yaml', '--artifact', 'huge.cdx.json', '--artifact', 'deep.cdx.json', '--artifact', 'cut.cdx.json', ...asOf, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    const problems = report.problems.filter((p) => p.code.startsWith('artifact')).map((p) => [p.file, p.code, p.range?.startLine, p.range?.startColumn]);
    expect(problems.sort()).toEqual([
      ['cut.cdx.json', 'artifact-syntax', 5, 20],
      ['deep.cdx.json', 'artifact-too-deep', 2, 77],
      ['huge.cdx.json', 'artifact-too-large', undefined, undefined],
    ]);
    expect(report.problems.find((p) => p.file === 'huge.cdx.json')!.message).toBe('--artifact: the file is 9.0 MiB; at most 8.0 MiB is read');
    expect(report.subjects).toHaveLength(1);
    expect(report.subjects[0]!.score).toEqual(expect.any(Number));
  });
});

describe('the hostile fixtures (test/fixtures/artifacts/hostile) in an evidence folder', () => {
  it('each is a positioned problem of its own file; the readable provenance line still counts; the manifest is still checked', () => {
    const r = runCli(['check', borealis, '--evidence', 'test/fixtures/artifacts/hostile', ...asOf, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    const at = (p: Report['problems'][number]) => `${p.severity} ${p.file!.replace('test/fixtures/artifacts/hostile/', '')}:${p.range?.startLine}:${p.range?.startColumn} ${p.message}`;
    expect(report.problems.filter((p) => p.code.startsWith('artifact') && p.code !== 'artifact-contradicted').map(at).sort()).toEqual([
      'error broken-lines.intoto.jsonl:2:60 provenance: not JSON: the text ends where a value was expected',
      'error broken-lines.intoto.jsonl:3:60 the envelope\'s payload is not a JSON statement: not JSON: unexpected "n" where a value was expected',
      'error components-not-a-list.cdx.json:4:17 components is a mapping, not a list',
      'error deep.cdx.json:2:79 the SBOM nests lists and mappings more than 64 deep here; it was not read',
      'error truncated.spdx.json:5:35 SBOM: not JSON: a control character inside a string (escape it)',
      'warning wrong-types.cdx.json:13:5 a component is a string, not a mapping; not read',
      'warning wrong-types.cdx.json:16:15 purl is a list, not a string; the entry is read without it',
      'warning wrong-types.cdx.json:22:15 "cargo/serde@1.0" is not a package URL (pkg:type/name@version); the entry is read without it',
      'warning wrong-types.cdx.json:6:18 metadata.component is a string, not a mapping',
      'warning wrong-types.cdx.json:9:5 a component needs a name (a non-empty string); this one has a number and is not read',
    ]);
    const si03 = report.subjects[0]!.controls.find((c) => c.id === 'KDUS-SI-03')!;
    expect(si03.observations![0]).toMatchObject({ result: 'contradicted', artifact: { file: 'test/fixtures/artifacts/hostile/broken-lines.intoto.jsonl', line: 1 } });
    expect(si03.observations![0]!.observed).toMatch(/^SLSA provenance showing at most Build L1, not L2: unsigned/);
    expect(report.subjects[0]!.score).toEqual(expect.any(Number));
  });
});

describe('a plain check loads no artifact reader', () => {
  /** Runs the CLI with a module hook that records every resolved URL. */
  const loaded = (args: string[]): string[] => loadedModules([path.join(root, 'bin/ringfence.js'), ...args]).urls;
  const readers = (urls: string[]) => urls.filter((u) => /\/(sbom|slsa-provenance|windows-inf|json-input)(-[\w-]+)?\.c?js$|\/artifacts\/(sbom|slsa-provenance|windows-inf)\//.test(u)).map((u) => u.replace(/^.*\//, '').replace(/-[\w-]+\.c?js$/, ''));

  it('check without artifacts: none; with an SBOM: the SBOM reader only', () => {
    expect(readers(loaded(['check', aegis, ...asOf]))).toEqual([]);
    const withSbom = readers(loaded(['check', borealis, '--artifact', 'examples/evidence/borealis/borealis-guard-5.8.spdx.json', ...asOf]));
    expect(withSbom).toContain('sbom');
    expect(withSbom).not.toContain('slsa');
    expect(withSbom).not.toContain('windows');
  });
});
