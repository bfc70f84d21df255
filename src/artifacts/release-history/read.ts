import type { Problem, Range } from '../../model/problem.js';
import { parseJsonText, JsonLocations } from '../../load/json.js';
import { defaultLimits, type LoadLimits } from '../../load/limits.js';
import { parseYamlText, type NodeLocation, type ParsedDocument, type SourceLocations } from '../../load/parse-yaml.js';
import { pointerTokens } from '../../load/pointer.js';
import { rangeFor, validateDocument } from '../../load/validate.js';
import { isBase64, verifiedBy } from '../../attest/dsse.js';
import type { TrustedKey } from '../../evidence/trust-policy.js';
import { isObject, readJsonArtifact, typeOf } from '../json-input.js';
import { signedHistoryName } from '../kinds.js';
import { artifactProblem, lineRange, type ArtifactContext, type ArtifactFile } from '../types.js';

/**
 * Reading a ReleaseHistory (schemas/release-history.schema.json): YAML or JSON as one document, or JSON Lines —
 * the first line the document without `releases`, each further line one release. Both end as the same value
 * and a map from JSON Pointers (`/releases/3/rings/1/start`) to positions in the file: for YAML the project's
 * loader's own, for JSON Lines the line of the release and the column of the field in it. The schema is checked
 * with the project's validator, so each malformed field is a positioned problem; a malformed release is left out
 * (the others are still read), a malformed header costs the file.
 */

/** The largest history read (the evidence folder and --artifact hold every file to the input limit as well). */
export const maxHistoryBytes = 32 * 1024 * 1024;
/** Most releases checked: the last ones in the file. */
export const maxReleases = 1000;
/** Most problems reported for one history; past it, one problem says how many more. */
const maxProblems = 50;

const historyLimits: LoadLimits = { ...defaultLimits, maxFileBytes: maxHistoryBytes, maxNodes: 400_000, maxTokens: 4_000_000 };

/**
 * Where a fact is in the file: a JSON Pointer into the history (`#key` appended to underline the key), turned into
 * a line and column by HistoryFacts.locate only for the few facts an observation names — finding the position of
 * every ring of 1,000 releases would cost more than reading them.
 */
export type Where = string;

export interface GateFact {
  at: number;
  verdict: 'pass' | 'breach' | 'inconclusive';
  /** When the breach began (`breachStartedAt`, else `at`). */
  breachStart: number;
  signal?: string;
  pos: Where;
}

export interface RingFact {
  name: string;
  start: number;
  end?: number;
  /** Hosts this ring added. */
  hosts?: number;
  gates: GateFact[];
  halt?: { at: number; pos: Where };
  rollback?: { at: number; pos: Where };
  /** The ring's name in the file. */
  pos: Where;
  /** Its start time in the file. */
  startPos: Where;
  hostsPos?: Where;
}

export interface ReleaseFact {
  id: string;
  channel: string;
  emergency: boolean;
  rings: RingFact[];
  /** The release's id in the file. */
  pos: Where;
  /** Its channel in the file. */
  channelPos: Where;
}

export interface HistoryFacts {
  file: string;
  vendor: string;
  product: string;
  releases: ReleaseFact[];
  /** Releases in the file past the last `maxReleases`, not checked. */
  skipped: number;
  /** The line and column of a fact (facts stay in the main thread: this closure never crosses to a worker). */
  locate(where: Where): Range;
  /** For a history read from a DSSE envelope: its signature, and where a fact is inside the decoded payload. */
  envelope?: EnvelopeFacts;
}

export interface EnvelopeFacts {
  payloadType: string;
  /** Signatures the envelope carries (with a non-empty `sig`). */
  signatures: number;
  /** The reader's trust-policy key whose signature over the payload verified, not expired on the as-of date. */
  signer?: TrustedKey;
  /** Why the signature counts for nothing, when it does not. */
  unverified?: string;
  /** A fact's place inside the decoded payload, in words: `payload line 5, column 373`. */
  inPayload(where: Where): string;
}

/**
 * A signed history (DSSE, https://github.com/secure-systems-lab/dsse): `*.release-history.dsse.json`, one JSON
 * envelope whose payload is the history — as YAML, one JSON document, or JSON Lines, said by its payloadType.
 */
