/** A worker thread of checkParallel (src/engine/parallel.ts): pass one over its range, then its share of pass two. */
import { parentPort, workerData } from 'node:worker_threads';
import { Batch } from './batch.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';

const input = workerData as WorkerInput;
const port = parentPort!;
const batch = new Batch(input.standard, input.options, input.files, new Set(input.explicit));
let reported = 0;
for (let i = input.from; i < input.to; i++) {
  batch.passOne(i);
  if (++reported % 25 === 0) port.postMessage({ type: 'progress', files: 25 } satisfies WorkerMessage);
}
port.postMessage({ type: 'progress', files: reported % 25 } satisfies WorkerMessage);
port.postMessage({ type: 'indexed', subjects: batch.subjects.splice(0), problems: batch.problems.splice(0), vendorIndex: batch.vendorIndex, deferred: batch.deferred } satisfies WorkerMessage);
port.once('message', (m: { work: Parameters<Batch['passTwo']>[0] }) => {
  batch.passTwo(m.work);
  port.postMessage({ type: 'done', subjects: batch.subjects, problems: batch.problems } satisfies WorkerMessage);
});
