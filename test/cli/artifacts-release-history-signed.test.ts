import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * Through the real CLI: a release history signed by the release system's key (a DSSE envelope), checked against the
 * reader's trust policy; the dishonest vendor's versions (an envelope signed with a key it made itself, a key past
 * its expiry or out of its scope, a damaged envelope); every ring's share; a release on a hidden channel. Keys are
 * made here with node:crypto; no private key is in the repository.
 */
const asOf = ['--as-of', '2026-11-25'];
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const borealis = 'examples/vendors/borealis-typical.yaml';
const history = 'examples/evidence/aegis/aegis.release-history.yaml';
const historySha = createHash('sha256').update(readFileSync(path.join(root, history))).digest('hex');
const type = 'application/vnd.ringfence.release-history+yaml';

/** An envelope as the release system would write it: the key id is the signing key's own. */
function envelope(body: Buffer, key: KeyObject, t = type): string {
  const keyid = createHash('sha256').update(createPublicKey(key).export({ type: 'spki', format: 'der' })).digest('hex');
  const sig = sign(null, Buffer.concat([Buffer.from(`DSSEv1 ${t.length} ${t} ${body.length} `), body]), key).toString('base64');
  return `${JSON.stringify({ payloadType: t, payload: body.toString('base64'), signatures: [{ keyid, sig }] }, null, 2)}\n`;
}

function trustPolicy(file: string, pub: KeyObject, extra = ''): void {
  const pem = (pub.export({ type: 'spki', format: 'pem' }) as string).trim().split('\n').map((l) => `      ${l}`).join('\n');
  writeFileSync(file, `apiVersion: ringfence.dev/v1\nkind: TrustPolicy\nkeys:\n  - name: Aegis release control\n    party: Aegis Sentinel Systems\n    role: vendor\n${extra}    publicKey: |\n${pem}\n`);
}

/** The exemplary manifest without the entry pinning its history, and a bundle folder holding `files`. */
function unpinned(files: Record<string, string | Buffer>): { dir: string; manifest: string; bundle: string } {
  const dir = tempDir('relsign');
  const lines = readFileSync(path.join(root, aegis), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(historySha));
  expect(at).toBeGreaterThan(0);
  // The entry is `- claim`, `type`, `url`, `sha256`, `description`: drop those five lines.
  lines.splice(at - 3, 5);
  const manifest = path.join(dir, 'vendor.yaml');
  writeFileSync(manifest, lines.join('\n'));
  const bundle = path.join(dir, 'bundle');
  mkdirSync(bundle);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(bundle, name), text);
  return { dir, manifest, bundle };
}

function json(args: string[], cwd?: string): { code: number; report: Report; subject: Subject } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json'], cwd ? { cwd } : {});
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]! };
}
const rollouts = (s: Subject) => s.controls.flatMap((c) => c.observations ?? []).filter((o) => o.artifact.kind === 'release-history');

