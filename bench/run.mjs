// `npm run bench`: ringfence's performance figures, each measured in the same run and printed as ratios
// (absolute times drift between machines and runs; ratios hold). Public tools only: node and this package.
//
//   cold start   one-manifest `check --format sarif` vs `node -e 0`
//   throughput   documents/second for N = 100, 1,000, 10,000, and the engine's time over the parse floor
//                (reading and parsing the same files with `yaml` alone)
//   memory       peak RSS as N grows (of the check command writing SARIF, and of the engine alone streaming results)
//   scaling      the speed-up of worker threads on the largest batch, beside that of two processes sharing nothing (half
//                the files each) and what two threads give to yaml parsing the same files and to a loop that touches no
//                memory; with the cores each run kept busy and the CPU time two spend over one, which together account
//                for each speed-up
//   lazy loading what a plain check loads, and that no reader or importer is among it (bench/loaded-modules.cjs)
//   streamed     peak RSS of the engine alone, streamed, at --stream-max documents (100,000) against 1,000: flat
//   evidence     a check of the aegis example with its evidence folder (every artifact read) against without
//   artifacts    an SBOM of 10,000 components read and observed (bench/artifacts-sbom.mjs)
//   Spectral     one file and --spectral-n files (200), Spectral's full KDUS ruleset and its built-in-only form
//                (bench/spectral.mjs)
//   shards       100,000 documents checked once and in 8 shards one after another, the parts merged and compared
//                byte for byte; the merge's own time and memory, and the wall time with 8 runners (bench/shard.mjs)
//
// Options: --sizes 100,1000,10000  --runs 9 (cold-start repetitions)  --pairs 5 (rounds of one against two)  --seed 1
//          --spin 2000000000 (iterations of the integer loop)  --stream-max 100000  --spectral-n 200
//          --no-spectral  --shard-documents 100000 (0: no shard row)  --keep (keep the files)
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, runs: { type: 'string', default: '9' }, pairs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, spin: { type: 'string', default: '2000000000' }, 'stream-max': { type: 'string', default: '100000' }, 'spectral-n': { type: 'string', default: '200' }, 'no-spectral': { type: 'boolean' }, 'shard-documents': { type: 'string', default: '100000' }, keep: { type: 'boolean' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const pairs = Number(values.pairs);
const seed = Number(values.seed);
const work = mkdtempSync(path.join(os.tmpdir(), 'ringfence-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (cmd, args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const measure = (mode, dir, jobs, ...rest) => JSON.parse(execFileSync(process.execPath, [...(mode === 'stream' ? ['--expose-gc'] : []), path.join(root, 'bench/measure.mjs'), mode, dir, ...(jobs ? [String(jobs)] : []), ...rest.map(String)], { cwd: root, maxBuffer: 1 << 26 }).toString());

console.log(`ringfence benchmark · node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''} · seed ${seed}`);
console.log('');

// Cold start.
const one = path.join(work, 'one');
generate(one, 1, seed);
const oneFile = path.join(one, '000000-vendor.yaml');
time(process.execPath, [path.join(root, 'bin/ringfence.js'), 'check', oneFile, '--format', 'sarif=/dev/null']); // warm the compiled-standard cache
const bare = [];
const cold = [];
const coldText = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(process.execPath, ['-e', '0']));
  cold.push(time(process.execPath, [path.join(root, 'bin/ringfence.js'), 'check', oneFile, '--format', 'sarif=/dev/null']));
  coldText.push(time(process.execPath, [path.join(root, 'bin/ringfence.js'), 'check', oneFile]));
}
console.log('cold start (median of %d, run in turn)', runs);
console.log(`  node -e 0                         ${median(bare).toFixed(0).padStart(6)} ms`);
console.log(`  ringfence check one.yaml (sarif)  ${median(cold).toFixed(0).padStart(6)} ms   ratio ${(median(cold) / median(bare)).toFixed(2)}×  (target ≤ 2.5×)`);
console.log(`  ringfence check one.yaml (text)   ${median(coldText).toFixed(0).padStart(6)} ms   ratio ${(median(coldText) / median(bare)).toFixed(2)}×  (target ≤ 2.5×)`);
{
  // What a plain check loads: ES modules (NODE_DEBUG=esm) and CommonJS ones (bench/loaded-modules.cjs); the readers,
  // importers and their packages must not be among them (test/bench/plain-check-loads.test.ts asserts it).
  const r = spawnSync(process.execPath, ['--require', path.join(root, 'bench/loaded-modules.cjs'), path.join(root, 'bin/ringfence.js'), 'check', oneFile, '--format', 'sarif=/dev/null'], { cwd: root, env: { ...process.env, NODE_DEBUG: 'esm' }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const esm = [...r.stderr.matchAll(/Storing (file:\/\/\S+)/g)].map((m) => m[1]);
  const cjs = [...r.stderr.matchAll(/^ringfence-bench-cjs (.+)$/gm)].map((m) => m[1]).filter((f) => !f.endsWith('loaded-modules.cjs'));
  const lazy = [...esm, ...cjs].filter((f) => /(^|\/)(artifacts|readers|json-input|sbom|release-history|slsa-provenance|linux-module|windows-inf|source-tree|archive)[-/.]|\/src\/import\/|node_modules\/(yauzl|tar-stream|linguist-js|@typescript-eslint|[^/]*hcl[^/]*)\//.test(f));
  const packages = [...new Set(cjs.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter(Boolean))].sort();
  console.log(`  a plain check loads ${esm.length} ES modules and ${cjs.length} CommonJS ones (packages: ${packages.join(', ') || 'none'}); readers, archive readers, linguist, importers among them: ${lazy.length ? lazy.map((f) => path.relative(root, f.replace(/^file:\/\//, ''))).join(', ') : 'none'}`);
}
console.log('');

// Throughput and memory.
console.log('throughput and memory (full KDUS standard, every document validated, evaluated and scored; engine = `check --format sarif=/dev/null`, the streamed report written; target engine/floor ≤ 1.00×, RSS flat)');
console.log('        N   docs/s   engine ms   parse-floor ms   engine/floor   peak RSS   RSS/RSS(1000)   streamed: peak RSS   RSS/RSS(1000)');
const results = new Map();
for (const n of sizes) {
  const dir = path.join(work, `n${n}`);
  generate(dir, n, seed);
  const floor = measure('floor', dir);
  const engine = measure('engine', dir, 1);
  const stream = measure('stream', dir);
  results.set(n, { floor, engine, stream, dir });
  const base = results.get(1000)?.engine.maxRssKB;
  const streamBase = results.get(1000)?.stream.maxRssKB;
  console.log(
    `${String(n).padStart(9)} ${String(Math.round((engine.documents / engine.ms) * 1000)).padStart(8)} ${engine.ms.toFixed(0).padStart(11)} ${floor.ms.toFixed(0).padStart(16)} ${(engine.ms / floor.ms).toFixed(2).padStart(13)}× ${`${(engine.maxRssKB / 1024).toFixed(0)} MB`.padStart(10)} ${base ? `${(engine.maxRssKB / base).toFixed(2)}×`.padStart(15) : ''.padStart(15)} ${`${(stream.maxRssKB / 1024).toFixed(0)} MB`.padStart(20)} ${streamBase ? `${(stream.maxRssKB / streamBase).toFixed(2)}×`.padStart(15) : ''.padStart(15)}`,
  );
}
const ns = [...results.keys()];
{
  // The parse floor is yaml's; ringfence reads manifests with its own fast reader (src/load/fast-yaml.ts).
  const n = results.has(1000) ? 1000 : ns[ns.length - 1];
  const r = results.get(n);
  const reader = measure('reader', r.dir);
  console.log(`  reading alone, N=${n}: ringfence's reader ${reader.ms.toFixed(0)} ms (values and ranges), yaml.parseAllDocuments ${r.floor.ms.toFixed(0)} ms: ${(r.floor.ms / reader.ms).toFixed(1)}× faster`);
}
if (ns.length >= 2) {
  // The two largest batches: the smallest one is dominated by start-up and JIT warm-up.
  const [a, b] = ns.length >= 3 ? [ns[ns.length - 2], ns[ns.length - 1]] : [ns[0], ns[ns.length - 1]];
  const per = (n) => results.get(n).engine.ms / n;
  console.log(`  linearity: time per document at N=${b} is ${(per(b) / per(a)).toFixed(2)}× that at N=${a} (1.00 = linear)`);
}
{
  // Flat memory: the engine alone, streamed, at --stream-max documents, against its peak RSS at 1,000 (or the
  // smallest size given).
  const streamMax = Number(values['stream-max']);
  const base = results.get(1000) ?? results.get(ns[0]);
  if (streamMax > 0) {
    const dir = path.join(work, `stream${streamMax}`);
    generate(dir, streamMax, seed);
    const big = measure('stream', dir);
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    console.log(
      `  streamed, N=${streamMax}: the engine alone ${big.ms.toFixed(0)} ms (${Math.round((big.documents / big.ms) * 1000)} docs/s), peak RSS ${(big.maxRssKB / 1024).toFixed(0)} MB: ${(big.maxRssKB / base.stream.maxRssKB).toFixed(2)}× that at N=${results.get(1000) ? 1000 : ns[0]}  (target flat: ≤ 1.5×); heap kept at the end ${(big.heapKeptKB / 1024).toFixed(1)} MB: ${(big.heapKeptKB / base.stream.heapKeptKB).toFixed(2)}×`,
    );
  }
}
console.log('');

// Worker threads: one thread and two, run in turn (A B A B …) so that the machine's drift hits both alike; the
// speed-up is the median of the rounds' ratios. Beside it, in the same rounds, two processes that share nothing, each
// checking half the files: what two cores give to this very work when no thread, heap or JIT is shared. And what
// the same two cores give to two other workloads in 1 and 2 worker threads: an integer loop that touches no memory
// (the cores' own ceiling), and yaml parsing the same files (work that allocates as a check does).
const largest = Math.max(...ns);
const big = results.get(largest);
const measureAsync = (mode, dir, ...rest) =>
  new Promise((resolve, reject) =>
    execFile(process.execPath, [path.join(root, 'bench/measure.mjs'), mode, dir, ...rest.map(String)], { cwd: root, maxBuffer: 1 << 26 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
  );
// Both halves start together; the pair's time is the slower half's (start-up excluded, as in every engine figure).
const twoProcesses = async (dir) => {
  const halves = await Promise.all([0, 1].map((k) => measureAsync('share', dir, k, 2)));
  return { ms: Math.max(...halves.map((h) => h.ms)), cpuMs: halves.reduce((sum, h) => sum + h.cpuMs, 0) };
};
/** Runs each of `runners` in turn, `pairs` rounds; each later runner is compared with the first, round by round. */
const rounds = async (...runners) => {
  const runs = runners.map(() => []);
  for (let i = 0; i < pairs; i++) for (const [k, run] of runners.entries()) runs[k].push(await run());
  // Cores kept busy: the CPU time of every thread of the process(es) over the wall time. CPU 2/1: over the first's.
  const busy = (rs) => median(rs.map((r) => r.cpuMs / r.ms));
  return runs.slice(1).map((rs) => {
    const ratios = rs.map((r, i) => runs[0][i].ms / r.ms);
    return {
      one: median(runs[0].map((r) => r.ms)),
      two: median(rs.map((r) => r.ms)),
      ratio: median(ratios),
      min: Math.min(...ratios),
      max: Math.max(...ratios),
      busy: [busy(runs[0]), busy(rs)],
      work: median(rs.map((r, i) => r.cpuMs / runs[0][i].cpuMs)),
    };
  });
};
const show = (label, r, target = '') =>
  console.log(
    `  ${label.padEnd(54)} ${r.one.toFixed(0).padStart(8)} ms ${r.two.toFixed(0).padStart(8)} ms   ${`${r.ratio.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`.padEnd(19)} ${`${r.busy[0].toFixed(2)} → ${r.busy[1].toFixed(2)}`.padStart(14)} ${`${r.work.toFixed(2)}×`.padStart(10)}${target}`,
  );
const floorFiles = Math.min(largest, 2000);
console.log(`two cores (median of ${pairs} rounds, each run in turn; min–max of the rounds in brackets)`);
console.log(`  ${''.padEnd(54)} ${'1 thread'.padStart(11)} ${'two'.padStart(11)}   ${'speed-up'.padEnd(19)} ${'cores busy'.padStart(14)} ${'CPU 2/1'.padStart(10)}`);
const [threads, processes] = await rounds(() => measure('engine', big.dir, 1), () => measure('engine', big.dir, 2), () => twoProcesses(big.dir));
show(`ringfence check, N=${largest}, 2 worker threads`, threads, '  (target close to 2× on 2 cores)');
show(`ringfence check, N=${largest}, 2 processes, half each`, processes);
const [floor] = await rounds(() => measure('floor', big.dir, 1, floorFiles), () => measure('floor', big.dir, 2, floorFiles));
show(`yaml.parseAllDocuments, N=${floorFiles}, 2 threads (allocates)`, floor);
const [spin] = await rounds(() => measure('spin', values.spin, 1), () => measure('spin', values.spin, 2));
show('an integer loop, 2 threads (touches no memory)', spin);
// Wall time is CPU time over cores busy, so a speed-up is (cores busy with two over with one) over CPU 2/1. A
// one-thread check already keeps more than one core busy (V8 compiles and collects garbage on other threads), so
// two cores can give it at most 2 over that; and each worker's isolate compiles the engine again.
console.log(
  `  threads: ${threads.ratio.toFixed(2)}× ≈ (${threads.busy[1].toFixed(2)} / ${threads.busy[0].toFixed(2)} cores busy) / ${threads.work.toFixed(2)}× the CPU; at equal CPU two cores allow it at most 2 / ${threads.busy[0].toFixed(2)} = ${(2 / threads.busy[0]).toFixed(2)}×`,
);

// Evidence: the aegis example checked with its evidence folder (every artifact in it read and observed) and without.
console.log('');
{
  const check = (extra) => time(process.execPath, [path.join(root, 'bin/ringfence.js'), 'check', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', 'sarif=/dev/null', ...extra]);
  const withEvidence = ['--evidence', 'examples/evidence/aegis'];
  check(withEvidence); // warm the file system cache
  const plain = [];
  const evidence = [];
  const nodeBare = [];
  for (let i = 0; i < runs; i++) {
    nodeBare.push(time(process.execPath, ['-e', '0']));
    plain.push(check([]));
    evidence.push(check(withEvidence));
  }
  console.log(`evidence (median of ${runs}, run in turn)`);
  console.log(`  check aegis-exemplary.yaml                                        ${median(plain).toFixed(0).padStart(6)} ms   ${(median(plain) / median(nodeBare)).toFixed(2)}× node -e 0`);
  console.log(`  … --evidence examples/evidence/aegis (every artifact read)        ${median(evidence).toFixed(0).padStart(6)} ms   ${(median(evidence) / median(nodeBare)).toFixed(2)}× node -e 0, +${(median(evidence) - median(plain)).toFixed(0)} ms`);
}

// Reading artifacts: a 10,000-component SBOM (bench/artifacts-sbom.mjs).
console.log('');
process.stdout.write(execFileSync(process.execPath, [path.join(root, 'bench/artifacts-sbom.mjs'), '--runs', String(Math.min(runs, 5))], { cwd: root }));
// Artifacts: a release history of 1,000 releases read and set beside a manifest, as `check --artifact` does.
console.log('');
console.log('artifacts (read + observe, in one process, the reader loaded once)');
console.log(execFileSync(process.execPath, [path.join(root, 'bench/release-history.mjs'), '1000', '5'], { cwd: root }).toString().trimEnd());

// Against Spectral: its full KDUS ruleset and its built-in-only form, one file and --spectral-n files (bench/spectral.mjs).
if (!values['no-spectral']) {
  console.log('');
  process.stdout.write(execFileSync(process.execPath, [path.join(root, 'bench/spectral.mjs'), '--n', values['spectral-n'], '--runs', String(Math.min(runs, 7)), '--batch-runs', String(Math.min(pairs, 3)), '--seed', String(seed)], { cwd: root, maxBuffer: 1 << 26 }));
}

// Sharding: one run against 8 shards one after another and their merge (bench/shard.mjs).
if (Number(values['shard-documents']) > 0) {
  console.log('');
  process.stdout.write(execFileSync(process.execPath, [path.join(root, 'bench/shard.mjs'), '--documents', values['shard-documents'], '--shards', '8', '--seed', String(seed)], { cwd: root, maxBuffer: 1 << 26 }));
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nfiles kept in ${work}`);
