import { pointerTokens } from '../load/pointer.js';
import { detach } from '../util/detach.js';
import type { InputDocument } from '../load/read-inputs.js';
import { locate } from '../load/locate.js';
import { rangeFor } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { placeholderDigest, placeholderName, unusableUrl } from './checks.js';
import type { EvidenceFiles } from './files.js';
import { assuranceLevels, assuranceRank, declaredAssuranceLevel, type Assurance, type AssuranceLevel } from './levels.js';
import type { TargetedObservation } from '../artifacts/types.js';
import type { Vouch } from './vouches.js';

export { assuranceLevels, assuranceRank, assuranceWords, declaredAssuranceLevel, type Assurance, type AssuranceLevel } from './levels.js';
export { readEvidenceDir, type EvidenceFiles } from './files.js';

/**
 * The evidence stage (DESIGN §9): between evaluation and scoring, each control's claims get the backing
 * ringfence could check. The engine knows no evidence format; it calls, per document,
 * `collectEvidence` (read and check the manifest's `evidence` entries against the files given) and then
 * `backClaims` (the level of the claims each control read, the document's level, and what nothing backs).
 *
 * How an entry covers a claim: an entry's `claim` pointer covers the value it points at and everything under it
 * (`/updateChannels/0/rollout` covers `/updateChannels/0/rollout/rings/0/populationPct`, not
 * `/updateChannels/0/kind`). An entry on the whole document (`""` or `/`) covers nothing: one link for every claim
 * says nothing about any of them. A claim is what a rule read: the location of each of its `evidence` paths, or
 * the instance itself (the channel, the component) when the rule names none. A control's level is the weakest of
 * its claims; a control that did not apply has none; a document's level is the weakest of its applicable
 * grade-capping (critical) controls.
 */

/** One entry of a manifest's `evidence` list, as ringfence judged it. */
export interface EvidenceEntry {
  /** Index in the `evidence` list; its pointer is `/evidence/<index>`. */
  index: number;
  claim: string;
  url?: string;
  sha256?: string;
  /**
   * What the entry lifts its claims to: `verified` (a file given with --evidence has its digest), `linked` (an
   * https URL on a public host and a real digest), or `declared` (it backs nothing ringfence could check: a
   * dangling claim, a placeholder digest, a URL no reader can fetch).
   */
  level: AssuranceLevel;
  /** The evidence file that matched its digest (relative to the --evidence folder). */
  file?: string;
}

export interface DocumentEvidence {
  entries: EvidenceEntry[];
  problems: Problem[];
  /** The manifest's own `metadata.assurance`, when it is one of the schema's words. */
  declared?: { word: string; level: AssuranceLevel };
  /** Whether --evidence was given (missing files are reported only then). */
  filesGiven: boolean;
  /** The trusted signed statements about this document (see EvidenceFiles.vouches). */
  vouches: Vouch[];
  /** What artifacts show about this document's claims (see EvidenceFiles.observations). */
  observations: TargetedObservation[];
}

/** A control's claims as evaluation found them. */
export interface ControlClaims {
  id: string;
  capsGrade: boolean;
  /** One list per judged instance (pass, fail, missing evidence); not-applicable instances are left out. */
  instances: { outcome: string; claims: readonly string[] }[];
}

export interface ControlBacking {
  /** null when no instance was judged (the control did not apply); contradicted when a trusted statement disagrees with one of its claims. */
  assurance: Assurance | null;
  /** The entries that cover at least one of its claims, with the level each gives. */
  evidence: EvidenceEntry[];
  /** The trusted signed statements that cover (or contradict) one of its claims. */
  statements: Vouch[];
  /** The artifacts' observations that support (or contradict) one of its claims. */
  observations: TargetedObservation[];
}

/** A trusted statement, or an artifact, that found one of a control's claims false: that instance does not pass. */
export interface Contradiction {
  control: string;
  /** Index into the control's instances as given to backClaims. */
  instance: number;
  claim: string;
  by: { vouch: Vouch } | { observation: TargetedObservation };
}

