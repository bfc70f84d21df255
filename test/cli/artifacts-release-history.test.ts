import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { bin, loadedModules, root, runCli, tempDir } from '../helpers.js';

/**
 * The vendor's release history set beside its declared rollouts, through the real CLI on the example files:
 * Borealis's detection rules went from 10% to 100% in 20 minutes against a declared 30-minute bake; Aegis's
 * releases were staged as declared.
 */
const asOf = ['--as-of', '2026-11-25'];
const borealis = 'examples/vendors/borealis-typical.yaml';
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const borealisHistory = 'examples/evidence/borealis/borealis.release-history.jsonl';
const aegisHistory = 'examples/evidence/aegis/aegis.release-history.yaml';
const bakeClaim = '/updateChannels/1/rollout/rings/0/bakeMinutes';

function json(args: string[]): { code: number; report: Report; subject: Subject; stderr: string } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]!, stderr: r.stderr };
}

/** The manifest line a claim sits on. */
const lineOf = (file: string, needle: string) => readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the typical vendor: a content release promoted after 15 minutes contradicts the declared 30-minute bake', () => {
  it('text: the finding sits on the manifest line of the bake, naming the release and the history line and column', () => {
    const r = runCli(['check', borealis, '--artifact', borealisHistory, ...asOf]);
    expect(r.code).toBe(1);
    const line = lineOf(borealis, '{ name: early, populationPct: 10,  includesInternalHosts: true, platformCoverage: partial, bakeMinutes: 30 }');
    expect(r.stdout).toContain(
      `${borealis}:${line}:102  ${bakeClaim} is contradicted by the release history ${borealisHistory}:5:373: release dr-5841: ring early completed 2026-11-16 14:05Z, ring ga started 2026-11-16 14:20Z: a bake of 15 min, declared 30 min`,
    );
    expect(r.stdout).toContain(`also at ${borealisHistory}:5: what the release history shows, against ${bakeClaim}`);
    expect(r.stdout).toMatch(/Assurance contradicted/);
  });

  it('JSON: the observation per control, the timeline, and the score lower than without the history', () => {
    const without = json([borealis]);
    const withHistory = json([borealis, '--artifact', borealisHistory]);
    const observations = withHistory.subject.controls.flatMap((c) => c.observations ?? []);
    expect(observations).toContainEqual({
      claim: bakeClaim,
      result: 'contradicted',
      observed: 'release dr-5841: ring early completed 2026-11-16 14:05Z, ring ga started 2026-11-16 14:20Z: a bake of 15 min, declared 30 min',
      artifact: { kind: 'release-history', title: 'release history', file: borealisHistory, line: 5, column: 373 },
      basis: 'given',
    });
    expect(observations.filter((o) => o.result === 'contradicted').map((o) => o.claim)).toEqual(expect.arrayContaining([bakeClaim]));
    expect(new Set(observations.filter((o) => o.result === 'contradicted').map((o) => o.claim))).toEqual(new Set([bakeClaim]));
    const sr04 = withHistory.subject.controls.find((c) => c.id === 'KDUS-SR-04')!;
    expect(sr04.assurance).toBe('contradicted');
    expect(withHistory.subject.assurance).toBe('contradicted');
    expect(withHistory.subject.score!).toBeLessThanOrEqual(without.subject.score!);
    const dr = withHistory.subject.observedRollouts!.find((x) => x.release === 'dr-5841')!;
    expect(dr).toEqual({
      artifact: borealisHistory,
      release: 'dr-5841',
      channel: 'detection-rules',
      emergency: false,
      rings: [
        { name: 'early', start: '2026-11-16T14:00:00.000Z', end: '2026-11-16T14:05:00.000Z', pct: 10 },
        { name: 'ga', start: '2026-11-16T14:20:00.000Z', end: '2026-11-16T14:45:00.000Z', pct: 100 },
      ],
    });
    expect(without.subject.observedRollouts).toBeUndefined();
  });

  it('SARIF: the result on the manifest line, with a related location on the history line', () => {
    const r = runCli(['check', borealis, '--artifact', borealisHistory, ...asOf, '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as Log;
    const results = log.runs[0]!.results!.filter((x) => x.message.text?.includes('dr-5841'));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(borealis);
      expect(result.relatedLocations!.map((l) => [l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine])).toContainEqual([borealisHistory, 5]);
    }
  });

  it('HTML: the observed timeline is a chart with its title and description, and a table of the releases', () => {
    const r = runCli(['check', borealis, '--artifact', borealisHistory, ...asOf, '--format', 'html']);
    expect(r.stdout).toContain('Observed rollouts</h3>');
    expect(r.stdout).toMatch(/<svg class="rollouts"[^>]*role="img" aria-labelledby="d1-rt0-t d1-rt0-d">/);
    expect(r.stdout).toContain('<title id="d1-rt0-t">Observed rollouts of channel detection-rules</title>');
    expect(r.stdout).toMatch(/<desc id="d1-rt0-d">[^<]*dr-5841: early 10% at 0\.1 h, ga 100% at 0\.8 h/);
    expect(r.stdout).not.toMatch(/<(img|script|link)\b/);
  });
});

