/** A worker thread of streamCheck (src/engine/parallel.ts): evaluates the chunks of files it is sent, in turn. */
import { parentPort, workerData } from 'node:worker_threads';
import { Batch } from './batch.js';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './parallel.js';
import { collectEvery, collectGarbage, loadRenderers, SubjectFinisher } from './stream.js';

const input = workerData as WorkerInput;
const port = parentPort!;
const batch = new Batch(input.standard, input.options, input.files, new Set(input.explicit));
const finisher = new SubjectFinisher(input.setup);
const render = await loadRenderers(input.render, input.setup.header);
let documents = 0;

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'finish') {
    port.postMessage({ type: 'tally', tally: finisher.tally() } satisfies WorkerMessage);
    return;
  }
  for (let i = m.from; i < m.to; i++) {
    batch.evaluateFile(i, ({ subject }) => {
      const reasons = finisher.finish(subject);
      port.postMessage({ type: 'part', chunk: m.chunk, part: render ? render(subject) : subject, reasons } satisfies WorkerMessage);
      if (input.collect && ++documents % collectEvery === 0) collectGarbage();
    });
  }
  port.postMessage({ type: 'chunk', chunk: m.chunk, problems: batch.problems.splice(0) } satisfies WorkerMessage);
});