export interface DocumentBacking {
  controls: Map<string, ControlBacking>;
  /** The level the document's applicable critical controls reach (declared when none applies). */
  assurance: Assurance;
  contradictions: Contradiction[];
  /** Critical controls backed by nothing (declared only). */
  unbackedCritical: string[];
  problems: Problem[];
}

/** Reads and checks a document's evidence entries (pointers, digests, URLs) and matches them to the given files. */
export function collectEvidence(doc: InputDocument, given: EvidenceFiles | undefined): DocumentEvidence {
  const observations = (given?.observations ?? []).filter((o) => o.target.file === doc.file && o.target.documentIndex === doc.documentIndex);
  // Artifacts named on the command line without an evidence folder: the entries are not matched against files.
  const files = given?.noFiles ? undefined : given;
  const problems: Problem[] = [];
  const at = (pointer: string, severity: Problem['severity'], code: string, message: string): void => {
    // The pointer's own file: a document imported from foreign files takes values from several (src/load/locate.ts).
    // A report keeps its problems to the end of the batch: a message that holds a slice of the document (a URL, a
    // claim) would keep the whole file's text with it (bench: 17 KB per document, 1.6 GB at 100,000 streamed).
    const where = locate(doc, pointer);
    problems.push({ severity, code, message: detach(message), file: where.file, documentIndex: doc.documentIndex, pointer, range: where.range });
  };
  const root = doc.value as Record<string, unknown> | null;
  const meta = own(root, 'metadata') as Record<string, unknown> | undefined;
  for (const key of ['vendor', 'product'] as const) {
    const v = own(meta, key);
    if (typeof v === 'string' && placeholderName(v)) at(`/metadata/${key}`, 'warning', 'placeholder', `metadata.${key} "${v.slice(0, 80)}" is a template's placeholder, not a ${key} name`);
  }
  const word = own(meta, 'assurance');
  const declared = typeof word === 'string' && Object.hasOwn(declaredAssuranceLevel, word) ? { word, level: declaredAssuranceLevel[word]! } : undefined;
  const byDigest = new Map<string, string>();
  const byName = new Map<string, { name: string; sha256: string }>();
  for (const f of files?.files ?? []) {
    if (!byDigest.has(f.sha256)) byDigest.set(f.sha256, f.name);
    const base = f.name.slice(f.name.lastIndexOf('/') + 1);
    if (!byName.has(base)) byName.set(base, f);
  }
  const entries: EvidenceEntry[] = [];
  const list = own(root, 'evidence');
  if (Array.isArray(list)) {
    list.forEach((raw, index) => {
      const p = `/evidence/${index}`;
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
      const claim = own(raw, 'claim');
      const url = own(raw, 'url');
      const sha = own(raw, 'sha256');
      if (typeof claim !== 'string') return;
      const entry: EvidenceEntry = { index, claim, ...(typeof url === 'string' ? { url } : {}), ...(typeof sha === 'string' ? { sha256: sha } : {}), level: 'declared' };
      entries.push(entry);
      let sound = true;
      if (claim === '' || claim === '/') {
        at(`${p}/claim`, 'warning', 'evidence-claim', `evidence claim "${claim}" names the whole document: an entry backs one part of it (e.g. /updateChannels/0/rollout), so this one backs nothing`);
        sound = false;
      } else if (!resolves(doc.value, claim)) {
        at(`${p}/claim`, 'warning', 'evidence-claim', `evidence claim ${JSON.stringify(claim.slice(0, 200))} points at nothing in this document, so it backs nothing`);
        sound = false;
      }
      if (typeof sha !== 'string') {
        at(p, 'warning', 'evidence-digest', 'evidence entry has no sha256: the document behind the link can change without anyone noticing, so it backs nothing');
        sound = false;
      } else {
        const why = placeholderDigest(sha);
        if (why) {
          at(`${p}/sha256`, 'warning', 'evidence-digest', `evidence sha256 is ${why}`);
          sound = false;
        }
      }
      let urlUsable = false;
      // An entry naming a file of the manifest's own repository (path) is read with --sources; it needs no url.
      if (typeof url !== 'string') {
        if (typeof own(raw, 'path') !== 'string') at(p, 'warning', 'evidence-url', 'evidence entry has no url: a reader cannot fetch it');
      }
      else {
        const why = unusableUrl(url);
        if (why) at(`${p}/url`, why.severity, 'evidence-url', why.message);
        else urlUsable = true;
      }
      if (!sound) return;
      if (urlUsable) entry.level = 'linked';
      if (files) {
        const file = byDigest.get(sha as string);
        if (file !== undefined) {
          entry.level = 'verified';
          entry.file = file;
          return;
        }
        const base = typeof url === 'string' ? lastSegment(url) : undefined;
        const named = base ? byName.get(base) : undefined;
        if (named) at(`${p}/sha256`, 'error', 'evidence-mismatch', `evidence file ${files.dir}/${named.name} has SHA-256 ${named.sha256}, not the ${sha} this entry pins: the file was changed, or the entry is wrong`);
        else at(`${p}/sha256`, 'warning', 'evidence-missing', `no file in ${files.dir} has the SHA-256 this entry pins, so the claim is not verified`);
      }
    });
  }
  const vouches = (files?.vouches ?? []).filter((v) => v.target.file === doc.file && v.target.documentIndex === doc.documentIndex);
  return { entries, problems, ...(declared ? { declared } : {}), filesGiven: files !== undefined, vouches, observations };
}

