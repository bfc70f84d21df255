import { streamingReporters, type ReporterOptions, type StreamingReporter } from '../../reporters/index.js';
import { parseJsonText } from '../load/json.js';
import { displayPath } from '../load/read-inputs.js';
import { isValid, reportSubjectProblem, validateDocument } from '../load/validate.js';
import { mergeParts, PartRefusal, type ShardPart } from '../engine/merge.js';
import { feedbackChanges, loadRenderers } from '../engine/render.js';
import { limitHeapGrowth } from '../engine/stream.js';
import type { Problem } from '../model/problem.js';
import type { Severity, Subject } from '../model/report.js';
import { parse } from './args.js';
import { applyOutput, colorFor, OutputSink, parseFormats, parseNumber } from './check-command.js';
import { formatProblem } from './format-problem.js';
import { PartReader, PartSyntaxError } from './part-reader.js';
import { UsageError } from './usage-error.js';
import path from 'node:path';
import { importModule } from '../util/import-module.js';

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

/** The largest part read by default (parts are read a subject at a time, so size costs time, not memory). */
const defaultMaxPartMb = 16384;

/** A problem of a part, at a line and column of it. */
function partProblem(file: string, line: number, column: number, message: string, code = 'part-invalid'): Problem {
  return { severity: 'error', code, file, range: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 }, message };
}

const asPart = 'a part is what `check --shard i/n --format json=FILE` writes';

/**
 * Reads one part through: bounded while it is read (an artifact another job uploaded can be anything), each subject
 * parsed and checked against the report schema as it passes (and let go), the rest checked against the report
 * schema too, and required to be a shard's part. Returns the part without its subjects, or the problem refusing it.
 */
function readPart(file: string, maxBytes: number): { part?: ShardPart; problem?: Problem } {
  const shown = displayPath(file);
  let reader: PartReader;
  try {
    reader = new PartReader(file, maxBytes);
  } catch (error) {
    return { problem: { severity: 'error', code: 'part-unreadable', file: shown, message: `cannot read the part: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  try {
    const documentIndexes: number[] = [];
    for (let text = reader.nextSubject(); text !== undefined; text = reader.nextSubject()) {
      let subject: unknown;
      try {
        subject = JSON.parse(text);
      } catch (error) {
        return { problem: partProblem(shown, reader.subjectLine, reader.subjectColumn, `subject ${documentIndexes.length + 1} is not JSON: ${(error as Error).message}`) };
      }
      const wrong = reportSubjectProblem(subject);
      if (wrong) return { problem: { ...partProblem(shown, reader.subjectLine, reader.subjectColumn, `not a ringfence JSON report (${asPart}): subject ${documentIndexes.length + 1}: ${wrong.message}`), pointer: `/subjects/${documentIndexes.length}${wrong.pointer}` } };
      documentIndexes.push((subject as Subject).documentIndex);
    }
    const value = reader.rest();
    if (!isValid('report', value)) {
      // Positioned on the skeleton (the part without its subjects), described as the schema's problems are.
      const text = JSON.stringify(value, null, 2);
      const parsed = parseJsonText(text, shown, 'part-invalid');
      const first = parsed.locations ? validateDocument({ file: shown, documentIndex: 0, value: parsed.value, locations: parsed.locations, pointers: new WeakMap(), lines: [] }, 'report', 'part-invalid')[0] : undefined;
      return { problem: { severity: 'error', code: 'part-invalid', file: shown, ...(first?.pointer !== undefined ? { pointer: first.pointer } : {}), message: `not a ringfence JSON report (${asPart}): ${first?.message ?? 'it does not match the report schema'}` } };
    }
    const report = value as ShardPart['report'];
    if (report.shard === undefined) return { problem: { severity: 'error', code: 'part-invalid', file: shown, message: `a JSON report of a whole run, not a shard's part (it has no "shard" member): ${asPart}` } };
    return { part: { file: shown, report, documentIndexes } };
  } catch (error) {
    if (error instanceof PartSyntaxError) return { problem: partProblem(shown, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`) };
    throw error;
  } finally {
    reader.close();
  }
}

export async function runMerge(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, mergeOptions);
  if (positionals.length === 0) throw new UsageError('merge needs the JSON parts of a sharded run, e.g. `ringfence merge parts/*.json --format sarif=ringfence.sarif`');
  const formatValues = applyOutput(values.format ?? [], values.output);
  const outputs = parseFormats(formatValues);
  const maxResults = parseNumber(values['max-results'], '--max-results', 1, 25_000);
  const maxPartMb = parseNumber(values['max-part-mb'], '--max-part-mb', 1, 1_048_576) ?? defaultMaxPartMb;
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

  // Little is kept (one subject per part at a time): V8's heap is kept close to it, as in a streamed check.
  limitHeapGrowth();
  const parts: ShardPart[] = [];
  for (const f of positionals) {
    const read = readPart(f, maxPartMb * 1024 * 1024);
    if (read.problem) {
      process.stderr.write(`${formatProblem(read.problem)}\n`);
      process.stderr.write('ringfence: nothing was merged\n');
      return 2;
    }
    parts.push(read.part!);
  }
  let merged: ReturnType<typeof mergeParts>;
  try {
    merged = mergeParts(parts);
  } catch (error) {
    if (!(error instanceof PartRefusal)) throw error;
    const problem: Problem =
      error.part >= 0 ? { severity: 'error', code: 'part-mismatch', file: parts[error.part]!.file, ...(error.pointer ? { pointer: error.pointer } : {}), message: `${error.message.replace(`${parts[error.part]!.file}: `, '')}${error.pointer ? ` (at ${error.pointer})` : ''}` } : { severity: 'error', code: 'part-mismatch', message: error.message };
    process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write('ringfence: nothing was merged\n');
    return 2;
  }
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
  const writers = await Promise.all(refs.map(async (r) => ((await importModule(r.module)) as Record<string, StreamingReporter<unknown>>)[r.export]!.writer(header, r.options)));
  const render = (await loadRenderers(refs, header))!;
  const toTerminal = outputs.some((o) => o.path === undefined) && process.stdout.isTTY === true;
  const sinks = outputs.map((o) => new OutputSink(o.path, toTerminal && o.path === undefined));
  try {
    writers.forEach((w, i) => sinks[i]!.write(w.begin()));
    const feedback = feedbackChanges((v) => render.feedback(v));
    // The subjects are read again, one at a time from each part, in the merged order.
    const readers = parts.map((p, k) => new PartReader(positionals[k]!, maxPartMb * 1024 * 1024));
    const read = parts.map(() => 0);
    try {
      for (const s of subjects) {
        const text = readers[s.part]!.nextSubject();
        if (text === undefined || (read[s.part] = (read[s.part] ?? 0) + 1) - 1 !== s.position) throw new Error(`${parts[s.part]!.file} changed while it was merged`);
        const subject = JSON.parse(text) as Subject;
        if (subject.documentIndex !== parts[s.part]!.documentIndexes[s.position]) throw new Error(`${parts[s.part]!.file} changed while it was merged`);
        const rendered = render.render(subject, s.schema);
      rendered.forEach((p, i) => sinks[i]!.write(writers[i]!.add(p)));
        feedback(writers.map((w) => w.feedback?.()));
      }
    } finally {
      for (const r of readers) r.close();
    }
    writers.forEach((w, i) => sinks[i]!.write(w.end(summary)));
  } finally {
    for (const s of sinks) s.close();
  }
  if (!sinks.every((s) => s.ok) || summary.problems.some((p) => p.severity === 'error')) return 2;
  return summary.gate.passed ? 0 : 1;
}
