import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyId, pae } from '../../src/attest/dsse.js';
import { artifactKindOf } from '../../src/artifacts/kinds.js';
import { history, historySigner } from '../../src/artifacts/release-history/index.js';
import { observeHistory } from '../../src/artifacts/release-history/observe.js';
import { maxEnvelopeBytes, maxHistoryBytes, readHistory } from '../../src/artifacts/release-history/read.js';
import type { TrustedKey, TrustPolicy } from '../../src/evidence/trust-policy.js';

/**
 * Signed release histories (a DSSE envelope whose payload is the history), every ring's cumulative share, and
 * releases on channels the manifest does not declare — each with the dishonest vendor's version first.
 */

const head = 'apiVersion: ringfence.dev/v1\nkind: ReleaseHistory\nmetadata: { vendor: V, product: P }\nreleases:\n';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 0, 0) + minute * 60_000).toISOString().replace('.000Z', 'Z');
/** A release on `channel`, rings given as [name, start minute, end minute, hosts]. */
const release = (id: string, rings: [string, number, number, number?][], channel = 'c') =>
  `  - id: ${id}\n    channel: ${channel}\n    rings:\n${rings.map(([n, s, e, h]) => `      - { name: ${n}, start: "${at(s)}", end: "${at(e)}"${h !== undefined ? `, hostsReached: ${h}` : ''} }\n`).join('')}`;
const staged = head + release('a', [['r1', 0, 10, 90], ['r2', 80, 90, 900], ['r3', 160, 200, 9010]]);