/** The level of each control's claims, the document's level, and what backs nothing. */
export function backClaims(doc: InputDocument, evidence: DocumentEvidence, controls: readonly ControlClaims[]): DocumentBacking {
  const problems: Problem[] = [];
  const out = new Map<string, ControlBacking>();
  const used = new Set<number>();
  // Indexed, so that a manifest with thousands of entries and instances costs each claim its depth, not the list.
  const index = new EntryIndex(evidence.entries);
  const levelOf = (claim: string, covering: readonly number[] = index.covering(claim)): AssuranceLevel => {
    let best: AssuranceLevel = 'declared';
    for (const k of covering) {
      const l = evidence.entries[k]!.level;
      if (assuranceRank(l) > assuranceRank(best)) best = l;
    }
    // A trusted signed statement that the claim (or a value above it) was checked: verified, or independently
    // verified when the key is a party's other than the vendor (src/evidence/vouches.ts decides which).
    for (const v of evidence.vouches) {
      if (v.result !== 'verified' || !within(claim, v.pointer)) continue;
      const l: AssuranceLevel = v.independent ? 'independently_verified' : 'verified';
      if (assuranceRank(l) > assuranceRank(best)) best = l;
    }
    // An artifact of the vendor's own (src/artifacts) that shows the claimed value: observed — when something ties
    // the file to the manifest or to the reader (its basis); an unpinned file of the bundle lifts nothing.
    if (assuranceRank('observed') > assuranceRank(best) && evidence.observations.some((o) => o.result === 'observed' && o.basis !== 'unpinned' && within(claim, o.claim))) best = 'observed';
    return best;
  };
  // A statement or an artifact that found a value false contradicts every claim it lies in or above.
  const contradicting = (claim: string): Contradiction['by'] | undefined => {
    const vouch = evidence.vouches.find((v) => v.result === 'contradicted' && (within(claim, v.pointer) || within(v.pointer, claim)));
    if (vouch) return { vouch };
    // The most specific artifact contradiction names the instance's finding (a module's missing signature rather
    // than the list it is in); the others are still listed with the control.
    let observation: TargetedObservation | undefined;
    for (const o of evidence.observations) {
      if (o.result !== 'contradicted' || !(within(claim, o.claim) || within(o.claim, claim))) continue;
      if (!observation || o.claim.length > observation.claim.length) observation = o;
    }
    return observation ? { observation } : undefined;
  };
  // Controls share claims (several read the same channel or component): each claim's level and the entries that
  // cover it or lie under it are worked out once per document.
  const perClaim = new Map<string, { level: AssuranceLevel; entries: readonly number[] }>();
  const claimBacking = (claim: string): { level: AssuranceLevel; entries: readonly number[] } => {
    let known = perClaim.get(claim);
    if (known === undefined) {
      const covering = index.covering(claim);
      const entries: number[] = [...covering];
      if (claim !== '') for (const k of index.under(claim)) entries.push(k);
      known = { level: levelOf(claim, covering), entries };
      perClaim.set(claim, known);
    }
    return known;
  };
  const usedVouches = new Set<Vouch>();
  const usedObservations = new Set<TargetedObservation>();
  const contradictions: Contradiction[] = [];
  let documentLevel: Assurance | undefined;
  const unbackedCritical: string[] = [];
  for (const c of controls) {
    const judged = c.instances.filter((i) => i.outcome !== 'not_applicable');
    if (judged.length === 0) {
      out.set(c.id, { assurance: null, evidence: [], statements: [], observations: [] });
      continue;
    }
    let level: Assurance = assuranceLevels[assuranceLevels.length - 1]!;
    const related = new Set<number>();
    const statements = new Set<Vouch>();
    const observed = new Set<TargetedObservation>();
    c.instances.forEach((i, n) => {
      if (i.outcome === 'not_applicable') return;
      // An instance with nothing declared has no claim to back.
      if ((i.outcome === 'missing_evidence' || i.claims.length === 0) && level !== 'contradicted') level = 'declared';
      for (const claim of i.claims) {
        const against = contradicting(claim);
        if (against) {
          level = 'contradicted';
          if ('vouch' in against) statements.add(against.vouch);
          else observed.add(against.observation);
          // An artifact that contradicts a whole list (a kernel driver the component list leaves out) fails each
          // control reading the list once, not once per entry: the finding is the list's, not every component's.
          const broad = 'observation' in against && against.observation.claim !== claim && within(claim, against.observation.claim);
          const said = broad && contradictions.some((x) => x.control === c.id && 'observation' in x.by && x.by.observation === (against as { observation: TargetedObservation }).observation);
          if (!said && !contradictions.some((x) => x.control === c.id && x.instance === n)) contradictions.push({ control: c.id, instance: n, claim, by: against });
        }
        const known = claimBacking(claim);
        if (assuranceRank(known.level) < assuranceRank(level)) level = known.level;
        for (const k of known.entries) related.add(k);
        for (const v of evidence.vouches) if (v.result === 'verified' && within(claim, v.pointer)) statements.add(v);
        for (const o of evidence.observations) if (within(claim, o.claim) || within(o.claim, claim)) observed.add(o);
      }
    });
    for (const k of related) used.add(k);
    for (const v of statements) usedVouches.add(v);
    for (const o of observed) usedObservations.add(o);
    out.set(c.id, { assurance: level, evidence: [...related].sort((a, b) => a - b).map((k) => evidence.entries[k]!), statements: [...statements], observations: [...observed] });
    if (c.capsGrade) {
      documentLevel = documentLevel === undefined || assuranceRank(level) < assuranceRank(documentLevel) ? level : documentLevel;
      if (level === 'declared') unbackedCritical.push(c.id);
    }
  }
  evidence.entries.forEach((e, k) => {
    if (used.has(k) || !resolves(doc.value, e.claim) || e.claim === '' || e.claim === '/') return;
    const p = `/evidence/${e.index}/claim`;
    problems.push({
      severity: 'warning',
      code: 'evidence-unused',
      file: doc.file,
      documentIndex: doc.documentIndex,
      pointer: p,
      range: rangeFor(doc.locations, p),
      message: `evidence for ${JSON.stringify(e.claim.slice(0, 200))} backs nothing the standard checks (no control reads that claim)`,
    });
  });
  for (const v of evidence.vouches) {
    if (v.result !== 'contradicted' || usedVouches.has(v)) continue;
    problems.push({
      severity: 'warning',
      code: 'vouch-contradicted',
      file: doc.file,
      documentIndex: doc.documentIndex,
      pointer: v.pointer,
      range: rangeFor(doc.locations, v.pointer),
      message: `${statementWords(v)} found ${v.pointer} false${v.found !== undefined ? ` (found: ${v.found.slice(0, 200)})` : ''}; no control of the standard reads that claim`,
    });
  }
  // A contradiction no control reads is still said: the vendor's own artifact disagrees with its manifest.
  for (const o of evidence.observations) {
    if (o.result !== 'contradicted' || usedObservations.has(o)) continue;
    problems.push({
      severity: 'warning',
      code: 'artifact-contradicted',
      file: doc.file,
      documentIndex: doc.documentIndex,
      pointer: o.claim,
      range: rangeFor(doc.locations, o.claim),
      message: `${observationWords(o)} contradicts ${o.claim}: ${o.observed}; no control of the standard reads that claim`,
    });
  }
  return { controls: out, assurance: documentLevel ?? 'declared', contradictions, unbackedCritical, problems };
}

