import type { LoadLimits } from '../load/limits.js';
import type { IgnoreRule, InputDocument } from '../load/read-inputs.js';
import { schemaNameOfKind, validateDocument } from '../load/validate.js';
import { locate } from '../load/locate.js';
import { capProblem, type Problem } from '../model/problem.js';
import { severityOrder, type ControlInfo, type Finding, type Gate, type RelatedLocation, type Report, type ReportAbout, type ReportSummary, type Severity, type Subject, type SubjectControl } from '../model/report.js';
import { scoreSubject } from '../score/score.js';
import type { Control, Standard } from '../standard/standard.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { defaultBudget, evaluateRule, maxDeclared, maxRelated, type Instance, type RelatedPosition } from './evaluate.js';
import { fingerprint } from './fingerprint.js';
import { checkSequential, expandInputs, reportHeader } from './stream.js';
import { deploymentTimeline } from './timeline.js';
import { applyWaivers, type Waiver } from './waivers.js';
import { detach } from '../util/detach.js';
import { assuranceRank, assuranceWords, backClaims, collectEvidence, observationWords, statementWords, type AssuranceLevel, type EvidenceFiles } from '../evidence/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import { subjectGateReasons, type GateOptions } from './gate.js';

// The gate of one document lives in gate.js, which the text reporter imports without the engine.
export { controlFailsGate, subjectGateReasons, type GateOptions } from './gate.js';

export interface EvaluateOptions extends GateOptions {
  /** YYYY-MM-DD; default: today (UTC). */
  asOf?: string;
  /** The config file the run used (shown in the report's header as tool.config). */
  config?: { file: string; sha256: string };
  /** Title, organisation and purpose of the report, as given by whoever ran it (copied into the report as is). */
  about?: ReportAbout;
  budget?: number;
  waivers?: readonly Waiver[];
  baseline?: Baseline;
  /** The evidence files given with --evidence (read once, before the batch): they lift matching claims to verified. */
  evidence?: EvidenceFiles;
  /**
   * Record, for every passing control, the declared values it passed on (`declared`). Costs about a quarter more
   * evaluation time on documents that mostly pass, so the CLI asks for it only for the reports that show it.
   */
  declaredValues?: boolean;
  /** Called as files are read and documents evaluated (for a progress line). */
  progress?: (phase: 'read' | 'evaluate', done: number, total: number) => void;
}

export interface CheckOptions extends EvaluateOptions {
  paths: readonly string[];
  limits?: LoadLimits;
  /** Files and folders to leave out of the paths' expansion (--ignore, a config file's `ignore:`). */
  ignore?: readonly IgnoreRule[];

}

/**
 * Loads the inputs and evaluates them against a loaded standard, one file at a time: each file's documents
 * are parsed, evaluated and released before the next is read. A deployment config is evaluated in place with
 * the vendor manifest of its product, wherever that is in the batch (see Batch). The report holds every subject,
 * in input order.
 */
export function check(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions): Report {
  const subjects: Subject[] = [];
  const summary = checkSequential(standard, standardProblems, expandInputs(options), options, reportHeader(standard, options.asOf, options.config, options.about), undefined, (s) => void subjects.push(s as Subject));
  return reportOf(summary, subjects);
}

/** The full report from a streamed run's summary and its subjects (in the report's key order). */
export function reportOf(summary: ReportSummary, subjects: Subject[]): Report {
  const { reportVersion, tool, asOf, about, standard, problems, waivers, gate, baseline } = summary;
  return { reportVersion, tool, asOf, ...(about ? { about } : {}), standard, subjects, problems, waivers, gate, ...(baseline ? { baseline } : {}) };
}

