// One measurement in a fresh process, so that peak RSS belongs to it alone:
//   node bench/measure.mjs floor <dir> [jobs] [files]         read + yaml.parseAllDocuments of every file (the parse floor);
//                                                             with jobs, spread over that many worker threads (files i, i+jobs, …
//                                                             each), and with files, of the first that many files only
//   node bench/measure.mjs spin <iterations> [jobs]           an integer loop that allocates nothing, split over jobs worker
//                                                             threads: what the cores give to work that needs no memory
//   node bench/measure.mjs engine <dir> [jobs] [format]       what `ringfence check <dir> --format sarif=/dev/null` does:
//                                                             read, parse, validate, evaluate, score, and write the report
//                                                             (streamed, as the CLI writes json, sarif and jsonl); format
//                                                             sarif (default), json or jsonl
//   node bench/measure.mjs share <dir> <k> <of>               the engine mode, one thread, on every of-th file from the k-th
//                                                             (files named one by one): run `of` of these at once, and the
//                                                             batch is split over processes that share nothing
//   node bench/measure.mjs reader <dir>                       read + ringfence's own reader (the fast reader, yaml when it
//                                                             declines), values and ranges, as a check reads its inputs
//   node bench/measure.mjs stream <dir>                       the engine alone, streamed: each result is serialised as one
//                                                             JSON line and let go (no reporter, no output)
import { opendirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, dir, jobs, format = 'sarif'] = process.argv.slice(2);
// The streamed mode names no file itself (the engine walks the folder), so that its peak is the engine's alone: a
// list of 100,000 paths held by the bench for the whole run would be 10 MB of it.
const files = mode === 'spin' || mode === 'stream' ? [] : readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f)).slice(0, mode === 'floor' && process.argv[5] ? Number(process.argv[5]) : undefined);
let documents = 0;
let streamedFiles = 0;
/** The streamed mode's report, held until the heap is measured: what the run ends with counts as kept. */
let streamedReport;

/** Runs `body` (a function's source, called with its share) in `jobs` worker threads at once; resolves with their results. */
const inThreads = (jobs, body, shares) =>
  Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const w = new Worker(`const { workerData, parentPort } = require('node:worker_threads'); Promise.resolve((${body})(workerData)).then((r) => parentPort.postMessage(r));`, { eval: true, workerData: share });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
const spin = (n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + Math.imul(i, 2654435761)) | 0;
  return s;
};
const parseFiles = (list) => {
  const { readFileSync } = require('node:fs');
  const { parseAllDocuments } = require(list.yaml);
  let n = 0;
  for (const f of list.files) n += parseAllDocuments(readFileSync(f, 'utf8'), { version: '1.2' }).length;
  return n;
};

const started = performance.now();
const cpuStarted = process.cpuUsage();
const threads = jobs === undefined ? 0 : Number(jobs);
if (mode === 'spin') {
  const iterations = Number(dir);
  if (threads === 0) spin(iterations);
  else await inThreads(threads, spin.toString(), Array.from({ length: threads }, () => Math.round(iterations / threads)));
} else if (mode === 'floor' && threads > 0) {
  const yamlEntry = createRequire(import.meta.url).resolve('yaml');
  const shares = Array.from({ length: threads }, (_, w) => ({ yaml: yamlEntry, files: files.filter((_, i) => i % threads === w) }));
  documents = (await inThreads(threads, parseFiles.toString(), shares)).reduce((a, b) => a + b, 0);
} else if (mode === 'floor') {
  for (const f of files) documents += parseAllDocuments(readFileSync(f, 'utf8'), { version: '1.2' }).length;
} else if (mode === 'reader') {
  const { parseYamlText } = await import(path.join(root, 'dist/src/load/parse-yaml.js'));
  for (const f of files) documents += parseYamlText(readFileSync(f, 'utf8'), f).documents.length;
} else if (mode === 'stream') {
  const { loadStandard } = await import(path.join(root, 'dist/src/standard/standard.js'));
  const { checkStream } = await import(path.join(root, 'dist/src/engine/stream.js'));
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
  let bytes = 0;
  // Serialise each result as --format jsonl would, then let it go.
  const report = checkStream(standard, problems, { paths: [dir], asOf: '2026-11-25' }, (s) => (bytes += JSON.stringify(s).length));
  documents = report.documents;
  streamedReport = report;
  if (report.problems.some((p) => p.severity === 'error')) throw new Error(`problems: ${report.problems[0].message}`);
  // Counted an entry at a time, with no list.
  const d = opendirSync(dir);
  for (let e = d.readSync(); e !== null; e = d.readSync()) if (e.name.endsWith('.yaml')) streamedFiles++;
  d.closeSync();
} else {
  // The CLI's own check command, in this process: loading the standard, the streamed writers, worker threads.
  // `share` names every of-th file from the k-th one by one, on one thread.
  const share = mode === 'share' ? files.filter((_, i) => i % Number(format) === Number(jobs)) : undefined;
  const { runCheck } = await import(path.join(root, 'dist/src/cli/check-command.js'));
  const args = share ? [...share, '--jobs', '1', '--format', 'sarif=/dev/null'] : [dir, '--jobs', String(jobs ?? 1), '--format', `${format}=/dev/null`];
  const code = await runCheck([...args, '--as-of', '2026-11-25']);
  if (code !== 0 && code !== 1) throw new Error(`check exited with ${code}`);
  // Each generated file holds one document.
  documents = (share ?? files).length;
}
const ms = performance.now() - started;
// With --expose-gc (run.mjs passes it for the streamed mode): the heap still held once the batch is done, after a
// full collection — what the run kept, as opposed to what V8 let its heap grow to because it could.
let kept;
if (typeof globalThis.gc === 'function') {
  globalThis.gc();
  kept = { heapKeptKB: Math.round(process.memoryUsage().heapUsed / 1024) };
  if (streamedReport && streamedReport.documents !== documents) throw new Error('the report changed');
}
// User and system time of every thread of this process (the workers', V8's compiler and collector threads too).
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ mode, ...(mode === 'engine' ? { format, jobs: Number(jobs ?? 1) } : mode === 'share' ? {} : mode !== 'reader' && mode !== 'stream' ? { jobs: threads } : {}), files: mode === 'stream' ? streamedFiles : files.length, documents, ms, cpuMs, maxRssKB: process.resourceUsage().maxRSS, ...kept })}\n`);
