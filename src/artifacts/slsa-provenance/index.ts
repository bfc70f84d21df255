import { payloadType, verifiedBy } from '../../attest/dsse.js';
import { pointerWithin } from '../../evidence/trust-policy.js';
import type { Problem, Range } from '../../model/problem.js';
import { isObject, readJsonArtifact, typeOf } from '../json-input.js';
import { recogniseProvenance } from '../kinds.js';
import { artifactProblem, type ArtifactContext, type ArtifactFile, type ArtifactReader, type ManifestView, type Observation } from '../types.js';

/**
 * SLSA build provenance (https://slsa.dev/provenance/v1, and v0.2): an in-toto Statement in a DSSE envelope — a
 * `.intoto.jsonl` file, one envelope per line, as SLSA generators write it — or a Sigstore bundle (`.sigstore.json`),
 * or a bare statement. Facts: the builder (runDetails.builder.id), the build type, the subjects' SHA-256s, and
 * whether the envelope is signed and by whom.
 *
 * Trust: a signature counts only when it verifies with a key of the *reader's* trust policy (check --trust-policy),
 * within the key's vendors, claims and expiry — the machinery signed claim statements use. A Sigstore bundle is
 * parsed but its keyless signature is not verified: that needs the Sigstore public-good trust root (Fulcio's
 * certificates, Rekor's log keys), which ringfence does not carry and cannot fetch offline; unless a policy key
 * verifies its DSSE signature, it counts as unsigned-but-present (unverified).
 *
 * The build level (SLSA v1.0 Build track), from what the provenance can defend:
 * - L1: provenance exists — any well-formed SLSA provenance.
 * - L2: hosted build platform and signed provenance — the signature verifies with a trust-policy key, and the
 *   builder is a known hosted one (table below);
 * - L3: hardened builder — the same, and the builder is a known hardened one.
 * and what it rules out: an unsigned envelope, or a builder known to be self-hosted or local, shows at most L1; a
 * builder known to reach L2 only shows at most L2. A declared level the provenance supports is observed; one it
 * rules out is contradicted; anything between (signed but not verifiable here, an unknown builder) is neither.
 */

export const maxProvenanceBytes = 16 * 1024 * 1024;
/** Most statements (lines) read from one file. */
export const maxProvenanceStatements = 1000;

export interface ProvenanceSubject {
  name: string;
  sha256?: string;
  /** The evidence file whose SHA-256 is this subject's, when the evidence holds one. */
  inEvidence?: string;
}

export interface ProvenanceStatement {
  /** Line in the file (1 for a Sigstore bundle or a single statement). */
  line: number;
  container: 'dsse' | 'sigstore' | 'statement';
  predicateType: string;
  builderId?: string;
  buildType?: string;
  subjects: ProvenanceSubject[];
  /** Signatures the envelope carries (0 for a bare statement). */
  signatures: number;
  /** The trust-policy key one of whose signatures verifies (with its scope), when one does. */
  signer?: { name: string; party: string; role: string; claims?: string[]; vendors?: string[] };
  /** Why the signature counts for nothing here, when it does not (no policy, no key verifies, expired, Sigstore). */
  unverified?: string;
  /** Where in the file: the builder id of a bare statement, else the envelope's payload. */
  at: Range;
}

export interface ProvenanceFacts {
  file: string;
  statements: ProvenanceStatement[];
}

export interface KnownBuilder {
  pattern: RegExp;
  /** The highest SLSA Build level the builder can reach. */
  level: 1 | 2 | 3;
  words: string;
  /** For observations: `SLSA GitHub generator, L3`. */
  short: string;
}

/** Builders whose level is known from their id; any other builder's level is not inferred. */
export const knownBuilders: readonly KnownBuilder[] = [
  { pattern: /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/\.github\/workflows\/[\w.-]+\.ya?ml@/, level: 3, words: 'the SLSA GitHub generator, an isolated reusable workflow on GitHub-hosted runners (Build L3)', short: 'SLSA GitHub generator, L3' },
  { pattern: /^https:\/\/cloudbuild\.googleapis\.com\/GoogleHostedWorker/, level: 3, words: 'Google Cloud Build hosted workers (Build L3)', short: 'Google Cloud Build, L3' },
  { pattern: /^https:\/\/github\.com\/actions\/runner\/github-hosted$/, level: 2, words: 'a GitHub-hosted Actions runner (Build L2; L3 needs an isolated reusable workflow)', short: 'GitHub-hosted runner, L2' },
  { pattern: /^https:\/\/github\.com\/actions\/runner\/self-hosted$/, level: 1, words: 'a self-hosted Actions runner, a machine the build platform does not control (Build L1)', short: 'self-hosted runner, L1' },
  { pattern: /^(file:|https?:\/\/(localhost|127\.0\.0\.1)[:/])|workstation|laptop/i, level: 1, words: 'a local or developer machine (Build L1)', short: 'local machine, L1' },
];