export const envelopeName = signedHistoryName;
export const historyPayloadTypes: Readonly<Record<string, 'document' | 'jsonl'>> = {
  'application/vnd.ringfence.release-history+yaml': 'document',
  'application/vnd.ringfence.release-history+json': 'document',
  'application/vnd.ringfence.release-history+jsonl': 'jsonl',
};
/** The largest envelope read: a payload of maxHistoryBytes in base64, and room for the signatures. */
export const maxEnvelopeBytes = Math.ceil(maxHistoryBytes / 3) * 4 + 64 * 1024;
/** Most signatures looked at in one envelope (each costs a verification per trust-policy key). */
const maxSignatures = 16;

export function readHistory(file: ArtifactFile, context: ArtifactContext = {}): { facts?: HistoryFacts; problems: Problem[] } {
  if (envelopeName.test(file.file)) return readEnvelope(file, context);
  return readPlain(file, /\.jsonl$/i.test(file.file));
}

function readPlain(file: ArtifactFile, jsonl: boolean): { facts?: HistoryFacts; problems: Problem[] } {
  const problems: Problem[] = [];
  if (file.bytes.length > maxHistoryBytes) {
    problems.push(artifactProblem(file.file, 'artifact-too-large', `the release history is ${file.bytes.length} bytes; at most ${maxHistoryBytes} are read`));
    return { problems };
  }
  if (file.bytes.subarray(0, 4096).includes(0)) {
    problems.push(artifactProblem(file.file, 'artifact-format', 'not a release history: the file holds NUL bytes (UTF-8 text is expected)', lineRange(1, 1, 1)));
    return { problems };
  }
  const text = file.bytes.toString('utf8');
  const doc = jsonl ? parseLines(file.file, text, problems) : parseDocument(file.file, text, problems);
  if (!doc) return { problems: cap(problems, file.file) };
  return { ...checked(file.file, doc, problems), problems: cap(problems, file.file) };
}

function cap(problems: Problem[], file: string): Problem[] {
  if (problems.length <= maxProblems) return problems;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return [...problems.slice(0, maxProblems), artifactProblem(file, 'artifact-limit', `and ${problems.length - maxProblems} more problems in this release history (at most ${maxProblems} are listed)`, undefined, errors > 0 ? 'error' : 'warning')];
}

type Doc = Pick<ParsedDocument, 'file' | 'documentIndex' | 'value' | 'locations' | 'pointers' | 'lines'> & { skipped: number };

function parseDocument(file: string, text: string, problems: Problem[]): Doc | undefined {
  const parsed = parseYamlText(text, file, historyLimits);
  for (const p of parsed.problems) problems.push({ ...p, code: p.severity === 'error' ? 'artifact-syntax' : p.code });
  if (parsed.problems.some((p) => p.severity === 'error')) return undefined;
  const first = parsed.documents[0];
  if (!first) {
    problems.push(artifactProblem(file, 'artifact-empty', 'the release history is empty'));
    return undefined;
  }
  if (parsed.documents.length > 1) problems.push(artifactProblem(file, 'artifact-format', `the file holds ${parsed.documents.length} YAML documents; only the first is read`, first.locations.get('')?.value, 'warning'));
  let skipped = 0;
  const root = first.value as Record<string, unknown> | null;
  if (root && typeof root === 'object' && Array.isArray(root['releases']) && root['releases'].length > maxReleases) {
    // The last releases are checked; the rest is left unread (and said so).
    const all = root['releases'] as unknown[];
    skipped = all.length - maxReleases;
    const kept = all.slice(skipped);
    const locations = first.locations;
    const shifted: SourceLocations = {
      get: (p) => {
        const t = pointerTokens(p);
        if (t[0] === 'releases' && t.length > 1 && /^\d+$/.test(t[1]!)) return locations.get(`/releases/${Number(t[1]) + skipped}${p.slice(`/releases/${t[1]}`.length)}`);
        return locations.get(p);
      },
    };
    return { ...first, value: { ...root, releases: kept }, locations: shifted, skipped };
  }
  return { ...first, skipped };
}

/**
 * JSON Lines: line 1 the header, each further non-blank line one release. A line that is not JSON is a problem
 * at its line and column, and only that release is lost.
 */
