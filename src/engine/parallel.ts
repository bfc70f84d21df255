import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../model/problem.js';
import type { Report, ReportSummary, Subject } from '../model/report.js';
import { workerScript } from '../layout.js';
import type { ImportedGroup } from '../import/index.js';
import type { Standard } from '../standard/standard.js';
import { finishSetup, SubjectFinisher, type FinishSetup, type FinishTally } from './finish.js';
import { reportHeader } from './header.js';
import { importedInputs } from './inputs.js';
import type { CheckOptions } from './options.js';
import { feedbackChanges, loadRenderers, type RendererRef } from './render.js';
import { reportOf } from './report.js';
import { KeptRun } from './kept.js';
import { checkSequential, limitHeapGrowth, shardOf } from './stream.js';
import { summarize } from './summary.js';
import { HintTable } from './vendor-scan.js';
import { setV8Flag } from '../cache/code.js';

/**
 * Files per worker below which threads cost more than they save: each worker starts its own V8 isolate, which
 * loads the engine and compiles its hot code again. Measured on two cores, one thread against two in pairs: 0.96× at
 * 1,000 files, 0.99× at 2,000, 1.15× at 3,000 (0.97–1.25×), 1.4–1.9× at 10,000.
 */
const minFilesPerWorker = 1500;

export const availableCores = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** How many threads a batch of `files` should use on this machine when the user did not say. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableCores(), 8, Math.floor(files / minFilesPerWorker)));
}

/**
 * With a worker on every core, V8's background compiler threads find no idle core: a hot function waits for its
 * optimized code while the worker runs it unoptimized. Compiling on the worker's own thread instead measured 4–5%
 * faster on two cores (3,000 documents, three pairs each). The flag is process-wide and read when an isolate
 * starts, so it applies to the workers started after it; a single-threaded run keeps background compilation,
 * which there has an idle core.
 */
function compileOptimizedCodeInline(): void {
  setV8Flag('--no-concurrent-recompilation', '--concurrent-recompilation');
}

export interface StreamCheckOptions extends CheckOptions {
  /** Worker threads; default: defaultJobs. */
  jobs?: number;
  /** Renderers whose parts are handed on instead of the subjects themselves. */
  render?: readonly RendererRef[];
  /** Keep V8's heap close to the live data (for streamed outputs, where little is kept; see limitHeapGrowth). */
  smallHeap?: boolean;
}

export interface WorkerInput {
  standard: Standard;
  options: Pick<CheckOptions, 'asOf' | 'budget' | 'limits' | 'evidence' | 'declaredValues'>;
  files: string[];
  explicit: string[];
  /** The groups of foreign files the import stage mapped (src/import), by their entry in `files`. */
  imported?: Record<string, ImportedGroup>;
  setup: FinishSetup;
  /** The batch's HintTable, shared by the workers. */
  hints: SharedArrayBuffer;
  render: RendererRef[];
  /** A shard's run: the entries this shard evaluates (1) and those it only reads for pairing (0). */
  owned?: Uint8Array;
}

/** One subject as a worker hands it back: its rendered part (none if rendering failed), gate reasons, entry and schema problems. */
export interface WorkerPart {
  part?: unknown;
  reasons: string[];
  entry: number;
  schema: Problem[];
}

/** Main thread → worker. */
export type WorkerRequest = { type: 'chunk'; chunk: number; from: number; to: number } | { type: 'feedback'; value: unknown } | { type: 'finish' };

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'parts'; chunk: number; parts: WorkerPart[] }
  | { type: 'chunk'; chunk: number; problems: Problem[] }
  | { type: 'tally'; tally: FinishTally };

/**
 * The check, streamed: each subject is finished (waivers, baseline, gate) and — when renderers are given —
 * rendered in the thread that evaluated it, and its part is handed to `onPart` in input order, whatever the
 * number of threads; what `onPart` returns is feedback for the renderers (see Renderers). Returns the report
 * without its subjects.
 *
 * With several threads the files are cut into small chunks that the workers take in turn (two at a time each, so
 * none waits for the next), and each worker sends its parts back as it goes. The main thread only passes parts on
 * in chunk order, holding those of a chunk that finished ahead of an earlier one; chunks are handed out at most a
 * few ahead of the one being written, which bounds what is held.
 */
