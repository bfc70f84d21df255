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
import { applyOutput, colorFor, parseFormats, parseNumber } from './check-command.js';
import { formatProblem } from './format-problem.js';
import { maxSkeletonBytes, PartReader, PartSyntaxError } from './part-reader.js';
import { StagedOutput } from './staged-output.js';
import { UsageError } from './usage-error.js';
import { createHash } from 'node:crypto';
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

/** The problem of a skeleton that does not match the report schema, positioned as the schema's problems are. */
function skeletonProblem(file: string, value: unknown): Problem {
  const text = JSON.stringify(value, null, 2);
  const parsed = parseJsonText(text, file, 'part-invalid');
  const first = parsed.locations ? validateDocument({ file, documentIndex: 0, value: parsed.value, locations: parsed.locations, pointers: new WeakMap(), lines: [] }, 'report', 'part-invalid')[0] : undefined;
  return { severity: 'error', code: 'part-invalid', file, ...(first?.pointer !== undefined ? { pointer: first.pointer } : {}), message: `not a ringfence JSON report (${asPart}): ${first?.message ?? 'it does not match the report schema'}` };
}

/** A part opened for the merge: its reader (at the start of its subjects), its skeleton, and how that was found. */
interface OpenedPart {
  reader: PartReader;
  /** Until the merge is planned (then let go: what the merge needs of it is in the summary and the subject order). */
  part: ShardPart | undefined;
  file: string;
  /** How many subjects its shard member describes. */
  subjects: number;
  /** A digest of the skeleton's text, for the forward read to compare with when it reaches the end. */
  skeleton: string;
  /** Read from the part's tail (a plan the forward read confirms), rather than by reading the part through first. */
  fromTail: boolean;
}

/**
 * Opens one part and finds its skeleton (everything but the subjects) before any subject is read, so that the merge
 * knows every part's claims — their order, gate reasons and counts — and reads the subjects once, in merged order.
 * The skeleton of a part as ringfence lays it out is at its two ends: the head (before `"subjects": [`) and the tail
 * (from the `]` that closes the list), found from the end of the file without reading the subjects (PartReader.tail).
 * A part laid out otherwise (re-indented, reordered), or whose tail says something the report schema refuses, is
 * read through once first, structure only, as the authority on its skeleton. Either way the skeleton is checked
 * against the report schema and must be a shard's part; and the forward read, at the end of the part, must find
 * exactly this skeleton (see mergeOnce).
 */