describe('a release history signed by the release system', () => {
  const release = generateKeyPairSync('ed25519');
  const body = readFileSync(path.join(root, history));
  let dir: string;
  beforeAll(() => {
    dir = tempDir('relsign-policy');
    trustPolicy(path.join(dir, 'trust.yaml'), release.publicKey, '    vendors: [Aegis Sentinel Systems]\n    claims: [/updateChannels]\n    expires: 2027-06-30\n');
  });

  it('in the vendor bundle, unpinned: a trust-policy key makes every observation signed, naming the key', () => {
    const { manifest, bundle } = unpinned({ 'aegis.release-history.dsse.json': envelope(body, release.privateKey) });
    const r = json([manifest, '--evidence', bundle, '--trust-policy', path.join(dir, 'trust.yaml')]);
    expect(r.report.problems.filter((p) => p.code.startsWith('artifact'))).toEqual([]);
    const seen = rollouts(r.subject);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((o) => o.basis === 'signed' && o.signer === 'Aegis release control')).toBe(true);
    expect(seen.filter((o) => o.result === 'contradicted')).toEqual([]);
    // The position is the envelope's payload (line 3 of the pretty-printed envelope); the words say where inside.
    const o = seen.find((x) => x.claim === '/updateChannels/1/rollout/healthGate/maxDetectionMinutes')!;
    expect(o.artifact).toMatchObject({ file: expect.stringMatching(/bundle\/aegis\.release-history\.dsse\.json$/), line: 3, column: 14 });
    expect(o.observed).toMatch(/^payload line \d+, column \d+: the one check over \d+ releases? of channel rapid-response agrees/);
    const line = Number(/^payload line (\d+)/.exec(o.observed)![1]);
    expect(body.toString('utf8').split('\n')[line - 1]).toMatch(/halt:/);
  });

  it("the dishonest vendor's envelope, signed with a key it made itself: not signed, its support lifts nothing, and both warnings say why", () => {
    const own = generateKeyPairSync('ed25519');
    const { manifest, bundle } = unpinned({ 'aegis.release-history.dsse.json': envelope(body, own.privateKey) });
    const r = json([manifest, '--evidence', bundle, '--trust-policy', path.join(dir, 'trust.yaml')]);
    const seen = rollouts(r.subject);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((o) => o.basis === 'unpinned' && o.signer === undefined)).toBe(true);
    const codes = r.report.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['artifact-unsigned', 'artifact-unpinned']));
    const text = runCli(['check', manifest, '--evidence', bundle, '--trust-policy', path.join(dir, 'trust.yaml'), ...asOf]).stdout;
    expect(text).toMatch(/aegis\.release-history\.dsse\.json:4:\d+ .*no key of the trust policy .*trust\.yaml verifies its signature \(key id [0-9a-f]{16}\): the history is read as an unsigned file/);
    // It was not taken for a claims statement either.
    expect(codes.filter((c) => c.startsWith('vouch'))).toEqual([]);
  });

  it('a key past its expiry, or scoped to another vendor or to other claims, does not make it signed', () => {
    const { manifest, bundle, dir: d } = unpinned({ 'aegis.release-history.dsse.json': envelope(body, release.privateKey) });
    for (const [name, extra] of [
      ['expired', '    expires: 2026-06-30\n'],
      ['vendor', '    vendors: [Borealis Cyber Ltd]\n'],
      ['claims', '    claims: [/supplyChain]\n'],
    ] as const) {
      trustPolicy(path.join(d, `policy-${name}.yaml`), release.publicKey, extra);
      const seen = rollouts(json([manifest, '--evidence', bundle, '--trust-policy', path.join(d, `policy-${name}.yaml`)]).subject);
      expect(seen.length, name).toBeGreaterThan(10);
      expect(seen.every((o) => o.basis === 'unpinned'), name).toBe(true);
    }
  });

  it('without a trust policy it is read, unsigned; named with --artifact it is given', () => {
    const { manifest, bundle } = unpinned({ 'aegis.release-history.dsse.json': envelope(body, release.privateKey) });
    const r = json([manifest, '--artifact', path.join(bundle, 'aegis.release-history.dsse.json')]);
    expect(rollouts(r.subject).every((o) => o.basis === 'given')).toBe(true);
    expect(r.report.problems.find((p) => p.code === 'artifact-unsigned')!.message).toMatch(/^no trust policy \(--trust-policy\) to verify its signature with/);
  });

  it('a damaged envelope, or one carrying another kind of payload, is refused at its line (exit 2) and the rest of the run goes on', () => {
    const good = JSON.parse(envelope(body, release.privateKey));
    const { manifest, bundle } = unpinned({
      'damaged.release-history.dsse.json': JSON.stringify({ ...good, payload: `${good.payload.slice(0, 100)}!${good.payload.slice(100)}` }, null, 2),
      'intoto.release-history.dsse.json': envelope(Buffer.from('{"_type": "https://in-toto.io/Statement/v1"}'), release.privateKey, 'application/vnd.in-toto+json'),
    });
    const r = runCli(['check', manifest, '--evidence', bundle, '--trust-policy', path.join(dir, 'trust.yaml'), ...asOf]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/damaged\.release-history\.dsse\.json:3:14 .*the payload is not base64 text \(altered or damaged\); the signed release history was not used/);
    expect(r.stdout).toMatch(/intoto\.release-history\.dsse\.json:2:18 .*payloadType is "application\/vnd\.in-toto\+json", not a release history's/);
    expect(r.stdout).toMatch(/Score \d+\/100/);
  });

  it('the script in docs/artifacts-release-history.md signs a history ringfence then reads as signed', () => {
    const docs = readFileSync(path.join(root, 'docs/artifacts-release-history.md'), 'utf8');
    const script = /```js\n(\/\/ sign-release-history\.mjs[\s\S]*?)```/.exec(docs)?.[1];
    expect(script).toBeDefined();
    const d = tempDir('relsign-docs');
    writeFileSync(path.join(d, 'sign-release-history.mjs'), script!);
    expect(runCli(['keygen', '-o', 'release'], { cwd: d }).code).toBe(0);
    const out = spawnSync(process.execPath, ['sign-release-history.mjs', 'release.key', path.join(root, history)], { cwd: d, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    writeFileSync(path.join(d, 'aegis.release-history.dsse.json'), out.stdout);
    trustPolicy(path.join(d, 'trust.yaml'), createPublicKey(readFileSync(path.join(d, 'release.pub'))));
    const r = json([path.join(root, aegis), '--artifact', 'aegis.release-history.dsse.json', '--trust-policy', 'trust.yaml'], d);
    const seen = rollouts(r.subject);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((o) => o.basis === 'signed')).toBe(true);
  });
});

