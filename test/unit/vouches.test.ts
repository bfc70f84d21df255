import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyPredicateType, predicateType, signInToto } from '../../src/attest/dsse.js';
import { loadTrustPolicy, pointerWithin, type TrustPolicy } from '../../src/evidence/trust-policy.js';
import { claimsPredicateType, legacyClaimsPredicateType, readVouches, type ManifestRef } from '../../src/evidence/vouches.js';
import { resolvesPointer } from '../../src/load/pointer.js';
import { tempDir } from '../helpers.js';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, pub: publicKey.export({ type: 'spki', format: 'pem' }) as string };
};
const vendorKey = pair();
const labKey = pair();
const strangerKey = pair();

const manifestText = 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: Aegis Security }\nupdateChannels:\n  - id: rapid\n    rollout: { strategy: ringed }\n';
const manifestValue = { apiVersion: 'ringfence.dev/v1', kind: 'VendorManifest', metadata: { vendor: 'Aegis Security' }, updateChannels: [{ id: 'rapid', rollout: { strategy: 'ringed' } }] };
const digest = createHash('sha256').update(manifestText).digest('hex');
const manifest: ManifestRef = { file: 'aegis.yaml', sha256: digest, vendor: 'Aegis Security', resolves: (p) => resolvesPointer(manifestValue, p) };

function statement(claims: { pointer: string; result: 'verified' | 'contradicted' }[], sha = digest, predicateType = claimsPredicateType) {
  return { _type: 'https://in-toto.io/Statement/v1' as const, subject: [{ name: 'aegis.yaml', digest: { sha256: sha } }], predicateType, predicate: { verifier: 'Northbridge Labs', checkedOn: '2026-10-01', claims } };
}
const entry = (name: string, env: unknown) => ({ name, bytes: Buffer.from(JSON.stringify(env)) });

function policyFile(keys: string, dir = tempDir('trust')): string {
  const file = path.join(dir, 'trust.yaml');
  writeFileSync(file, `apiVersion: ringfence.dev/v1\nkind: TrustPolicy\nmetadata: { owner: St Brigid procurement }\nkeys:\n${keys}`);
  return file;
}
const keyYaml = (name: string, party: string, role: string, pub: string, extra = '') =>
  `  - name: ${name}\n    party: ${party}\n    role: ${role}\n${extra}    publicKey: |\n${pub.trim().split('\n').map((l) => `      ${l}`).join('\n')}\n`;

function policy(keys: string): TrustPolicy {
  const { policy, problems } = loadTrustPolicy(policyFile(keys));
  expect(problems).toEqual([]);
  return policy!;
}

describe('trust policy', () => {
  it('loads keys with their party and role, positioned', () => {
    const p = policy(keyYaml('Aegis release', 'Aegis Security', 'vendor', vendorKey.pub) + keyYaml('Northbridge 2026', 'Northbridge Labs', 'lab', labKey.pub, '    claims: [/updateChannels]\n    expires: 2027-12-31\n'));
    expect(p.keys.map((k) => [k.name, k.party, k.role, k.claims, k.expires, k.line])).toEqual([
      ['Aegis release', 'Aegis Security', 'vendor', undefined, undefined, 5],
      ['Northbridge 2026', 'Northbridge Labs', 'lab', ['/updateChannels'], '2027-12-31', 12],
    ]);
  });

  it('refuses one key listed as two parties (the vendor as its own lab): neither listing is used', () => {
    const file = policyFile(keyYaml('Aegis release', 'Aegis Security', 'vendor', vendorKey.pub) + keyYaml('Independent lab', 'Totally Independent Labs', 'lab', vendorKey.pub));
    const { policy, problems } = loadTrustPolicy(file);
    expect(policy!.keys).toEqual([]);
    expect(problems.map((p) => [p.code, p.range?.startLine, p.message])).toEqual([
      ['trust-policy-invalid', 15, 'key "Independent lab" is the same key as "Aegis release" (line 5); a key is listed once, as one party\'s — no listing of it is used'],
    ]);
  });

  it('reports a key that is not Ed25519, or not a key, at its line; and schema errors with positions', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const { problems } = loadTrustPolicy(policyFile(keyYaml('RSA', 'Lab', 'lab', rsa) + keyYaml('Junk', 'Lab', 'auditor', 'not a key')));
    expect(problems.map((p) => [p.range?.startLine, p.message])).toEqual([
      [8, 'key "RSA": the public key is rsa; ringfence verifies Ed25519 signatures'],
      [18, 'key "Junk": the public key is not a PEM public key'],
    ]);
    const bad = loadTrustPolicy(policyFile(keyYaml('X', 'Lab', 'friend', labKey.pub)));
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!.code).toBe('trust-policy-invalid');
    expect(bad.problems[0]!.range?.startLine).toBe(7);
  });

  it('pointers cover what lies under them, segment by segment', () => {
    expect(pointerWithin('/a/1/b', '/a/1')).toBe(true);
    expect(pointerWithin('/a/10', '/a/1')).toBe(false);
    expect(pointerWithin('/a', '')).toBe(true);
  });
});

