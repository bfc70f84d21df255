import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * Issue 15's buyer: three copies of the exemplary manifest — one with its hash-pinned evidence links, one with the
 * links deleted that still calls itself third_party_verified, one with the links deleted that says self_attested —
 * and two identical ones under different names. The copies without evidence are named to sort first: a name
 * must never decide a rank.
 */
const aegis = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8');
const withoutEvidence = (vendor: string, assurance: string) =>
  aegis
    .slice(0, aegis.indexOf('\nevidence:\n') + 1)
    .replace('  vendor: Aegis Sentinel Systems', `  vendor: ${vendor}`)
    .replace(/ {2}assurance: evidence_linked[^\n]*/, `  assurance: ${assurance}`);

describe('compare ranks on grade, then backing, then score — never on the name', () => {
  const dir = tempDir('compare-backing');
  writeFileSync(path.join(dir, 'c-backed.yaml'), aegis);
  writeFileSync(path.join(dir, 'a-claims-third-party.yaml'), withoutEvidence('Aardvark Endpoint Co', 'third_party_verified'));
  writeFileSync(path.join(dir, 'b-self-attested.yaml'), withoutEvidence('Abacus Endpoint Co', 'self_attested'));
  const run = (...files: string[]) => JSON.parse(runCli(['compare', ...files.map((f) => path.join(dir, f)), '--as-of', '2026-11-25', '--format', 'json']).stdout) as Comparison;

  it('ranks the evidence-backed vendor first, shows the others as declared, and finds the unbacked third_party_verified', () => {
    const c = run('a-claims-third-party.yaml', 'b-self-attested.yaml', 'c-backed.yaml');
    expect(c.entries.map((e) => [path.basename(e.file), e.rank, e.tied, e.grade, e.assurance])).toEqual([
      ['c-backed.yaml', 1, false, 'A', 'linked'],
      ['b-self-attested.yaml', 2, false, 'B', 'declared'],
      ['a-claims-third-party.yaml', 3, false, 'D', 'declared'],
    ]);
    // The same score (100) for the first two: the unbacked one's grade is held at B (KDUS grading.unbackedCap), and
    // the reason says why.
    expect(c.entries[0]!.score).toBe(c.entries[1]!.score);
    expect(c.entries[1]!.uncappedGrade).toBe('A');
    expect(c.reasons[0]).toMatch(/Abacus Endpoint Co Aegis Sentinel 9\.4's grade is held from A to B: its critical controls are backed only as declared/);
    const held = c.report.subjects.find((s) => s.file.endsWith('b-self-attested.yaml'))!;
    expect(held.gradeLimitedBy).toMatch(/^grade A needs the critical controls backed at least as linked \(KDUS 1\.1\.0 grading\.unbackedCap\); they are backed only as declared by the vendor, so the grade is held at B$/);
    const claims = c.report.subjects.find((s) => s.file.endsWith('a-claims-third-party.yaml'))!;
    const tr05 = claims.controls.find((x) => x.id === 'KDUS-TR-05')!;
    expect(tr05.status).toBe('fail');
    expect(tr05.findings[0]!.message).toMatch(/metadata\.assurance declares third_party_verified/);
    expect(claims.cappedBy).toContain('KDUS-TR-05');
  });

  it('shows equal entries as a tie (2=), whatever their names, in every format', () => {
    writeFileSync(path.join(dir, 'z-twin.yaml'), withoutEvidence('Zebra Endpoint Co', 'self_attested'));
    const c = run('z-twin.yaml', 'b-self-attested.yaml', 'c-backed.yaml');
    expect(c.entries.map((e) => [path.basename(e.file), e.rank, e.tied])).toEqual([
      ['c-backed.yaml', 1, false],
      ['b-self-attested.yaml', 2, true],
      ['z-twin.yaml', 2, true],
    ]);
    expect(c.reasons[1]).toMatch(/^Abacus Endpoint Co Aegis Sentinel 9\.4 and Zebra Endpoint Co Aegis Sentinel 9\.4 tie \(100, B, level 0, assurance declared, 0% verified, 0% linked\): the same grade, backing, score and level; they are listed by file name, which ranks nothing\.$/);
    const files = ['z-twin.yaml', 'b-self-attested.yaml', 'c-backed.yaml'].map((f) => path.join(dir, f));
    const text = runCli(['compare', ...files, '--as-of', '2026-11-25']).stdout;
    expect(text).toMatch(/^ {2}2= Abacus Endpoint Co/m);
    expect(text).toMatch(/^ {2}2= Zebra Endpoint Co/m);
    expect(text).toMatch(/^Verified coverage\s+0%/m);
    const markdown = runCli(['compare', ...files, '--as-of', '2026-11-25', '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/\| \| 1\. Aegis Sentinel Systems Aegis Sentinel 9\.4 \| 2= Abacus Endpoint Co Aegis Sentinel 9\.4 \| 2= Zebra/);
    expect(markdown).toMatch(/\| Assurance \| linked \| declared by the vendor \| declared by the vendor \|/);
  });
});

describe('SARIF carries what backs each result', () => {
  it('per result (the control assurance and the document assurance) and per subject in the run, with the vendor\'s own word apart', () => {
    const r = runCli(['check', 'examples/vendors/cobalt-remediated.yaml', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', 'sarif']);
    const run = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; properties: Record<string, unknown> }[]; properties: { subjects: Record<string, unknown>[] } }[] }).runs[0]!;
    // Control results (input problems such as an unusable evidence URL are results of RF-* rules, about no control).
    const controlResults = run.results.filter((x) => x.ruleId.startsWith('KDUS-'));
    expect(controlResults.length).toBeGreaterThan(0);
    for (const x of controlResults) {
      expect(x.properties['subjectAssurance']).toBe('declared');
      expect(['declared', 'linked', 'verified', 'independently_verified', 'contradicted', undefined]).toContain(x.properties['assurance']);
    }
    expect(run.properties.subjects.map((s) => [s['file'], s['assurance'], s['declaredAssurance']])).toEqual([
      ['examples/vendors/aegis-exemplary.yaml', 'linked', 'evidence_linked'],
      ['examples/vendors/cobalt-remediated.yaml', 'declared', 'evidence_linked'],
    ]);
    expect(run.properties.subjects[0]!['linkedCoverage']).toBeGreaterThan(0);
  });
});

describe('a passing control shows the declared values it passed on', () => {
  it('the canary size, hosts and target of SR-02, each at its pointer; a failing control has findings instead', () => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', 'examples/vendors/borealis-typical.yaml', '--as-of', '2026-11-25', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { subjects: { file: string; controls: { id: string; status: string; declared?: { pointer: string; value: unknown }[] }[] }[] };
    const aegis = report.subjects.find((s) => s.file.endsWith('aegis-exemplary.yaml'))!;
    const sr02 = aegis.controls.find((c) => c.id === 'KDUS-SR-02')!;
    expect(sr02.status).toBe('pass');
    expect(sr02.declared).toEqual(expect.arrayContaining([
      { pointer: '/updateChannels/0/rollout/rings/0/populationPct', value: 0.1 },
      { pointer: '/updateChannels/0/rollout/rings/0/hosts', value: 8400 },
      { pointer: '/updateChannels/0/rollout/targetHosts', value: 8400000 },
    ]));
    expect(sr02.declared!.length).toBeLessThanOrEqual(20);
    const borealis = report.subjects.find((s) => s.file.endsWith('borealis-typical.yaml'))!;
    for (const c of borealis.controls.filter((x) => x.status !== 'pass')) expect(c.declared, c.id).toBeUndefined();
  });
});
