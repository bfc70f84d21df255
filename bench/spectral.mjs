// `npm run bench:spectral` (and the Spectral section of `npm run bench`): ringfence against Spectral
// (@stoplight/spectral-cli, a development dependency) over the same generated documents, in two forms of the KDUS
// ruleset, measured in one run, alternating the commands and taking medians:
//   full        bench/spectral/kdus.spectral.yaml: core functions and 13 small custom functions
//   built-in    Spectral's lightest honest form: the same with built-in functions only (bench/spectral/core-ruleset.mjs
//               writes it; kdus-core.overlay.yaml says what the built-in functions cannot express)
//
//   cold start   `spectral lint one.yaml` (each form) vs `ringfence check one.yaml`, all writing SARIF to /dev/null,
//                each as a ratio to `node -e 0`, and ringfence's speed-up
//   throughput   the CLIs over the same N files, documents/second and the ratio: Spectral with every file in one
//                invocation (checked: it lints all N), in each form, ringfence on one thread (--jobs 1) and with its
//                default jobs and, as a bound in Spectral's favour, Spectral with the full ruleset minus every rule
//                that uses its `schema` function (which builds new ajv instances and recompiles each schema for
//                every document)
//   verdicts     per (document, control): does each tool flag it? (ringfence: fail or missing evidence), as a
//                check of how much of the same work each form does
// Wall time is the measure; CPU time (user + system of the child, Linux) is printed beside it because this
// machine is shared and wall time drifts with its load.
//
// Options: --n 200  --runs 7 (cold-start repetitions)  --batch-runs 3 (throughput repetitions)  --seed 1
//          --prefix DIR --spectral SPEC (another Spectral: installed into DIR on first use with npm, from SPEC;
//          default the development dependency)  --no-floor (skip the bound)  --keep (keep the files)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { generate } from './generate.mjs';
import { writeCoreRuleset } from './spectral/core-ruleset.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    runs: { type: 'string', default: '7' },
    'batch-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    prefix: { type: 'string' },
    spectral: { type: 'string' },
    'no-floor': { type: 'boolean' },
    keep: { type: 'boolean' },
  },
});
const n = Number(values.n);
const runs = Math.max(1, Number(values.runs));
const batchRuns = Math.max(1, Number(values['batch-runs']));
const seed = Number(values.seed);
const ruleset = path.join(root, 'bench/spectral/kdus.spectral.yaml');
const ringfence = path.join(root, 'bin/ringfence.js');