export function builderOf(id: string | undefined): KnownBuilder | undefined {
  return id === undefined ? undefined : knownBuilders.find((b) => b.pattern.test(id));
}

const statementTypes = new Set(['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']);

export function readProvenance(file: ArtifactFile, context: ArtifactContext = {}): { facts?: ProvenanceFacts; problems: Problem[] } {
  const problems: Problem[] = [];
  if (file.bytes.length > maxProvenanceBytes) return { problems: [artifactProblem(file.file, 'artifact-too-large', `the provenance is ${file.bytes.length} bytes; at most ${maxProvenanceBytes} are read, so it was not used`)] };
  const text = file.bytes.toString('utf8');
  const digests = new Map<string, string>();
  for (const e of context.evidence ?? []) if (!digests.has(e.sha256)) digests.set(e.sha256, e.name);
  const statements: ProvenanceStatement[] = [];
  // A Sigstore bundle (or any pretty-printed single document) is one JSON text; JSON Lines are one per line.
  const single = /\.sigstore(\.json)?$/i.test(file.file) || !/^\s*\{[^\n]*\}\s*(\n|$)/.test(text);
  const units: { text: string; line: number }[] = [];
  if (single) units.push({ text, line: 1 });
  else {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '') units.push({ text: lines[i]!, line: i + 1 });
  }
  if (units.length > maxProvenanceStatements) return { problems: [artifactProblem(file.file, 'artifact-too-large', `the provenance holds ${units.length} lines; at most ${maxProvenanceStatements} statements are read, so it was not used`)] };
  for (const unit of units) {
    const shift = (r: Range): Range => ({ startLine: r.startLine + unit.line - 1, startColumn: r.startColumn, endLine: r.endLine + unit.line - 1, endColumn: r.endColumn });
    const bad = (message: string, r?: Range) => problems.push(artifactProblem(file.file, 'artifact-format', message, r ? shift(r) : shift({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 })));
    const r = readJsonArtifact(file.file, Buffer.from(unit.text, 'utf8'), 'provenance', { maxBytes: maxProvenanceBytes });
    if (!r.json) {
      problems.push(...r.problems.map((p) => (p.range ? { ...p, range: shift(p.range) } : p)));
      continue;
    }
    const v = r.json.value;
    if (!isObject(v)) {
      bad(`a provenance line is ${typeOf(v)}, not a mapping`);
      continue;
    }
    let container: ProvenanceStatement['container'];
    let envelope: Record<string, unknown> | undefined;
    let payloadPointer = '/payload';
    if (typeof v['mediaType'] === 'string' && v['mediaType'].startsWith('application/vnd.dev.sigstore.bundle')) {
      container = 'sigstore';
      if (!isObject(v['dsseEnvelope'])) {
        bad('a Sigstore bundle without a dsseEnvelope (a bundle signing a file digest, not a statement) holds no provenance', r.json.at('/mediaType'));
        continue;
      }
      envelope = v['dsseEnvelope'];
      payloadPointer = '/dsseEnvelope/payload';
    } else if (v['payloadType'] !== undefined || v['payload'] !== undefined) {
      container = 'dsse';
      envelope = v;
    } else container = 'statement';
    let statement: unknown;
    let at: Range;
    let signatures = 0;
    let signer: ProvenanceStatement['signer'];
    let unverified: string | undefined;
    if (envelope) {
      if (envelope['payloadType'] !== payloadType || typeof envelope['payload'] !== 'string') {
        bad(`not an in-toto DSSE envelope: payloadType must be ${payloadType} and payload a base64 string`, r.json.at(envelope === v ? '/payloadType' : '/dsseEnvelope'));
        continue;
      }
      at = shift(r.json.at(payloadPointer));
      const body = Buffer.from(envelope['payload'], 'base64');
      const sigs = Array.isArray(envelope['signatures']) ? (envelope['signatures'] as unknown[]) : [];
      signatures = sigs.filter((s) => isObject(s) && typeof s['sig'] === 'string' && s['sig'] !== '').length;
      const decoded = readJsonArtifact(file.file, body, 'provenance statement (the envelope payload)', { maxBytes: maxProvenanceBytes });
      if (!decoded.json) {
        const reason = (decoded.problems[0]?.message ?? 'unreadable').replace(/^provenance statement \(the envelope payload\): /, '');
        problems.push(artifactProblem(file.file, decoded.problems[0]?.code ?? 'artifact-format', `the envelope's payload is not a JSON statement: ${reason}`, at));
        continue;
      }
      statement = decoded.json.value;
      if (signatures > 0) {
        const key = context.policy ? signerOf(body, sigs, context.policy.keys) : undefined;
        if (key && key.expires && context.asOf && context.asOf > key.expires) unverified = `signed by "${key.name}", which the trust policy trusts until ${key.expires}`;
        else if (key) signer = { name: key.name, party: key.party, role: key.role, ...(key.claims ? { claims: key.claims } : {}), ...(key.vendors ? { vendors: key.vendors } : {}) };
        else if (container === 'sigstore') unverified = 'a Sigstore bundle: its keyless signature needs the Sigstore public-good trust root, which ringfence does not have offline, and no trust-policy key verifies it';
        else unverified = context.policy ? `no key of the trust policy ${context.policy.file} verifies its signature` : 'no trust policy (--trust-policy) to verify its signature with';
      }
    } else {
      statement = v;
      at = shift(r.json.at('/predicate'));
    }
    if (!isObject(statement) || typeof statement['_type'] !== 'string' || !statementTypes.has(statement['_type'])) {
      bad(`not an in-toto statement: _type is ${JSON.stringify(isObject(statement) ? (statement['_type'] ?? null) : typeOf(statement)).slice(0, 80)}`, envelope ? undefined : r.json.at('/_type'));
      continue;
    }
    const pt = statement['predicateType'];
    if (typeof pt !== 'string' || !pt.startsWith('https://slsa.dev/provenance/')) {
      // An in-toto statement of another kind (a test result, a claims statement) is not provenance: not ours to read.
      continue;
    }
    const predicate = isObject(statement['predicate']) ? statement['predicate'] : {};
    const run = isObject(predicate['runDetails']) ? predicate['runDetails'] : undefined;
    const def = isObject(predicate['buildDefinition']) ? predicate['buildDefinition'] : undefined;
    // v1: runDetails.builder.id and buildDefinition.buildType; v0.2: builder.id and buildType.
    const builder = run && isObject(run['builder']) ? run['builder'] : isObject(predicate['builder']) ? predicate['builder'] : undefined;
    const builderId = builder && typeof builder['id'] === 'string' ? builder['id'] : undefined;
    const buildType = def && typeof def['buildType'] === 'string' ? def['buildType'] : typeof predicate['buildType'] === 'string' ? predicate['buildType'] : undefined;
    if (builderId === undefined) {
      bad(`the SLSA provenance names no builder (${pt.endsWith('/v1') ? 'predicate.runDetails.builder.id' : 'predicate.builder.id'}), which SLSA requires`, envelope ? undefined : r.json.at('/predicate'));
      continue;
    }
    if (!envelope) {
      const p = pt.endsWith('/v1') ? (run ? '/predicate/runDetails/builder/id' : '/predicate/builder/id') : '/predicate/builder/id';
      at = shift(r.json.at(p));
    }
    const subjects: ProvenanceSubject[] = [];
    const list = Array.isArray(statement['subject']) ? (statement['subject'] as unknown[]) : [];
    for (const s of list.slice(0, 10_000)) {
      if (!isObject(s) || typeof s['name'] !== 'string') continue;
      const d = isObject(s['digest']) && typeof s['digest']['sha256'] === 'string' ? s['digest']['sha256'].toLowerCase() : undefined;
      const inEvidence = d !== undefined ? digests.get(d) : undefined;
      subjects.push({ name: s['name'], ...(d ? { sha256: d } : {}), ...(inEvidence ? { inEvidence } : {}) });
    }
    statements.push({
      line: unit.line,
      container,
      predicateType: pt,
      builderId,
      ...(buildType ? { buildType } : {}),
      subjects,
      signatures,
      ...(signer ? { signer } : {}),
      ...(unverified ? { unverified } : {}),
      at: at!,
    });
  }
  if (statements.length === 0) return { problems };
  return { facts: { file: file.file, statements }, problems };
}

