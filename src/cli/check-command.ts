import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { reporters, formatNames, streamingReporters, eachChunk, type Chunks, type ReporterOptions, type StreamingReporter } from '../../reporters/index.js';
import { loadBaseline } from '../engine/baseline.js';
import { loadWaivers } from '../engine/waivers.js';
import { readEvidence } from '../evidence/bundle.js';
import { loadTrustPolicy } from '../evidence/trust-policy.js';
import type { Problem } from '../model/problem.js';
import { availableCores, checkParallel, streamCheck, type StreamCheckOptions } from '../engine/parallel.js';
import { maxShards, type ShardSpec } from '../engine/shard.js';
import { reportHeader } from '../engine/stream.js';
import type { Standard } from '../standard/standard.js';
import type { Report, ReportAbout, ReportSummary, Severity } from '../model/report.js';
import { defaultStandardPath } from '../paths.js';
import { loadStandard } from '../standard/standard.js';
import { parse, useColor } from './args.js';
import { formatProblem } from './format-problem.js';
import { refuseOutputsOverInputs } from './output-guard.js';
import { UsageError } from './usage-error.js';
import { progressLine } from './progress.js';
import { findConfig, globProblem, loadConfig, type LoadedConfig } from './config.js';
import { standardFile } from './standard-option.js';
import { displayPath, type IgnoreRule } from '../load/read-inputs.js';
import { didYouMean } from '../util/did-you-mean.js';
import { importModule } from '../util/import-module.js';

function didYouMeanHint(value: string, choices: readonly string[]): string {
  const hint = didYouMean(value, choices);
  return hint ? `; did you mean "${hint}"?` : '';
}

const severities = ['critical', 'high', 'medium', 'low', 'none'] as const;

export interface OutputSpec {
  format: string;
  path?: string;
}

export function parseFormats(values: readonly string[], available: readonly string[] = formatNames): OutputSpec[] {
  const specs = (values.length ? values : ['text']).map((v) => {
    const eq = v.indexOf('=');
    const format = eq < 0 ? v : v.slice(0, eq);
    const file = eq < 0 ? undefined : v.slice(eq + 1);
    if (!available.includes(format)) throw new UsageError(`unknown format "${format}"; available: ${available.join(', ')}`);
    if (file === '') throw new UsageError(`--format ${format}= needs a file name after "="`);
    return file === undefined || file === '-' ? { format } : { format, path: file };
  });
  if (specs.filter((s) => s.path === undefined).length > 1) {
    throw new UsageError('only one format can go to standard output; give the others a file: --format sarif=results.sarif');
  }
  return specs;
}

/** A real calendar date as YYYY-MM-DD: `2026-02-31` is refused, not rolled over into March. */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

export function parseDate(v: string | undefined, flag: string): string | undefined {
  if (v === undefined) return undefined;
  if (!isCalendarDate(v)) throw new UsageError(`${flag} takes a calendar date as YYYY-MM-DD, not "${v}"`);
  return v;
}

export function parseNumber(v: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} takes a number from ${min} to ${max}, not "${v}"`);
  return n;
}

/** The options that say what the report is for (--title, --organization, --purpose), as parseArgs declares them. */
export const aboutOptions = {
  title: { type: 'string' },
  organization: { type: 'string' },
  purpose: { type: 'string' },
} as const;

const aboutLimits = { title: 120, organization: 120, purpose: 300 } as const;

/**
 * --title, --organization and --purpose, checked: each one line of printable text (they head every report, and a
 * line break or escape sequence would forge lines in the text and Markdown reports), of bounded length.
 */
export function parseAbout(values: Partial<Record<keyof typeof aboutLimits, string>>): ReportAbout | undefined {
  const about: ReportAbout = {};
  for (const key of ['title', 'organization', 'purpose'] as const) {
    const raw = values[key];
    if (raw === undefined) continue;
    const v = raw.trim();
    if (v === '') throw new UsageError(`--${key} needs a value that is not empty`);
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v)) throw new UsageError(`--${key} takes one line of text, without line breaks or control characters`);
    if (v.length > aboutLimits[key]) throw new UsageError(`--${key} takes at most ${aboutLimits[key]} characters, not ${v.length}`);
    about[key] = v;
  }
  return Object.keys(about).length ? about : undefined;
}

/** Writes every requested output. Returns false when a file could not be written (reported on stderr). */
export async function writeOutputs(report: Report, outputs: readonly OutputSpec[], colorFlag?: boolean, extra: Partial<ReporterOptions> = {}): Promise<boolean> {
  return writeRendered(outputs, async (out, color) => (await reporters[out.format]!())(report, { ...extra, color }), colorFlag);
}

/** Colour only for text on standard output, when that is a terminal (or --color says so). */
export function colorFor(out: OutputSpec, colorFlag: boolean | undefined): boolean {
  return out.path === undefined && out.format === 'text' && useColor(process.stdout, colorFlag);
}

/** Renders each output (colour only for text on a terminal) and writes it to its file or standard output. */
export async function writeRendered(outputs: readonly OutputSpec[], render: (out: OutputSpec, color: boolean) => Promise<string>, colorFlag?: boolean): Promise<boolean> {
  let ok = true;
  for (const out of outputs) {
    const text = await render(out, colorFor(out, colorFlag));
    if (out.path === undefined) {
      process.stdout.write(text);
      continue;
    }
    try {
      mkdirSync(path.dirname(path.resolve(out.path)), { recursive: true });
      writeFileSync(out.path, text);
    } catch (error) {
      process.stderr.write(`ringfence: cannot write ${out.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      ok = false;
    }
  }
  return ok;
}

