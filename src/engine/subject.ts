import type { InputDocument } from '../load/read-inputs.js';
import { schemaNameOfKind, validateDocument } from '../load/validate.js';
import { locate } from '../load/locate.js';
import type { Problem } from '../model/problem.js';
import type { Finding, RelatedLocation, Subject, SubjectControl } from '../model/report.js';
import { scoreSubject } from '../score/score.js';
import type { Control, Standard } from '../standard/standard.js';
import { evaluateRule, maxDeclared, maxRelated, type EvaluationOptions, type Instance, type RelatedPosition, type RuleInput } from './evaluate.js';
import { fingerprint } from './fingerprint.js';
import { deploymentTimeline } from './timeline.js';
import { assuranceRank, assuranceWords, backClaims, type ControlBacking, collectEvidence, observationWords, statementWords, type AssuranceLevel, type EvidenceFiles } from '../evidence/index.js';
import { didYouMean } from '../util/did-you-mean.js';

/** One document: validate against its schema, evaluate every control, score. Pure. */
export function evaluateSubject(
  standard: Standard,
  doc: InputDocument,
  vendor: InputDocument | undefined,
  asOfMs: number,
  budget: number,
  evidenceFiles?: EvidenceFiles,
  /** For a deployment config paired with no vendor manifest: why, when the batch suggests it (pairingNote). */
  pairing?: string,
  /** Record the declared values each passing control passed on (CheckOptions.declaredValues). */
  declaredValues = false,
): { subject: Subject; problems: Problem[] } {
  const { controls, scoring } = perStandard(standard);
  const schemaProblems = validateDocument(doc, schemaNameOfKind[doc.kind]!);
  // Listed up to the cap (one per list entry can run to tens of thousands); the rest are summed up in one more.
  const problems: Problem[] = schemaProblems.slice(0, maxFindingsPerControl);
  if (schemaProblems.length > maxFindingsPerControl) {
    const next = schemaProblems[maxFindingsPerControl]!;
    problems.push({ ...next, message: `and ${schemaProblems.length - maxFindingsPerControl} more schema errors in this document (at most ${maxFindingsPerControl} are listed)` });
  }
  const meta = (getObject(doc.value, 'metadata') ?? {}) as Record<string, unknown>;
  // Controls that read `backing` judge what the others are backed by: they are evaluated once those are backed.
  const input = documentInput(doc, vendor, meta, pairing);
  const options: EvaluationOptions = { asOf: asOfMs, budget, trace: declaredValues };
  const evaluated = controls.map((control) => ({ control, instances: control.rule?.usesBacking ? [] : evaluateControl(control, doc, input, options) }));
  // Controls whose rule concerns the other kind of document are not part of this subject's score.
  const relevant = evaluated.filter((e) => e.control.rule === undefined || e.control.rule.appliesTo === doc.kind);
  // The evidence stage (src/evidence): the manifest's evidence entries checked and matched to the given files,
  // then each control's claims backed. Never read from the manifest's own metadata.assurance.
  const collected = collectEvidence(doc, evidenceFiles);
  const backable = relevant.filter((e) => !e.control.rule?.usesBacking && !e.control.rule?.judgesDocument);
  const backed = backClaims(
    doc,
    collected,
    backable.map((e) => ({ id: e.control.id, capsGrade: e.control.capsGrade, instances: e.instances.map((i) => ({ outcome: i.outcome, claims: i.claims ?? [] })) })),
  );
  // A claim a trusted statement found false does not pass, whatever the manifest declares: the instance fails,
  // naming the statement (its control's severity then decides the gate, like any failure).
  // An artifact's contradiction names the artifact and its position, and points there too (a related location).
  for (const c of backed.contradictions) {
    const instance = backable.find((e) => e.control.id === c.control)?.instances[c.instance];
    if (!instance || instance.outcome === 'error') continue;
    let said: string;
    if ('vouch' in c.by) {
      const v = c.by.vouch;
      said = `contradicted: ${statementWords(v)} found ${v.pointer} false${v.found !== undefined ? ` (found: ${v.found.slice(0, 200)})` : ''}`;
    } else {
      const o = c.by.observation;
      said = `contradicted by ${observationWords(o)}: ${o.observed}`;
      const related = { pointer: '', message: `what the ${o.artifact.title} shows, against ${o.claim}`, at: o.artifact.at };
      if (!(instance.related ?? []).some((r) => r.at?.file === o.artifact.at.file && r.at.region.startLine === o.artifact.at.region.startLine)) instance.related = [...(instance.related ?? []), related].slice(0, maxRelated);
    }
    if (instance.outcome === 'fail') instance.message = `${instance.message ?? 'fails'}; and ${said}`;
    else {
      instance.outcome = 'fail';
      instance.pointer = 'vouch' in c.by ? c.claim : c.by.observation.claim;
      instance.message = `${instance.pointer} is ${said}`;
    }
  }
  // Contradicted ranks below declared; to a rule reading `backing` it is no backing at all.
  const backing = { document: backed.assurance, rank: Math.max(0, assuranceRank(backed.assurance)), unbacked: backed.unbackedCritical };
  for (const e of relevant) if (e.control.rule?.usesBacking) e.instances = evaluateControl(e.control, doc, input, options, backing);
  // Listed up to the cap, like schema errors: a manifest can hold tens of thousands of evidence entries.
  const evidenceProblems = [...collected.problems, ...backed.problems];
  problems.push(...evidenceProblems.slice(0, maxFindingsPerControl));
  if (evidenceProblems.length > maxFindingsPerControl) {
    const next = evidenceProblems[maxFindingsPerControl]!;
    problems.push({ ...next, message: `and ${evidenceProblems.length - maxFindingsPerControl} more evidence problems in this document (at most ${maxFindingsPerControl} are listed)` });
  }
  const result = scoreSubject(
    relevant.map((e) => ({
      id: e.control.id,
      areaId: e.control.areaId,
      severity: e.control.severity,
      weight: e.control.weight,
      level: e.control.level,
      capsGrade: e.control.capsGrade,
      outcomes: e.instances.map((i) => i.outcome),
    })),
    scoring,
  );
  // A rule that throws or overruns its budget is disabled for this document, and the run says so.
  for (const e of evaluated) {
    if (!e.control.rule) continue;
    const errored = e.instances.find((i) => i.outcome === 'error');
    if (!errored) continue;
    problems.push({
      severity: 'error',
      code: 'rule-runtime',
      file: locate(doc, errored.pointer).file,
      documentIndex: doc.documentIndex,
      pointer: errored.pointer,
      range: locate(doc, errored.pointer).range,
      control: e.control.id,
      rule: e.control.ruleName,
      message: `${e.control.id} (rule ${e.control.ruleName}, ${e.control.rule.file}) could not be evaluated on this document and counts as not passing: ${errored.message ?? 'error'}`,
    });
  }
  const controlAssurance = (id: string) => backed.controls.get(id)?.assurance ?? null;
  const backedControls = relevant.filter((e) => controlAssurance(e.control.id) !== null);
  const coverage = (least: AssuranceLevel) =>
    backedControls.length ? Math.round((10_000 * backedControls.filter((e) => assuranceRank(controlAssurance(e.control.id)!) >= assuranceRank(least)).length) / backedControls.length) / 10_000 : null;
  // A document that does not match its schema is not graded: its controls are still evaluated and listed, but a
  // score and grade computed from fields the schema refuses would be a grade nobody can defend.
  const graded = schemaProblems.length === 0;
  // The standard's assurance policy: a vendor manifest whose critical controls are backed below it reaches no level.
  const minimum = standard.grading.minimumAssurance;
  const short = graded && doc.kind === 'VendorManifest' && minimum !== undefined && assuranceRank(backed.assurance) < assuranceRank(minimum);
  // … and, with grading.unbackedCap, no grade above the cap: the bands above it need the backing.
  const bandRank = (g: string) => standard.grading.bands.findIndex((b) => b.grade === g);
  const cap = standard.grading.unbackedCap;
  const gradeLimitedBy =
    short && cap !== undefined && bandRank(result.grade) >= 0 && bandRank(result.grade) < bandRank(cap)
      ? `grade ${result.grade} needs the critical controls backed at least as ${assuranceWords(minimum!)} (${standard.id} ${standard.version} grading.unbackedCap); they are backed only as ${assuranceWords(backed.assurance)}, so the grade is held at ${cap}`
      : undefined;
  const levelLimitedBy =
    short && result.level >= 1
      ? `level ${result.level} needs the critical controls backed at least as ${assuranceWords(minimum)} (${standard.id} ${standard.version} grading.minimumAssurance); they are backed only as ${assuranceWords(backed.assurance)}${backed.unbackedCritical.length ? ` (backed by nothing: ${backed.unbackedCritical.slice(0, 20).join(', ')}${backed.unbackedCritical.length > 20 ? ', …' : ''})` : ''}`
      : undefined;
  const subject: Subject = {
    id: `${doc.file}#${doc.documentIndex}`,
    file: doc.file,
    documentIndex: doc.documentIndex,
    kind: doc.kind,
    name: subjectName(doc.kind, meta),
    score: graded ? result.score : null,
    grade: graded ? (gradeLimitedBy !== undefined ? cap! : result.grade) : notGraded,
    uncappedGrade: graded ? result.uncappedGrade : notGraded,
    cappedBy: graded ? result.cappedBy : [],
    criticalFailures: result.criticalFailures,
    level: graded && levelLimitedBy === undefined ? result.level : 0,
    ...(levelLimitedBy !== undefined ? { levelLimitedBy } : {}),
    ...(gradeLimitedBy !== undefined ? { gradeLimitedBy } : {}),
    evidenceCoverage: result.evidenceCoverage,
    assurance: backed.assurance,
    ...(typeof meta['assurance'] === 'string' ? { declaredAssurance: clip(meta['assurance'], 120) } : {}),
    linkedCoverage: coverage('linked'),
    verifiedCoverage: coverage('verified'),
    areas: result.areas.filter((a) => a.applicableWeight > 0 || relevant.some((e) => e.control.areaId === a.id)),
    controls: result.controls.map((score, i) => {
      const e = relevant[i]!;
      const bc = backed.controls.get(e.control.id);
      const evidence = bc?.evidence ?? noEvidence;
      // Past the cap a finding is made without its excerpt: it is kept only until the subject is finished.
      const findings: Finding[] = [];
      for (const x of e.instances) if (x.outcome === 'fail' || x.outcome === 'missing_evidence' || x.outcome === 'error') findings.push(toFinding(x, doc, vendor, e.control.id, findings.length < maxFindingsPerControl));
      // Assigned in the order the properties are written in (the order of every output), without spreading a
      // fresh object for each optional part: the same shape per control, and no copy.
      const out = { ...score, findings, linkedEvidence: linkedClaims(evidence) } as SubjectControl;
      if (score.status === 'pass') {
        const d = declaredOf(e.instances);
        if (d.declared !== undefined) out.declared = d.declared;
        if (d.declaredOmitted !== undefined) out.declaredOmitted = d.declaredOmitted;
      }
      out.assurance = bc?.assurance ?? null;
      if (evidence.length > maxFindingsPerControl) out.evidenceOmitted = evidence.length - maxFindingsPerControl;
      out.evidence = (evidence.length > maxFindingsPerControl ? evidence.slice(0, maxFindingsPerControl) : evidence).map((x) => ({
        claim: x.claim,
        ...(x.url !== undefined ? { url: x.url } : {}),
        ...(x.sha256 !== undefined ? { sha256: x.sha256 } : {}),
        level: x.level,
        ...(x.file !== undefined ? { file: x.file } : {}),
      }));
      if (bc !== undefined && bc.observations.length > 0) {
        out.observations = bc.observations.slice(0, maxFindingsPerControl).map((o) => ({
          claim: o.claim,
          result: o.result,
          observed: o.observed,
          artifact: { kind: o.artifact.kind, title: o.artifact.title, file: o.artifact.at.file, line: o.artifact.at.region.startLine, column: o.artifact.at.region.startColumn },
          basis: o.basis,
          ...(o.signer !== undefined ? { signer: o.signer } : {}),
        }));
      }
      if (bc !== undefined && bc.statements.length > 0) {
        out.statements = bc.statements.slice(0, maxFindingsPerControl).map((v) => ({
          claim: v.pointer,
          result: v.result,
          level: v.result === 'contradicted' ? ('contradicted' as const) : v.independent ? ('independently_verified' as const) : ('verified' as const),
          file: v.source,
          signedBy: { name: v.key.name, party: v.key.party, role: v.key.role, keyid: v.key.keyid },
          verifier: v.verifier,
          checkedOn: v.checkedOn,
          ...(v.found !== undefined ? { found: v.found } : {}),
        }));
      }
      return out;
    }),
    schemaErrors: schemaProblems.length,
    // A config the schema refuses has no timeline: it would rest on fields the schema does not accept.
    ...(doc.kind === 'DeploymentConfig' && graded ? { timeline: deploymentTimeline(doc.value, asOfMs) } : {}),
  };
  const rollouts = (evidenceFiles?.rollouts ?? []).filter((r) => r.target.file === doc.file && r.target.documentIndex === doc.documentIndex).flatMap((r) => r.rollouts);
  if (rollouts.length) subject.observedRollouts = rollouts;
  return { subject, problems };
}