describe('signed statements about claims', () => {
  const both = () => policy(keyYaml('Aegis release', 'Aegis Security', 'vendor', vendorKey.pub) + keyYaml('Northbridge 2026', 'Northbridge Labs', 'lab', labKey.pub, '    expires: 2027-12-31\n'));

  it("a trusted lab's statement about these bytes makes its claims independently verified; the vendor's own, verified only", () => {
    const lab = entry('lab.json', signInToto(statement([{ pointer: '/updateChannels/0/rollout', result: 'verified' }, { pointer: '/metadata', result: 'contradicted' }]), labKey.key));
    const own = entry('own.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), vendorKey.key));
    const { vouches, problems } = readVouches([lab, own, { name: 'pir.pdf', bytes: Buffer.from('%PDF') }], both(), [manifest], '2026-11-25');
    expect(problems).toEqual([]);
    expect(vouches.map((v) => [v.pointer, v.result, v.key.role, v.independent, v.source])).toEqual([
      ['/updateChannels/0/rollout', 'verified', 'lab', true, 'lab.json'],
      ['/metadata', 'contradicted', 'lab', true, 'lab.json'],
      ['/updateChannels', 'verified', 'vendor', false, 'own.json'],
    ]);
  });

  it('without a trust policy no signature counts, and that is said once', () => {
    const lab = entry('lab.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), labKey.key));
    const { vouches, problems } = readVouches([lab, lab], undefined, [manifest], '2026-11-25');
    expect(vouches).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['vouch-no-policy']);
  });

  it('a key the policy does not list, and a payload altered after signing, count for nothing', () => {
    const stranger = entry('stranger.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), strangerKey.key));
    const env = signInToto(statement([{ pointer: '/metadata', result: 'verified' }]), labKey.key);
    const altered = entry('altered.json', { ...env, payload: Buffer.from(JSON.stringify(statement([{ pointer: '/updateChannels', result: 'verified' }]))).toString('base64') });
    const { vouches, problems } = readVouches([stranger, altered], both(), [manifest], '2026-11-25');
    expect(vouches).toEqual([]);
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['vouch-untrusted', 'stranger.json (in the evidence)'],
      ['vouch-untrusted', 'altered.json (in the evidence)'],
    ]);
  });

  it('a statement about other bytes (the manifest was edited after the lab checked it) does not count', () => {
    const other = entry('old.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }], 'a'.repeat(64)), labKey.key));
    const { vouches, problems } = readVouches([other], both(), [manifest], '2026-11-25');
    expect(vouches).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['vouch-other-manifest']);
    expect(problems[0]!.range?.startColumn).toBeGreaterThan(1);
  });

  it('an expired key, a vendor outside the key\'s remit, a claim outside it, and a claim that does not exist are each reported', () => {
    const scoped = policy(
      keyYaml('Old lab', 'Old Labs', 'lab', labKey.pub, '    expires: 2025-01-31\n') +
        keyYaml('Cobalt auditor', 'Audit Co', 'auditor', strangerKey.pub, '    vendors: [Cobalt Security]\n') +
        keyYaml('Rollout lab', 'Rollout Labs', 'lab', vendorKey.pub, '    claims: [/updateChannels/1]\n'),
    );
    const expired = entry('expired.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), labKey.key));
    const otherVendor = entry('other-vendor.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), strangerKey.key));
    const outside = entry('outside.json', signInToto(statement([{ pointer: '/updateChannels/0', result: 'verified' }, { pointer: '/components/0', result: 'verified' }]), vendorKey.key));
    const { vouches, problems } = readVouches([expired, otherVendor, outside], scoped, [manifest], '2026-11-25');
    expect(vouches).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['vouch-expired', 'vouch-out-of-scope', 'vouch-out-of-scope', 'vouch-dangling']);
  });

  it("a 'lab' key whose party is the manifest's vendor counts as the vendor's", () => {
    const sloppy = policy(keyYaml('Aegis QA lab', 'aegis security', 'lab', labKey.pub));
    const lab = entry('qa.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }]), labKey.key));
    const { vouches, problems } = readVouches([lab], sloppy, [manifest], '2026-11-25');
    expect(vouches.map((v) => v.independent)).toEqual([false]);
    expect(problems.map((p) => p.code)).toEqual(['vouch-own-vendor']);
  });

  it('a signed statement of another kind, or malformed, is reported with its position and not counted', () => {
    const wrongType = entry('check.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }], digest, predicateType), labKey.key));
    const oldCheckType = entry('old-check.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }], digest, legacyPredicateType), labKey.key));
    const badResult = entry('bad.json', signInToto(statement([{ pointer: '/updateChannels', result: 'probably' as 'verified' }]), labKey.key));
    const { vouches, problems } = readVouches([wrongType, oldCheckType, badResult], both(), [manifest], '2026-11-25');
    expect(vouches).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['vouch-invalid', 'vouch-invalid', 'vouch-invalid']);
    expect(problems[0]!.message).toContain(`the statement's predicateType is "${predicateType}", not ${claimsPredicateType}; not counted`);
    expect(problems[2]!.file).toBe('bad.json (signed payload)');
    expect(problems[2]!.range).toBeDefined();
  });

  it('a claims statement signed with the type\'s earlier name (before 0.1.0) counts as one of the current name', () => {
    expect(claimsPredicateType).toBe('urn:ringfence:attestation:claims:v1');
    const old = entry('old.json', signInToto(statement([{ pointer: '/updateChannels', result: 'verified' }], digest, legacyClaimsPredicateType), labKey.key));
    const { vouches, problems } = readVouches([old], both(), [manifest], '2026-11-25');
    expect(problems).toEqual([]);
    expect(vouches.map((v) => [v.pointer, v.result])).toEqual([['/updateChannels', 'verified']]);
  });
});
