import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * KDUS-MS-04 reads the declared SBOM (`claims:` in its rule): an SBOM of the vendor's own that contradicts the
 * declared format fails MS-04 at the manifest's sbom line, with the SBOM's position as a related location — pinned or
 * not (contradictions count whatever the basis); an SBOM in the declared format, pinned, supports it. Through the
 * real CLI, on copies of the example files.
 */
const asOf = ['--as-of', '2026-11-25'];
const spdx = 'examples/evidence/borealis/borealis-guard-5.8.spdx.json';
const declaredSpdx = 'sbom: { format: spdx, url: "https://borealis-cyber.example/sbom/5.8.spdx.json" }';
const declaredCdx = 'sbom: { format: cyclonedx, url: "https://borealis-cyber.example/sbom/5.8.cdx.json" }';
const sbomLine = 268;

function json(args: string[], cwd: string): { code: number; report: Report; subject: Subject } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json'], { cwd });
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]! };
}
const ms04 = (s: Subject) => s.controls.find((c) => c.id === 'KDUS-MS-04')!;

/**
 * The typical vendor's manifest, its SBOM declaration replaced, with the SPDX SBOM pinned in its evidence list:
 * `declared` under /memorySafety/sbom at the declared URL (the manifest's own word that this file is its declared
 * SBOM), `other` under /components at another URL (an SBOM of the release, not said to be the declared one).
 */
function manifest(dir: string, declaration: string, pin: 'declared' | 'other' | 'none'): void {
  const text = readFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), 'utf8');
  expect(text.split('\n')[sbomLine - 1]).toBe(`  ${declaredSpdx}`);
  const sha = createHash('sha256').update(readFileSync(path.join(root, spdx))).digest('hex');
  const [claim, url] = pin === 'declared' ? ['/memorySafety/sbom', 'https://borealis-cyber.example/sbom/5.8.cdx.json'] : ['/components', 'https://borealis-cyber.example/sbom/5.8-packages.spdx.json'];
  const entry = `  - claim: ${claim}\n    type: document\n    url: "${url}"\n    sha256: ${sha}\n    description: The SBOM of the 5.8 release.\n`;
  writeFileSync(path.join(dir, 'vendor.yaml'), text.replace(declaredSpdx, declaration) + (pin === 'none' ? '' : entry));
}

/** A small CycloneDX SBOM naming no component of the manifest (so it speaks to the format only). */
const otherCdx = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [{ type: 'library', name: 'zlib', version: '1.3.1', purl: 'pkg:conan/zlib@1.3.1' }] }, null, 2);