const noEvidence: readonly ControlBacking['evidence'][number][] = Object.freeze([]);

/** A control's claims backed above `declared`, each once, sorted, up to the cap. */
function linkedClaims(evidence: readonly { claim: string; level: string }[]): string[] {
  if (evidence.length === 0) return [];
  return [...new Set(evidence.filter((x) => x.level !== 'declared').map((x) => x.claim))].sort().slice(0, maxFindingsPerControl);
}

/** What evaluateSubject reads of a standard for every document, worked out once per standard. */
const standardParts = new WeakMap<Standard, { controls: Control[]; scoring: Parameters<typeof scoreSubject>[1] }>();
function perStandard(standard: Standard): { controls: Control[]; scoring: Parameters<typeof scoreSubject>[1] } {
  let parts = standardParts.get(standard);
  if (!parts) {
    parts = {
      controls: standard.areas.flatMap((a) => a.controls),
      scoring: {
        areas: standard.areas.map((a) => ({ id: a.id, weight: a.weight })),
        bands: standard.grading.bands,
        criticalCap: standard.grading.criticalCap,
        instances: standard.grading.instances,
        weighting: standard.grading.weighting,
        levels: standard.levels.map((l) => l.level),
      },
    };
    standardParts.set(standard, parts);
  }
  return parts;
}