/** Evaluates already loaded documents: validate → evaluate → score → report. Pure apart from the clock default. */
export function evaluateDocuments(
  standard: Standard,
  documents: readonly InputDocument[],
  priorProblems: readonly Problem[],
  options: EvaluateOptions,
): Report {
  const asOfMs = Date.parse(`${asOfDate(options.asOf)}T00:00:00Z`);
  const problems: Problem[] = [...priorProblems];
  const vendors = documents.filter((d) => d.kind === 'VendorManifest');
  const subjects = documents.map((doc, order) => {
    const vendor = doc.kind === 'DeploymentConfig' ? findVendor(doc, vendors) : undefined;
    const note = doc.kind === 'DeploymentConfig' && !vendor ? pairingNote(getObject(doc.value, 'metadata'), vendors.map((v) => getObject(v.value, 'metadata') ?? {})) : undefined;
    const r = evaluateSubject(standard, doc, vendor, asOfMs, options.budget ?? defaultBudget, options.evidence, note, options.declaredValues === true);
    problems.push(...r.problems);
    return { order: [order, 0] as [number, number], subject: r.subject };
  });
  return assembleReport(standard, subjects, problems, options);
}

/** The date date-based checks use: the one given, or today (UTC). */
export function asOfDate(asOf: string | undefined): string {
  return asOf ?? new Date().toISOString().slice(0, 10);
}

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
  const controls = standard.areas.flatMap((a) => a.controls);
  const schemaProblems = validateDocument(doc, schemaNameOfKind[doc.kind]!);
  // Listed up to the cap (one per list entry can run to tens of thousands); the rest are summed up in one more.
  const problems: Problem[] = schemaProblems.slice(0, maxFindingsPerControl);
  if (schemaProblems.length > maxFindingsPerControl) {
    const next = schemaProblems[maxFindingsPerControl]!;
    problems.push({ ...next, message: `and ${schemaProblems.length - maxFindingsPerControl} more schema errors in this document (at most ${maxFindingsPerControl} are listed)` });
  }
  const meta = (getObject(doc.value, 'metadata') ?? {}) as Record<string, unknown>;
  // Controls that read `backing` judge what the others are backed by: they are evaluated once those are backed.
  const evaluated = controls.map((control) => ({ control, instances: control.rule?.usesBacking ? [] : evaluateControl(control, doc, vendor, meta, asOfMs, budget, pairing, declaredValues) }));
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
  for (const e of relevant) if (e.control.rule?.usesBacking) e.instances = evaluateControl(e.control, doc, vendor, meta, asOfMs, budget, pairing, declaredValues, backing);
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
    {
      areas: standard.areas.map((a) => ({ id: a.id, weight: a.weight })),
      bands: standard.grading.bands,
      criticalCap: standard.grading.criticalCap,
      instances: standard.grading.instances,
      weighting: standard.grading.weighting,
      levels: standard.levels.map((l) => l.level),
    },
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
      return {
        ...score,
        // Past the cap a finding is made without its excerpt: it is kept only until the subject is finished.
        findings: e.instances.filter((x) => x.outcome === 'fail' || x.outcome === 'missing_evidence' || x.outcome === 'error').map((x, k) => toFinding(x, doc, vendor, e.control.id, k < maxFindingsPerControl)),
        linkedEvidence: [...new Set((backed.controls.get(e.control.id)?.evidence ?? []).filter((x) => x.level !== 'declared').map((x) => x.claim))].sort().slice(0, maxFindingsPerControl),
        ...(score.status === 'pass' ? declaredOf(e.instances) : {}),
        assurance: controlAssurance(e.control.id),
        ...((backed.controls.get(e.control.id)?.evidence.length ?? 0) > maxFindingsPerControl ? { evidenceOmitted: backed.controls.get(e.control.id)!.evidence.length - maxFindingsPerControl } : {}),
        evidence: (backed.controls.get(e.control.id)?.evidence ?? []).slice(0, maxFindingsPerControl).map((x) => ({
          claim: x.claim,
          ...(x.url !== undefined ? { url: x.url } : {}),
          ...(x.sha256 !== undefined ? { sha256: x.sha256 } : {}),
          level: x.level,
          ...(x.file !== undefined ? { file: x.file } : {}),
        })),
        ...((backed.controls.get(e.control.id)?.observations.length ?? 0) > 0
          ? {
              observations: backed.controls.get(e.control.id)!.observations.slice(0, maxFindingsPerControl).map((o) => ({
                claim: o.claim,
                result: o.result,
                observed: o.observed,
                artifact: { kind: o.artifact.kind, title: o.artifact.title, file: o.artifact.at.file, line: o.artifact.at.region.startLine, column: o.artifact.at.region.startColumn },
                basis: o.basis,
                ...(o.signer !== undefined ? { signer: o.signer } : {}),
              })),
            }
          : {}),
        ...((backed.controls.get(e.control.id)?.statements.length ?? 0) > 0
          ? {
              statements: backed.controls.get(e.control.id)!.statements.slice(0, maxFindingsPerControl).map((v) => ({
                claim: v.pointer,
                result: v.result,
                level: v.result === 'contradicted' ? ('contradicted' as const) : v.independent ? ('independently_verified' as const) : ('verified' as const),
                file: v.source,
                signedBy: { name: v.key.name, party: v.key.party, role: v.key.role, keyid: v.key.keyid },
                verifier: v.verifier,
                checkedOn: v.checkedOn,
                ...(v.found !== undefined ? { found: v.found } : {}),
              })),
            }
          : {}),
      };
    }),
    schemaErrors: schemaProblems.length,
    // A config the schema refuses has no timeline: it would rest on fields the schema does not accept.
    ...(doc.kind === 'DeploymentConfig' && graded ? { timeline: deploymentTimeline(doc.value, asOfMs) } : {}),
  };
  const rollouts = (evidenceFiles?.rollouts ?? []).filter((r) => r.target.file === doc.file && r.target.documentIndex === doc.documentIndex).flatMap((r) => r.rollouts);
  if (rollouts.length) subject.observedRollouts = rollouts;
  return { subject, problems };
}

