import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyId, signInToto } from '../../src/attest/dsse.js';
import { artifactKindOf, isSlsaProvenanceEnvelope } from '../../src/artifacts/kinds.js';
import { observeProvenance, readProvenance, type ProvenanceFacts } from '../../src/artifacts/slsa-provenance/index.js';
import type { ArtifactContext } from '../../src/artifacts/types.js';
import { loadTrustPolicy, type TrustedKey } from '../../src/evidence/trust-policy.js';
import { root } from '../helpers.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const file = (text: string | Buffer, name = 'build.intoto.jsonl') => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { file: name, bytes, sha256: sha(bytes) };
};
const example = (p: string) => readFileSync(path.join(root, p));
const manifestOf = (p: string) => ({ value: parse(readFileSync(path.join(root, p), 'utf8')) as unknown, file: p, documentIndex: 0 });
const manifest = (level: number, vendor = 'Acme') => ({ value: { metadata: { vendor }, supplyChain: { slsaBuildLevel: level } }, file: 'm.yaml', documentIndex: 0 });

const statement = (builder: string, subjects: { name: string; digest: { sha256: string } }[] = [{ name: 'acme.msi', digest: { sha256: sha('msi') } }]) => ({
  _type: 'https://in-toto.io/Statement/v1' as const,
  subject: subjects,
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://acme.example/build/v1', externalParameters: {} }, runDetails: { builder: { id: builder } } },
});
const generator = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey };
}
const policyWith = (publicKey: ReturnType<typeof keyPair>['publicKey'], over: Partial<TrustedKey> = {}): ArtifactContext['policy'] => ({
  file: 'policy.yaml',
  keys: [{ name: 'Acme build platform', party: 'Acme', role: 'vendor', key: publicKey, keyid: keyId(publicKey), file: 'policy.yaml', line: 1, column: 1, ...over }],
});
const read = (text: string, context: ArtifactContext = {}, name?: string) => readProvenance(file(text, name), context);
const factsOf = (text: string, context: ArtifactContext = {}, name?: string): ProvenanceFacts => {
  const r = read(text, context, name);
  expect(r.problems).toEqual([]);
  return r.facts!;
};
const results = (f: ProvenanceFacts, level: number, vendor?: string) => observeProvenance(f, manifest(level, vendor)).map((o) => [o.claim, o.result]);