/**
 * What a rule that reads `backing` is given, from an evaluated subject: its computed assurance and the critical
 * controls backed by nothing (as evaluateSubject gives it; for `ringfence explain`).
 */
export function backingOf(subject: Subject, standard: Standard): { document: string; rank: number; unbacked: string[] } {
  const caps = new Set(standard.areas.flatMap((a) => a.controls).filter((c) => c.capsGrade).map((c) => c.id));
  return { document: subject.assurance, rank: assuranceRank(subject.assurance), unbacked: subject.controls.filter((c) => caps.has(c.id) && c.assurance === 'declared').map((c) => c.id) };
}

/** What every rule is given about one document (RuleInput without the control's own params), made once per document. */
type DocumentInput = Omit<RuleInput, 'params' | 'backing'>;

function documentInput(doc: InputDocument, vendor: InputDocument | undefined, meta: Record<string, unknown>, pairing: string | undefined): DocumentInput {
  return {
    doc: doc.value,
    pointerOf: (o) => doc.pointers.get(o),
    vendor: vendor ? { value: vendor.value, pointerOf: (o) => vendor.pointers.get(o) } : undefined,
    vendorHint: typeof meta['product'] === 'string' ? `product ${JSON.stringify(meta['product'])}` : 'its product',
    ...(pairing ? { vendorNote: pairing } : {}),
  };
}