/** Who said what, for messages: the statement's file in the evidence and the key that signed it. */
export function statementWords(v: Vouch): string {
  return `the statement ${v.source} signed by "${v.key.name}" (${v.key.party}, ${v.key.role === 'vendor' ? "the vendor's key" : v.key.role}${v.independent ? '' : ', not independent'})`;
}

/** Which artifact, and where in it, for messages: `the Windows driver package (INF) evidence/aegis.inf:14:14`. */
export function observationWords(o: TargetedObservation): string {
  const r = o.artifact.at.region;
  return `the ${o.artifact.title} ${o.artifact.at.file}:${r.startLine}:${r.startColumn}`;
}

/** The entries of a document by claim: those covering a pointer (at it or above it), and those under it. */
class EntryIndex {
  private readonly byClaim = new Map<string, number[]>();
  private readonly sorted: { claim: string; k: number }[];

  constructor(entries: readonly EvidenceEntry[]) {
    entries.forEach((e, k) => {
      const list = this.byClaim.get(e.claim);
      if (list) list.push(k);
      else this.byClaim.set(e.claim, [k]);
    });
    this.sorted = entries.map((e, k) => ({ claim: e.claim, k })).sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : a.k - b.k));
  }

  /** Entries whose claim is `pointer` or one of its ancestors (never the whole document: it covers nothing). */
  covering(pointer: string): readonly number[] {
    if (this.byClaim.size === 0) return none;
    // A few entries (the usual manifest) are compared with the pointer one by one: no ancestor is cut out of it and
    // hashed for the lookup. For a JSON Pointer the two ways find the same entries (callers do not rely on the order).
    if (this.sorted.length <= 8 && pointer.startsWith('/')) {
      let few: number[] | undefined;
      for (const e of this.sorted) if (e.claim !== '' && within(pointer, e.claim)) (few ??= []).push(e.k);
      return few ?? none;
    }
    let out: number[] | undefined;
    let p = pointer;
    while (p !== '') {
      const list = this.byClaim.get(p);
      if (list !== undefined) {
        out ??= [];
        for (const k of list) out.push(k);
      }
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return out ?? none;
  }

  /** Entries whose claim lies strictly under `pointer`. */
  under(pointer: string): readonly number[] {
    if (this.sorted.length === 0) return none;
    const from = `${pointer}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.claim < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.claim.startsWith(from); i++) out.push(this.sorted[i]!.k);
    return out;
  }
}

const none: readonly number[] = Object.freeze([]);

/** Whether `pointer` is `base` or lies under it. */
export function within(pointer: string, base: string): boolean {
  return pointer.startsWith(base) && (pointer.length === base.length || pointer.charCodeAt(base.length) === 0x2f /* / */);
}

/** Whether a JSON Pointer names a value in `value` (own properties only; array indices in range). */
export function resolves(value: unknown, pointer: string): boolean {
  if (pointer !== '' && !pointer.startsWith('/')) return false;
  let v = value;
  for (const t of pointerTokens(pointer)) {
    if (Array.isArray(v)) {
      if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= v.length) return false;
      v = v[Number(t)];
    } else if (v !== null && typeof v === 'object' && Object.hasOwn(v, t)) v = (v as Record<string, unknown>)[t];
    else return false;
  }
  return true;
}

function own(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function lastSegment(url: string): string | undefined {
  try {
    const seg = new URL(url).pathname.split('/').pop();
    return seg ? decodeURIComponent(seg) : undefined;
  } catch {
    return undefined;
  }
}