function parseLines(file: string, text: string, problems: Problem[]): Doc | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  let headerLine = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '') {
    headerLine = i;
    break;
  }
  if (headerLine < 0) {
    problems.push(artifactProblem(file, 'artifact-empty', 'the release history is empty'));
    return undefined;
  }
  const header = parseJsonText(lines[headerLine]!, file, 'artifact-syntax', true);
  if (header.problem) {
    problems.push(shiftProblem(header.problem, headerLine));
    return undefined;
  }
  if (header.value === null || typeof header.value !== 'object' || Array.isArray(header.value)) {
    problems.push(artifactProblem(file, 'artifact-format', 'the first line of a JSON Lines release history is the header: {"apiVersion": "ringfence.dev/v1", "kind": "ReleaseHistory", "metadata": {…}}', lineRange(headerLine + 1, 1, lines[headerLine]!.length)));
    return undefined;
  }
  const body: number[] = [];
  for (let i = headerLine + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') body.push(i);
  const skipped = Math.max(0, body.length - maxReleases);
  const releases: unknown[] = [];
  // Release index → its line and its own locations (found when asked for).
  const at: { line: number; locations: JsonLocations }[] = [];
  for (const i of body.slice(skipped)) {
    const r = parseJsonText(lines[i]!, file, 'artifact-syntax', true);
    if (r.problem) {
      problems.push({ ...shiftProblem(r.problem, i), message: `${r.problem.message} (this release is not read)` });
      continue;
    }
    releases.push(r.value);
    at.push({ line: i, locations: r.locations });
  }
  const headerLocations = new JsonLocations(lines[headerLine]!);
  const shift = (loc: NodeLocation | undefined, line: number): NodeLocation | undefined =>
    loc && { ...(loc.key ? { key: shiftRange(loc.key, line) } : {}), value: shiftRange(loc.value, line), scalar: loc.scalar };
  const locations: SourceLocations = {
    get(p) {
      const t = pointerTokens(p);
      if (t[0] === 'releases') {
        if (t.length === 1) return at[0] ? shift(at[0].locations.get(''), at[0].line) : shift(headerLocations.get(''), headerLine);
        const k = /^\d+$/.test(t[1]!) ? Number(t[1]) : -1;
        const one = at[k];
        if (!one) return undefined;
        return shift(one.locations.get(p.slice(`/releases/${t[1]}`.length)), one.line);
      }
      return shift(headerLocations.get(p), headerLine);
    },
  };
  const value = { ...(header.value as Record<string, unknown>), releases };
  if ('releases' in (header.value as Record<string, unknown>)) problems.push(artifactProblem(file, 'artifact-format', 'in JSON Lines the releases are the lines after the header; the header\'s own "releases" is not read', rangeFor(headerLocations, '/releases', 'key') && shiftRange(rangeFor(headerLocations, '/releases', 'key'), headerLine), 'warning'));
  return { file, documentIndex: 0, value, locations, pointers: new WeakMap(), lines, skipped };
}

function shiftRange(r: Range, line: number): Range {
  return { startLine: r.startLine + line, startColumn: r.startColumn, endLine: r.endLine + line, endColumn: r.endColumn };
}

function shiftProblem(p: Problem, line: number): Problem {
  return p.range ? { ...p, range: shiftRange(p.range, line) } : { ...p, range: lineRange(line + 1, 1, 1) };
}

