import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Signed self-certification: an in-toto Statement (v1) about the evaluated documents, in a DSSE envelope signed
 * with Ed25519. A customer verifies the signature with the vendor's public key, that the files they hold are
 * the ones attested (sha-256), and can re-run the check to see the same result.
 */
export const payloadType = 'application/vnd.in-toto+json';
/**
 * The predicate's TypeURI. in-toto asks for a collision-resistant URI that "MAY be unresolvable"; ringfence owns no
 * domain, so it is a URN rather than an https URL that would lead nowhere (or to whoever registers the name later).
 */
export const predicateType = 'urn:ringfence:attestation:check:v1';
/** The type attestations made before 0.1.0 carried (a URL on a domain ringfence never had); read as predicateType. */
export const legacyPredicateType = 'https://ringfence.dev/attestation/check/v1';

export interface Statement {
  _type: 'https://in-toto.io/Statement/v1';
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof predicateType;
  predicate: unknown;
}

export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}

/** DSSE's pre-authentication encoding: what is actually signed. */
export function pae(type: string, body: Buffer): Buffer {
  const t = Buffer.from(type, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${t.length} `), t, Buffer.from(` ${body.length} `), body]);
}

/** The key id: sha-256 of the public key in SPKI DER form. */
export function keyId(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(pub.export({ type: 'spki', format: 'der' })).digest('hex');
}

export function signStatement(statement: Statement, privateKeyPem: string): Envelope {
  return signInToto(statement, privateKeyPem);
}

/** Any in-toto statement (this tool's check result, or a claims statement) in a DSSE envelope signed with Ed25519. */
export function signInToto(statement: { _type: 'https://in-toto.io/Statement/v1'; predicateType: string }, privateKeyPem: string): Envelope {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'not asymmetric'}; an Ed25519 key is required`);
  const body = Buffer.from(JSON.stringify(statement), 'utf8');
  const sig = sign(null, pae(payloadType, body), key);
  return { payloadType, payload: body.toString('base64'), signatures: [{ keyid: keyId(key), sig: sig.toString('base64') }] };
}

export type Verification = { ok: true; body: Buffer; keyid: string } | { ok: false; reason: string };

/**
 * Checks the envelope's signature. What was signed comes back as bytes: it says only that the key's holder
 * signed it, so its content is read as untrusted input by the caller (see statement.ts).
 */
export function verifyEnvelope(envelope: unknown, publicKeyPem: string): Verification {
  const e = envelope as Partial<Envelope> | null;
  if (!e || typeof e !== 'object' || typeof e.payload !== 'string' || typeof e.payloadType !== 'string' || !Array.isArray(e.signatures)) {
    return { ok: false, reason: 'not a DSSE envelope (payloadType, payload and signatures are required)' };
  }
  if (e.payloadType !== payloadType) return { ok: false, reason: `payloadType is not ${payloadType}` };
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch (error) {
    return { ok: false, reason: `the public key cannot be read: ${(error as Error).message}` };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'the public key is not an Ed25519 key' };
  const body = Buffer.from(e.payload, 'base64');
  const id = keyId(key);
  const good = e.signatures.some((s) => s && typeof s.sig === 'string' && verify(null, pae(e.payloadType!, body), key, Buffer.from(s.sig, 'base64')));
  if (!good) return { ok: false, reason: 'no signature verifies with this public key: the attestation was altered or signed with another key' };
  return { ok: true, body, keyid: id };
}
