import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { reporters, formatNames, streamingReporters, eachChunk, type Chunks, type ReporterOptions, type StreamingReporter } from '../../reporters/index.js';
import { loadBaseline } from '../engine/baseline.js';
import { loadWaivers } from '../engine/waivers.js';
import { readEvidence } from '../evidence/bundle.js';
import { loadTrustPolicy } from '../evidence/trust-policy.js';
import type { Problem } from '../model/problem.js';
import { availableCores, checkParallel, streamCheck, type StreamCheckOptions } from '../engine/parallel.js';
import { reportHeader } from '../engine/stream.js';
import type { Standard } from '../standard/standard.js';
import type { Report, ReportSummary, Severity } from '../model/report.js';
import { defaultStandardPath } from '../paths.js';
import { loadStandard } from '../standard/standard.js';
import { parse, useColor } from './args.js';
import { formatProblem } from './format-problem.js';
import { refuseOutputsOverInputs } from './output-guard.js';
import { UsageError } from './usage-error.js';
import { progressLine } from './progress.js';

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

/** Writes every requested output. Returns false when a file could not be written (reported on stderr). */
export async function writeOutputs(report: Report, outputs: readonly OutputSpec[], colorFlag?: boolean, extra: Partial<ReporterOptions> = {}): Promise<boolean> {
  return writeRendered(outputs, async (out, color) => (await reporters[out.format]!())(report, { ...extra, color }), colorFlag);
}

/** Colour only for text on standard output, when that is a terminal (or --color says so). */
function colorFor(out: OutputSpec, colorFlag: boolean | undefined): boolean {
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
class OutputSink {
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
  const header = reportHeader(standard, options.asOf);
  const refs = outputs.map((o) => ({ ...streamingReporters[o.format]!, options: { ...renderOptions, color: colorFor(o, colorFlag) } }));
  const writers = await Promise.all(refs.map(async (r) => ((await import(r.module)) as Record<string, StreamingReporter<unknown>>)[r.export]!.writer(header, r.options)));
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

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    standard: { type: 'string', short: 's' },
    format: { type: 'string', short: 'f', multiple: true },
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
    jobs: { type: 'string', short: 'j' },
    'allow-empty': { type: 'boolean' },
    interactive: { type: 'boolean', short: 'i' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('check needs files or directories to check, e.g. `ringfence check examples/`');
  const failOn = values['fail-on'] ?? 'high';
  if (!(severities as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on takes one of ${severities.join(', ')}, not "${failOn}"`);
  const outputs = parseFormats(values.format ?? []);
  if (values.interactive) requireTerminal(values.format ?? []);
  const minScore = parseNumber(values['min-score'], '--min-score', 0, 100);
  const minLevel = parseNumber(values['min-level'], '--min-level', 0, 9);
  const asOf = parseDate(values['as-of'], '--as-of');
  const color = values['no-color'] ? false : values.color;
  const maxResults = parseNumber(values['max-results'], '--max-results', 1, 25_000);
  const askedJobs = parseNumber(values.jobs, '--jobs', 1, 64);
  if (askedJobs !== undefined && !Number.isInteger(askedJobs)) throw new UsageError(`--jobs takes a whole number, not "${values.jobs}"`);
  // More threads than cores only adds isolates that compete for them (and their heaps): capped to the cores.
  const jobs = askedJobs === undefined ? undefined : Math.min(askedJobs, availableCores());
  if (jobs !== undefined && jobs < askedJobs!) process.stderr.write(`ringfence: --jobs ${askedJobs} capped to ${jobs}, the cores this machine has\n`);
  if (values['fail-on-new'] && !values.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the SARIF or JSON report of the run to compare with)');
  if (values['trust-policy'] !== undefined && values.evidence === undefined) {
    throw new UsageError('--trust-policy needs --evidence DIR|BUNDLE: the policy says whose signed statements to trust, and the statements come with the evidence');
  }
  refuseOutputsOverInputs(outputs, positionals);

  const { standard, problems } = loadStandard(values.standard ?? defaultStandardPath);
  if (!standard) {
    for (const p of problems) process.stderr.write(`ringfence: ${formatProblem(p)}\n`);
    process.stderr.write('ringfence: the standard could not be loaded; nothing was evaluated\n');
    return 2;
  }
  const extraProblems: Problem[] = [];
  const waivers = values.waivers?.length ? loadWaivers(values.waivers) : undefined;
  if (waivers) extraProblems.push(...waivers.problems);
  let baseline;
  if (values.baseline) {
    const loaded = loadBaseline(values.baseline);
    if (loaded.problem) extraProblems.push(loaded.problem);
    baseline = loaded.baseline;
  }
  // The reader's trust policy: a broken one is not half-used (a key left out would silently count for nothing).
  let policy;
  if (values['trust-policy'] !== undefined) {
    const loaded = loadTrustPolicy(values['trust-policy']);
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
  if (values.evidence !== undefined || (values.artifact ?? []).length > 0 || values.sources) {
    const read = await readEvidence(values.evidence, policy, positionals, runDate, undefined, values.artifact ?? [], values.sources === true);
    extraProblems.push(...read.problems);
    evidence = read.evidence;
  }
  const progress = progressLine();
  const options: StreamCheckOptions & { asOf: string } = {
    ...(evidence ? { evidence } : {}),
    // The reports that show what a passing control passed on (the JSON report, JSONL, HTML) ask for it.
    ...(outputs.some((o) => o.format === 'json' || o.format === 'jsonl' || o.format === 'html') ? { declaredValues: true } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    paths: positionals,
    progress: progress.update,
    ...(waivers ? { waivers: waivers.waivers } : {}),
    ...(baseline ? { baseline } : {}),
    ...(values['fail-on-new'] ? { failOnNew: true } : {}),
    ...(values['allow-empty'] ? { allowEmpty: true } : {}),
    failOn: failOn as Severity | 'none',
    ...(minScore !== undefined ? { minScore } : {}),
    ...(minLevel !== undefined ? { minLevel } : {}),
    asOf: runDate,
  };
  const renderOptions: ReporterOptions = {
    color: false,
    ...(values['omit-waived'] ? { omitWaived: true } : {}),
    ...(maxResults !== undefined ? { maxResults } : {}),
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