/** The policy key one of whose signatures verifies the payload (src/attest/dsse.ts verifiedBy). */
function signerOf(body: Buffer, signatures: unknown[], keys: NonNullable<ArtifactContext['policy']>['keys']) {
  return verifiedBy(payloadType, body, signatures, keys);
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const claim = '/supplyChain/slsaBuildLevel';

/** What one statement supports and rules out, and why, for a manifest of `vendor`. */
export function levelOf(s: ProvenanceStatement, vendor: string | undefined): { supports: number; ceiling: number; words: string; signer?: string } {
  const known = builderOf(s.builderId);
  let signedWords: string;
  let signed = false;
  if (s.signatures === 0) signedWords = s.container === 'statement' ? 'a bare statement, not signed' : 'unsigned (the envelope carries no signature)';
  else if (s.signer && s.signer.vendors && !s.signer.vendors.some((v) => vendor !== undefined && norm(v) === norm(vendor))) signedWords = `signed by "${s.signer.name}", which the trust policy allows for ${s.signer.vendors.join(', ')} only: unverified`;
  else if (s.signer && s.signer.claims && !s.signer.claims.some((p) => pointerWithin(claim, p))) signedWords = `signed by "${s.signer.name}", which the trust policy does not allow for ${claim}: unverified`;
  else if (s.signer) {
    signed = true;
    signedWords = `signed by "${s.signer.name}" (trust policy)`;
  } else signedWords = `signed, unverified: ${s.unverified ?? 'no trust-policy key verifies it'}`;
  const supports = signed && known ? known.level : 1;
  const ceiling = Math.min(s.signatures === 0 ? 1 : 3, known ? known.level : 3);
  // The subjects the evidence holds (by SHA-256) come before the builder: observations are cut at 300 characters.
  const held = s.subjects.filter((x) => x.inEvidence !== undefined).map((x) => (x.name === x.inEvidence ? x.name : `${x.name} (${x.inEvidence})`));
  const words = `${signedWords}${held.length ? `; the evidence holds ${held.length} of its ${s.subjects.length} subjects by SHA-256: ${held.slice(0, 5).join(', ')}` : ''}; builder ${s.builderId} (${known ? known.short : 'level unknown'})`;
  return { supports, ceiling, words, ...(signed && s.signer ? { signer: s.signer.name } : {}) };
}

export function observeProvenance(facts: ProvenanceFacts, manifest: ManifestView): Observation[] {
  const m = isObject(manifest.value) ? manifest.value : {};
  const sc = isObject(m['supplyChain']) ? m['supplyChain'] : undefined;
  const declared = sc?.['slsaBuildLevel'];
  if (typeof declared !== 'number' || declared < 1) return [];
  const meta = isObject(m['metadata']) ? m['metadata'] : {};
  const vendor = typeof meta['vendor'] === 'string' ? meta['vendor'] : undefined;
  const at = (range: Range) => ({ kind: provenance.kind, title: provenance.title, at: { file: facts.file, region: range } });
  const levels = facts.statements.map((s) => ({ s, ...levelOf(s, vendor) }));
  const ruledOut = levels.find((l) => l.ceiling < declared);
  if (ruledOut) return [{ claim, result: 'contradicted', observed: `SLSA provenance showing at most Build L${ruledOut.ceiling}, not L${declared}: ${ruledOut.words}`, artifact: at(ruledOut.s.at) }];
  if (levels.every((l) => l.supports >= declared)) {
    const first = levels[0]!;
    return [{ claim, result: 'observed', observed: `SLSA provenance supporting Build L${Math.min(...levels.map((l) => l.supports))}${levels.length > 1 ? ` (${levels.length} statements)` : ''}: ${first.words}`, artifact: at(first.s.at) }];
  }
  return [];
}

/** The trust-policy key that signed every statement of the file for this manifest's vendor, if one key did. */
export function provenanceSigner(facts: ProvenanceFacts, manifest: ManifestView): string | undefined {
  const m = isObject(manifest.value) ? manifest.value : {};
  const meta = isObject(m['metadata']) ? m['metadata'] : {};
  const vendor = typeof meta['vendor'] === 'string' ? meta['vendor'] : undefined;
  const signers = new Set(facts.statements.map((s) => levelOf(s, vendor).signer));
  const [only] = [...signers];
  return signers.size === 1 ? only : undefined;
}

export const provenance: ArtifactReader<ProvenanceFacts> = {
  title: 'SLSA build provenance',
  kind: 'slsa-provenance',
  recognise: recogniseProvenance,
  read: readProvenance,
  observe: observeProvenance,
  signer: provenanceSigner,
};