// Spectral: the development dependency, or another release installed into --prefix on first use.
const prefix = path.resolve(values.prefix ?? (values.spectral ? path.join(root, 'node_modules/.cache/ringfence-spectral') : root));
const shown = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);
const cliPackage = path.join(prefix, 'node_modules/@stoplight/spectral-cli/package.json');
if (!existsSync(cliPackage) && prefix === root) throw new Error('@stoplight/spectral-cli is not installed: run npm ci (it is a development dependency)');
if (!existsSync(cliPackage)) {
  mkdirSync(prefix, { recursive: true });
  console.log(`installing @stoplight/spectral-cli@${values.spectral ?? 'latest'} into ${shown(prefix)} …`);
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `@stoplight/spectral-cli@${values.spectral ?? 'latest'}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const cli = JSON.parse(readFileSync(cliPackage, 'utf8'));
// Its engines field must admit this Node (ranges such as `^16.20 || ^18.18 || >= 20.17`); otherwise pick an
// older release with --spectral and a fresh --prefix.
const admits = (range, version) => {
  const v = version.replace(/^v/, '').split('.').map(Number);
  const cmp = (a, b) => a.map((x, i) => x - (b[i] ?? 0)).find((d) => d !== 0) ?? 0;
  return range.split('||').some((part) =>
    part.trim().split(/\s+(?=[<>^~=])/).every((c) => {
      const m = /^(\^|~|>=|<=|>|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(c.trim());
      if (!m) return true;
      const w = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
      const d = cmp(v, w);
      if (m[1] === '^') return v[0] === w[0] && d >= 0;
      if (m[1] === '~') return v[0] === w[0] && v[1] === w[1] && d >= 0;
      return { '>=': d >= 0, '<=': d <= 0, '>': d > 0, '<': d < 0 }[m[1]] ?? d === 0;
    }),
  );
};
if (cli.engines?.node && !admits(cli.engines.node, process.version)) {
  throw new Error(`@stoplight/spectral-cli ${cli.version} needs node ${cli.engines.node}, not ${process.version}: pass --spectral <an older version> --prefix <a new folder>`);
}
const spectral = path.join(path.dirname(cliPackage), typeof cli.bin === 'string' ? cli.bin : cli.bin.spectral);
const spectralVersion = execFileSync(process.execPath, [spectral, '--version']).toString().trim();

const work = mkdtempSync(path.join(os.tmpdir(), 'ringfence-bench-spectral-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of waited-for children: cutime + cstime of this process (Linux /proc; undefined elsewhere).
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
  } catch {
    return 100;
  }
})();
const childCpuMs = () => {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    return ((Number(f[13]) + Number(f[14])) * 1000) / clockTicks; // fields 16 and 17
  } catch {
    return undefined;
  }
};
/** Wall and CPU time of one command in ms; exit codes 0 and 1 (findings) are fine, anything else is a failure. */
const time = (args, { stdout = 'ignore' } = {}) => {
  const cpu0 = childCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpu1 = childCpuMs();
  if ((r.status !== 0 && r.status !== 1) || /Error running Spectral/.test(r.stderr)) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, cpu: cpu0 === undefined || cpu1 === undefined ? NaN : cpu1 - cpu0, stdout: r.stdout?.toString() ?? '' };
};
const hasCpu = childCpuMs() !== undefined;
const spectralLint = (target, format, output, extra = [], rules = ruleset) => [spectral, 'lint', target, '--ruleset', rules, '--format', format, '--output', output, '--fail-severity', 'error', ...extra];
const ringfenceCheck = (target, extra = []) => [ringfence, 'check', target, '--format', 'sarif=/dev/null', ...extra];

// Spectral's lightest honest form: the same standard with built-in functions only, written for this run.
const coreRules = path.join(work, 'kdus-core.spectral.yaml');
const coreStats = writeCoreRuleset(coreRules);
const ruleCount = (file) => Object.keys(YAML.parse(readFileSync(file, 'utf8')).rules).length;

console.log(`ringfence vs Spectral · node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''} · seed ${seed}`);
console.log(`Spectral ${spectralVersion} (@stoplight/spectral-cli, ${prefix === root ? 'development dependency' : shown(prefix)})`);
console.log(`  full:     bench/spectral/kdus.spectral.yaml, ${ruleCount(ruleset)} rules, core and custom functions`);
console.log(`  built-in: the same with built-in functions only, ${ruleCount(coreRules)} rules (${coreStats.removedChecks} custom-function checks out, ${coreStats.added.length} built-in parts in; bench/spectral/kdus-core.overlay.yaml)`);
console.log('');

// Cold start: one generated vendor manifest.
const one = path.join(work, 'one');
generate(one, 1, seed);
const oneFile = path.join(one, '000000-vendor.yaml');
time(ringfenceCheck(oneFile)); // warm ringfence's compiled-standard cache
time(spectralLint(oneFile, 'sarif', '/dev/null')); // and the file system cache for both
time(spectralLint(oneFile, 'sarif', '/dev/null', [], coreRules));
const cold = { bare: [], rf: [], sp: [], core: [] };
for (let i = 0; i < runs; i++) {
  cold.bare.push(time(['-e', '0']));
  cold.rf.push(time(ringfenceCheck(oneFile)));
  cold.sp.push(time(spectralLint(oneFile, 'sarif', '/dev/null')));
  cold.core.push(time(spectralLint(oneFile, 'sarif', '/dev/null', [], coreRules)));
}
const wall = (xs) => median(xs.map((x) => x.ms));
const cpu = (xs) => median(xs.map((x) => x.cpu));
const [b, r1] = [wall(cold.bare), wall(cold.rf)];
const cpuCol = (xs) => (hasCpu ? `${cpu(xs).toFixed(0).padStart(7)} ms CPU` : '');
const coldRow = (label, xs) => console.log(`  ${label.padEnd(36)} ${wall(xs).toFixed(0).padStart(7)} ms   ${(wall(xs) / b).toFixed(2).padStart(6)}× node  ${cpuCol(xs)}`);
console.log(`cold start, one manifest, SARIF to /dev/null (median of ${runs}, alternating)`);
console.log(`  ${'node -e 0'.padEnd(36)} ${b.toFixed(0).padStart(7)} ms                 ${cpuCol(cold.bare)}`);
coldRow('ringfence check one.yaml', cold.rf);
coldRow('spectral lint one.yaml (full)', cold.sp);
coldRow('spectral lint one.yaml (built-in)', cold.core);
const coldSpeedUp = (xs) => `${(wall(xs) / r1).toFixed(1)}×${hasCpu ? ` (CPU ${(cpu(xs) / cpu(cold.rf)).toFixed(1)}×)` : ''}`;
console.log(`  ringfence speed-up, one file: ${coldSpeedUp(cold.sp)} over the full ruleset, ${coldSpeedUp(cold.core)} over built-in functions only  (aim ≥ 5×)`);
console.log('');

// Throughput: N documents.
const dir = path.join(work, `n${n}`);
const { bytes } = generate(dir, n, seed);
const glob = path.join(dir, '*.yaml');
const ringfenceJson = path.join(work, 'ringfence.json');
// ringfence's JSON report (untimed; also warms the file system cache) for the verdict check below.
time([ringfence, 'check', dir, '--format', `json=${ringfenceJson}`]);
const rfReport = JSON.parse(readFileSync(ringfenceJson, 'utf8'));
if (rfReport.subjects.length !== n) throw new Error(`ringfence checked ${rfReport.subjects.length} of ${n} documents`);

// The bound in Spectral's favour: the same ruleset without the rules that use `schema` (less work than ringfence).
const floorRuleset = path.join(work, 'kdus-no-schema.spectral.yaml');
const floorRules = YAML.parse(readFileSync(ruleset, 'utf8'));
const usesSchema = (then) => [then].flat().some((t) => t.function === 'schema' || t.function === 'documentSchema');
for (const [name, rule] of Object.entries(floorRules.rules)) if (usesSchema(rule.then)) delete floorRules.rules[name];
floorRules.functions = floorRules.functions.filter((f) => f !== 'documentSchema');
floorRules.functionsDir = path.relative(work, path.join(root, 'bench/spectral/functions'));
writeFileSync(floorRuleset, YAML.stringify(floorRules));
const floorCount = Object.keys(floorRules.rules).length;

/** One Spectral run over the N files: verbose, so that it can be checked to have linted every one. */
const spectralBatch = (rules, output) => {
  const r = time(spectralLint(glob, 'json', output, ['--verbose'], rules), { stdout: 'pipe' });
  const linted = (r.stdout.match(/^Linting /gm) ?? []).length;
  if (linted !== n) throw new Error(`Spectral linted ${linted} of ${n} files`);
  return r;
};
const spectralJson = path.join(work, 'spectral.json');
const coreJson = path.join(work, 'spectral-core.json');
const floorJson = path.join(work, 'spectral-floor.json');
const t = { j1: [], jd: [], sp: [], core: [], floor: [] };
for (let i = 0; i < batchRuns; i++) {
  t.j1.push(time(ringfenceCheck(dir, ['--jobs', '1'])));
  t.jd.push(time(ringfenceCheck(dir)));
  t.sp.push(spectralBatch(ruleset, spectralJson));
  t.core.push(spectralBatch(coreRules, coreJson));
  if (!values['no-floor']) t.floor.push(spectralBatch(floorRuleset, floorJson));
}
const spResults = JSON.parse(readFileSync(spectralJson, 'utf8'));
const coreResults = JSON.parse(readFileSync(coreJson, 'utf8'));
const rate = (xs) => Math.round((n / wall(xs)) * 1000);
const row = (label, xs, note = '') =>
  console.log(`  ${label.padEnd(44)} ${wall(xs).toFixed(0).padStart(8)} ${String(rate(xs)).padStart(8)} ${hasCpu ? (cpu(xs) / 1000).toFixed(1).padStart(8) : ''}   ${note}`);
const speedUp = (slow, fast) => `${(wall(slow) / wall(fast)).toFixed(1)}×${hasCpu ? ` (CPU ${(cpu(slow) / cpu(fast)).toFixed(1)}×)` : ''}`;
console.log(`throughput, N = ${n} (${(bytes / 1e6).toFixed(1)} MB; 4 vendor manifests to 1 deployment config; median of ${batchRuns}, alternating)`);
console.log(`${''.padEnd(46)} wall ms   docs/s${hasCpu ? '    CPU s' : ''}`);
row('spectral lint <N files> (full)', t.sp, `${spResults.length} results; all ${n} files linted`);
row('spectral lint <N files> (built-in)', t.core, `${coreResults.length} results; all ${n} files linted`);
if (t.floor.length) row(`spectral, full without schema rules (${floorCount} of ${ruleCount(ruleset)})`, t.floor, 'less work than ringfence: no document schema, no if/then checks');
row('ringfence check <dir> --jobs 1', t.j1);
row('ringfence check <dir> (default jobs)', t.jd, `worker threads: one per 1,500 files, up to ${os.cpus().length}`);
console.log(`  ringfence speed-up, ${n} files, one thread: ${speedUp(t.sp, t.j1)} over the full ruleset, ${speedUp(t.core, t.j1)} over built-in functions only  (aim ≥ 10×)`);
console.log(`  … with default jobs: ${speedUp(t.sp, t.jd)} over the full ruleset, ${speedUp(t.core, t.jd)} over built-in functions only`);
if (t.floor.length) console.log(`  … over the full ruleset without schema rules: ${speedUp(t.floor, t.j1)} on one thread`);
console.log('');

// Verdicts: per (document, control), does each form flag it, as ringfence does?
const verdicts = (results) => {
  const flagged = new Set();
  for (const r of results) {
    const control = String(r.code).match(/^KDUS-[A-Z]{2}-\d\d/)?.[0];
    if (control) flagged.add(`${path.resolve(r.source)}|${control}`);
  }
  let pairs = 0;
  let agree = 0;
  const disagree = new Map();
  for (const s of rfReport.subjects) {
    for (const c of s.controls) {
      pairs++;
      const rfFlags = c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error';
      if (rfFlags === flagged.has(`${path.resolve(root, s.file)}|${c.id}`)) agree++;
      else disagree.set(c.id, (disagree.get(c.id) ?? 0) + 1);
    }
  }
  const which = [...disagree].sort(([a], [b]) => a.localeCompare(b)).map(([id, k]) => `${id} ×${k}`).join(', ');
  return `${agree} of ${pairs} (document, control) pairs (${((agree / pairs) * 100).toFixed(1)}%)${which ? `; the rest: ${which}` : ''}`;
};
console.log(`verdicts as ringfence's, full ruleset: ${verdicts(spResults)}`);
console.log(`verdicts as ringfence's, built-in functions only: ${verdicts(coreResults)}`);
console.log(
  'caveat: equivalent checks, not identical work — see docs/performance.md for the controls each form reproduces; Spectral lints each file alone (no vendor manifest beside a deployment config) and reports violations only, while ringfence also scores, grades and writes a message and excerpt per finding.',
);

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nfiles kept in ${work}`);
