// One measurement in a fresh process, so that peak RSS belongs to it alone:
//   node bench/measure.mjs floor <dir>          read + yaml.parseAllDocuments of every file (the parse floor)
//   node bench/measure.mjs engine <dir> [jobs]  the whole check: read, parse, validate, evaluate, score, report
//   node bench/measure.mjs stream <dir>         the same, streamed (as --format jsonl): no result is kept
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, dir, jobs] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
let documents = 0;
const started = performance.now();
if (mode === 'floor') {
  for (const f of files) documents += parseAllDocuments(readFileSync(f, 'utf8'), { version: '1.2' }).length;
} else if (mode === 'stream') {
  const { loadStandard } = await import(path.join(root, 'dist/src/standard/standard.js'));
  const { checkStream } = await import(path.join(root, 'dist/src/engine/stream.js'));
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.0.yaml'));
  let bytes = 0;
  // Serialise each result as --format jsonl would, then let it go.
  const report = checkStream(standard, problems, { paths: [dir], asOf: '2026-11-25' }, (s) => (bytes += JSON.stringify(s).length));
  documents = report.documents;
  if (report.problems.some((p) => p.severity === 'error')) throw new Error(`problems: ${report.problems[0].message}`);
} else {
  const { loadStandard } = await import(path.join(root, 'dist/src/standard/standard.js'));
  const { checkParallel } = await import(path.join(root, 'dist/src/engine/parallel.js'));
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.0.yaml'));
  const report = await checkParallel(standard, problems, { paths: [dir], asOf: '2026-11-25', jobs: Number(jobs ?? 1) });
  documents = report.subjects.length;
  if (report.problems.some((p) => p.severity === 'error')) throw new Error(`problems: ${report.problems[0].message}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ mode, files: files.length, documents, ms, maxRssKB: process.resourceUsage().maxRSS })}\n`);