export async function streamCheck(standard: Standard, standardProblems: readonly Problem[], options: StreamCheckOptions, onPart: (part: unknown) => unknown): Promise<ReportSummary> {
  const inputs = await importedInputs(options);
  const header = reportHeader(standard, options.asOf, options.config, options.about);
  const files = inputs.files;
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
  if (jobs <= 1) {
    const render = await loadRenderers(options.render ?? [], header);
    return checkSequential(standard, standardProblems, inputs, options, header, render, onPart);
  }

  if (options.smallHeap) limitHeapGrowth();
  if (jobs >= availableCores()) compileOptimizedCodeInline();
  const setup = finishSetup(header, options);
  const shard = shardOf(inputs, options);
  const input: WorkerInput = {
    standard,
    options: { asOf: header.asOf, ...(options.budget ? { budget: options.budget } : {}), ...(options.limits ? { limits: options.limits } : {}), ...(options.evidence ? { evidence: options.evidence } : {}), ...(options.declaredValues ? { declaredValues: true } : {}) },
    files,
    explicit: [...inputs.explicit],
    ...(inputs.imported ? { imported: inputs.imported } : {}),
    setup,
    hints: new SharedArrayBuffer(HintTable.bytes(files.length)),
    render: [...(options.render ?? [])],
    ...(shard ? { owned: shard.owned } : {}),
  };
  const script = workerScript();
  const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: input }));

  // Chunks shrink towards the end of the batch, so that the threads finish together.
  const chunks: { from: number; to: number }[] = [];
  for (let from = 0; from < files.length; ) {
    const size = Math.max(2, Math.min(50, Math.ceil((files.length - from) / (jobs * 8))));
    chunks.push({ from, to: Math.min(files.length, from + size) });
    from += size;
  }
  const inFlightPerWorker = 2;
  const window = jobs * 4;
  const held = new Map<number, { parts: WorkerPart[]; problems?: Problem[] }>();
  const inFlight = workers.map(() => 0);
  let reasons: string[] = [];
  const runProblems: Problem[] = [...standardProblems, ...inputs.problems];
  let documentProblems: Problem[] = [];
  // Each document's problems and gate reasons, kept compactly until the end when streamed (see KeptRun).
  const kept = options.smallHeap ? new KeptRun() : undefined;
  let documents = 0;
  let head = 0;
  let next = 0;
  let filesDone = 0;

  // Feedback for the renderers reaches the workers between chunks; it only concerns subjects not rendered yet.
  const feedback = feedbackChanges((value) => workers.forEach((w) => w.postMessage({ type: 'feedback', value } satisfies WorkerRequest)));
  const deliver = ({ part, reasons: r, entry, schema }: WorkerPart) => {
    if (kept) kept.addReasons(r);
    else reasons.push(...r);
    // A document that could not be rendered has no part (its problem comes with its chunk's problems).
    if (part === undefined) return;
    documents++;
    shard?.recorder.add(entry, r, schema);
    feedback(onPart(part));
  };
  const dispatch = () => {
    for (let w = 0; w < workers.length; w++) {
      while (inFlight[w]! < inFlightPerWorker && next < chunks.length && next < head + window) {
        const c = chunks[next]!;
        held.set(next, { parts: [] });
        workers[w]!.postMessage({ type: 'chunk', chunk: next, from: c.from, to: c.to } satisfies WorkerRequest);
        inFlight[w]!++;
        next++;
      }
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      workers.forEach((worker, w) => {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (head < chunks.length) reject(new Error(`a worker thread stopped (exit code ${code}) before the batch was done`));
        });
        worker.on('message', (m: WorkerMessage) => {
          try {
            receive(w, m);
          } catch (error) {
            reject(error as Error);
          }
        });
      });
      const receive = (w: number, m: WorkerMessage) => {
        if (m.type === 'parts') {
          if (m.chunk === head) for (const p of m.parts) deliver(p);
          else held.get(m.chunk)!.parts.push(...m.parts);
          return;
        }
        if (m.type !== 'chunk') return;
        inFlight[w]!--;
        held.get(m.chunk)!.problems = m.problems;
        const c = chunks[m.chunk]!;
        filesDone += c.to - c.from;
        options.progress?.('evaluate', filesDone - 1, files.length);
        // The head chunk is written as its parts arrive; a finished chunk behind it is written when it becomes the head.
        for (let h = held.get(head); h?.problems; h = held.get(head)) {
          if (kept) kept.addProblems(h.problems);
          else documentProblems.push(...h.problems);
          held.delete(head++);
          const now = held.get(head);
          if (now) {
            for (const p of now.parts) deliver(p);
            now.parts.length = 0;
          }
        }
        if (head === chunks.length) resolve();
        else dispatch();
      };
      dispatch();
    });
    const tallies = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<FinishTally>((resolve, reject) => {
            worker.on('message', (m: WorkerMessage) => m.type === 'tally' && resolve(m.tally));
            worker.once('error', reject);
            worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
          }),
      ),
    );
    const finisher = new SubjectFinisher(setup);
    for (const t of tallies) finisher.add(t);
    if (kept) ({ problems: documentProblems, reasons } = kept.take());
    return summarize(header, finisher, [...runProblems, ...documentProblems], reasons, documents, options, shard && { recorder: shard.recorder, runProblems, documentProblems });
  } finally {
    kept?.close();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** check() over a pool of worker threads: the whole report, identical byte for byte to a single-threaded run. */
export async function checkParallel(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions & { jobs?: number }): Promise<Report> {
  const subjects: Subject[] = [];
  const summary = await streamCheck(standard, standardProblems, options, (s) => void subjects.push(s as Subject));
  return reportOf(summary, subjects);
}