function evaluateControl(control: Control, doc: InputDocument, input: DocumentInput, options: EvaluationOptions, backing?: unknown): Instance[] {
  if (!control.rule) return [{ outcome: 'error', pointer: '', message: `${control.id} could not be evaluated: ${control.brokenReason ?? 'its rule is broken'}` }];
  if (control.rule.appliesTo !== doc.kind) return [];
  return evaluateRule(control.rule, { ...input, params: control.params, ...(backing !== undefined ? { backing } : {}) }, options);
}

/** The vendor manifest a deployment config deploys: same product (and vendor, when the deployment names it). */
export function findVendor(doc: InputDocument, vendors: readonly InputDocument[]): InputDocument | undefined {
  const meta = getObject(doc.value, 'metadata');
  const product = meta?.['product'];
  const vendor = meta?.['vendor'];
  if (typeof product !== 'string') return undefined;
  return vendors.find((v) => {
    const m = getObject(v.value, 'metadata');
    return m?.['product'] === product && (typeof vendor !== 'string' || m?.['vendor'] === vendor);
  });
}

/**
 * Why a deployment config found no vendor manifest, when the manifests of the batch suggest it: the same product by
 * another vendor than the one it names, or a product that looks alike (a typo, another spelling or case). Pairing is
 * by exact name, so "Aegis Sentinal" deploys nothing the run knows of, and every control that compares the two is
 * missing evidence; the note says which manifest was probably meant.
 */