/**
 * What a rule that reads `backing` is given, from an evaluated subject: its computed assurance and the critical
 * controls backed by nothing (as evaluateSubject gives it; for `ringfence explain`).
 */
export function backingOf(subject: Subject, standard: Standard): { document: string; rank: number; unbacked: string[] } {
  const caps = new Set(standard.areas.flatMap((a) => a.controls).filter((c) => c.capsGrade).map((c) => c.id));
  return { document: subject.assurance, rank: assuranceRank(subject.assurance), unbacked: subject.controls.filter((c) => caps.has(c.id) && c.assurance === 'declared').map((c) => c.id) };
}

/**
 * The report of a batch: subjects in input order (file, then document), waivers and the baseline applied,
 * problems sorted, the gate decided. The same subjects give the same bytes, however they were evaluated.
 */
export function assembleReport(
  standard: Standard,
  subjects: readonly { order: readonly [number, number]; subject: Subject }[],
  problems: Problem[],
  options: EvaluateOptions,
): Report {
  const ordered = [...subjects].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]).map((s) => s.subject);
  const report: Report = {
    ...reportHeader(standard, options.asOf, options.config, options.about),
    subjects: ordered,
    problems: [],
    waivers: [],
    gate: { passed: true, failOn: options.failOn ?? 'high', reasons: [] },
  };
  if (options.waivers?.length) {
    const applied = applyWaivers(report, options.waivers);
    report.waivers = applied.statuses;
    problems.push(...applied.problems);
  }
  if (options.baseline) report.baseline = applyBaseline(report, options.baseline);
  report.problems = sortProblems(problems);
  report.gate = computeGate(report, options);
  for (const s of report.subjects) boundFindings(s);
  return report;
}

function evaluateControl(control: Control, doc: InputDocument, vendor: InputDocument | undefined, meta: Record<string, unknown>, asOf: number, budget: number, pairing: string | undefined, trace: boolean, backing?: unknown): Instance[] {
  if (!control.rule) return [{ outcome: 'error', pointer: '', message: `${control.id} could not be evaluated: ${control.brokenReason ?? 'its rule is broken'}` }];
  if (control.rule.appliesTo !== doc.kind) return [];
  return evaluateRule(
    control.rule,
    {
      doc: doc.value,
      pointerOf: (o) => doc.pointers.get(o),
      params: control.params,
      vendor: vendor ? { value: vendor.value, pointerOf: (o) => vendor.pointers.get(o) } : undefined,
      vendorHint: typeof meta['product'] === 'string' ? `product ${JSON.stringify(meta['product'])}` : 'its product',
      ...(backing !== undefined ? { backing } : {}),
      ...(pairing ? { vendorNote: pairing } : {}),
    },
    { asOf, budget, trace },
  );
}

