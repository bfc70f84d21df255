import { isBase64, payloadType, verifiedBy } from '../attest/dsse.js';
import { parseJsonText } from '../load/json.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { pointerWithin, type KeyRole, type TrustPolicy, type TrustedKey } from './trust-policy.js';

/**
 * Signed statements that claims of a vendor manifest were checked (schemas/claims-attestation.schema.json, written by
 * `ringfence vouch`), read from an evidence bundle. Every part is untrusted until proven otherwise: the envelope's
 * signature must verify with a key of the *reader's* trust policy; the statement must be about the very bytes of a
 * manifest being checked; the key must be trusted on the as-of date, for that vendor and for that claim; and only
 * a key of a party other than the vendor makes a claim independently verified. What fails any test is reported and
 * counts for nothing.
 *
 * The statement's predicate type is a URN, as src/attest/dsse.ts says for the check predicate.
 */
export const claimsPredicateType = 'urn:ringfence:attestation:claims:v1';
/** The type claims statements made before 0.1.0 carried; read as claimsPredicateType. */
export const legacyClaimsPredicateType = 'https://ringfence.dev/attestation/claims/v1';

export interface Vouch {
  /** The manifest file's sha-256 the statement is about. */
  manifestSha256: string;
  pointer: string;
  result: 'verified' | 'contradicted';
  method?: string;
  found?: string;
  verifier: string;
  checkedOn: string;
  key: { name: string; party: string; role: KeyRole; keyid: string };
  /** Signed by a lab or auditor that is not the manifest's vendor. */
  independent: boolean;
  /** The bundle entry the statement came from. */
  source: string;
  /** The manifest document it is about (file as reports show it, and its index in the file). */
  target: { file: string; documentIndex: number };
}

/** A manifest being checked, as far as statements about it need to know. */
export interface ManifestRef {
  file: string;
  /** The document's index in its file (default 0). */
  documentIndex?: number;
  sha256: string;
  /** metadata.vendor, when the manifest states it. */
  vendor?: string;
  /** Whether a JSON Pointer resolves inside the manifest. */
  resolves(pointer: string): boolean;
  /** The document's value (for the artifacts stage). */
  value?: unknown;
  /** The SHA-256s its evidence list pins (an artifact so pinned belongs to it). */
  pinned?: ReadonlySet<string>;
}

export interface BundleEntry {
  name: string;
  bytes: Buffer;
}

