import type { Problem } from '../model/problem.js';
import type { ReportHeader, ReportSummary, Subject } from '../model/report.js';
import type { Standard } from '../standard/standard.js';
import { Batch } from './batch.js';
import { finishSetup, SubjectFinisher } from './finish.js';
import { KeptRun } from './kept.js';
import { reportHeader } from './header.js';
import { expandInputs, type Inputs } from './inputs.js';
import type { CheckOptions } from './options.js';
import { feedbackChanges, type Renderers } from './render.js';
import { ownedEntries, runDigest, ShardRecorder } from './shard.js';
import { summarize } from './summary.js';
import { setV8Flag } from '../cache/code.js';

// The stages, for the modules outside the engine that take them from here.
export { reportHeader } from './header.js';
export { expandInputs, importedInputs, type Inputs } from './inputs.js';
export { finishSetup, SubjectFinisher, type FinishSetup, type FinishTally } from './finish.js';
export { feedbackChanges, loadRenderers, transferables, type PartRenderer, type RendererRef, type Renderers } from './render.js';
export { summarize } from './summary.js';

/** V8's heap may grow to (1 + this/100) times what survives a collection, in a streamed check. */
const streamedHeapGrowthPercent = 50;

/**
 * V8 sizes the heap at up to four times what survived the last major collection, so a stream whose live data
 * grows slowly (what the report needs at the end: gate reasons, the SARIF run's list of subjects) would see its
 * peak memory grow several times faster. A streamed run keeps almost nothing, so it caps that factor instead; the
 * collections stay V8's own, incremental and concurrent. (Forcing full collections with gc() kept the peak flat
 * too, but a forced collection discards the compiled code of every function, and recompiling it cost a third of
 * the run's CPU on background threads.) The flag is process-wide, so worker threads started after it share it.
 * Not for runs that hold the whole report: with a large live heap, the lower limit means more collections.
 */
export function limitHeapGrowth(): void {
  setV8Flag(`--heap-growing-percent=${streamedHeapGrowthPercent}`, '--heap-growing-percent=0');
}

/**
 * The check on this thread: every file in input order, each subject finished and handed to `onPart` (rendered
 * first, when renderers are given) as soon as it is evaluated, then let go; what `onPart` returns is feedback
 * for the renderers. Returns the report without its subjects.
 */
export function checkSequential(
  standard: Standard,
  standardProblems: readonly Problem[],
  inputs: Inputs,
  options: CheckOptions & { smallHeap?: boolean },
  header: ReportHeader,
  render: Renderers | undefined,
  onPart: (part: unknown) => unknown,
): ReportSummary {
  if (options.smallHeap) limitHeapGrowth();
  // A streamed run keeps each document's problems and gate reasons compactly until the end (see KeptRun).
  const kept = options.smallHeap ? new KeptRun() : undefined;
  const finisher = new SubjectFinisher(finishSetup(header, options));
  const batch = new Batch(standard, { ...options, asOf: header.asOf }, inputs.files, inputs.explicit, undefined, inputs.imported);
  const shard = shardOf(inputs, options);
  let reasons: string[] = [];
  const feedback = feedbackChanges((v) => render?.feedback(v));
  let documents = 0;
  try {
    for (let i = 0; i < inputs.files.length; i++) {
      options.progress?.('evaluate', i, inputs.files.length);
      // A shard evaluates its own files; the others are read only for the vendor manifests its deployments pair with.
      if (shard && !shard.owned[i]) continue;
      batch.evaluateFile(i, ({ order, subject, problems }) => {
        // The gate keeps the document's reasons even if it cannot be rendered (Batch reports that as its problem).
        const r = finisher.finish(subject);
        if (kept) kept.addReasons(r);
        else reasons.push(...r);
        const part = render ? render.render(subject, problems) : subject;
        documents++;
        shard?.recorder.add(order[0], r, problems);
        feedback(onPart(part));
      });
      if (kept && batch.problems.length > 0) kept.addProblems(batch.problems.splice(0));
    }
  } catch (error) {
    kept?.close();
    throw error;
  }
  const runProblems = [...standardProblems, ...inputs.problems];
  let documentProblems = batch.problems;
  if (kept) {
    const taken = kept.take();
    documentProblems = taken.problems;
    reasons = taken.reasons;
  }
  return summarize(header, finisher, [...runProblems, ...documentProblems], reasons, documents, options, shard && { recorder: shard.recorder, runProblems, documentProblems });
}

/** A shard's run: which entries it evaluates, and what it records for the merge (undefined: not a shard). */
export function shardOf(inputs: Inputs, options: CheckOptions): { owned: Uint8Array; recorder: ShardRecorder } | undefined {
  if (!options.shard) return undefined;
  return {
    owned: ownedEntries(inputs.files, inputs.imported, options.shard),
    recorder: new ShardRecorder(options.shard, runDigest(inputs.files, inputs.explicit, inputs.imported, options, options.shard.count), inputs.files.length),
  };
}

/**
 * check() for batches too large to hold: each document's result goes to `onSubject` as soon as it is evaluated,
 * in input order, and is then let go; waivers, the baseline and the gate are applied subject by subject.
 */
export function checkStream(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions, onSubject: (s: Subject) => void): ReportSummary {
  const header = reportHeader(standard, options.asOf, options.config, options.about);
  return checkSequential(standard, standardProblems, expandInputs(options), { ...options, smallHeap: true }, header, undefined, (s) => void onSubject(s as Subject));
}
