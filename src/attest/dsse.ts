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

const keygenHint = 'make a key pair with `ringfence keygen`';

/** "an RSA key", "an EC key": what a key that is not Ed25519 is, in a sentence. */
function keyKind(key: KeyObject): string {
  const t = key.asymmetricKeyType;
  if (!t) return 'not a public/private key';
  const name = ({ rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', ec: 'EC (ECDSA)', ed448: 'Ed448', x25519: 'X25519', x448: 'X448', dh: 'Diffie-Hellman' } as Record<string, string>)[t] ?? t;
  return `${/^[AEIOUX]/i.test(name) || name.startsWith('RSA') ? 'an' : 'a'} ${name} key`;
}

/**
 * The Ed25519 private key in `pem` (the text of the file `shown`), or an Error whose message says, in one line,
 * what the file is instead and what to do — never the crypto library's text.
 */
export function readSigningKey(pem: string, shown: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    if (/-----BEGIN (?:[A-Z0-9]+ )?PUBLIC KEY-----/.test(pem)) throw new Error(`${shown} is a public key; signing needs the private key (the .key file of \`ringfence keygen\`, not the .pub)`);
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) throw new Error(`${shown} is encrypted with a passphrase; ringfence reads unencrypted PKCS#8 keys (openssl pkey -in KEY -out PLAIN.key), or ${keygenHint}`);
    if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) throw new Error(`${shown} looks like a PEM private key but cannot be read (damaged or cut short?); ${keygenHint}`);
    throw new Error(`${shown} is not a PEM private key (it should begin with -----BEGIN PRIVATE KEY-----); ${keygenHint}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${shown} is ${keyKind(key)}; ringfence signs with Ed25519 keys: ${keygenHint}`);
  return key;
}

/** The Ed25519 public key in `pem` (a private key gives its public half), or an Error in ringfence's words. */
export function readVerifyingKey(pem: string, shown: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    if (/-----BEGIN [A-Z0-9 ]*(PUBLIC|PRIVATE) KEY-----/.test(pem)) throw new Error(`${shown} looks like a PEM key but cannot be read (damaged, cut short, or encrypted?); use the signer's .pub file`);
    throw new Error(`${shown} is not a PEM public key (it should begin with -----BEGIN PUBLIC KEY-----); use the signer's .pub file, as \`ringfence keygen\` wrote it`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${shown} is ${keyKind(key)}; ringfence verifies Ed25519 signatures: use the signer's .pub file, as \`ringfence keygen\` wrote it`);
  return key.type === 'private' ? createPublicKey(key) : key;
}

/** Base64 text as DSSE writes it (standard or URL-safe alphabet, padding optional) — nothing else skipped over. */
export function isBase64(s: string): boolean {
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(s) && s.replace(/=+$/, '').length % 4 !== 1;
}

export function signStatement(statement: Statement, privateKeyPem: string): Envelope {
  return signInToto(statement, privateKeyPem);
}

/** Any in-toto statement (this tool's check result, or a claims statement) in a DSSE envelope signed with Ed25519. */
export function signInToto(statement: { _type: 'https://in-toto.io/Statement/v1'; predicateType: string }, privateKeyPem: string): Envelope {
  const key = readSigningKey(privateKeyPem, 'the signing key');
  const body = Buffer.from(JSON.stringify(statement), 'utf8');
  const sig = sign(null, pae(payloadType, body), key);
  return { payloadType, payload: body.toString('base64'), signatures: [{ keyid: keyId(key), sig: sig.toString('base64') }] };
}

/**
 * The first key one of whose signatures verifies `body` as a DSSE payload of `type` — the one check every reader of
 * signed input uses (claims statements, build provenance, release histories), so that what counts as "signed by
 * this key" is decided in one place. A signature that names a key id is tried only against the key of that id (a
 * signature cannot borrow another key's name); one without a key id is tried against every key. A malformed
 * signature verifies nothing; nothing here throws. Only the caller's keys count — never a key the input carries.
 */
export function verifiedBy<K extends { keyid: string; key: KeyObject }>(type: string, body: Buffer, signatures: readonly unknown[], keys: readonly K[]): K | undefined {
  const signed = pae(type, body);
  for (const s of signatures) {
    const sig = s as { keyid?: unknown; sig?: unknown } | null;
    if (!sig || typeof sig !== 'object' || typeof sig.sig !== 'string' || sig.sig === '' || !isBase64(sig.sig)) continue;
    const candidates = typeof sig.keyid === 'string' && sig.keyid !== '' ? keys.filter((k) => k.keyid === sig.keyid) : keys;
    for (const k of candidates) {
      try {
        if (verify(null, signed, k.key, Buffer.from(sig.sig, 'base64'))) return k;
      } catch {
        // A malformed signature verifies nothing.
      }
    }
  }
  return undefined;
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
    key = readVerifyingKey(publicKeyPem, 'the public key');
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (!isBase64(e.payload)) return { ok: false, reason: 'the payload is not base64 text: the attestation was altered or damaged' };
  if (e.signatures.some((s) => s && typeof s.sig === 'string' && !isBase64(s.sig))) return { ok: false, reason: 'a signature is not base64 text: the attestation was altered or damaged' };
  const body = Buffer.from(e.payload, 'base64');
  const id = keyId(key);
  const good = e.signatures.some((s) => s && typeof s.sig === 'string' && verify(null, pae(e.payloadType!, body), key, Buffer.from(s.sig, 'base64')));
  if (!good) return { ok: false, reason: 'no signature verifies with this public key: the attestation was altered or signed with another key' };
  return { ok: true, body, keyid: id };
}
