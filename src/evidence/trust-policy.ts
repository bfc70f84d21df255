import { createPublicKey, type KeyObject } from 'node:crypto';
import { keyId } from '../attest/dsse.js';
import { parseYamlText } from '../load/parse-yaml.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';

/**
 * The reader's trust policy (`kind: TrustPolicy`, schemas/trust-policy.schema.json): which keys' signed statements
 * count as evidence, whose each key is, and what each may vouch for. It comes from whoever reads the report — a
 * buyer, an auditor — and never from the vendor's bundle, so a vendor cannot name its own key a lab.
 */
export type KeyRole = 'vendor' | 'lab' | 'auditor';

export interface TrustedKey {
  name: string;
  party: string;
  role: KeyRole;
  key: KeyObject;
  /** sha-256 of the key's SPKI DER form, as DSSE signatures name it (src/attest/dsse.ts). */
  keyid: string;
  claims?: string[];
  vendors?: string[];
  expires?: string;
  /** Where the key is listed, for problems. */
  file: string;
  line: number;
  column: number;
}

export interface TrustPolicy {
  file: string;
  keys: TrustedKey[];
}

/** Reads a trust policy file. Every problem is positioned; a key that cannot be used is left out, not guessed at. */
export function loadTrustPolicy(f: string): { policy?: TrustPolicy; problems: Problem[] } {
  const file = displayPath(f);
  const { text, problem } = readTextFile(f);
  if (problem) return { problems: [{ ...problem, code: problem.code === 'input-unreadable' ? 'trust-policy-unreadable' : problem.code }] };
  const parsed = parseYamlText(text!, file);
  const problems: Problem[] = [...parsed.problems];
  if (problems.some((p) => p.severity === 'error')) return { problems };
  if (parsed.documents.length !== 1) {
    problems.push({ severity: 'error', code: 'trust-policy-invalid', file, message: `a trust policy file holds one document (this one holds ${parsed.documents.length})` });
    return { problems };
  }
  const doc = parsed.documents[0]!;
  const schemaProblems = validateDocument(doc, 'trust-policy', 'trust-policy-invalid');
  if (schemaProblems.length) return { problems: [...problems, ...schemaProblems] };
  type Listed = Omit<TrustedKey, 'key' | 'keyid' | 'file' | 'line' | 'column'> & { publicKey: string };
  const listed = (doc.value as { keys: Listed[] }).keys;
  const keys: TrustedKey[] = [];
  const byId = new Map<string, TrustedKey>();
  const twice = new Set<string>();
  listed.forEach((k, i) => {
    const at = (pointer: string, message: string) => {
      problems.push({ severity: 'error', code: 'trust-policy-invalid', file, pointer, range: rangeFor(doc.locations, pointer), message });
    };
    let key: KeyObject;
    try {
      key = createPublicKey(k.publicKey);
    } catch {
      return at(`/keys/${i}/publicKey`, `key "${k.name}": the public key is not a PEM public key`);
    }
    if (key.asymmetricKeyType !== 'ed25519') return at(`/keys/${i}/publicKey`, `key "${k.name}": the public key is ${key.asymmetricKeyType ?? 'not asymmetric'}; ringfence verifies Ed25519 signatures`);
    const id = keyId(key);
    const range = rangeFor(doc.locations, `/keys/${i}`);
    const entry: TrustedKey = {
      name: k.name,
      party: k.party,
      role: k.role,
      key,
      keyid: id,
      ...(k.claims ? { claims: k.claims } : {}),
      ...(k.vendors ? { vendors: k.vendors } : {}),
      ...(k.expires ? { expires: k.expires } : {}),
      file,
      line: range.startLine,
      column: range.startColumn,
    };
    const before = byId.get(id);
    if (before) {
      // One key, one party: a key listed as both the vendor's and a lab's would let the vendor's signature pass as
      // independent. Neither listing is used.
      at(`/keys/${i}/publicKey`, `key "${k.name}" is the same key as "${before.name}" (line ${before.line}); a key is listed once, as one party's — no listing of it is used`);
      twice.add(id);
      return;
    }
    byId.set(id, entry);
    keys.push(entry);
  });
  return { policy: { file, keys: keys.filter((k) => !twice.has(k.keyid)) }, problems };
}

/** Whether `pointer` is `prefix` or lies under it (JSON Pointer segments, not string prefixes: /a/1 is not under /a/10). */
export function pointerWithin(pointer: string, prefix: string): boolean {
  return prefix === '' || pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** A vendor's name as scopes compare it: case, width and punctuation aside ("Aegis Sentinel Systems" = "aegis-sentinel systems"). */
export function sameVendor(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * Why a trusted key may not speak for these claims of a manifest of `vendor` (its `vendors` and `claims` scope), or
 * undefined when it may. Expiry is the caller's, which knows the as-of date.
 */
export function outOfScope(key: Pick<TrustedKey, 'name' | 'vendors' | 'claims'>, vendor: string | undefined, claims: readonly string[]): string | undefined {
  if (key.vendors && !key.vendors.some((v) => vendor !== undefined && sameVendor(v, vendor))) return `"${key.name}" may speak for ${key.vendors.join(', ')} only, not for ${vendor ?? 'a manifest that names no vendor'}`;
  const outside = key.claims ? claims.find((c) => !key.claims!.some((p) => pointerWithin(c, p))) : undefined;
  if (outside !== undefined) return `"${key.name}" may speak for ${key.claims!.join(', ')} only, not for ${outside}`;
  return undefined;
}