/** Whether an entry looks like a DSSE envelope (and so is read as a statement rather than only matched by digest). */
export function looksLikeEnvelope(bytes: Buffer): boolean {
  if (bytes.length > 16 * 1024 * 1024) return false;
  const head = bytes.subarray(0, 4096).toString('utf8');
  return /^\s*\{/.test(head) && head.includes('"payloadType"') && bytes.includes('"signatures"');
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The vouches in a bundle's entries. `asOf` decides key expiry. Without a policy no statement counts, and that is
 * said once.
 */
export function readVouches(entries: readonly BundleEntry[], policy: TrustPolicy | undefined, manifests: readonly ManifestRef[], asOf: string): { vouches: Vouch[]; problems: Problem[] } {
  const vouches: Vouch[] = [];
  const problems: Problem[] = [];
  const envelopes = entries.filter((e) => looksLikeEnvelope(e.bytes));
  if (!envelopes.length) return { vouches, problems };
  if (!policy) {
    problems.push({
      severity: 'warning',
      code: 'vouch-no-policy',
      message: `the evidence holds ${envelopes.length} signed statement${envelopes.length === 1 ? '' : 's'} (${envelopes.map((e) => e.name).join(', ')}); without a trust policy (--trust-policy) no signature is trusted, so none counts`,
    });
    return { vouches, problems };
  }
  for (const entry of envelopes) {
    const file = `${entry.name} (in the evidence)`;
    const warn = (code: string, message: string, pointer?: string, locations?: Parameters<typeof rangeFor>[0]) =>
      problems.push({ severity: 'warning', code, file, message, ...(pointer !== undefined ? { pointer } : {}), ...(pointer !== undefined && locations ? { range: rangeFor(locations, pointer) } : {}) });
    const env = parseJsonText(entry.bytes.toString('utf8'), file, 'vouch-invalid', true);
    if (env.problem) {
      problems.push({ ...env.problem, severity: 'warning' });
      continue;
    }
    const e = env.value as { payloadType?: unknown; payload?: unknown; signatures?: unknown };
    if (e.payloadType !== payloadType || typeof e.payload !== 'string' || !Array.isArray(e.signatures)) {
      warn('vouch-invalid', `not an in-toto DSSE envelope (payloadType ${payloadType}, a base64 payload and signatures); not counted`);
      continue;
    }
    if (!isBase64(e.payload) || (e.signatures as { sig?: unknown }[]).some((x) => typeof x?.sig === 'string' && !isBase64(x.sig))) {
      warn('vouch-invalid', 'its payload or a signature is not base64 text: the statement was altered or damaged; not counted');
      continue;
    }
    const body = Buffer.from(e.payload, 'base64');
    const signer = signerOf(body, e.signatures, policy.keys);
    if (!signer) {
      const ids = (e.signatures as { keyid?: unknown }[]).map((s) => (typeof s?.keyid === 'string' ? s.keyid.slice(0, 16) : '?'));
      warn('vouch-untrusted', `signed by no key of the trust policy ${policy.file} (key id ${ids.join(', ')}…); not counted`);
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      warn('vouch-invalid', 'the signed payload is not UTF-8 text; not counted');
      continue;
    }
    const shown = `${entry.name} (signed payload)`;
    const parsed = parseJsonText(text, shown, 'vouch-invalid', true);
    if (parsed.problem) {
      problems.push({ ...parsed.problem, severity: 'warning' });
      continue;
    }
    const statementType = (parsed.value as { predicateType?: unknown } | null)?.predicateType;
    // A statement signed with the earlier name of the same type: the signature covers the bytes, the name is read as the current one.
    if (statementType === legacyClaimsPredicateType) (parsed.value as { predicateType: string }).predicateType = claimsPredicateType;
    else if (statementType !== claimsPredicateType) {
      warn('vouch-invalid', `the statement's predicateType is ${JSON.stringify(statementType ?? null).slice(0, 100)}, not ${claimsPredicateType}; not counted`);
      continue;
    }
    const doc = { file: shown, documentIndex: 0, value: parsed.value, locations: parsed.locations, pointers: new WeakMap<object, string>(), lines: [] };
    const schemaProblems = validateDocument(doc, 'claims-attestation', 'vouch-invalid');
    if (schemaProblems.length) {
      problems.push(...schemaProblems.map((p) => ({ ...p, severity: 'warning' as const })));
      continue;
    }
    const statement = parsed.value as { subject: { name: string; digest: { sha256: string } }[]; predicate: { verifier: string; checkedOn: string; claims: { pointer: string; result: 'verified' | 'contradicted'; method?: string; found?: string }[] } };
    const digest = statement.subject[0]!.digest.sha256;
    const targets = manifests.filter((m) => m.sha256 === digest);
    const where = (pointer: string) => ({ file: shown, pointer, range: rangeFor(parsed.locations, pointer) });
    if (!targets.length) {
      problems.push({ severity: 'warning', code: 'vouch-other-manifest', ...where('/subject/0/digest/sha256'), message: `the statement is about a manifest with sha256 ${digest.slice(0, 16)}…, which is not among the documents checked (an edited manifest no longer matches what was vouched for); not counted` });
      continue;
    }
    if (signer.expires && asOf > signer.expires) {
      warn('vouch-expired', `signed by "${signer.name}", which the trust policy trusts until ${signer.expires}; the as-of date is ${asOf}; not counted`);
      continue;
    }
    for (const target of targets) {
      if (signer.vendors && !signer.vendors.some((v) => target.vendor !== undefined && norm(v) === norm(target.vendor))) {
        warn('vouch-out-of-scope', `"${signer.name}" may vouch for ${signer.vendors.join(', ')} only, not for ${target.vendor ?? 'a manifest that names no vendor'} (${target.file}); not counted`);
        continue;
      }
      const independent = signer.role !== 'vendor' && !(target.vendor !== undefined && norm(signer.party) === norm(target.vendor));
      if (signer.role !== 'vendor' && !independent) {
        warn('vouch-own-vendor', `"${signer.name}" is listed as a ${signer.role}, but its party ${signer.party} is the vendor of ${target.file}; its statements count as the vendor's own`);
      }
      const seen = new Set<string>();
      statement.predicate.claims.forEach((c, i) => {
        const at = where(`/predicate/claims/${i}/pointer`);
        if (seen.has(c.pointer)) {
          problems.push({ severity: 'warning', code: 'vouch-invalid', ...at, message: `claim ${c.pointer} is listed twice; the first counts` });
          return;
        }
        seen.add(c.pointer);
        if (c.pointer === '' || c.pointer === '/') {
          problems.push({ severity: 'warning', code: 'vouch-dangling', ...at, message: `claim ${JSON.stringify(c.pointer)} names the whole manifest: a statement vouches for parts of it (e.g. /updateChannels/0/rollout), so this one counts for nothing` });
          return;
        }
        if (!target.resolves(c.pointer)) {
          problems.push({ severity: 'warning', code: 'vouch-dangling', ...at, message: `claim ${c.pointer} does not exist in ${target.file}; not counted` });
          return;
        }
        if (signer.claims && !signer.claims.some((p) => pointerWithin(c.pointer, p))) {
          problems.push({ severity: 'warning', code: 'vouch-out-of-scope', ...at, message: `"${signer.name}" may vouch for ${signer.claims.join(', ')} only, not for ${c.pointer}; not counted` });
          return;
        }
        vouches.push({
          manifestSha256: digest,
          pointer: c.pointer,
          result: c.result,
          ...(c.method !== undefined ? { method: c.method } : {}),
          ...(c.found !== undefined ? { found: c.found } : {}),
          verifier: statement.predicate.verifier,
          checkedOn: statement.predicate.checkedOn,
          key: { name: signer.name, party: signer.party, role: signer.role, keyid: signer.keyid },
          independent,
          source: entry.name,
          target: { file: target.file, documentIndex: target.documentIndex ?? 0 },
        });
      });
    }
  }
  return { vouches, problems };
}

/** The policy key one of whose signatures verifies the payload (src/attest/dsse.ts verifiedBy). */
function signerOf(body: Buffer, signatures: unknown[], keys: readonly TrustedKey[]): TrustedKey | undefined {
  return verifiedBy(payloadType, body, signatures, keys);
}
