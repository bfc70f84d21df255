import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultLimits } from '../load/limits.js';
import { expandPaths } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { Report } from '../model/report.js';
import { packageRoot } from '../paths.js';
import type { Standard } from '../standard/standard.js';
import type { DeferredDeployment, OrderedSubject, VendorEntry } from './batch.js';
import { assembleReport, check, type CheckOptions } from './check.js';

/** Files per worker below which threads cost more than they save. */
const minFilesPerWorker = 100;

/** How many threads a batch of `files` should use on this machine when the user did not say. */
export function defaultJobs(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8, Math.floor(files / minFilesPerWorker)));
}

export interface WorkerInput {
  standard: Standard;
  options: Pick<CheckOptions, 'asOf' | 'budget' | 'limits'>;
  files: string[];
  explicit: string[];
  from: number;
  to: number;
}

export type WorkerMessage =
  | { type: 'progress'; files: number }
  | { type: 'indexed'; subjects: OrderedSubject[]; problems: Problem[]; vendorIndex: VendorEntry[]; deferred: DeferredDeployment[] }
  | { type: 'done'; subjects: OrderedSubject[]; problems: Problem[] };

/**
 * check() over a pool of worker threads. The files are split into contiguous ranges, one per thread; each
 * thread streams its range (pass one) and reports its vendor manifests; deployment configs whose manifest is
 * in another range are then evaluated in a second pass, spread over the same threads. Subjects are merged
 * in input order, so the report is identical, byte for byte, to a single-threaded run.
 */
export async function checkParallel(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions & { jobs?: number }): Promise<Report> {
  const { files, problems: expandProblems, explicit } = expandPaths(options.paths, options.limits ?? defaultLimits);
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
  if (jobs <= 1) return check(standard, standardProblems, options);

  const workerOptions = { ...(options.asOf ? { asOf: options.asOf } : { asOf: new Date().toISOString().slice(0, 10) }), ...(options.budget ? { budget: options.budget } : {}), ...(options.limits ? { limits: options.limits } : {}) };
  const ranges = Array.from({ length: jobs }, (_, i) => [Math.floor((i * files.length) / jobs), Math.floor(((i + 1) * files.length) / jobs)] as const);
  const script = path.join(packageRoot, 'dist', 'src', 'engine', 'worker.js');
  let done = 0;
  const workers = ranges.map(([from, to]) => new Worker(script, { workerData: { standard, options: workerOptions, files, explicit: [...explicit], from, to } satisfies WorkerInput }));
  const next = <T extends 'indexed' | 'done'>(w: Worker, type: T) =>
    new Promise<Extract<WorkerMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'progress') {
          done += m.files;
          options.progress?.('evaluate', Math.min(done, files.length) - 1, files.length);
          return;
        }
        if (m.type !== type) return;
        w.off('message', onMessage);
        w.off('error', reject);
        resolve(m as Extract<WorkerMessage, { type: T }>);
      };
      w.on('message', onMessage);
      w.once('error', reject);
    });
  try {
    const indexed = await Promise.all(workers.map((w) => next(w, 'indexed')));
    const vendorIndex = indexed.flatMap((m) => m.vendorIndex).sort((a, b) => a.fileIndex - b.fileIndex || a.documentIndex - b.documentIndex);
    const deferred = indexed.flatMap((m) => m.deferred);
    // Pair every waiting deployment with the first matching manifest of the whole batch.
    const work = deferred.map((d) => {
      const vendor = vendorIndex.find((v) => v.product === d.product && (d.vendor === undefined || v.vendor === d.vendor));
      return vendor ? { deployment: d, vendor } : { deployment: d };
    });
    const share = workers.map((_, i) => work.filter((_w, k) => k % workers.length === i));
    const finished = workers.map((w) => next(w, 'done'));
    workers.forEach((w, i) => w.postMessage({ work: share[i] }));
    const second = await Promise.all(finished);
    const subjects = [...indexed.flatMap((m) => m.subjects), ...second.flatMap((m) => m.subjects)];
    const problems = [...standardProblems, ...expandProblems, ...indexed.flatMap((m) => m.problems), ...second.flatMap((m) => m.problems)];
    return assembleReport(standard, subjects, problems, options);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
