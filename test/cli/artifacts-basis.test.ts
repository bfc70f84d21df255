import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * What an artifact's support is worth depends on what ties it to the manifest (its basis). The dishonest vendor's
 * move: write a release history that agrees with every rollout claim, drop it into the evidence bundle, and collect
 * "observed" — a level above "verified" — without the manifest ever committing to the file. These tests send that
 * bundle and check that the claims stay where they were, while the same file pinned by the manifest, or named by
 * the reader with --artifact, lifts them; and that an unpinned file's contradictions still count.
 */
const asOf = ['--as-of', '2026-11-25'];
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const history = 'examples/evidence/aegis/aegis.release-history.yaml';
const historySha = 'c27685a600746dcb8946b186ae8a752e4a88c1a5ec6732dfe3419a67eab39046';

function subjectOf(args: string[], cwd?: string): { code: number; subject: Subject; stderr: string } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json'], cwd ? { cwd } : {});
  return { code: r.code, subject: (JSON.parse(r.stdout) as Report).subjects[0]!, stderr: r.stderr };
}

/** The exemplary manifest without the evidence entry that pins its release history, in a folder of its own. */
function unpinnedCopy(): { dir: string; manifest: string; evidence: string } {
  const dir = tempDir('basis');
  const text = readFileSync(path.join(root, aegis), 'utf8');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(historySha));
  expect(at).toBeGreaterThan(0);
  // The entry is `- claim`, `type`, `url`, `sha256`, `description`: drop those five lines.
  lines.splice(at - 3, 5);
  expect(lines.join('\n')).not.toContain(historySha);
  const manifest = path.join(dir, 'vendor.yaml');
  writeFileSync(manifest, lines.join('\n'));
  const evidence = path.join(dir, 'bundle');
  mkdirSync(evidence);
  copyFileSync(path.join(root, history), path.join(evidence, 'aegis.release-history.yaml'));
  return { dir, manifest, evidence };
}

const rolloutObservations = (s: Subject) => s.controls.flatMap((c) => c.observations ?? []).filter((o) => o.artifact.kind === 'release-history');

describe('an unpinned release history in the vendor bundle lifts nothing', () => {
  it('its support is marked unpinned, the backing stays below observed, and a warning says how to tie it', () => {
    const { manifest, evidence } = unpinnedCopy();
    const r = subjectOf([manifest, '--evidence', evidence]);
    const seen = rolloutObservations(r.subject);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.basis === 'unpinned')).toBe(true);
    const r2 = runCli(['check', manifest, '--evidence', evidence, ...asOf]);
    expect(r2.stdout).toContain('[artifact-unpinned]');
    expect(r2.stdout).toContain(`pin its SHA-256 (${historySha}) in the manifest's evidence list`);
    expect(r2.stdout).toMatch(/The vendor's own files: 1 file: \d+ shown only by files the manifest does not pin \(counted nothing\)/);
  });

  it('the same file named by the reader with --artifact lifts the rollout claims to observed (basis given)', () => {
    const { manifest } = unpinnedCopy();
    const r = subjectOf([manifest, '--artifact', path.join(root, history)]);
    const seen = rolloutObservations(r.subject);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.basis === 'given')).toBe(true);
  });

  it('pinned by the exemplary manifest, it lifts them (basis pinned)', () => {
    const r = subjectOf([aegis, '--evidence', 'examples/evidence/aegis']);
    const seen = rolloutObservations(r.subject);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.basis === 'pinned')).toBe(true);
    expect(r.stderr + JSON.stringify(r.subject)).not.toContain('artifact-unpinned');
  });

  it("an unpinned file's contradiction still fails the control", () => {
    const { manifest, evidence } = unpinnedCopy();
    // The history now says the internal ring of the first release baked 2 minutes.
    const text = readFileSync(path.join(evidence, 'aegis.release-history.yaml'), 'utf8');
    const edited = shortenFirstBake(text);
    writeFileSync(path.join(evidence, 'aegis.release-history.yaml'), edited);
    const r = subjectOf([manifest, '--evidence', evidence]);
    const contradicted = rolloutObservations(r.subject).filter((o) => o.result === 'contradicted');
    expect(contradicted.length).toBeGreaterThan(0);
    expect(contradicted.every((o) => o.basis === 'unpinned')).toBe(true);
    expect(r.subject.assurance).toBe('contradicted');
    expect(r.code).toBe(1);
  });
});

/** The canary ring of the first release starts 2 minutes after the internal ring ended: a 2-minute bake. */
function shortenFirstBake(text: string): string {
  const canaryStart = 'start: "2026-11-03T09:40:00Z"';
  expect(text).toContain(canaryStart);
  return text.replace(canaryStart, 'start: "2026-11-03T08:12:00Z"');
}