describe('the exemplary vendor: its releases were staged as it declares', () => {
  it('every observation supports a claim, from the evidence folder as from --artifact', () => {
    for (const args of [[aegis, '--artifact', aegisHistory], [aegis, '--evidence', 'examples/evidence/aegis']]) {
      const r = json(args);
      expect(r.report.problems).toEqual([]);
      const observations = r.subject.controls.flatMap((c) => c.observations ?? []).filter((o) => o.artifact.kind === 'release-history');
      expect(observations.length).toBeGreaterThan(0);
      expect(observations.filter((o) => o.result === 'contradicted')).toEqual([]);
      expect(new Set(observations.map((o) => o.claim))).toContain('/updateChannels/1/rollout/healthGate/maxDetectionMinutes');
      expect(r.subject.observedRollouts!.map((x) => x.release)).toContain('rr-2026.11.14-e1');
      expect(r.subject.assurance).not.toBe('contradicted');
    }
  });

  it('a plain check does not load the reader; a check with a history does', () => {
    // The reader is its own chunk (or module, unbundled), loaded only for a history.
    const loaded = (args: string[]) => loadedModules([bin, 'check', borealis, ...asOf, ...args]).urls.filter((u) => /release-history/.test(u));
    expect(loaded([])).toEqual([]);
    expect(loaded(['--artifact', borealisHistory]).some((u) => /\/(cli\/release-history-[\w-]+\.cjs|src\/artifacts\/release-history\/index\.js)$/.test(u))).toBe(true);
  });

  it('ringfence schema ReleaseHistory prints the schema', () => {
    const r = runCli(['schema', 'ReleaseHistory']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'ReleaseHistory', $id: 'urn:ringfence:schema:release-history' });
  });
});

describe('malformed and hostile histories', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('release-history');
    copyFileSync(path.join(root, borealis), path.join(dir, 'borealis.yaml'));
  });

  it('a malformed release is an input problem (exit 2) at its line, the rest of the history and the manifest still used', () => {
    const r = runCli(['check', borealis, '--artifact', 'test/fixtures/release-history/truncated.release-history.jsonl', ...asOf]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/test\/fixtures\/release-history\/truncated\.release-history\.jsonl:3:\d+ .*not JSON: .*\(this release is not read\)/);
    expect(r.stdout).toMatch(/Score \d+\/100/);
  });

  it('a file named like a history that is not one, and a history whose header is wrong, are refused clearly', () => {
    writeFileSync(path.join(dir, 'x.release-history.yaml'), 'kind: VendorManifest\n');
    writeFileSync(path.join(dir, 'bin.release-history.jsonl'), Buffer.from([0x7b, 0x22, 0x6b, 0x69, 0x6e, 0x64, 0x22, 0x3a, 0x22, 0x52, 0x65, 0x6c, 0x65, 0x61, 0x73, 0x65, 0x48, 0x69, 0x73, 0x74, 0x6f, 0x72, 0x79, 0, 0, 0]));
    copyFileSync(path.join(root, 'test/fixtures/release-history/wrong-kind.release-history.yaml'), path.join(dir, 'wrong-kind.release-history.yaml'));
    const r = runCli(['check', 'borealis.yaml', '--artifact', 'x.release-history.yaml', '--artifact', 'bin.release-history.jsonl', '--artifact', 'wrong-kind.release-history.yaml', ...asOf, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.filter((p) => p.code.startsWith('artifact')).map((p) => `${p.file}:${p.range?.startLine ?? '-'} ${p.message}`)).toEqual([
      'bin.release-history.jsonl:1 not a release history: the file holds NUL bytes (UTF-8 text is expected)',
      'wrong-kind.release-history.yaml:1 apiVersion is "ringfence.dev/v2"; expected "ringfence.dev/v1"',
      'wrong-kind.release-history.yaml:3 missing required field "product" of ReleaseHistoryMetadata at metadata',
      expect.stringMatching(/^x\.release-history\.yaml:- --artifact: ringfence reads no artifact of this kind \(it reads: .*release history/),
    ]);
    expect(report.subjects).toHaveLength(1);
  });
});