/**
 * --interactive draws on the terminal and reads keys from it: refuse early when either end is not one, and
 * when a format was asked for on standard output, which the view would overwrite.
 */
export function requireTerminal(formats: readonly string[]): void {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw new UsageError('--interactive needs a terminal (standard input and output must be a TTY); without it, use --format to write reports');
  }
  const toStdout = formats.find((f) => !f.includes('=') || f.endsWith('=-'));
  if (toStdout !== undefined) throw new UsageError(`--interactive uses the terminal; give --format ${toStdout.replace(/=-$/, '')} a file (--format ${toStdout.replace(/=-$/, '')}=FILE) to write it as well`);
}

/** One output written as it is produced, through a buffer; a write error is reported once and ends that output. */
export class OutputSink {
  private fd: number | undefined;
  private buffered: Uint8Array[] = [];
  private size = 0;
  ok = true;

  /** `eager`: write each piece as it comes (a terminal), rather than a megabyte at a time. */
  constructor(
    private readonly target: string | undefined,
    private readonly eager = false,
  ) {
    if (target === undefined) return;
    try {
      mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      this.fd = openSync(target, 'w');
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    process.stderr.write(`ringfence: cannot write ${this.target ?? 'to standard output'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    this.ok = false;
    this.buffered = [];
  }

  write(chunks: Chunks): void {
    for (const c of eachChunk(chunks)) {
      if (!this.ok) return;
      if (c.length === 0) continue;
      const bytes = typeof c === 'string' ? Buffer.from(c) : c;
      this.buffered.push(bytes);
      this.size += bytes.byteLength;
      if (this.size >= 1 << 20) this.flush();
    }
    if (this.eager) this.flush();
  }

  flush(): void {
    if (!this.ok || this.buffered.length === 0) return;
    const data = Buffer.concat(this.buffered);
    this.buffered = [];
    this.size = 0;
    try {
      if (this.fd === undefined) process.stdout.write(data);
      else for (let at = 0; at < data.length; ) at += writeSync(this.fd, data, at);
    } catch (error) {
      this.fail(error);
    }
  }

  close(): boolean {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    return this.ok;
  }
}

/**
 * Writes the formats (all of them stream) while the batch is evaluated: each output's beginning, then every
 * subject's part as it comes (rendered in the thread that evaluated it), then its end. No report is held.
 */
async function checkStreamed(
  standard: Standard,
  problems: Problem[],
  outputs: readonly OutputSpec[],
  options: StreamCheckOptions & { asOf: string },
  renderOptions: ReporterOptions,
  colorFlag: boolean | undefined,
): Promise<{ summary: ReportSummary; written: boolean }> {
  const header = reportHeader(standard, options.asOf, options.config, options.about);
  const refs = outputs.map((o) => ({ ...streamingReporters[o.format]!, options: { ...renderOptions, color: colorFor(o, colorFlag) } }));
  const writers = await Promise.all(refs.map(async (r) => ((await importModule(r.module)) as Record<string, StreamingReporter<unknown>>)[r.export]!.writer(header, r.options)));
  // Output on a terminal appears as it is written, a document at a time; a progress line would break into it.
  const toTerminal = outputs.some((o) => o.path === undefined) && process.stdout.isTTY === true;
  const sinks = outputs.map((o) => new OutputSink(o.path, toTerminal && o.path === undefined));
  let summary: ReportSummary;
  try {
    writers.forEach((w, i) => sinks[i]!.write(w.begin()));
    summary = await streamCheck(standard, problems, { ...options, ...(toTerminal ? { progress: undefined } : {}), render: refs, smallHeap: true }, (parts) => {
      (parts as unknown[]).forEach((p, i) => sinks[i]!.write(writers[i]!.add(p)));
      return writers.map((w) => w.feedback?.());
    });
    writers.forEach((w, i) => sinks[i]!.write(w.end(summary)));
  } finally {
    for (const s of sinks) s.close();
  }
  return { summary, written: sinks.every((s) => s.ok) };
}

/** The check's options, as parseArgs takes them; each is described in src/cli/help.ts. */
export const checkOptions = {
  standard: { type: 'string', short: 's' },
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'fail-on': { type: 'string' },
  'min-score': { type: 'string' },
  'min-level': { type: 'string' },
  'as-of': { type: 'string' },
  waivers: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  evidence: { type: 'string' },
  artifact: { type: 'string', multiple: true },
  sources: { type: 'boolean' },
  'trust-policy': { type: 'string' },
  'fail-on-new': { type: 'boolean' },
  'omit-waived': { type: 'boolean' },
  'max-results': { type: 'string' },
  'sarif-category': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'allow-empty': { type: 'boolean' },
  shard: { type: 'string' },
  interactive: { type: 'boolean', short: 'i' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  ...aboutOptions,
} as const;

/**
 * --shard i/n: this run evaluates shard i (1-based) of n. A part is for `ringfence merge`, which needs its JSON
 * report (the carrier of what the merge needs: see ShardInfo), so a JSON output is required.
 */
export function parseShard(value: string | undefined, outputs: readonly OutputSpec[], interactive: boolean): ShardSpec | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > maxShards) throw new UsageError(`--shard takes i/n, this run's shard i of n (1 ≤ i ≤ n ≤ ${maxShards}), e.g. --shard 2/8; not "${value}"`);
  if (interactive) throw new UsageError('--shard writes a part for `ringfence merge`; --interactive needs the whole run (merge the parts, then look at the merged report)');
  if (!outputs.some((o) => o.format === 'json')) throw new UsageError(`--shard ${value} writes a part for \`ringfence merge\`, which reads its JSON report: add --format json=part-${index}-of-${count}.json`);
  return { index, count };
}

/** -o/--output FILE: the file of the one format asked for (text when none is). Several formats name a file each. */
export function applyOutput(formats: readonly string[], output: string | undefined): string[] {
  if (output === undefined) return [...formats];
  if (output === '') throw new UsageError('-o/--output needs a file name');
  if (formats.length > 1) {
    throw new UsageError(`-o/--output names the file of a single format; with ${formats.length} formats, give each its own file: ${formats.map((f) => `--format ${f.split('=')[0]}=FILE`).join(' ')}`);
  }
  const format = formats[0] ?? 'text';
  if (format.includes('=')) throw new UsageError(`--format ${format} already names its file; leave out -o/--output ${output}`);
  return [`${format}=${output}`];
}

const gateFlags = ['fail-on', 'min-score', 'min-level', 'fail-on-new'] as const;

/** The config file of this run: --config FILE, none with --no-config, else the one found from the working folder. */
function configOfRun(values: { config?: string; 'no-config'?: boolean }): { config?: LoadedConfig; failed?: true } {
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  if (values['no-config']) return {};
  let file = values.config;
  if (file === undefined) {
    const found = findConfig(process.cwd());
    if (found.problem) {
      process.stderr.write(`ringfence: ${formatProblem(found.problem)}\n`);
      return { failed: true };
    }
    file = found.file;
  }
  if (file === undefined) return {};
  const loaded = loadConfig(file);
  for (const p of loaded.problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
  if (!loaded.config) {
    process.stderr.write(`ringfence: the config file ${displayPath(file)} could not be used; nothing was evaluated (--no-config ignores it)\n`);
    return { failed: true };
  }
  return { config: loaded.config };
}

/**
 * A code scanning category: what the workflow author names it, so kept to what GitHub shows in a drop-down —
 * printable, without control characters, at most 200 characters, not empty once its trailing slashes are gone.
 */
function parseSarifCategory(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const category = value.replace(/\/+$/, '');
  if (category.trim() === '' || category.length > 200 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(category)) {
    throw new UsageError(`--sarif-category takes a name of 1 to 200 printable characters (e.g. ringfence/vendors), not ${JSON.stringify(value)}`);
  }
  return category;
}

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals: given } = parse(args, checkOptions);
  const run = configOfRun(values);
  if (run.failed) return 2;
  const config = run.config;
  const cs = config?.settings ?? {};
  const quiet = values.quiet === true;
  const note = (text: string) => {
    if (!quiet) process.stderr.write(`ringfence: ${text}\n`);
  };
  const positionals = given.length ? given : (cs.paths ?? []);
  if (positionals.length === 0) throw new UsageError(`check needs files or directories to check, e.g. \`ringfence check examples/\`${config ? ` (or paths: in ${config.file})` : ''}`);
  if (values.ignore?.length && values['no-ignore']) throw new UsageError('--ignore and --no-ignore cannot be used together');
  for (const pattern of values.ignore ?? []) {
    const problem = globProblem(pattern);
    if (problem) throw new UsageError(`--ignore "${pattern}": ${problem}`);
  }
  const ignore: IgnoreRule[] = values['no-ignore'] ? [] : [...(cs.ignore ?? []), ...(values.ignore ?? []).map((pattern) => ({ pattern, base: process.cwd(), source: '--ignore' }))];
  // The gate comes whole from one place: a gate option on the command line sets the config file's gate aside, so
  // that the file (written by whoever owns this folder) cannot lower --fail-on or narrow it to new findings.
  const cliGate = gateFlags.filter((k) => values[k] !== undefined);
  const fileGate = cliGate.length ? {} : (cs.gate ?? {});
  if (cliGate.length && cs.gate && Object.keys(cs.gate).length) note(`the gate in ${config!.file} is not used: the command line sets one (${cliGate.map((k) => `--${k}`).join(', ')})`);
  const failOn = values['fail-on'] ?? fileGate.failOn ?? 'high';
  if (!(severities as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on takes one of ${severities.join(', ')}, not "${failOn}"${didYouMeanHint(failOn, severities)}`);
  if (values['fail-on'] === undefined && fileGate.failOn === 'none') {
    // Stated even with --quiet: a reader must not take a green run for a gate that was never applied.
    process.stderr.write(`ringfence: warning: ${config!.failOnAt ?? config!.file}: the config file sets fail-on: none, so no failing control fails the gate\n`);
  }
  const formatValues = applyOutput(values.format ?? (values.output === undefined ? (cs.formats ?? []) : []), values.output);
  const outputs = parseFormats(formatValues);
  if (values.interactive) requireTerminal(formatValues);
  const minScore = parseNumber(values['min-score'], '--min-score', 0, 100) ?? fileGate.minScore;
  const minLevel = parseNumber(values['min-level'], '--min-level', 0, 9) ?? fileGate.minLevel;
  const failOnNew = values['fail-on-new'] ?? fileGate.failOnNew ?? false;
  const asOf = parseDate(values['as-of'], '--as-of');
  const about = parseAbout(values);
  const color = values['no-color'] ? false : values.color;
  const maxResults = parseNumber(values['max-results'], '--max-results', 1, 25_000);
  const sarifCategory = parseSarifCategory(values['sarif-category']);
  const shard = parseShard(values.shard, outputs, values.interactive === true);
  const askedJobs = parseNumber(values.jobs, '--jobs', 1, 64);
  if (askedJobs !== undefined && !Number.isInteger(askedJobs)) throw new UsageError(`--jobs takes a whole number, not "${values.jobs}"`);
  // More threads than cores only adds isolates that compete for them (and their heaps): capped to the cores.
  const jobs = askedJobs === undefined ? undefined : Math.min(askedJobs, availableCores());
  if (jobs !== undefined && jobs < askedJobs!) note(`--jobs ${askedJobs} capped to ${jobs}, the cores this machine has`);
  const baselineFile = values.baseline ?? cs.baseline;
  const evidenceSource = values.evidence ?? cs.evidence;
  const trustPolicyFile = values['trust-policy'] ?? cs.trustPolicy;
  const waiverFiles = values.waivers?.length ? values.waivers : cs.waivers;
  if (failOnNew && !baselineFile) {
    throw new UsageError(values['fail-on-new'] ? '--fail-on-new needs --baseline FILE (the SARIF or JSON report of the run to compare with)' : `${config!.file}: gate fail-on-new needs a baseline (baseline: FILE in the config, or --baseline FILE)`);
  }
  if (trustPolicyFile !== undefined && evidenceSource === undefined && (values.artifact ?? []).length === 0) {
    throw new UsageError('--trust-policy needs --evidence DIR|BUNDLE or --artifact FILE: the policy says whose signed statements to trust, and the statements come with the evidence');
  }
  refuseOutputsOverInputs(outputs, positionals);
  // Named where text does not show it on standard output: whoever reads the run sees whose settings it ran with.
  if (config && !outputs.some((o) => o.format === 'text' && o.path === undefined)) note(`using the config file ${config.file}`);

  const { standard, problems } = loadStandard(values.standard !== undefined ? standardFile(values.standard) : (cs.standard ?? defaultStandardPath));
  if (!standard) {
    for (const p of problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
    process.stderr.write('ringfence: the standard could not be loaded; nothing was evaluated\n');
    return 2;
  }
  const extraProblems: Problem[] = [];
  const waivers = waiverFiles?.length ? loadWaivers(waiverFiles) : undefined;
  if (waivers) extraProblems.push(...waivers.problems);
  let baseline;
  if (baselineFile) {
    const loaded = loadBaseline(baselineFile);
    if (loaded.problem) extraProblems.push(loaded.problem);
    baseline = loaded.baseline;
  }
  // The reader's trust policy: a broken one is not half-used (a key left out would silently count for nothing).
  let policy;
  if (trustPolicyFile !== undefined) {
    const loaded = loadTrustPolicy(trustPolicyFile);
    for (const p of loaded.problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
    if (!loaded.policy || loaded.problems.some((p) => p.severity === 'error')) {
      process.stderr.write('ringfence: the trust policy could not be used; nothing was evaluated\n');
      return 2;
    }
    policy = loaded.policy;
  }
  // Resolved once, so that every thread and output uses the same date.
  const runDate = asOf ?? new Date().toISOString().slice(0, 10);
  // Read once, before the batch (a folder, or an archive read in memory): every thread matches the manifests'
  // evidence entries against the same digests and the same verified statements.
  let evidence;
  const artifacts = values.artifact ?? [];
  if (evidenceSource !== undefined || artifacts.length > 0 || values.sources) {
    const read = await readEvidence(evidenceSource, policy, positionals, runDate, undefined, artifacts, values.sources === true);
    extraProblems.push(...read.problems);
    evidence = read.evidence;
  }
  // --quiet: no progress line.
  const progress = quiet ? { update: undefined, done: () => {} } : progressLine();
  const options: StreamCheckOptions & { asOf: string } = {
    ...(evidence ? { evidence } : {}),
    // The reports that show what a passing control passed on (the JSON report, JSONL, HTML) ask for it.
    ...(outputs.some((o) => o.format === 'json' || o.format === 'jsonl' || o.format === 'html') ? { declaredValues: true } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    paths: positionals,
    ...(ignore.length ? { ignore } : {}),
    ...(config ? { config: { file: config.file, sha256: config.sha256 } } : {}),
    ...(progress.update ? { progress: progress.update } : {}),
    ...(waivers ? { waivers: waivers.waivers } : {}),
    ...(baseline ? { baseline } : {}),
    ...(failOnNew ? { failOnNew: true } : {}),
    ...(values['allow-empty'] ? { allowEmpty: true } : {}),
    ...(shard ? { shard } : {}),
    failOn: failOn as Severity | 'none',
    ...(minScore !== undefined ? { minScore } : {}),
    ...(minLevel !== undefined ? { minLevel } : {}),
    asOf: runDate,
    ...(about ? { about } : {}),
  };
  const renderOptions: ReporterOptions = {
    color: false,
    ...(values['omit-waived'] ? { omitWaived: true } : {}),
    ...(maxResults !== undefined ? { maxResults } : {}),
    ...(quiet ? { quiet: { failOn: failOn as Severity | 'none', ...(minScore !== undefined ? { minScore } : {}), ...(minLevel !== undefined ? { minLevel } : {}), ...(failOnNew ? { failOnNew: true } : {}) } } : {}),
    ...(sarifCategory !== undefined ? { sarifCategory } : {}),
  };
  // Every format streams: it is written as the batch is evaluated. Only the interactive view needs the whole report.
  if (!values.interactive && outputs.every((o) => o.format in streamingReporters)) {
    const { summary, written } = await checkStreamed(standard, [...problems, ...extraProblems], outputs, options, renderOptions, color);
    progress.done();
    if (!written || summary.problems.some((p) => p.severity === 'error')) return 2;
    return summary.gate.passed ? 0 : 1;
  }
  const report = await checkParallel(standard, [...problems, ...extraProblems], options);
  progress.done();
  // With --interactive the terminal shows the view; outputs given a file are still written (before it opens).
  const { color: _color, ...extra } = renderOptions;
  const written = await writeOutputs(report, values.interactive ? outputs.filter((o) => o.path !== undefined) : outputs, color, extra);
  if (values.interactive) {
    const { runInteractive } = await import('../../reporters/interactive/run.js');
    await runInteractive({ report });
    for (const p of report.problems.filter((x) => x.severity === 'error')) process.stderr.write(`${formatProblem(p)}\n`);
  }
  if (!written || report.problems.some((p) => p.severity === 'error')) return 2;
  return report.gate.passed ? 0 : 1;
}
