import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * `check --artifact FILE` and artifacts inside `--evidence`: the vendor's own driver package set beside its
 * manifest, through the real CLI on the example files.
 */
const asOf = ['--as-of', '2026-11-25'];
const borealis = 'examples/vendors/borealis-typical.yaml';
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const borealisInf = 'examples/evidence/borealis/borealis.inf';

function json(args: string[]): { code: number; report: Report; subject: Subject; stderr: string } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]!, stderr: r.stderr };
}

describe('the typical vendor: its own driver package contradicts its component list', () => {
  it('text: the control fails at the manifest line, naming the INF line and what it shows', () => {
    const r = runCli(['check', borealis, '--artifact', borealisInf, ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'examples/vendors/borealis-typical.yaml:47:1  /components is contradicted by the Windows driver package (INF) examples/evidence/borealis/borealis.inf:20:14: the package installs service BorealisNet (borealisnet.sys), ServiceType 1 (kernel driver), StartType 0 (boot start), LoadOrderGroup NDIS, and no component has its binary or id',
    );
    expect(r.stdout).toContain('also at examples/evidence/borealis/borealis.inf:20: what the Windows driver package (INF) shows, against /components');
    expect(r.stdout).toMatch(/Assurance contradicted/);
  });

  it('JSON: the observations per control, and the same control passes without the artifact', () => {
    const without = json([borealis]);
    const withInf = json([borealis, '--artifact', borealisInf]);
    const ks01 = (s: Subject) => s.controls.find((c) => c.id === 'KDUS-KS-01')!;
    expect(ks01(without.subject).status).toBe('pass');
    expect(ks01(withInf.subject).status).toBe('fail');
    expect(ks01(withInf.subject).assurance).toBe('contradicted');
    expect(ks01(withInf.subject).observations).toContainEqual({
      claim: '/components',
      result: 'contradicted',
      observed: 'the package installs service BorealisNet (borealisnet.sys), ServiceType 1 (kernel driver), StartType 0 (boot start), LoadOrderGroup NDIS, and no component has its binary or id',
      artifact: { kind: 'windows-inf', title: 'Windows driver package (INF)', file: borealisInf, line: 20, column: 14 },
      basis: 'given',
    });
    // The declared filter driver matches its service: its fields are observed, not contradicted.
    expect(withInf.subject.controls.flatMap((c) => c.observations ?? [])).toContainEqual(expect.objectContaining({ claim: '/components/0/bootStart', result: 'observed' }));
    // One finding per control for the list, not one per component.
    expect(ks01(withInf.subject).findings.filter((f) => f.message.includes('BorealisNet'))).toHaveLength(1);
    expect(withInf.subject.score!).toBeLessThan(without.subject.score!);
    expect(withInf.subject.assurance).toBe('contradicted');
  });

  it('SARIF: the result sits on the manifest line, with a related location on the INF line', () => {
    const r = runCli(['check', borealis, '--artifact', borealisInf, ...asOf, '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as Log;
    const result = log.runs[0]!.results!.find((x) => x.ruleId === 'KDUS-KS-01')!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(borealis);
    expect(result.locations![0]!.physicalLocation!.region!.startLine).toBe(47);
    expect(result.relatedLocations!.map((l) => [l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine])).toContainEqual([borealisInf, 20]);
  });
});

describe("the typical vendor's evidence folder: claims contradicted by its own files", () => {
  it('the INF contradicts the component list, the unsigned module module_signed, the provenance SLSA L2 and the release history the bake, each at its line', () => {
    const r = runCli(['check', borealis, '--evidence', 'examples/evidence/borealis', ...asOf]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/vendors/borealis-typical.yaml:47:1  /components is contradicted by the Windows driver package (INF) examples/evidence/borealis/borealis.inf:20:14');
    expect(r.stdout).toContain(
      'examples/vendors/borealis-typical.yaml:94:16  /components/2/signing/linux is contradicted by the Linux kernel module examples/evidence/borealis/borealis.ko:1:1: the module ends without "~Module signature appended~": it carries no signature',
    );
    const report = json([borealis, '--evidence', 'examples/evidence/borealis']);
    const contradicted = new Set(report.subject.controls.flatMap((c) => (c.observations ?? []).filter((o) => o.result === 'contradicted').map((o) => `${o.claim} ${o.artifact.file}`)));
    expect([...contradicted].sort()).toEqual([
      '/components examples/evidence/borealis/borealis.inf',
      '/components/2/signing/linux examples/evidence/borealis/borealis.ko',
      '/supplyChain/slsaBuildLevel examples/evidence/borealis/borealis-guard-5.8.intoto.jsonl',
      '/updateChannels/1/rollout/rings/0/bakeMinutes examples/evidence/borealis/borealis.release-history.jsonl',
    ]);
  });
});

describe('the exemplary vendor: its driver packages back what it declares', () => {
  it('the INFs in its evidence folder are read, and every observation supports a claim', () => {
    const r = json([aegis, '--evidence', 'examples/evidence/aegis']);
    expect(r.report.problems).toEqual([]);
    const observations = r.subject.controls.flatMap((c) => c.observations ?? []);
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.filter((o) => o.result === 'contradicted')).toEqual([]);
    expect(new Set(observations.map((o) => o.artifact.file))).toEqual(new Set(['examples/evidence/aegis/aegis-agent.cdx.json', 'examples/evidence/aegis/aegis.ko', 'examples/evidence/aegis/aegis.release-history.yaml', 'examples/evidence/aegis/aegiselam.inf', 'examples/evidence/aegis/aegisflt.inf']));
    expect(r.subject.assurance).not.toBe('contradicted');
  });
});

describe('who wrote the artifact, and which manifest it is about', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('artifacts');
    copyFileSync(path.join(root, aegis), path.join(dir, 'aegis.yaml'));
    copyFileSync(path.join(root, borealis), path.join(dir, 'borealis.yaml'));
    copyFileSync(path.join(root, borealisInf), path.join(dir, 'borealis.inf'));
  });

  it('with several manifests, an artifact no manifest pins is not used, and a warning says how to tie it', () => {
    const r = runCli(['check', 'aegis.yaml', 'borealis.yaml', '--artifact', 'borealis.inf', ...asOf, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    const artifactProblems = report.problems.filter((p) => p.code.startsWith('artifact'));
    expect(artifactProblems.map((p) => `${p.severity} ${p.code} ${p.file}`)).toEqual(['warning artifact-untied borealis.inf']);
    expect(artifactProblems[0]!.message).toMatch(/2 vendor manifests are checked and none pins this artifact's SHA-256 \([0-9a-f]{64}\) in its evidence list, so it is not used/);
    expect(report.subjects.flatMap((s) => s.controls.flatMap((c) => c.observations ?? []))).toEqual([]);
  });

  it('an artifact pinned by one manifest is set beside that one only', async () => {
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(readFileSync(path.join(dir, 'borealis.inf'))).digest('hex');
    const text = readFileSync(path.join(dir, 'borealis.yaml'), 'utf8').replace(
      /^evidence:\n/m,
      `evidence:\n  - claim: /components/0\n    type: document\n    url: "https://borealis-cyber.example/downloads/borealis-driver-package.zip"\n    sha256: "${sha}"\n`,
    );
    writeFileSync(path.join(dir, 'borealis-pinned.yaml'), text);
    const r = runCli(['check', 'aegis.yaml', 'borealis-pinned.yaml', '--artifact', 'borealis.inf', ...asOf, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    const with_ = (s: Subject) => s.controls.some((c) => (c.observations ?? []).length > 0);
    expect(report.subjects.map((s) => [s.file, with_(s)])).toEqual([
      ['aegis.yaml', false],
      ['borealis-pinned.yaml', true],
    ]);
  });

  it('a malformed artifact is an input problem (exit 2) with its position, and the manifest is still evaluated', () => {
    writeFileSync(path.join(dir, 'broken.inf'), '[Version]\nSignature = "$WINDOWS NT$"\n[S.Services]\nAddService = X,,Nowhere\n');
    const r = runCli(['check', 'borealis.yaml', '--artifact', 'broken.inf', ...asOf], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('broken.inf:4:14');
    expect(r.stdout).toContain('AddService X names the section [Nowhere], which the INF does not have');
    expect(r.stdout).toMatch(/Score \d+\/100/);
  });

  it('a binary file named .inf, a folder, a missing file and a kind ringfence does not read are refused clearly', () => {
    writeFileSync(path.join(dir, 'driver.inf'), Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const r = runCli(['check', 'borealis.yaml', '--artifact', 'driver.inf', '--artifact', 'nowhere.inf', '--artifact', 'notes.txt', '--artifact', '.', ...asOf, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.filter((p) => p.code.startsWith('artifact')).map((p) => `${p.file}: ${p.message}`)).toEqual([
      '.: --artifact needs a regular file (a folder, device or pipe is not read)',
      'driver.inf: not an INF: the file holds NUL bytes and no UTF-16 byte-order mark (a binary file?)',
      expect.stringMatching(/^notes\.txt: --artifact: ringfence reads no artifact of this kind \(it reads: Windows driver package INF \(\*\.inf\); Linux kernel module \(\*\.ko, ELF\);/),
      'nowhere.inf: --artifact: no such file or directory',
    ]);
    expect(report.subjects).toHaveLength(1);
  });
});
