// The shard row of `npm run bench`: N generated documents (default 100,000) checked once, then cut into S shards
// (default 8) run one after another on this machine, their JSON parts merged; the merged outputs are compared byte
// for byte with the single run's. Prints the single run's time, the shards' (sum and slowest), the merge's own time
// and peak memory, and the on-paper wall time with S runners side by side: the slowest shard plus the merge (the
// artifact upload and download between the jobs not counted).
//
// Options: --documents 100000  --shards 8  --seed 1  --formats json,sarif  --keep
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { documents: { type: 'string', default: '100000' }, shards: { type: 'string', default: '8' }, seed: { type: 'string', default: '1' }, formats: { type: 'string', default: 'json,sarif' }, keep: { type: 'boolean' } } });
const n = Number(values.documents);
const shards = Number(values.shards);
const formats = values.formats.split(',');
const work = mkdtempSync(path.join(os.tmpdir(), 'ringfence-shard-'));
const docs = path.join(work, 'docs');
const out = path.join(work, 'out');
const bin = path.join(root, 'bin/ringfence.js');
const asOf = ['--as-of', '2026-11-25'];
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/**
 * Runs the CLI in the work folder: wall time (ms) and, where /usr/bin/time is there, peak RSS (MiB) and CPU time
 * (user + system, ms: on a machine shared with other jobs the wall time says more about the load than the run).
 */
function run(args) {
  const t = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'rss-kib %M cpu-s %U %S', process.execPath, bin, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`ringfence ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = /rss-kib (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, code: r.status, rssMb: rss ? Number(rss[1]) / 1024 : undefined, cpuMs: rss ? (Number(rss[2]) + Number(rss[3])) * 1000 : undefined };
}

const outputs = (prefix) => formats.flatMap((f) => ['--format', `${f}=out/${prefix}.${f}`]);
generate(docs, n, Number(values.seed));
// The compiled standard is cached per working folder: compile it before the runs that are timed.
run(['check', path.join('docs', readdirSync(docs).sort()[0]), ...asOf, '-q']);
const single = run(['check', 'docs', ...asOf, '-q', ...outputs('single')]);
const parts = [];
const shardRuns = [];
for (let i = 1; i <= shards; i++) {
  shardRuns.push(run(['check', 'docs', ...asOf, '-q', '--shard', `${i}/${shards}`, '--format', `json=out/part-${i}.json`]));
  parts.push(`out/part-${i}.json`);
}
const merge = run(['merge', ...parts, '-q', ...outputs('merged')]);
/** Whether two files hold the same bytes, read a mebibyte at a time (a JSON report of 100,000 documents is ~9 GB). */
function sameFile(a, b) {
  if (statSync(a).size !== statSync(b).size) return false;
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.allocUnsafe(1 << 20);
    const bb = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const na = readSync(fa, ba, 0, ba.length, null);
      const nb = readSync(fb, bb, 0, bb.length, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
const identical = formats.every((f) => sameFile(path.join(out, `single.${f}`), path.join(out, `merged.${f}`)));
const partBytes = parts.reduce((s, p) => s + statSync(path.join(work, p)).size, 0);
const sum = shardRuns.reduce((s, r) => s + r.ms, 0);
const slowest = Math.max(...shardRuns.map((r) => r.ms));
const mb = (x) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MiB`);
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const cpu = (r) => (r.cpuMs === undefined ? '' : `   cpu ${s(r.cpuMs)}`);

console.log(`shards (${n.toLocaleString('en')} documents, ${shards} shards run one after another, parts merged; formats ${formats.join(', ')})`);
console.log(`  one run                          ${s(single.ms).padStart(9)}   peak ${mb(single.rssMb)}${cpu(single)}   exit ${single.code}`);
console.log(`  ${shards} shards, one after another    ${s(sum).padStart(9)}   ${(sum / single.ms).toFixed(2)}× one run; slowest shard ${s(slowest)}, peak ${mb(Math.max(...shardRuns.map((r) => r.rssMb ?? 0)) || undefined)}`);
console.log(`  merge                            ${s(merge.ms).padStart(9)}   peak ${mb(merge.rssMb)}${cpu(merge)}   parts ${(partBytes / 1024 / 1024).toFixed(0)} MiB   exit ${merge.code}`);
console.log(`  merged output identical to one run: ${identical ? 'yes' : 'NO'} (${formats.join(', ')})${merge.code === single.code ? '' : `; exit codes differ: ${single.code} vs ${merge.code}`}`);
console.log(`  on paper, ${shards} runners side by side: slowest shard + merge = ${s(slowest + merge.ms)}, ${(single.ms / (slowest + merge.ms)).toFixed(2)}× faster than one run (artifact transfer not counted)`);
if (!identical || merge.code !== single.code) process.exitCode = 1;
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`  files kept in ${work}`);