function openPart(file: string, maxBytes: number, useTail: boolean): { opened?: OpenedPart; problem?: Problem } {
  const shown = displayPath(file);
  let reader: PartReader;
  try {
    reader = new PartReader(file, maxBytes);
  } catch (error) {
    return { problem: { severity: 'error', code: 'part-unreadable', file: shown, message: `cannot read the part: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  let keep = false;
  try {
    if (!reader.isFile()) return { problem: { severity: 'error', code: 'part-unreadable', file: shown, message: `not a regular file: a part is read from both ends (${asPart})` } };
    const size = reader.size();
    if (size > maxBytes) return { problem: { severity: 'error', code: 'part-invalid', file: shown, message: `the part is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB (--max-part-mb): ${size} bytes` } };
    const head = reader.head();
    let value: unknown;
    let fromTail = false;
    let digest = '';
    if (useTail) {
      const tail = reader.tail(maxSkeletonBytes);
      if (tail !== undefined) {
        try {
          value = JSON.parse(head + tail) as unknown;
          fromTail = isValid('report', value);
          digest = createHash('sha256').update(head).update(tail).digest('hex');
        } catch {
          // Not the tail of a part as ringfence lays it out: read through below.
        }
      }
    }
    if (!fromTail) {
      const through = new PartReader(file, maxBytes);
      try {
        while (through.skipSubject());
        value = through.rest();
        digest = through.skeletonDigest();
      } finally {
        through.close();
      }
      if (!isValid('report', value)) return { problem: skeletonProblem(shown, value) };
    }
    const report = value as ShardPart['report'];
    if (report.shard === undefined) return { problem: { severity: 'error', code: 'part-invalid', file: shown, message: `a JSON report of a whole run, not a shard's part (it has no "shard" member): ${asPart}` } };
    keep = true;
    return { opened: { reader, part: { file: shown, report }, file: shown, subjects: report.shard.subjects.length, skeleton: digest, fromTail } };
  } catch (error) {
    if (error instanceof PartSyntaxError) return { problem: partProblem(shown, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`) };
    if (typeof (error as NodeJS.ErrnoException).code === 'string') return { problem: { severity: 'error', code: 'part-unreadable', file: shown, message: `cannot read the part: ${(error as NodeJS.ErrnoException).code}` } };
    throw error;
  } finally {
    if (!keep) reader.close();
  }
}

/** Why a merge stopped: the problem to report (and nothing written), or that a part's tail misled the plan. */
class Stop extends Error {
  constructor(readonly problem: Problem | 'replan') {
    super(problem === 'replan' ? 'replan' : problem.message);
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
  const maxBytes = maxPartMb * 1024 * 1024;
  const merge = (useTail: boolean) => mergeOnce(positionals, outputs, values, maxBytes, maxResults, category, useTail);
  let outcome = await merge(true);
  // A part whose tail did not say what the part holds (laid out unlike ringfence's parts): again, each read through first.
  if (outcome === 'replan') outcome = await merge(false);
  if (outcome === 'replan') outcome = { severity: 'error', code: 'part-invalid', message: 'a part changed while it was merged' };
  if (typeof outcome === 'number') return outcome;
  process.stderr.write(`${formatProblem(outcome)}\n`);
  process.stderr.write('ringfence: nothing was merged\n');
  return 2;
}

/**
 * One merge, in one pass over the parts: every part's skeleton first (openPart), the merged run's summary and subject
 * order from them (mergeParts), then the subjects read once each — a k-way merge over the parts' readers, in input
 * order — each checked (JSON, the report schema's Subject, its part's count and order) and rendered into every
 * output as it passes. Outputs are staged (StagedOutput) and take effect only when every part was read to its end
 * and proved what its skeleton claimed; otherwise they are removed. Returns the exit code, the problem that refused
 * the merge, or 'replan' when a skeleton read from a part's tail was not the part's (the caller merges again without
 * tails).
 */
async function mergeOnce(
  files: readonly string[],
  outputs: ReturnType<typeof parseFormats>,
  values: { quiet?: boolean; 'omit-waived'?: boolean; color?: boolean; 'no-color'?: boolean },
  maxBytes: number,
  maxResults: number | undefined,
  category: string | undefined,
  useTail: boolean,
): Promise<number | Problem | 'replan'> {
  const opened: OpenedPart[] = [];
  let sinks: StagedOutput[] = [];
  try {
    for (const f of files) {
      const o = openPart(f, maxBytes, useTail);
      if (o.problem) return o.problem;
      opened.push(o.opened!);
    }
    const parts = opened.map((o) => o.part!);
    let merged: ReturnType<typeof mergeParts>;
    try {
      merged = mergeParts(parts);
    } catch (error) {
      if (!(error instanceof PartRefusal)) throw error;
      if (opened.some((o) => o.fromTail)) return 'replan';
      return error.part >= 0
        ? { severity: 'error', code: 'part-mismatch', file: parts[error.part]!.file, ...(error.pointer ? { pointer: error.pointer } : {}), message: `${error.message.replace(`${parts[error.part]!.file}: `, '')}${error.pointer ? ` (at ${error.pointer})` : ''}` }
        : { severity: 'error', code: 'part-mismatch', message: error.message };
    }
    const { summary, subjects } = merged;
    // The parts' skeletons are let go (they can run to tens of megabytes each): the summary holds what is needed.
    parts.length = 0;
    for (const o of opened) o.part = undefined;
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
    sinks = outputs.map((o) => new StagedOutput(o.path));
    writers.forEach((w, i) => sinks[i]!.write(w.begin()));
    const feedback = feedbackChanges((v) => render.feedback(v));

    // Per part: subjects read so far, and the entry and document index of the last (documents of an entry in order).
    const read = opened.map(() => 0);
    const lastEntry = opened.map(() => -1);
    const lastDocument = opened.map(() => -1);
    const stop = (k: number, line: number, column: number, message: string, pointer?: string): never => {
      throw new Stop({ ...partProblem(opened[k]!.file, line, column, message), ...(pointer !== undefined ? { pointer } : {}) });
    };
    /** The next subject of part k, as JSON text; undefined at the end of its list. */
    const next = (k: number): string | undefined => {
      try {
        return opened[k]!.reader.nextSubject();
      } catch (error) {
        if (error instanceof PartSyntaxError) stop(k, error.line, error.column, `not a ringfence JSON report (${asPart}): ${error.message}`);
        if (typeof (error as NodeJS.ErrnoException).code === 'string') throw new Stop({ severity: 'error', code: 'part-unreadable', file: opened[k]!.file, message: `cannot read the part: ${(error as NodeJS.ErrnoException).code}` });
        throw error;
      }
    };
    for (const s of subjects) {
      const { reader } = opened[s.part]!;
      const text = next(s.part);
      const n = read[s.part]!;
      if (text === undefined) {
        if (opened[s.part]!.fromTail) throw new Stop('replan');
        stop(s.part, reader.where().line, reader.where().column, `the part lists ${n} subject${n === 1 ? '' : 's'}, but its shard member describes ${opened[s.part]!.subjects}`, '/subjects');
      }
      read[s.part] = n + 1;
      let subject: unknown;
      try {
        subject = JSON.parse(text!);
      } catch {
        let message = 'not JSON';
        try {
          JSON.parse(reader.subjectText());
        } catch (error) {
          message = (error as Error).message;
        }
        stop(s.part, reader.subjectLine, reader.subjectColumn, `subject ${n + 1} is not JSON: ${message}`);
      }
      const wrong = reportSubjectProblem(subject);
      if (wrong) stop(s.part, reader.subjectLine, reader.subjectColumn, `not a ringfence JSON report (${asPart}): subject ${n + 1}: ${wrong.message}`, `/subjects/${n}${wrong.pointer}`);
      const documentIndex = (subject as Subject).documentIndex;
      if (s.entry === lastEntry[s.part] && documentIndex <= lastDocument[s.part]!) stop(s.part, reader.subjectLine, reader.subjectColumn, `subject ${n + 1} is out of input order (document ${documentIndex} after document ${lastDocument[s.part]} of the same file)`, `/subjects/${n}/documentIndex`);
      lastEntry[s.part] = s.entry;
      lastDocument[s.part] = documentIndex;
      const rendered = render.render(subject as Subject, s.schema);
      rendered.forEach((p, i) => sinks[i]!.write(writers[i]!.add(p)));
      feedback(writers.map((w) => w.feedback?.()));
    }
    // Every part read to its end: no subject more than its shard member describes, and the skeleton the forward read
    // met is the one the merge was planned from.
    opened.forEach(({ reader, file, subjects: count, skeleton, fromTail }, k) => {
      if (next(k) !== undefined) {
        if (fromTail) throw new Stop('replan');
        stop(k, reader.subjectLine, reader.subjectColumn, `the part holds more subjects than its shard member describes (${count})`, `/subjects/${read[k]}`);
      }
      // The same text as planned from (compared by digest): then the same skeleton, checked against the schema then.
      if (reader.skeletonDigest() !== skeleton) {
        if (fromTail) throw new Stop('replan');
        throw new Stop({ severity: 'error', code: 'part-invalid', file, message: 'the part changed while it was merged' });
      }
    });
    writers.forEach((w, i) => sinks[i]!.write(w.end(summary)));
    // Every part proved valid: the outputs take effect, all of them or (when one cannot be written) none.
    if (!sinks.map((x) => x.finish()).every(Boolean)) return 2;
    let committed = true;
    for (const x of sinks) committed = x.commit() && committed;
    sinks = [];
    if (!committed || summary.problems.some((p) => p.severity === 'error')) return 2;
    return summary.gate.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  } finally {
    // Last made, first removed: a folder made for an earlier output is empty only once the later ones are gone.
    for (const x of [...sinks].reverse()) x.discard();
    for (const o of opened) o.reader.close();
  }
}