/** Checks the document against the schema and turns it into facts; a release with a problem is left out. */
function checked(file: string, doc: Doc, problems: Problem[]): { facts?: HistoryFacts } {
  const schemaProblems = validateDocument(doc as ParsedDocument, 'release-history', 'artifact-schema');
  const badReleases = new Set<number>();
  let badHeader = false;
  for (const p of schemaProblems) {
    const t = pointerTokens(p.pointer ?? '');
    if (t[0] === 'releases' && t.length > 1) badReleases.add(Number(t[1]));
    else badHeader = true;
    const { documentIndex: _d, ...rest } = p;
    problems.push(t[0] === 'releases' && t.length > 1 ? { ...rest, message: `${rest.message} (release ${t[1]} is not read)` } : rest);
  }
  if (badHeader) return {};
  const root = doc.value as { metadata: { vendor: string; product: string }; releases?: unknown[] };
  const loc = (p: string, prefer: 'key' | 'value' = 'value') => rangeFor(doc.locations, p, prefer);
  const where = (p: string, prefer: 'key' | 'value' = 'value'): Where => (prefer === 'key' ? `${p}#key` : p);
  const releases: ReleaseFact[] = [];
  (root.releases ?? []).forEach((raw, i) => {
    if (badReleases.has(i)) return;
    const r = raw as { id: string; channel: string; emergency?: boolean; rings: Record<string, unknown>[] };
    const base = `/releases/${i}`;
    const rings: RingFact[] = [];
    let bad = false;
    const time = (value: unknown, p: string): number => {
      const ms = Date.parse(String(value));
      if (Number.isNaN(ms)) {
        problems.push(artifactProblem(file, 'artifact-schema', `${p} is ${JSON.stringify(value)}; expected an RFC 3339 date-time (release ${r.id} is not read)`, loc(p)));
        bad = true;
      }
      return ms;
    };
    r.rings.forEach((ring, k) => {
      const rp = `${base}/rings/${k}`;
      const g = (ring['gates'] as Record<string, unknown>[] | undefined) ?? [];
      const fact: RingFact = {
        name: ring['name'] as string,
        start: time(ring['start'], `${rp}/start`),
        gates: g.map((x, n) => {
          const at = time(x['at'], `${rp}/gates/${n}/at`);
          return {
            at,
            verdict: x['verdict'] as GateFact['verdict'],
            breachStart: x['breachStartedAt'] !== undefined ? time(x['breachStartedAt'], `${rp}/gates/${n}/breachStartedAt`) : at,
            ...(typeof x['signal'] === 'string' ? { signal: x['signal'] } : {}),
            pos: where(`${rp}/gates/${n}/verdict`),
          };
        }),
        pos: where(`${rp}/name`),
        startPos: where(`${rp}/start`),
      };
      if (ring['end'] !== undefined) {
        fact.end = time(ring['end'], `${rp}/end`);
        if (!bad && fact.end < fact.start) {
          problems.push(artifactProblem(file, 'artifact-schema', `${rp}/end is before its start (release ${r.id} is not read)`, loc(`${rp}/end`)));
          bad = true;
        }
      }
      if (typeof ring['hostsReached'] === 'number') {
        fact.hosts = ring['hostsReached'];
        fact.hostsPos = where(`${rp}/hostsReached`);
      }
      const halt = ring['halt'] as Record<string, unknown> | undefined;
      if (halt) fact.halt = { at: time(halt['at'], `${rp}/halt/at`), pos: where(`${rp}/halt`, 'key') };
      const rollback = ring['rollback'] as Record<string, unknown> | undefined;
      if (rollback) fact.rollback = { at: time(rollback['at'], `${rp}/rollback/at`), pos: where(`${rp}/rollback`, 'key') };
      rings.push(fact);
    });
    if (bad) return;
    releases.push({ id: r.id, channel: r.channel, emergency: r.emergency === true, rings, pos: where(`${base}/id`), channelPos: where(`${base}/channel`) });
  });
  if (doc.skipped > 0) problems.push(artifactProblem(file, 'artifact-limit', `the history holds ${doc.skipped + (root.releases?.length ?? 0)} releases; the last ${maxReleases} are checked, the first ${doc.skipped} are not read`, undefined, 'warning'));
  if (releases.length === 0 && !problems.some((p) => p.severity === 'error')) problems.push(artifactProblem(file, 'artifact-empty', 'the release history lists no release, so it says nothing about the rollouts', loc('/metadata', 'key'), 'warning'));
  const locations = doc.locations;
  const locate = (w: Where): Range => (w.endsWith('#key') ? rangeFor(locations, w.slice(0, -4), 'key') : rangeFor(locations, w));
  return { facts: { file, vendor: root.metadata.vendor, product: root.metadata.product, releases, skipped: doc.skipped, locate } };
}

/**
 * A history in a DSSE envelope. The envelope is read as untrusted JSON (bounded, no key twice — signer and reader
 * must not see different payloads); its payloadType must be a release history's; the payload must be base64 text
 * no longer than a plain history may be. Its signatures are checked against the reader's trust policy only
 * (src/attest/dsse.ts verifiedBy): a key the envelope names, or any key not in the policy, counts for nothing. The
 * payload is then read as a plain history; every position in it is reported at the envelope's payload, with the
 * line and column inside the decoded payload named in the message.
 */
