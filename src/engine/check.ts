import type { InputDocument } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { Report, ReportSummary, Subject } from '../model/report.js';
import type { Standard } from '../standard/standard.js';
import { applyBaseline } from './baseline.js';
import { defaultBudget } from './evaluate.js';
import { boundFindings } from './finish.js';
import { computeGate, sortProblems } from './gate.js';
import { reportHeader } from './header.js';
import { expandInputs } from './inputs.js';
import { asOfDate, type CheckOptions, type EvaluateOptions } from './options.js';
import { reportOf } from './report.js';
import { checkSequential } from './stream.js';
import { evaluateSubject, findVendor, getObject, pairingNote } from './subject.js';
import { applyWaivers } from './waivers.js';

// The stages, for the modules outside the engine that take them from here.
export type { CheckOptions, EvaluateOptions, GateOptions } from './options.js';
export { asOfDate } from './options.js';
export { backingOf, evaluateSubject, maxFindingsPerControl, notGraded, pairingNote } from './subject.js';
export { computeGate, controlFailsGate, gateFrom, noDocumentsReason, sortProblems, subjectGateReasons } from './gate.js';
export { boundFindings } from './finish.js';
export { standardInfo } from './header.js';
export { reportOf } from './report.js';

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
