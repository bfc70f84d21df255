import { streamingReporters, type ReporterOptions, type StreamingReporter } from '../../reporters/index.js';
import { parseJsonText } from '../load/json.js';
import { defaultLimits } from '../load/limits.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { isValid, rangeFor, validateDocument } from '../load/validate.js';
import { mergeParts, PartRefusal, type ShardPart } from '../engine/merge.js';
import { feedbackChanges, loadRenderers } from '../engine/render.js';
import type { Problem } from '../model/problem.js';
import type { Severity } from '../model/report.js';
import { parse } from './args.js';
import { applyOutput, colorFor, OutputSink, parseFormats, parseNumber } from './check-command.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';
import path from 'node:path';

/** The merge's options, as parseArgs takes them; each is described in src/cli/help.ts. */
export const mergeOptions = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'omit-waived': { type: 'boolean' },
  'max-results': { type: 'string' },
  'sarif-category': { type: 'string' },
  'max-part-mb': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

/** The largest part read by default: a JSON part of 100,000 documents is well below it (docs/scale-out.md). */
const defaultMaxPartMb = 512;

/** A problem at a pointer of a part, positioned by parsing the part again with locations (only on this path). */
function locatedProblem(file: string, text: string, pointer: string, message: string, code: string): Problem {
  const parsed = parseJsonText(text, file, code);
  const range = parsed.locations ? rangeFor(parsed.locations, pointer) : undefined;
  return { severity: 'error', code, file, ...(range ? { range } : {}), ...(pointer ? { pointer } : {}), message };
}

/**
 * Reads one part: bounded while it is read (an artifact another job uploaded can be anything), parsed, checked
 * against the report schema, and required to be a shard's part. Returns the part, or the problem that refuses it.
 */
function readPart(file: string, maxBytes: number): { part?: ShardPart; text?: string; problem?: Problem } {
  const shown = displayPath(file);
  const { text, problem } = readTextFile(file, { ...defaultLimits, maxFileBytes: maxBytes });
  if (problem) return { problem: { ...problem, code: 'part-unreadable' } };
  let value: unknown;
  try {
    value = JSON.parse(text!);
  } catch {
    const parsed = parseJsonText(text!, shown, 'part-invalid');
    return { problem: parsed.problem ?? { severity: 'error', code: 'part-invalid', file: shown, message: 'not JSON' } };
  }
  if (!isValid('report', value)) {
    // Positioned: parsed again with locations (only on this path), and described as the schema's problems are.
    const parsed = parseJsonText(text!, shown, 'part-invalid');
    const first = parsed.locations ? validateDocument({ file: shown, documentIndex: 0, value: parsed.value, locations: parsed.locations, pointers: new WeakMap(), lines: text!.split('\n') }, 'report', 'part-invalid')[0] : undefined;
    const message = `not a ringfence JSON report (a part is what \`check --shard i/n --format json=FILE\` writes): ${first?.message ?? 'it does not match the report schema'}`;
    return { problem: { severity: 'error', code: 'part-invalid', file: shown, ...(first?.range ? { range: first.range } : {}), ...(first?.pointer !== undefined ? { pointer: first.pointer } : {}), message } };
  }
  const report = value as ShardPart['report'];
  if (report.shard === undefined) {
    return { problem: locatedProblem(shown, text!, '', 'a JSON report of a whole run, not a shard\'s part (it has no "shard" member): write the parts with `check --shard i/n --format json=FILE`', 'part-invalid') };
  }
  return { part: { file: shown, report }, text: text! };
}