function readEnvelope(file: ArtifactFile, context: ArtifactContext): { facts?: HistoryFacts; problems: Problem[] } {
  const fail = (message: string, range?: Range, code = 'artifact-format') => ({ problems: [artifactProblem(file.file, code, `${message}; the signed release history was not used`, range)] });
  if (file.bytes.length > maxEnvelopeBytes) return fail(`the envelope is ${file.bytes.length} bytes; at most ${maxEnvelopeBytes} are read (a payload of ${maxHistoryBytes} bytes in base64)`, undefined, 'artifact-too-large');
  const r = readJsonArtifact(file.file, file.bytes, 'signed release history (DSSE envelope)', { maxBytes: maxEnvelopeBytes, maxDepth: 8 });
  if (!r.json) return { problems: r.problems };
  const e = r.json.value;
  if (!isObject(e)) return fail(`a DSSE envelope is a JSON mapping of payloadType, payload and signatures, not ${typeOf(e)}`, r.json.at(''));
  const type = e['payloadType'];
  const format = typeof type === 'string' && Object.hasOwn(historyPayloadTypes, type) ? historyPayloadTypes[type]! : undefined;
  if (format === undefined) {
    const said = type === undefined ? 'the envelope has no payloadType' : `payloadType is ${JSON.stringify(type).slice(0, 120)}`;
    return fail(`${said}, not a release history's (${Object.keys(historyPayloadTypes).join(', ')})`, r.json.at(type === undefined ? '' : '/payloadType'));
  }
  const payload = e['payload'];
  const payloadAt = r.json.at('/payload');
  if (typeof payload !== 'string') return fail(payload === undefined ? 'the envelope has no payload' : `the payload is ${typeOf(payload)}, not base64 text`, payload === undefined ? r.json.at('') : payloadAt);
  if (!isBase64(payload)) return fail('the payload is not base64 text (altered or damaged)', payloadAt);
  const body = Buffer.from(payload, 'base64');
  if (body.length > maxHistoryBytes) return fail(`the payload is ${body.length} bytes; at most ${maxHistoryBytes} are read`, payloadAt, 'artifact-too-large');
  const rawSigs = e['signatures'];
  if (rawSigs !== undefined && !Array.isArray(rawSigs)) return fail(`signatures is ${typeOf(rawSigs)}, not a list`, r.json.at('/signatures'));
  const sigs = ((rawSigs ?? []) as unknown[]).filter((x) => isObject(x) && typeof x['sig'] === 'string' && x['sig'] !== '');
  const problems: Problem[] = [];
  const sigAt = rawSigs === undefined ? r.json.at('') : r.json.at('/signatures');
  let signer: TrustedKey | undefined;
  let unverified: string | undefined;
  if (sigs.length === 0) unverified = 'the envelope carries no signature';
  else if (sigs.length > maxSignatures) unverified = `the envelope carries ${sigs.length} signatures; at most ${maxSignatures} are checked, so none is`;
  else if (!context.policy) unverified = 'no trust policy (--trust-policy) to verify its signature with';
  else {
    const key = verifiedBy(type as string, body, sigs, context.policy.keys);
    if (!key) {
      const ids = sigs.map((x) => (typeof (x as Record<string, unknown>)['keyid'] === 'string' ? String((x as Record<string, unknown>)['keyid']).slice(0, 16) || '(none)' : '(none)'));
      unverified = `no key of the trust policy ${context.policy.file} verifies its signature (key id ${ids.join(', ')})`;
    } else if (key.expires && context.asOf && context.asOf > key.expires) unverified = `signed by "${key.name}", which the trust policy trusts until ${key.expires}`;
    else signer = key;
  }
  if (unverified) problems.push(artifactProblem(file.file, 'artifact-unsigned', `${unverified}: the history is read as an unsigned file (its support counts only if the manifest pins it or the reader names it with --artifact)`, sigAt, 'warning'));
  const inner = readPlain({ ...file, bytes: body }, format === 'jsonl');
  const words = (range: Range) => `payload line ${range.startLine}, column ${range.startColumn}`;
  for (const p of inner.problems) problems.push(p.range ? { ...p, range: payloadAt, message: `${p.message} (${words(p.range)})` } : p);
  if (!inner.facts) return { problems };
  const locate = inner.facts.locate;
  return {
    facts: {
      ...inner.facts,
      locate: () => payloadAt,
      envelope: { payloadType: type as string, signatures: sigs.length, ...(signer ? { signer } : {}), ...(unverified ? { unverified } : {}), inPayload: (w) => words(locate(w)) },
    },
    problems,
  };
}