describe('the dishonest vendor: a manifest declaring CycloneDX, an SPDX SBOM in its own evidence', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('sbom-claims');
    mkdirSync(path.join(dir, 'evidence'));
    copyFileSync(path.join(root, spdx), path.join(dir, 'evidence', 'sbom.spdx.json'));
    for (const [name, declaration, pin] of [
      ['pinned', declaredCdx, 'declared'],
      ['unpinned', declaredCdx, 'none'],
      ['honest', declaredSpdx, 'declared'],
    ] as const) {
      mkdirSync(path.join(dir, name));
      manifest(path.join(dir, name), declaration, pin);
    }
  });

  it('pinned, text: MS-04 fails at the sbom line, naming the SBOM, its position and what it shows', () => {
    const r = runCli(['check', 'pinned/vendor.yaml', '--evidence', 'evidence', ...asOf], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ KDUS-MS-04 low, level 2 .* \(failed/);
    expect(r.stdout).toContain(
      `pinned/vendor.yaml:${sbomLine}:11  /memorySafety/sbom/format is contradicted by the SBOM evidence/sbom.spdx.json:2:18: the SBOM is SPDX 2.3, not CycloneDX: SPDX 2.3 SBOM of borealis-guard-windows 5.8.0: 8 packages`,
    );
    expect(r.stdout).toContain('also at evidence/sbom.spdx.json:2: what the SBOM shows, against /memorySafety/sbom/format');
    // Said once, by the control that reads the claim: no "no control of the standard reads that claim" warning.
    expect(r.stdout).not.toContain('no control of the standard reads that claim');
  });

  it('pinned, SARIF: the result is at the sbom line, with the SBOM\'s position as a related location', () => {
    const r = runCli(['check', 'pinned/vendor.yaml', '--evidence', 'evidence', ...asOf, '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as Log;
    const result = log.runs[0]!.results!.find((x) => x.ruleId === 'KDUS-MS-04')!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('pinned/vendor.yaml');
    expect(result.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: sbomLine, startColumn: 11 });
    expect(result.relatedLocations!.map((l) => [l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine, l.physicalLocation!.region!.startColumn])).toEqual([['evidence/sbom.spdx.json', 2, 18]]);
    expect(result.properties).toMatchObject({ status: 'fail', assurance: 'contradicted', jsonPointer: '/memorySafety/sbom/format' });
  });

  it('pinned, JSON: the contradicting observation is pinned and listed with MS-04; the score falls by MS-04 alone', () => {
    const { subject } = json(['pinned/vendor.yaml', '--evidence', 'evidence'], dir);
    const c = ms04(subject);
    expect(c.status).toBe('fail');
    expect(c.assurance).toBe('contradicted');
    expect(c.observations).toContainEqual(expect.objectContaining({ claim: '/memorySafety/sbom/format', result: 'contradicted', basis: 'pinned' }));
    const honest = json(['honest/vendor.yaml', '--evidence', 'evidence'], dir).subject;
    expect(ms04(honest).status).toBe('pass');
    expect(subject.score).toBeLessThan(honest.score!);
    const failing = (s: Subject) => s.controls.filter((x) => x.status === 'fail').map((x) => x.id);
    expect(new Set(failing(subject))).toEqual(new Set([...failing(honest), 'KDUS-MS-04']));
    expect(failing(honest)).not.toContain('KDUS-MS-04');
  });

  it('unpinned: its support would lift nothing, but its contradiction fails MS-04 all the same', () => {
    const { subject, report } = json(['unpinned/vendor.yaml', '--evidence', 'evidence'], dir);
    const c = ms04(subject);
    expect(c.status).toBe('fail');
    expect(c.findings[0]!.location).toMatchObject({ pointer: '/memorySafety/sbom/format', region: { startLine: sbomLine } });
    expect(c.observations).toContainEqual(expect.objectContaining({ claim: '/memorySafety/sbom/format', result: 'contradicted', basis: 'unpinned' }));
    expect(report.problems.filter((p) => p.code === 'artifact-contradicted')).toEqual([]);
  });

  it('honest and pinned: the SBOM supports the declared format and MS-04 passes; the pin backs the SBOM claim', () => {
    const { subject, report } = json(['honest/vendor.yaml', '--evidence', 'evidence'], dir);
    const c = ms04(subject);
    expect(c.status).toBe('pass');
    expect(c.observations).toContainEqual(expect.objectContaining({ claim: '/memorySafety/sbom/format', result: 'observed', basis: 'pinned' }));
    expect(c.evidence.map((e) => e.claim)).toContain('/memorySafety/sbom');
    expect(report.problems.filter((p) => p.code === 'evidence-unused')).toEqual([]);
    // Without the files the pin only links the claim; the manifest's other MS-04 claims are declared, so MS-04 is.
    expect(ms04(json(['honest/vendor.yaml'], dir).subject).assurance).toBe('declared');
  });
});