export async function runMerge(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, mergeOptions);
  if (positionals.length === 0) throw new UsageError('merge needs the JSON parts of a sharded run, e.g. `ringfence merge parts/*.json --format sarif=ringfence.sarif`');
  const formatValues = applyOutput(values.format ?? [], values.output);
  const outputs = parseFormats(formatValues);
  const maxResults = parseNumber(values['max-results'], '--max-results', 1, 25_000);
  const maxPartMb = parseNumber(values['max-part-mb'], '--max-part-mb', 1, 2048) ?? defaultMaxPartMb;
  const category = values['sarif-category']?.replace(/\/+$/, '');
  if (category !== undefined && (category.trim() === '' || category.length > 200 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(category))) {
    throw new UsageError(`--sarif-category takes a name of 1 to 200 printable characters (e.g. ringfence/vendors), not ${JSON.stringify(values['sarif-category'])}`);
  }
  const given = new Set<string>();
  for (const f of positionals) {
    const key = path.resolve(f);
    if (given.has(key)) throw new UsageError(`${f} is named twice`);
    given.add(key);
  }
  for (const o of outputs) if (o.path !== undefined && given.has(path.resolve(o.path))) throw new UsageError(`--format ${o.format}=${o.path} would overwrite a part`);

  const parts: ShardPart[] = [];
  const texts: string[] = [];
  for (const f of positionals) {
    const read = readPart(f, maxPartMb * 1024 * 1024);
    if (read.problem) {
      process.stderr.write(`${formatProblem(read.problem)}\n`);
      process.stderr.write('ringfence: nothing was merged\n');
      return 2;
    }
    parts.push(read.part!);
    texts.push(read.text!);
  }
  let merged: ReturnType<typeof mergeParts>;
  try {
    merged = mergeParts(parts);
  } catch (error) {
    if (!(error instanceof PartRefusal)) throw error;
    const problem: Problem =
      error.part >= 0 ? locatedProblem(parts[error.part]!.file, texts[error.part]!, error.pointer, error.message, 'part-mismatch') : { severity: 'error', code: 'part-mismatch', message: error.message };
    process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write('ringfence: nothing was merged\n');
    return 2;
  }
  texts.length = 0;
  const { summary, subjects } = merged;
  const quiet = values.quiet === true;
  const g = summary.gate;
  const renderOptions: ReporterOptions = {
    color: false,
    ...(values['omit-waived'] ? { omitWaived: true } : {}),
    ...(maxResults !== undefined ? { maxResults } : {}),
    ...(quiet ? { quiet: { failOn: g.failOn as Severity | 'none', ...(g.minScore !== undefined ? { minScore: g.minScore } : {}), ...(g.minLevel !== undefined ? { minLevel: g.minLevel } : {}), ...(g.failOnNew ? { failOnNew: true } : {}) } } : {}),
    ...(category !== undefined ? { sarifCategory: category } : {}),
  };
  const color = values['no-color'] ? false : values.color;
  // The same renderers, in the same order, as the unsharded run: each subject rendered as it comes, then the end.
  const header = { reportVersion: summary.reportVersion, tool: summary.tool, asOf: summary.asOf, ...(summary.about ? { about: summary.about } : {}), standard: summary.standard };
  const refs = outputs.map((o) => ({ ...streamingReporters[o.format]!, options: { ...renderOptions, color: colorFor(o, color) } }));
  const writers = await Promise.all(refs.map(async (r) => ((await import(r.module)) as Record<string, StreamingReporter<unknown>>)[r.export]!.writer(header, r.options)));
  const render = (await loadRenderers(refs, header))!;
  const toTerminal = outputs.some((o) => o.path === undefined) && process.stdout.isTTY === true;
  const sinks = outputs.map((o) => new OutputSink(o.path, toTerminal && o.path === undefined));
  try {
    writers.forEach((w, i) => sinks[i]!.write(w.begin()));
    const feedback = feedbackChanges((v) => render.feedback(v));
    for (const s of subjects) {
      const rendered = render.render(s.subject, s.schema);
      rendered.forEach((p, i) => sinks[i]!.write(writers[i]!.add(p)));
      feedback(writers.map((w) => w.feedback?.()));
    }
    writers.forEach((w, i) => sinks[i]!.write(w.end(summary)));
  } finally {
    for (const s of sinks) s.close();
  }
  if (!sinks.every((s) => s.ok) || summary.problems.some((p) => p.severity === 'error')) return 2;
  return summary.gate.passed ? 0 : 1;
}
