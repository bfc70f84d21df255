import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { reporters, formatNames, type ReporterOptions } from '../../reporters/index.js';
import { loadBaseline } from '../engine/baseline.js';
import { loadWaivers } from '../engine/waivers.js';
import type { Problem } from '../model/problem.js';
import { checkParallel } from '../engine/parallel.js';
import { standardInfo, type CheckOptions } from '../engine/check.js';
import { checkStream } from '../engine/stream.js';
import type { Standard } from '../standard/standard.js';
import { toolVersion } from '../paths.js';
import type { Report, Severity } from '../model/report.js';
import { defaultStandardPath } from '../paths.js';
import { loadStandard } from '../standard/standard.js';
import { parse, useColor } from './args.js';
import { formatProblem } from './format-problem.js';
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

export function parseDate(v: string | undefined, flag: string): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new UsageError(`${flag} takes a date as YYYY-MM-DD, not "${v}"`);
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

/** Renders each output (colour only for text on a terminal) and writes it to its file or standard output. */
export async function writeRendered(outputs: readonly OutputSpec[], render: (out: OutputSpec, color: boolean) => Promise<string>, colorFlag?: boolean): Promise<boolean> {
  let ok = true;
  for (const out of outputs) {
    const text = await render(out, out.path === undefined && out.format === 'text' && useColor(process.stdout, colorFlag));
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

/**
 * `--format jsonl`: one JSON object a line — a header (report version, tool, as-of date, standard), then one
 * line per document as soon as it is evaluated, then a summary (documents, problems, waivers, gate). Nothing is
 * held but the line being written, so memory stays flat however large the batch.
 */
function streamJsonLines(target: string | undefined, standard: Standard, problems: Problem[], options: CheckOptions): Report | undefined {
  let fd = 1;
  try {
    if (target !== undefined) {
      mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      fd = openSync(target, 'w');
    }
  } catch (error) {
    process.stderr.write(`ringfence: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return undefined;
  }
  const line = (v: unknown) => writeSync(fd, `${JSON.stringify(v)}\n`);
  try {
    let header = false;
    const report = checkStream(standard, problems, options, (subject) => {
      if (!header) {
        line({ type: 'header', reportVersion: 1, tool: { name: 'ringfence', version: toolVersion }, asOf: options.asOf ?? new Date().toISOString().slice(0, 10), standard: standardInfo(standard) });
        header = true;
      }
      line({ type: 'subject', ...subject });
    });
    if (!header) line({ type: 'header', reportVersion: report.reportVersion, tool: report.tool, asOf: report.asOf, standard: report.standard });
    line({ type: 'summary', documents: report.documents, problems: report.problems, waivers: report.waivers, gate: report.gate });
    return report;
  } finally {
    if (fd !== 1) closeSync(fd);
  }
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
    'fail-on-new': { type: 'boolean' },
    'omit-waived': { type: 'boolean' },
    'max-results': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    interactive: { type: 'boolean', short: 'i' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('check needs files or directories to check, e.g. `ringfence check examples/`');
  const failOn = values['fail-on'] ?? 'high';
  if (!(severities as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on takes one of ${severities.join(', ')}, not "${failOn}"`);
  // JSON Lines is written while the batch is evaluated (see streamJsonLines), so it stands alone.
  const jsonl = (values.format ?? []).filter((f) => f === 'jsonl' || f.startsWith('jsonl='));
  if (jsonl.length && (jsonl.length > 1 || (values.format ?? []).length > 1 || values.baseline || values.interactive)) {
    throw new UsageError('--format jsonl streams the results as they are evaluated, so it cannot be combined with other formats, --baseline or --interactive');
  }
  const outputs = jsonl.length ? [] : parseFormats(values.format ?? []);
  if (values.interactive) requireTerminal(values.format ?? []);
  const minScore = parseNumber(values['min-score'], '--min-score', 0, 100);
  const minLevel = parseNumber(values['min-level'], '--min-level', 0, 9);
  const asOf = parseDate(values['as-of'], '--as-of');
  const color = values['no-color'] ? false : values.color;
  const maxResults = parseNumber(values['max-results'], '--max-results', 1, 25_000);
  const jobs = parseNumber(values.jobs, '--jobs', 1, 64);
  if (jobs !== undefined && !Number.isInteger(jobs)) throw new UsageError(`--jobs takes a whole number, not "${values.jobs}"`);
  if (values['fail-on-new'] && !values.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the SARIF or JSON report of the run to compare with)');

  const { standard, problems } = loadStandard(values.standard ?? defaultStandardPath);
  if (!standard) {
    for (const p of problems) process.stderr.write(`ringfence: ${p.file ?? ''}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''} ${p.message}\n`);
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
  const progress = progressLine();
  if (jsonl.length) {
    const target = jsonl[0]!.includes('=') ? jsonl[0]!.slice(jsonl[0]!.indexOf('=') + 1) : undefined;
    const streamed = streamJsonLines(target, standard, [...problems, ...extraProblems], {
      paths: positionals,
      progress: progress.update,
      ...(waivers ? { waivers: waivers.waivers } : {}),
      failOn: failOn as Severity | 'none',
      ...(minScore !== undefined ? { minScore } : {}),
      ...(minLevel !== undefined ? { minLevel } : {}),
      ...(asOf ? { asOf } : {}),
    });
    progress.done();
    if (!streamed) return 2;
    if (streamed.problems.some((p) => p.severity === 'error')) return 2;
    return streamed.gate.passed ? 0 : 1;
  }
  const report = await checkParallel(standard, [...problems, ...extraProblems], {
    ...(jobs !== undefined ? { jobs } : {}),
    paths: positionals,
    progress: progress.update,
    ...(waivers ? { waivers: waivers.waivers } : {}),
    ...(baseline ? { baseline } : {}),
    ...(values['fail-on-new'] ? { failOnNew: true } : {}),
    failOn: failOn as Severity | 'none',
    ...(minScore !== undefined ? { minScore } : {}),
    ...(minLevel !== undefined ? { minLevel } : {}),
    ...(asOf ? { asOf } : {}),
  });
  progress.done();
  // With --interactive the terminal shows the view; outputs given a file are still written (before it opens).
  const written = await writeOutputs(report, values.interactive ? outputs.filter((o) => o.path !== undefined) : outputs, color, {
    ...(values['omit-waived'] ? { omitWaived: true } : {}),
    ...(maxResults !== undefined ? { maxResults } : {}),
  });
  if (values.interactive) {
    const { runInteractive } = await import('../../reporters/interactive/run.js');
    await runInteractive({ report });
    for (const p of report.problems.filter((x) => x.severity === 'error')) process.stderr.write(`${formatProblem(p)}\n`);
  }
  if (!written || report.problems.some((p) => p.severity === 'error')) return 2;
  return report.gate.passed ? 0 : 1;
}