describe('SBOMs in both formats: a vendor may publish both', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('sbom-claims-both');
    writeFileSync(path.join(dir, 'zlib.cdx.json'), otherCdx);
    mkdirSync(path.join(dir, 'evidence'));
    mkdirSync(path.join(dir, 'evidence-both'));
    copyFileSync(path.join(root, spdx), path.join(dir, 'evidence', 'sbom.spdx.json'));
    copyFileSync(path.join(root, spdx), path.join(dir, 'evidence-both', 'sbom.spdx.json'));
    writeFileSync(path.join(dir, 'evidence-both', 'zlib.cdx.json'), otherCdx);
    for (const [name, declaration, pin] of [
      ['pinned', declaredCdx, 'declared'],
      ['second', declaredCdx, 'other'],
    ] as const) {
      mkdirSync(path.join(dir, name));
      manifest(path.join(dir, name), declaration, pin);
    }
  });

  it('an SPDX SBOM beside a CycloneDX one that supports the declared format is another SBOM of the release, not a contradiction (a warning says so)', () => {
    const { subject, report } = json(['second/vendor.yaml', '--evidence', 'evidence', '--artifact', 'zlib.cdx.json'], dir);
    expect(ms04(subject).status).toBe('pass');
    expect(ms04(subject).observations).toEqual(expect.not.arrayContaining([expect.objectContaining({ result: 'contradicted' })]));
    const w = report.problems.filter((p) => p.code === 'artifact-other-sbom');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', file: 'evidence/sbom.spdx.json', range: expect.objectContaining({ startLine: 2, startColumn: 18 }) })]);
    expect(w[0]!.message).toMatch(/^this SBOM is SPDX 2\.3, not CycloneDX: .*; zlib\.cdx\.json is in the declared format and supports second\/vendor\.yaml's declaration, so this one is taken as another SBOM of the release/);
    // Without the CycloneDX SBOM the SPDX one contradicts the declaration, as always.
    expect(ms04(json(['second/vendor.yaml', '--evidence', 'evidence'], dir).subject).status).toBe('fail');
  });

  it('no excuse when the manifest pinned the SPDX file as its declared SBOM (under memorySafety.sbom, at the declared URL)', () => {
    const { subject, report } = json(['pinned/vendor.yaml', '--evidence', 'evidence', '--artifact', 'zlib.cdx.json'], dir);
    expect(ms04(subject).status).toBe('fail');
    expect(ms04(subject).findings[0]!.location).toMatchObject({ pointer: '/memorySafety/sbom/format' });
    expect(report.problems.filter((p) => p.code === 'artifact-other-sbom')).toEqual([]);
  });

  it('no excuse from an unpinned CycloneDX file dropped into the bundle: its support lifts nothing, so it excuses nothing', () => {
    const { subject, report } = json(['second/vendor.yaml', '--evidence', 'evidence-both'], dir);
    expect(ms04(subject).status).toBe('fail');
    expect(ms04(subject).observations).toContainEqual(expect.objectContaining({ claim: '/memorySafety/sbom/format', result: 'contradicted', basis: 'pinned' }));
    expect(report.problems.filter((p) => p.code === 'artifact-other-sbom')).toEqual([]);
  });
});

describe("MS-04 reads every component's languages", () => {
  it("an SBOM whose entry for a component (not the first) is in a language the component does not declare fails MS-04 at that component's language", () => {
    const dir = tempDir('sbom-claims-language');
    const text = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8');
    const rust = 'language: { primary: rust, loc: { rust: 214000, cpp: 6100 } }';
    const line = text.split('\n').findIndex((l) => l.includes(rust)) + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'vendor.yaml'), text.replace(rust, 'language: { primary: c, loc: { c: 214000, cpp: 6100 } }'));
    copyFileSync(path.join(root, 'examples/evidence/aegis/aegis-agent.cdx.json'), path.join(dir, 'agent.cdx.json'));
    const { subject } = json(['vendor.yaml', '--artifact', 'agent.cdx.json'], dir);
    const c = ms04(subject);
    expect(c.status).toBe('fail');
    expect(c.findings[0]!.location).toMatchObject({ pointer: '/components/2/language', region: { startLine: line } });
    expect(c.findings[0]!.message).toContain('is pkg:cargo/aegis-agent@9.4.0, a Rust package (cargo)');
    // The same manifest without the SBOM: MS-04 passes (the inventory is complete), as before.
    expect(ms04(json(['vendor.yaml'], dir).subject).status).toBe('pass');
  });
});

describe('the examples without artifacts', () => {
  it("the exemplary vendor's MS-04 claims the SBOM, which its evidence pins: still linked, nothing unused", () => {
    const { subject, report } = json(['examples/vendors/aegis-exemplary.yaml'], root);
    const c = ms04(subject);
    expect([c.status, c.assurance]).toEqual(['pass', 'linked']);
    expect(c.evidence.map((e) => e.claim)).toContain('/memorySafety/sbom');
    expect(report.problems.filter((p) => p.code === 'evidence-unused')).toEqual([]);
  });
});
