import v8 from 'node:v8';
import vm from 'node:vm';
import { defaultLimits } from '../load/limits.js';
import { expandPaths } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { Report, Subject } from '../model/report.js';
import { toolVersion } from '../paths.js';
import type { Standard } from '../standard/standard.js';
import { Batch } from './batch.js';
import { gateFrom, sortProblems, standardInfo, subjectGateReasons, type CheckOptions } from './check.js';
import { WaiverSet } from './waivers.js';

/**
 * check() for batches too large to hold: each document's result goes to `onSubject` as soon as it is
 * evaluated and is then let go, so memory does not grow with the batch. Waivers and the gate are applied
 * subject by subject; the report returned has everything but the subjects. Subjects arrive in evaluation
 * order: input order, except deployment configs whose vendor manifest came later, which follow at the end.
 * Baselines need every finding at once and are not supported here.
 */
/** Documents between two full garbage collections in a streamed check. */
const collectEvery = 250;

let collector: (() => void) | undefined | null;
/**
 * V8 grows its heap generously under a steady allocation rate even when almost nothing survives, so a long
 * stream's peak memory would grow with the batch although the live heap stays small. A full collection every
 * few hundred documents keeps the peak flat (measured: 12 MB live after 1,000 documents).
 */
function collect(): void {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collector = vm.runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  collector?.();
}

export function checkStream(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions, onSubject: (s: Subject) => void): Report & { documents: number } {
  if (options.baseline) throw new Error('a streamed check does not support a baseline');
  const { files, problems: expandProblems, explicit } = expandPaths(options.paths, options.limits ?? defaultLimits);
  const report: Report & { documents: number } = {
    reportVersion: 1,
    tool: { name: 'ringfence', version: toolVersion },
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    standard: standardInfo(standard),
    subjects: [],
    problems: [],
    waivers: [],
    gate: { passed: true, failOn: options.failOn ?? 'high', reasons: [] },
    documents: 0,
  };
  const waivers = new WaiverSet(report, options.waivers ?? []);
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  const reasons: string[] = [];
  const batch = new Batch(standard, { ...options, asOf: report.asOf }, files, explicit, ({ subject }) => {
    waivers.apply(subject);
    reasons.push(...subjectGateReasons(subject, info, options));
    report.documents++;
    onSubject(subject);
    if (report.documents % collectEvery === 0) collect();
  });
  for (let i = 0; i < files.length; i++) {
    options.progress?.('evaluate', i, files.length);
    batch.passOne(i);
  }
  batch.passTwo(batch.resolveDeferred(batch.vendorIndex));
  const finished = waivers.finish();
  report.waivers = finished.statuses;
  report.problems = sortProblems([...standardProblems, ...expandProblems, ...batch.problems, ...finished.problems]);
  report.gate = gateFrom(reasons, report.waivers, options);
  return report;
}