export function pairingNote(meta: Record<string, unknown> | undefined, manifests: readonly Record<string, unknown>[]): string | undefined {
  const product = meta?.['product'];
  if (typeof product !== 'string') return undefined;
  const vendor = meta?.['vendor'];
  const sameProduct = manifests.filter((m) => m['product'] === product && typeof m['vendor'] === 'string');
  if (typeof vendor === 'string' && sameProduct.length > 0) {
    const other = sameProduct[0]!['vendor'] as string;
    return `the run has a VendorManifest of product ${JSON.stringify(clip(product, 120))} by vendor ${JSON.stringify(clip(other, 120))}, not by ${JSON.stringify(clip(vendor, 120))}`;
  }
  const products = [...new Set(manifests.map((m) => m['product']).filter((p): p is string => typeof p === 'string'))];
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const hint = products.find((p) => squash(p) === squash(product)) ?? didYouMean(product, products);
  return hint !== undefined ? `did you mean product ${JSON.stringify(clip(hint, 120))}?` : undefined;
}

export function getObject(v: unknown, key: string): Record<string, unknown> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, key)) return undefined;
  const x = (v as Record<string, unknown>)[key];
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function subjectName(kind: string, meta: Record<string, unknown>): string {
  // Names are the vendor's own text and land in every report heading: kept to a readable length.
  const s = (k: string) => (typeof meta[k] === 'string' ? clip(meta[k] as string, 120) : undefined);
  if (kind === 'VendorManifest') return [s('vendor'), s('product'), s('productVersion')].filter(Boolean).join(' ') || '(unnamed vendor manifest)';
  return [s('organization'), s('product') ? `(${s('product')})` : undefined].filter(Boolean).join(' ') || '(unnamed deployment config)';
}

function toFinding(i: Instance, doc: InputDocument, vendor: InputDocument | undefined, controlId: string, withExcerpt: boolean): Finding {
  // The pointer's own file: a document mapped from foreign files (src/import) takes its values from several.
  const at = locate(doc, i.pointer);
  const region = at.range;
  const first = Math.max(1, region.startLine - 2);
  const last = Math.min(at.lines.length, region.endLine + 2);
  return {
    status: i.outcome as Finding['status'],
    message: i.message ?? i.outcome,
    location: { file: at.file, documentIndex: doc.documentIndex, pointer: i.pointer, region },
    ...(withExcerpt ? { excerpt: { startLine: first, lines: at.lines.slice(first - 1, last).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l)) } } : {}),
    // The fingerprint is the primary position's alone: adding or moving the other side of a contradiction does not make a new finding.
    fingerprint: fingerprint(controlId, doc.file, doc.documentIndex, i.pointer),
    ...(i.related?.length ? { related: i.related.map((r) => relatedLocation(r, r.vendor && vendor ? vendor : doc)) } : {}),
  };
}

function relatedLocation(r: RelatedPosition, where: InputDocument): RelatedLocation {
  // A position in an artifact (src/artifacts) is outside every document: its file and region are given.
  if (r.at) return { message: r.message, location: { file: r.at.file, documentIndex: 0, pointer: '', region: r.at.region } };
  const at = locate(where, r.pointer);
  return { message: r.message, location: { file: at.file, documentIndex: where.documentIndex, pointer: r.pointer, region: at.range } };
}

/**
 * Most findings one control lists for one document. A manifest can fail one control once per list entry, and
 * tens of thousands of entries fit within the input limits: every output repeats each finding (with its
 * excerpt), so the findings past this many are counted instead (SubjectControl.findingsOmitted).
 */
export const maxFindingsPerControl = 100;

/** The grade of a document with schema errors: its controls are listed, but it gets no score, grade or level. */
export const notGraded = 'not graded';

/**
 * What a passing control passed on: the document values its instances' asserts read, by pointer, at most
 * `maxDeclared` (a buyer comparing a 0.05% canary with one just over the line sees both without the YAML).
 */
function declaredOf(instances: readonly Instance[]): { declared?: { pointer: string; value: string | number | boolean | null }[]; declaredOmitted?: number } {
  const all = new Map<string, unknown>();
  for (const i of instances) for (const [p, v] of i.declared ?? []) all.set(p, v);
  if (!all.size) return {};
  const sorted = [...all.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shown = sorted.slice(0, maxDeclared).map(([pointer, value]) => ({ pointer, value: typeof value === 'string' && value.length > 200 ? `${value.slice(0, 199)}…` : (value as string | number | boolean | null) }));
  return { declared: shown, ...(sorted.length > maxDeclared ? { declaredOmitted: sorted.length - maxDeclared } : {}) };
}