describe('the signed example', () => {
  const envelopeFile = 'examples/evidence/aegis-signed/aegis.release-history.dsse.json';
  const policy = 'examples/evidence/aegis-release-control.trust-policy.yaml';

  it('is the exemplary history, signed by the key the example policy lists: every claim observed, signed', () => {
    const e = JSON.parse(readFileSync(path.join(root, envelopeFile), 'utf8'));
    expect(Buffer.from(e.payload, 'base64').equals(readFileSync(path.join(root, history)))).toBe(true);
    const r = runCli(['check', aegis, '--artifact', envelopeFile, '--trust-policy', policy, ...asOf]);
    expect(r.stdout).toMatch(/The vendor's own files: 1 file: \d+ claims observed \(signed by "Aegis release control 2026"\)/);
    const s = json([aegis, '--artifact', envelopeFile, '--trust-policy', policy]);
    expect(s.report.problems).toEqual([]);
    expect(rollouts(s.subject).every((o) => o.basis === 'signed' && o.result === 'observed')).toBe(true);
  });

  it('no private key is in the repository', () => {
    const r = spawnSync('git', ['grep', '-l', '-e', 'BEGIN PRIVATE KEY', '--', 'examples'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('');
  });
});

describe("the dishonest vendor's rollouts", () => {
  const lineOf = (file: string, needle: string) => readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a second ring that reached every host while declaring 0.3% contradicts that ring\'s populationPct, at its manifest line', () => {
    const fixture = 'test/fixtures/release-history/ring-two-everyone.release-history.yaml';
    const r = runCli(['check', aegis, '--artifact', fixture, ...asOf]);
    expect(r.code).toBe(1);
    const line = lineOf(aegis, '{ name: canary,   populationPct: 0.3,  bakeMinutes: 90 }');
    expect(line).toBeGreaterThan(0);
    expect(r.stdout).toContain(
      `${aegis}:${line}:29  /updateChannels/1/rollout/rings/1/populationPct is contradicted by the release history ${fixture}:23:9: release rr-2026.11.20-1: by the end of ring canary 8400000 hosts had it (internal + canary), 100% of 8400000 (rollout.targetHosts); declared 0.3% cumulative`,
    );
    const s = json([aegis, '--artifact', fixture]).subject;
    const contradicted = rollouts(s).filter((o) => o.result === 'contradicted').map((o) => o.claim);
    expect(new Set(contradicted)).toEqual(new Set(['/updateChannels/1/rollout/rings/1/populationPct']));
  });

  it('a release on a channel the manifest hides contradicts /updateChannels, at the list, naming the release line; a slip names the likely id', () => {
    const fixture = 'test/fixtures/release-history/hidden-channel.release-history.jsonl';
    const r = runCli(['check', borealis, '--artifact', fixture, ...asOf]);
    expect(r.code).toBe(1);
    const line = lineOf(borealis, 'updateChannels:');
    expect(r.stdout).toContain(`${borealis}:${line}:1  /updateChannels is contradicted by the release history ${fixture}:3:19: release kh-0007 shipped on channel "kernel-hotfix", which the manifest does not declare; declared: sensor, detection-rules, agent-config`);
    const s = json([borealis, '--artifact', fixture]).subject;
    // Each control lists the observations it read: the same two, once per control reading the list.
    const hidden = [...new Set(rollouts(s).filter((o) => o.claim === '/updateChannels').map((o) => JSON.stringify([o.result, o.artifact.line, o.observed])))].map((x) => JSON.parse(x));
    expect(hidden).toEqual([
      ['contradicted', 3, 'release kh-0007 shipped on channel "kernel-hotfix", which the manifest does not declare; declared: sensor, detection-rules, agent-config'],
      ['contradicted', 4, 'release dr-5850 shipped on channel "detection_rules", which the manifest does not declare (did you mean "detection-rules"?); declared: sensor, detection-rules, agent-config'],
    ]);
    // Every control that reads the channel list fails, including "every update channel is rolled out in stages".
    expect(s.controls.find((c) => c.id === 'KDUS-SR-01')!.assurance).toBe('contradicted');
  });
});