/** The vendor manifest a deployment config deploys: same product (and vendor, when the deployment names it). */
function findVendor(doc: InputDocument, vendors: readonly InputDocument[]): InputDocument | undefined {
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

function getObject(v: unknown, key: string): Record<string, unknown> | undefined {
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

/**
 * Leaves out the findings past the cap, once waivers, the baseline and the gate have seen every one of them (so a
 * finding left out still fails the gate, and still counts for its waiver): the count of the rest, and how many of
 * them are waived, are kept. Called when a subject is finished, before it is rendered.
 */
export function boundFindings(subject: Subject): void {
  for (const c of subject.controls) {
    if (c.findings.length <= maxFindingsPerControl) continue;
    const rest = c.findings.splice(maxFindingsPerControl);
    c.findingsOmitted = { count: rest.length, waived: rest.reduce((n, f) => n + (f.waiver ? 1 : 0), 0) };
  }
}

export function standardInfo(s: Standard): Report['standard'] {
  const controls: ControlInfo[] = s.areas.flatMap((a) =>
    a.controls.map((c) => ({
      id: c.id,
      title: c.title,
      area: a.id,
      severity: c.severity,
      weight: c.weight,
      level: c.level,
      capsGrade: c.capsGrade,
      rule: c.ruleName,
      ...(c.rule ? { appliesTo: c.rule.appliesTo } : {}),
      params: c.params,
      rationale: c.rationale,
      remediation: c.remediation,
      references: c.references,
      mappings: c.mappings,
      source: c.source,
      ...(c.brokenReason ? { broken: c.brokenReason } : {}),
    })),
  );
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    ...(s.url ? { url: s.url } : {}),
    file: s.file,
    digest: s.digest,
    extends: s.extends,
    levels: s.levels,
    grading: s.grading,
    areas: s.areas.map((a) => ({ id: a.id, title: a.title, weight: a.weight, ...(a.description ? { description: a.description } : {}), controls: a.controls.map((c) => c.id) })),
    controls,
  };
}

/** The grade of a document with schema errors: its controls are listed, but it gets no score, grade or level. */
export const notGraded = 'not graded';

/** The gate: which subjects fail the configured thresholds, and why. */
export function computeGate(report: Report, options: GateOptions): Gate {
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  return gateFrom(report.subjects.flatMap((s) => subjectGateReasons(s, info, options)), report.waivers, options, report.subjects.length);
}

/** The gate from the documents' reasons and the waivers' states. */
/**
 * Nothing evaluated is never a pass: a path with no ringfence document in it (a typo, a wrong folder, an
 * apiVersion spelt otherwise) would otherwise turn a CI gate green. `--allow-empty` says it is expected.
 */
export const noDocumentsReason = 'no ringfence document was evaluated (no VendorManifest or DeploymentConfig with apiVersion ringfence.dev/v1 among the inputs)';

export function gateFrom(subjectReasons: readonly string[], waivers: readonly Report['waivers'][number][], options: GateOptions, documents: number): Gate {
  const reasons = [...subjectReasons];
  if (documents === 0 && !options.allowEmpty) reasons.push(noDocumentsReason);
  for (const w of waivers) {
    if (w.status === 'expired') reasons.push(`waiver for ${w.control} (${w.documents}) at ${w.file}:${w.line} expired on ${w.expires}`);
  }
  return {
    passed: reasons.length === 0,
    failOn: options.failOn ?? 'high',
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.minLevel !== undefined ? { minLevel: options.minLevel } : {}),
    ...(options.failOnNew ? { failOnNew: true } : {}),
    reasons,
  };
}

/** The run's problems in report order, each message capped (the one place problems enter a report). */
export function sortProblems(problems: Problem[]): Problem[] {
  problems = problems.map(capProblem);
  const key = (p: Problem) => [p.file ?? '', String(p.documentIndex ?? 0).padStart(6, '0'), String(p.range?.startLine ?? 0).padStart(9, '0'), String(p.range?.startColumn ?? 0).padStart(9, '0'), p.code, p.message].join('\0');
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

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
