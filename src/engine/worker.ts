/** A worker thread of streamCheck (src/engine/parallel.ts): evaluates the chunks of files it is sent, in turn. */
import { parentPort, workerData } from 'node:worker_threads';
import { Batch } from './batch.js';
import type { WorkerInput, WorkerMessage, WorkerPart, WorkerRequest } from './parallel.js';
import { SubjectFinisher } from './finish.js';
import { loadRenderers, transferables } from './render.js';

const input = workerData as WorkerInput;
const port = parentPort!;
const batch = new Batch(input.standard, input.options, input.files, new Set(input.explicit), input.hints, input.imported);
const finisher = new SubjectFinisher(input.setup);
const render = await loadRenderers(input.render, input.setup.header);

/** Parts are posted a few at a time: each message costs the receiving thread a wake-up. */
const postEvery = 8;

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'finish') {
    port.postMessage({ type: 'tally', tally: finisher.tally() } satisfies WorkerMessage);
    return;
  }
  if (m.type === 'feedback') {
    render?.feedback(m.value);
    return;
  }
  let parts: WorkerPart[] = [];
  const post = () => {
    if (parts.length === 0) return;
    port.postMessage({ type: 'parts', chunk: m.chunk, parts } satisfies WorkerMessage, transferables(parts.map((p) => p.part)));
    parts = [];
  };
  for (let i = m.from; i < m.to; i++) {
    // A shard evaluates its own files; the others are read only for the vendor manifests its deployments pair with.
    if (input.owned && !input.owned[i]) continue;
    batch.evaluateFile(i, ({ order, subject, problems }) => {
      const reasons = finisher.finish(subject);
      try {
        parts.push({ part: render ? render.render(subject, problems) : subject, reasons, entry: order[0], schema: [...problems] });
      } catch (error) {
        // Not rendered: its gate reasons still count, and Batch reports the failure as the document's problem.
        parts.push({ reasons, entry: order[0], schema: [] });
        throw error;
      }
      if (parts.length >= postEvery) post();
    });
  }
  post();
  port.postMessage({ type: 'chunk', chunk: m.chunk, problems: batch.problems.splice(0) } satisfies WorkerMessage);
});