describe('recognising provenance', () => {
  it('DSSE envelopes and SLSA statements in .intoto.jsonl, and Sigstore bundles; not the placeholder statements', () => {
    const kind = (name: string, head: string) => artifactKindOf(name, Buffer.from(head))?.kind;
    expect(kind('a.intoto.jsonl', '{"payloadType":"application/vnd.in-toto+json","payload":"e30="}')).toBe('slsa-provenance');
    expect(kind('a.intoto.jsonl', '{"_type":"https://in-toto.io/Statement/v1","predicateType":"https://slsa.dev/provenance/v1"}')).toBe('slsa-provenance');
    expect(kind('a.sigstore.json', '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}')).toBe('slsa-provenance');
    expect(kind('slsa-provenance-9.4.intoto.jsonl', example('examples/evidence/aegis/slsa-provenance-9.4.intoto.jsonl').toString('utf8'))).toBeUndefined();
    expect(kind('claims.intoto.json', '{"payloadType":"application/vnd.in-toto+json"}')).toBeUndefined();
  });

  it('an envelope whose statement is SLSA provenance is not a claims statement for the vouch reader', () => {
    expect(isSlsaProvenanceEnvelope(example('examples/evidence/aegis/aegis-sentinel-9.4.intoto.jsonl'))).toBe(true);
    const other = signInToto({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://ringfence.dev/attestation/claims/v1' }, keyPair().pem);
    expect(isSlsaProvenanceEnvelope(Buffer.from(JSON.stringify(other)))).toBe(false);
    expect(isSlsaProvenanceEnvelope(Buffer.from('not json'))).toBe(false);
  });
});

describe('the examples', () => {
  const aegisText = example('examples/evidence/aegis/aegis-sentinel-9.4.intoto.jsonl').toString('utf8');
  const loaded = loadTrustPolicy(path.join(root, 'test/fixtures/artifacts/aegis-build-platform.yaml'));

  it('Aegis, without a trust policy: builder, build type and subjects are read; L3 is neither observed nor contradicted', () => {
    const f = factsOf(aegisText);
    expect(f.statements).toHaveLength(1);
    expect(f.statements[0]).toMatchObject({ container: 'dsse', builderId: generator, buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1', signatures: 1, unverified: 'no trust policy (--trust-policy) to verify its signature with' });
    expect(f.statements[0]!.subjects.map((s) => s.name)).toEqual(['aegis-sentinel-9.4.0-x64.msi', 'aegisflt.inf', 'aegiselam.inf']);
    expect(observeProvenance(f, manifestOf('examples/vendors/aegis-exemplary.yaml'))).toEqual([]);
  });

  it("Aegis, with the reader's trust policy: the signature verifies and Build L3 is observed; subjects the evidence holds are named", () => {
    expect(loaded.problems).toEqual([]);
    const inf = example('examples/evidence/aegis/aegisflt.inf');
    const f = factsOf(aegisText, { policy: loaded.policy!, asOf: '2026-11-25', evidence: [{ name: 'aegisflt.inf', sha256: sha(inf) }] });
    expect(f.statements[0]!.signer).toMatchObject({ name: 'Aegis Sentinel build platform 2026', party: 'Aegis Sentinel Systems' });
    expect(f.statements[0]!.subjects[1]).toEqual({ name: 'aegisflt.inf', sha256: sha(inf), inEvidence: 'aegisflt.inf' });
    const [o] = observeProvenance(f, manifestOf('examples/vendors/aegis-exemplary.yaml'));
    expect(o).toMatchObject({ claim: '/supplyChain/slsaBuildLevel', result: 'observed' });
    expect(o!.observed).toBe(
      `SLSA provenance supporting Build L3: signed by "Aegis Sentinel build platform 2026" (trust policy); the evidence holds 1 of its 3 subjects by SHA-256: aegisflt.inf; builder ${generator} (SLSA GitHub generator, L3)`,
    );
    expect(o!.artifact.at.region).toMatchObject({ startLine: 1, startColumn: 57 });
  });

  it('Borealis: an unsigned envelope from its own Jenkins contradicts Build L2', () => {
    const f = factsOf(example('examples/evidence/borealis/borealis-guard-5.8.intoto.jsonl').toString('utf8'));
    const [o] = observeProvenance(f, manifestOf('examples/vendors/borealis-typical.yaml'));
    expect(o).toMatchObject({ claim: '/supplyChain/slsaBuildLevel', result: 'contradicted' });
    expect(o!.observed).toBe('SLSA provenance showing at most Build L1, not L2: unsigned (the envelope carries no signature); builder https://jenkins.borealis-cyber.example/job/sensor-release (level unknown)');
  });
});

describe('build levels', () => {
  const { pem, publicKey } = keyPair();
  const signed = (builder: string) => JSON.stringify(signInToto(statement(builder), pem));
  const policy = policyWith(publicKey);

  it('a verified signature and a known L3 builder support L1 to L3', () => {
    const f = factsOf(signed(generator), { policy });
    for (const level of [1, 2, 3]) expect(results(f, level)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
    expect(results(f, 0)).toEqual([]);
  });

  it('a GitHub-hosted runner reaches L2: L3 is contradicted, L2 observed when signed', () => {
    const f = factsOf(signed('https://github.com/actions/runner/github-hosted'), { policy });
    expect(results(f, 2)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
    expect(results(f, 3)).toEqual([['/supplyChain/slsaBuildLevel', 'contradicted']]);
  });

  it('a self-hosted runner or a workstation shows L1 at most, signed or not', () => {
    for (const builder of ['https://github.com/actions/runner/self-hosted', 'https://build-laptop-17.acme.example/']) {
      const f = factsOf(signed(builder), { policy });
      expect(results(f, 1)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
      expect(results(f, 2)).toEqual([['/supplyChain/slsaBuildLevel', 'contradicted']]);
    }
  });

  it('an unknown builder, signed and verified: L1 observed, L2 and L3 neither (its hosting is not known)', () => {
    const f = factsOf(signed('https://ci.acme.example/hermetic'), { policy });
    expect(results(f, 1)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
    expect(results(f, 2)).toEqual([]);
  });

  it('a signature no policy key verifies, a key out of scope, an expired key, a tampered payload: unverified', () => {
    const other = keyPair();
    const byOther = factsOf(signed(generator), { policy: policyWith(other.publicKey) });
    expect(byOther.statements[0]!.unverified).toBe('no key of the trust policy policy.yaml verifies its signature');
    expect(results(byOther, 3)).toEqual([]);
    const otherVendor = factsOf(signed(generator), { policy: policyWith(publicKey, { vendors: ['Someone Else'] }) });
    expect(results(otherVendor, 3)).toEqual([]);
    expect(observeProvenance(otherVendor, manifest(1))[0]!.observed).toContain('which the trust policy allows for Someone Else only: unverified');
    const narrow = factsOf(signed(generator), { policy: policyWith(publicKey, { claims: ['/updateChannels'] }) });
    expect(results(narrow, 3)).toEqual([]);
    const expired = factsOf(signed(generator), { policy: policyWith(publicKey, { expires: '2025-12-31' }), asOf: '2026-11-25' });
    expect(expired.statements[0]!.unverified).toBe('signed by "Acme build platform", which the trust policy trusts until 2025-12-31');
    const env = signInToto(statement(generator), pem);
    const tampered = { ...env, payload: Buffer.from(JSON.stringify(statement(generator, [{ name: 'other.msi', digest: { sha256: sha('other') } }]))).toString('base64') };
    const t = factsOf(JSON.stringify(tampered), { policy });
    expect(t.statements[0]!.signer).toBeUndefined();
    expect(results(t, 3)).toEqual([]);
  });

  it('several statements: each must support the level, and any that rules it out contradicts it', () => {
    const two = `${signed(generator)}\n${JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement(generator))).toString('base64'), signatures: [] })}\n`;
    const f = factsOf(two, { policy });
    expect(f.statements.map((s) => [s.line, s.signatures])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    const [o] = observeProvenance(f, manifest(2));
    expect(o).toMatchObject({ result: 'contradicted', artifact: { at: { region: { startLine: 2 } } } });
  });

  it('a bare statement (not enveloped) is L1 at most, positioned at its builder id', () => {
    const text = `${JSON.stringify(statement(generator), null, 2)}\n`;
    const f = factsOf(text);
    expect(f.statements[0]!.container).toBe('statement');
    const lines = text.split('\n');
    const at = f.statements[0]!.at;
    expect(lines[at.startLine - 1]!.slice(at.startColumn - 1)).toMatch(/^"https:\/\/github\.com\/slsa-framework/);
    expect(results(f, 2)).toEqual([['/supplyChain/slsaBuildLevel', 'contradicted']]);
  });

  it('SLSA v0.2 provenance: predicate.builder.id', () => {
    const v02 = { _type: 'https://in-toto.io/Statement/v0.1', subject: [], predicateType: 'https://slsa.dev/provenance/v0.2', predicate: { builder: { id: generator }, buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1' } };
    const f = factsOf(JSON.stringify(signInToto(v02 as never, pem)), { policy });
    expect(f.statements[0]).toMatchObject({ builderId: generator, buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1' });
    expect(results(f, 3)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
  });
});

describe('Sigstore bundles', () => {
  const bundle = (envelope: unknown) =>
    JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { certificate: { rawBytes: 'MIIB' }, tlogEntries: [] }, dsseEnvelope: envelope }, null, 2);

  it('are parsed, and a keyless signature counts as unverified: ringfence has no Sigstore trust root offline', () => {
    const env = { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement('https://github.com/actions/runner/github-hosted'))).toString('base64'), signatures: [{ sig: 'MEUCIQ==', keyid: '' }] };
    const f = factsOf(bundle(env), {}, 'x.sigstore.json');
    expect(f.statements[0]).toMatchObject({ container: 'sigstore', signatures: 1 });
    expect(f.statements[0]!.unverified).toMatch(/Sigstore public-good trust root/);
    expect(results(f, 1)).toEqual([['/supplyChain/slsaBuildLevel', 'observed']]);
    expect(results(f, 2)).toEqual([]);
    expect(results(f, 3)).toEqual([['/supplyChain/slsaBuildLevel', 'contradicted']]);
    expect(f.statements[0]!.at.startLine).toBe(11);
  });

  it('a bundle signing a file digest (no DSSE envelope) holds no provenance', () => {
    const r = read(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', messageSignature: {} }), {}, 'x.sigstore.json');
    expect(r.facts).toBeUndefined();
    expect(r.problems[0]!.message).toMatch(/without a dsseEnvelope/);
  });
});

describe('malformed and hostile provenance costs only itself', () => {
  const good = JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement(generator))).toString('base64'), signatures: [] });

  it('a broken line is a problem at its line; the other lines are read', () => {
    const r = read(`${good}\n{"payloadType": \n${good}\n`);
    expect(r.facts!.statements.map((s) => s.line)).toEqual([1, 3]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'artifact-syntax', range: { startLine: 2 } });
  });

  it('a payload that is not a JSON statement, a wrong payloadType, a statement with no builder', () => {
    const bad = (payload: string, payloadType = 'application/vnd.in-toto+json') => JSON.stringify({ payloadType, payload, signatures: [] });
    expect(read(bad(Buffer.from('garbage').toString('base64'))).problems[0]!.message).toMatch(/^the envelope's payload is not a JSON statement/);
    expect(read(bad('e30=', 'text/plain')).problems[0]!.message).toBe('not an in-toto DSSE envelope: payloadType must be application/vnd.in-toto+json and payload a base64 string');
    const noBuilder = { ...statement(generator), predicate: { buildDefinition: {} } };
    expect(read(bad(Buffer.from(JSON.stringify(noBuilder)).toString('base64'))).problems[0]!.message).toBe('the SLSA provenance names no builder (predicate.runDetails.builder.id), which SLSA requires');
    expect(read(bad(Buffer.from('{"_type": 5}').toString('base64'))).problems[0]!.message).toMatch(/^not an in-toto statement/);
  });

  it('an envelope of another predicate is not provenance: no facts, no problems', () => {
    const other = { ...statement(generator), predicateType: 'https://in-toto.io/attestation/test-result/v0.1' };
    expect(read(JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(other)).toString('base64'), signatures: [] }))).toEqual({ problems: [] });
  });

  it('deep nesting inside the payload, too many lines, too many bytes', () => {
    const deep = `{"_type":"https://in-toto.io/Statement/v1","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const r = read(JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(deep).toString('base64'), signatures: [] }));
    expect(r.problems[0]!.message).toMatch(/nests lists and mappings more than 64 deep/);
    expect(read(`${good}\n`.repeat(1001)).problems[0]!.message).toBe('the provenance holds 1001 lines; at most 1000 statements are read, so it was not used');
  });
});
