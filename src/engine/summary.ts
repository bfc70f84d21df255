import type { Problem } from '../model/problem.js';
import type { ReportHeader, ReportSummary } from '../model/report.js';
import type { SubjectFinisher } from './finish.js';
import { gateFrom, noDocumentsReason, sortProblems } from './gate.js';
import type { CheckOptions } from './options.js';
import type { ShardRecorder } from './shard.js';

/** The summary of a run from what its threads gathered: problems sorted, waiver statuses, baseline, gate. */
export function summarize(
  header: ReportHeader,
  finisher: SubjectFinisher,
  problems: Problem[],
  gateReasons: readonly string[],
  documents: number,
  options: CheckOptions,
  /** A shard's run: its recorder, and its problems told apart (the run's own, its documents'). */
  shard?: { recorder: ShardRecorder; runProblems: readonly Problem[]; documentProblems: readonly Problem[] },
): ReportSummary {
  // A shard may hold no document of a batch that has some: whether the run is empty is for the merge to say.
  const allowEmpty = options.allowEmpty === true || shard !== undefined;
  const finished = finisher.waivers.finish();
  const waivers = finished.statuses;
  const baseline = options.baseline && finisher.baseline ? finisher.baseline.summary(options.baseline) : undefined;
  const empty: Problem[] =
    documents === 0 && !allowEmpty ? [{ severity: 'error', code: 'input-none', message: `${noDocumentsReason}; name the files to check, or pass --allow-empty when an empty run is expected` }] : [];
  return {
    ...header,
    problems: sortProblems([...problems, ...finished.problems, ...empty]),
    waivers,
    gate: gateFrom(gateReasons, waivers, { ...options, allowEmpty }, documents),
    ...(baseline ? { baseline } : {}),
    documents,
    ...(shard ? { shard: shard.recorder.info(shard.runProblems, shard.documentProblems, options) } : {}),
  };
}