const file = (text: string | Buffer, name: string) => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { file: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const manifest = (rollout: Record<string, unknown> = {}, vendor = 'V', channels: unknown[] = []) => ({
  value: {
    metadata: { vendor },
    updateChannels: [{ id: 'other' }, { id: 'c', rollout: { rings: [{ name: 'r1', populationPct: 1, bakeMinutes: 60 }, { name: 'r2', populationPct: 10, bakeMinutes: 60 }, { name: 'r3', populationPct: 100, bakeMinutes: 0 }], ...rollout } }, ...channels],
  },
  file: 'm.yaml',
  documentIndex: 0,
});

const yamlType = 'application/vnd.ringfence.release-history+yaml';
function envelope(body: string | Buffer, keys: KeyObject[], type = yamlType, extra: Record<string, unknown> = {}): string {
  const bytes = Buffer.from(body);
  return JSON.stringify({ payloadType: type, payload: bytes.toString('base64'), signatures: keys.map((k) => ({ keyid: keyId(k), sig: sign(null, pae(type, bytes), k).toString('base64') })), ...extra }, null, 2);
}
const pair = () => generateKeyPairSync('ed25519');
function trusted(pub: KeyObject, extra: Partial<TrustedKey> = {}): TrustedKey {
  return { name: 'release system', party: 'V', role: 'vendor', key: pub, keyid: keyId(pub), file: 'trust.yaml', line: 1, column: 1, ...extra };
}
const policyOf = (...keys: TrustedKey[]): TrustPolicy => ({ file: 'trust.yaml', keys });
const name = 'h.release-history.dsse.json';

describe('a signed release history (DSSE envelope)', () => {
  const rs = pair();

  it('is recognised by its name and a first {, and not otherwise', () => {
    expect(artifactKindOf('a/h.release-history.dsse.json', Buffer.from('{"payloadType"'))?.kind).toBe('release-history');
    expect(artifactKindOf('h.release-history.dsse.json', Buffer.from('payloadType: x'))).toBeUndefined();
    expect(artifactKindOf('h.dsse.json', Buffer.from('{"payloadType"'))).toBeUndefined();
  });

  it('signed by a trust-policy key: read as the history, the key is its signer, positions at the payload with the payload line in the words', () => {
    const r = readHistory(file(envelope(staged, [rs.privateKey]), name), { policy: policyOf(trusted(rs.publicKey)), asOf: '2026-11-25' });
    expect(r.problems).toEqual([]);
    expect(r.facts!.releases.map((x) => x.id)).toEqual(['a']);
    expect(r.facts!.envelope).toMatchObject({ payloadType: yamlType, signatures: 1, signer: { name: 'release system' } });
    expect(historySigner(r.facts!, manifest())).toBe('release system');
    const o = observeHistory(r.facts!, manifest(), history);
    const bake = o.find((x) => x.claim === '/updateChannels/1/rollout/rings/0/bakeMinutes')!;
    // The envelope's payload is on line 3 of the pretty-printed envelope; the release's r2 start is payload line 9.
    expect(bake.artifact.at).toEqual({ file: name, region: expect.objectContaining({ startLine: 3 }) });
    expect(bake.observed).toMatch(/^payload line 9, column \d+: the one check over 1 release of channel c agrees/);
  });

  it('JSON Lines in the envelope (+jsonl) is read as JSON Lines', () => {
    const jsonl = '{"apiVersion": "ringfence.dev/v1", "kind": "ReleaseHistory", "metadata": {"vendor": "V", "product": "P"}}\n{"id": "x", "channel": "c", "rings": [{"name": "r1", "start": "2026-11-02T00:00:00Z"}]}\n';
    const r = readHistory(file(envelope(jsonl, [rs.privateKey], 'application/vnd.ringfence.release-history+jsonl'), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.problems).toEqual([]);
    expect(r.facts!.releases.map((x) => x.id)).toEqual(['x']);
  });

  it("the dishonest vendor's envelope, signed with a key it made itself, is not signed: a warning, and no signer", () => {
    const own = pair();
    const r = readHistory(file(envelope(staged, [own.privateKey]), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.facts).toBeDefined();
    expect(r.facts!.envelope!.signer).toBeUndefined();
    expect(historySigner(r.facts!, manifest())).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'artifact-unsigned', message: expect.stringMatching(/^no key of the trust policy trust\.yaml verifies its signature \(key id [0-9a-f]{16}\): the history is read as an unsigned file/) })]);
  });

  it('a signature that names a trusted key id but was made with another key is not signed', () => {
    const own = pair();
    const e = JSON.parse(envelope(staged, [own.privateKey]));
    e.signatures[0].keyid = keyId(rs.publicKey);
    const r = readHistory(file(JSON.stringify(e), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.facts!.envelope!.signer).toBeUndefined();
  });

  it('a payload changed after signing is not signed', () => {
    const e = JSON.parse(envelope(staged, [rs.privateKey]));
    e.payload = Buffer.from(staged.replace('hostsReached: 90', 'hostsReached: 80')).toString('base64');
    const r = readHistory(file(JSON.stringify(e), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.facts!.envelope!.signer).toBeUndefined();
    // The payloadType is signed too: the same bytes under another type do not verify.
    const t = JSON.parse(envelope(staged, [rs.privateKey]));
    t.payloadType = 'application/vnd.ringfence.release-history+json';
    expect(readHistory(file(JSON.stringify(t), name), { policy: policyOf(trusted(rs.publicKey)) }).facts!.envelope!.signer).toBeUndefined();
  });

  it('an expired key, a key for another vendor, a key for other claims: not signed', () => {
    const text = envelope(staged, [rs.privateKey]);
    const expired = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey, { expires: '2026-06-30' })), asOf: '2026-11-25' });
    expect(expired.facts!.envelope!.signer).toBeUndefined();
    expect(expired.problems[0]!.message).toMatch(/^signed by "release system", which the trust policy trusts until 2026-06-30/);
    const other = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey, { vendors: ['Someone Else'] })) });
    expect(historySigner(other.facts!, manifest())).toBeUndefined();
    const same = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey, { vendors: ['v'] })) });
    expect(historySigner(same.facts!, manifest())).toBe('release system');
    const narrow = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey, { claims: ['/supplyChain'] })) });
    expect(historySigner(narrow.facts!, manifest())).toBeUndefined();
    const wide = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey, { claims: ['/updateChannels'] })) });
    expect(historySigner(wide.facts!, manifest())).toBe('release system');
  });

  it("another vendor's genuine signed history, under a key trusted for every vendor, is not signed for this manifest", () => {
    const r = readHistory(file(envelope(staged.replace('vendor: V,', 'vendor: Someone Else,'), [rs.privateKey]), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.facts!.envelope!.signer).toBeDefined();
    expect(historySigner(r.facts!, manifest())).toBeUndefined();
    expect(historySigner(r.facts!, manifest({}, 'Someone Else'))).toBe('release system');
  });

  it('no signature, or no trust policy: read, unsigned, and said so', () => {
    const none = readHistory(file(envelope(staged, []), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(none.facts!.releases).toHaveLength(1);
    expect(none.problems.map((p) => `${p.severity} ${p.message.split(':')[0]}`)).toEqual(['warning the envelope carries no signature']);
    const noPolicy = readHistory(file(envelope(staged, [rs.privateKey]), name));
    expect(noPolicy.facts!.envelope!.signer).toBeUndefined();
    expect(noPolicy.problems[0]!.message).toMatch(/^no trust policy \(--trust-policy\) to verify its signature with/);
  });

  it('hostile envelopes are refused with a positioned error and never thrown', () => {
    const refuse = (text: string | Buffer) => {
      const r = readHistory(file(text, name), { policy: policyOf(trusted(rs.publicKey)) });
      expect(r.facts).toBeUndefined();
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      return `${errors[0]!.code} ${errors[0]!.range?.startLine ?? '-'} ${errors[0]!.message}`;
    };
    const good = JSON.parse(envelope(staged, [rs.privateKey]));
    expect(refuse(JSON.stringify({ ...good, payload: 'not base64!' }, null, 2))).toBe('artifact-format 3 the payload is not base64 text (altered or damaged); the signed release history was not used');
    expect(refuse(JSON.stringify({ ...good, payloadType: 'application/vnd.in-toto+json' }, null, 2))).toMatch(/^artifact-format 2 payloadType is "application\/vnd\.in-toto\+json", not a release history's \(application\/vnd\.ringfence\.release-history\+yaml, \+json|.*\); the signed release history was not used$/);
    expect(refuse(JSON.stringify({ payload: good.payload, signatures: [] }))).toMatch(/^artifact-format 1 the envelope has no payloadType/);
    expect(refuse('[1, 2]')).toMatch(/^artifact-format 1 a DSSE envelope is a JSON mapping .* not a list/);
    expect(refuse(JSON.stringify({ ...good, signatures: 'sig' }, null, 2))).toMatch(/^artifact-format 4 signatures is a string, not a list/);
    expect(refuse(JSON.stringify({ ...good, payload: 42 }, null, 2))).toMatch(/^artifact-format 3 the payload is a number, not base64 text/);
    // The same key twice: signer and reader must not see different payloads.
    expect(refuse(`{"payloadType": "${yamlType}", "payload": "${good.payload}", "payload": "${Buffer.from(head).toString('base64')}", "signatures": []}`)).toMatch(/^artifact-syntax 1 .*payload/);
    // A payload larger than a history may be, and an envelope larger than its bound, are refused before decoding.
    expect(refuse(Buffer.concat([Buffer.from(`{"payloadType": "${yamlType}", "payload": "`), Buffer.alloc(maxEnvelopeBytes, 'A'), Buffer.from('"}')]))).toMatch(/^artifact-too-large - the envelope is \d+ bytes; at most \d+ are read/);
    const bigPayload = Buffer.alloc(Math.ceil((maxHistoryBytes + 3) / 3) * 4, 'A').toString();
    expect(refuse(`{"payloadType": "${yamlType}", "payload": "${bigPayload}"}`)).toMatch(/^artifact-too-large 1 the payload is \d+ bytes; at most 33554432 are read/);
    // A payload that is not a history: the inner problems, each at the payload, naming the payload line.
    const notHistory = readHistory(file(envelope('kind: VendorManifest\n', [rs.privateKey]), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(notHistory.facts).toBeUndefined();
    expect(notHistory.problems.find((p) => p.severity === 'error')).toMatchObject({ range: { startLine: 3 }, message: expect.stringMatching(/\(payload line 1, column 1\)$/) });
    // NUL bytes inside the payload, and too many signatures to check.
    expect(readHistory(file(envelope(Buffer.from([0x6b, 0, 0]), [rs.privateKey]), name)).problems.some((p) => /NUL bytes/.test(p.message))).toBe(true);
    const many = readHistory(file(envelope(staged, Array(17).fill(rs.privateKey)), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(many.facts!.envelope!.signer).toBeUndefined();
    expect(many.problems[0]!.message).toMatch(/^the envelope carries 17 signatures; at most 16 are checked/);
  });

  it('a malformed release in the payload costs that release, reported at the payload with its payload line', () => {
    const text = staged + release('bad', [['r1', 0, 10]]).replace(/start: "[^"]+"/, 'start: "yesterday"');
    const r = readHistory(file(envelope(text, [rs.privateKey]), name), { policy: policyOf(trusted(rs.publicKey)) });
    expect(r.facts!.releases.map((x) => x.id)).toEqual(['a']);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', range: expect.objectContaining({ startLine: 3 }), message: expect.stringMatching(/\(release 1 is not read\) \(payload line 14, column 21\)$/) })]);
  });
});

describe("every ring's cumulative share", () => {
  const observe = (text: string, rollout: Record<string, unknown> = {}) => {
    const r = readHistory(file(text, 'h.release-history.yaml'));
    expect(r.problems).toEqual([]);
    return observeHistory(r.facts!, manifest(rollout), history);
  };
  const ring2 = '/updateChannels/1/rollout/rings/1/populationPct';

  it("the dishonest vendor's history: 1% first, then everyone in ring 2 while declaring 10%", () => {
    const o = observe(head + release('wide', [['r1', 0, 10, 100], ['r2', 80, 90, 9900]]), { targetHosts: 10_000 });
    expect(o.find((x) => x.claim === '/updateChannels/1/rollout/rings/0/populationPct')!.result).toBe('observed');
    const c = o.find((x) => x.claim === ring2)!;
    expect(c).toMatchObject({ result: 'contradicted', observed: 'release wide: by the end of ring r2 10000 hosts had it (r1 + r2), 100% of 10000 (rollout.targetHosts); declared 10% cumulative' });
    // At ring 2's hostsReached (line 9 of the history).
    expect(c.artifact.at.region).toMatchObject({ startLine: 9, startColumn: 81 });
  });

  it('without targetHosts, over the hosts of a release that reached the last ring; the last ring itself is not checked', () => {
    const o = observe(head + release('wide', [['r1', 0, 10, 100], ['r2', 80, 90, 9900], ['r3', 160, 170, 0]]));
    expect(o.find((x) => x.claim === ring2)).toMatchObject({ result: 'contradicted', observed: expect.stringContaining('100% of 10000 (the hosts the release reached); declared 10% cumulative') });
    expect(o.some((x) => x.claim.endsWith('/rings/2/populationPct'))).toBe(false);
  });

  it('tolerance: 10% more than the declared share, rounded up to a whole host; a ring that reached less is not contradicted', () => {
    const within = observe(head + release('ok', [['r1', 0, 10, 100], ['r2', 80, 90, 1000]]), { targetHosts: 10_000 });
    expect(within.find((x) => x.claim === ring2)!.result).toBe('observed');
    const over = observe(head + release('over', [['r1', 0, 10, 100], ['r2', 80, 90, 1001]]), { targetHosts: 10_000 });
    expect(over.find((x) => x.claim === ring2)!.result).toBe('contradicted');
    const small = observe(head + release('small', [['r1', 0, 10, 1], ['r2', 80, 90, 1]]), { targetHosts: 10_000 });
    expect(small.filter((x) => x.result === 'contradicted')).toEqual([]);
    // Declared 0.01% of 1,000 hosts is a tenth of a host: one host is as small as a ring can be.
    const tiny = observeHistory(readHistory(file(head + release('t', [['r1', 0, 10, 1]]), 'h.release-history.yaml')).facts!, { ...manifest({ targetHosts: 1000 }), value: { updateChannels: [{ id: 'c', rollout: { targetHosts: 1000, rings: [{ name: 'r1', populationPct: 0.01 }, { name: 'r2', populationPct: 100 }] } }] } }, history);
    expect(tiny.find((x) => x.claim.endsWith('/rings/0/populationPct'))!.result).toBe('observed');
  });

  it('a ring without a host count stops the cumulative check there', () => {
    const o = observe(head + release('gap', [['r1', 0, 10, 100], ['r2', 80, 90]]), { targetHosts: 10_000 });
    expect(o.some((x) => x.claim === ring2)).toBe(false);
  });
});

describe('a release on a channel the manifest does not declare', () => {
  const observe = (text: string) => {
    const r = readHistory(file(text, 'h.release-history.yaml'));
    return observeHistory(r.facts!, manifest({}, 'V', [{ id: 'rapid-response' }]), history);
  };

  it("the dishonest vendor's hidden channel contradicts /updateChannels at the release's channel", () => {
    const o = observe(staged + release('hotfix-1', [['r1', 0, 1, 500000]], 'kernel-hotfix'));
    const c = o.filter((x) => x.claim === '/updateChannels');
    expect(c).toEqual([
      {
        claim: '/updateChannels',
        result: 'contradicted',
        observed: 'release hotfix-1 shipped on channel "kernel-hotfix", which the manifest does not declare; declared: other, c, rapid-response',
        artifact: { kind: 'release-history', title: 'release history', at: { file: 'h.release-history.yaml', region: expect.objectContaining({ startLine: 12, startColumn: 5 }) } },
      },
    ]);
    // The releases on declared channels are checked as before.
    expect(o.some((x) => x.claim === '/updateChannels/1/rollout/rings' && x.result === 'observed')).toBe(true);
  });

  it('a slip of the pen is reported the same way, naming the declared id it is likely for', () => {
    expect(observe(staged + release('rr-1', [['r1', 0, 1]], 'rapid_response')).find((x) => x.claim === '/updateChannels')!.observed).toContain('channel "rapid_response", which the manifest does not declare (did you mean "rapid-response"?)');
    expect(observe(staged + release('rr-1', [['r1', 0, 1]], 'rapid-responze')).find((x) => x.claim === '/updateChannels')!.observed).toContain('(did you mean "rapid-response"?)');
  });

  it('at most five per claim; the last says how many more', () => {
    const text = staged + Array.from({ length: 7 }, (_, i) => release(`h${i}`, [['r1', 0, 1]], `hidden-${i}`)).join('');
    const c = observe(text).filter((x) => x.claim === '/updateChannels');
    expect(c).toHaveLength(5);
    expect(c[4]!.observed).toMatch(/\(and 2 more releases on channels the manifest does not declare\)$/);
  });

  it('a manifest with no channel list has nothing to contradict', () => {
    const r = readHistory(file(staged, 'h.release-history.yaml'));
    expect(observeHistory(r.facts!, { value: { metadata: { vendor: 'V' } }, file: 'm', documentIndex: 0 }, history)).toEqual([]);
  });
});
