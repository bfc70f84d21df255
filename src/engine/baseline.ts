import { parseJsonText } from '../load/json.js';
import { defaultLimits } from '../load/limits.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { rangeFor } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import type { BaselineSummary, Report, Subject } from '../model/report.js';

export interface BaselineEntry {
  fingerprint: string;
  control: string;
  file: string;
  pointer: string;
  message: string;
}

export interface Baseline {
  file: string;
  entries: BaselineEntry[];
}

/** A baseline that is not what it claims to be: where, and what was expected there. */
class Malformed extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function describeJson(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;
}

const isMapping = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function mapping(v: unknown, pointer: string, what: string): Json {
  if (!isMapping(v)) throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected ${what} (a mapping)`);
  return v;
}

function list(v: unknown, pointer: string, optional = false): unknown[] {
  if (optional && v === undefined) return [];
  if (!Array.isArray(v)) throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected a list`);
  return v;
}

function text(v: unknown, pointer: string): string {
  if (typeof v !== 'string') throw new Malformed(pointer, `${pointer} is ${describeJson(v)}; expected a string`);
  return v;
}

/** An optional string deep inside a SARIF object: anything else there is simply absent. */
function pick(v: unknown, ...path: (string | number)[]): string | undefined {
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Json)[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}

function decodeUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

function sarifEntries(runs: unknown[]): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  runs.forEach((r, i) => {
    const run = mapping(r, `/runs/${i}`, 'a SARIF run');
    list(run['results'], `/runs/${i}/results`, true).forEach((x, j) => {
      const result = mapping(x, `/runs/${i}/results/${j}`, 'a SARIF result');
      const fingerprint = pick(result, 'partialFingerprints', 'ringfence/v1');
      // Another tool's results, or ringfence's without a fingerprint (input problems): not findings to compare.
      if (fingerprint === undefined) return;
      entries.push({
        fingerprint,
        control: pick(result, 'ruleId') ?? '',
        file: decodeUri(pick(result, 'locations', 0, 'physicalLocation', 'artifactLocation', 'uri') ?? ''),
        pointer: pick(result, 'properties', 'jsonPointer') ?? '',
        message: pick(result, 'message', 'text') ?? '',
      });
    });
  });
  return entries;
}

function reportEntries(subjects: unknown[]): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  subjects.forEach((x, i) => {
    const at = `/subjects/${i}`;
    const subject = mapping(x, at, 'a subject');
    list(subject['controls'], `${at}/controls`).forEach((y, j) => {
      const control = mapping(y, `${at}/controls/${j}`, 'a control');
      const id = text(control['id'], `${at}/controls/${j}/id`);
      list(control['findings'], `${at}/controls/${j}/findings`).forEach((z, k) => {
        const p = `${at}/controls/${j}/findings/${k}`;
        const f = mapping(z, p, 'a finding');
        if (f['status'] === 'error' || typeof f['fingerprint'] !== 'string') return;
        const location = mapping(f['location'], `${p}/location`, 'a location');
        entries.push({
          fingerprint: f['fingerprint'],
          control: id,
          file: text(location['file'], `${p}/location/file`),
          pointer: text(location['pointer'], `${p}/location/pointer`),
          message: text(f['message'], `${p}/message`),
        });
      });
    });
  });
  return entries;
}

/**
 * Reads the findings of an earlier run: a SARIF file written by ringfence (fingerprints under
 * `partialFingerprints["ringfence/v1"]`) or a JSON report. A baseline is often an artifact anyone could have
 * uploaded: its shape is checked as it is read, and what is wrong is a problem positioned in the file.
 */
export function loadBaseline(file: string): { baseline?: Baseline; problem?: Problem } {
  const shown = displayPath(file);
  const { text: source, problem } = readTextFile(file, { ...defaultLimits, maxFileBytes: 256 * 1024 * 1024 });
  if (problem) return { problem: { ...problem, code: 'baseline-unreadable' } };
  const parsed = parseJsonText(source!, shown, 'baseline-invalid');
  if (parsed.problem) return { problem: parsed.problem };
  const d = parsed.value;
  try {
    if (isMapping(d) && Array.isArray(d['runs'])) return { baseline: { file: shown, entries: sarifEntries(d['runs']) } };
    if (isMapping(d) && (d['reportVersion'] === 1 || d['reportVersion'] === 2) && Array.isArray(d['subjects'])) return { baseline: { file: shown, entries: reportEntries(d['subjects']) } };
    throw new Malformed('', 'neither a SARIF log nor a ringfence JSON report');
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    const range = rangeFor(parsed.locations, error.pointer);
    return { problem: { severity: 'error', code: 'baseline-invalid', file: shown, range, pointer: error.pointer, message: error.message } };
  }
}

/** Marks each finding new or unchanged against the baseline, and lists the baseline's findings now gone. */
export function applyBaseline(report: Report, baseline: Baseline): BaselineSummary {
  const marker = new BaselineMarker(baseline.entries.map((e) => e.fingerprint));
  for (const s of report.subjects) marker.apply(s);
  return marker.summary(baseline);
}

/** What a share of the subjects contributed to the baseline comparison (a worker thread's, say). */
export interface BaselineTally {
  new: number;
  unchanged: number;
  /** The baseline's fingerprints found again. */
  seen: string[];
}

/**
 * The baseline comparison one subject at a time: only the baseline's fingerprints are held (they are known up
 * front), so a streamed batch can mark its findings as they pass and list the absent ones at the end.
 */
export class BaselineMarker {
  private readonly before: ReadonlySet<string>;
  private readonly seen = new Set<string>();
  private fresh = 0;
  private unchanged = 0;

  constructor(fingerprints: Iterable<string>) {
    this.before = new Set(fingerprints);
  }

  apply(subject: Subject): void {
    for (const c of subject.controls) {
      for (const f of c.findings) {
        if (f.status === 'error') continue;
        if (this.before.has(f.fingerprint)) {
          f.baselineState = 'unchanged';
          this.seen.add(f.fingerprint);
          this.unchanged++;
        } else {
          f.baselineState = 'new';
          this.fresh++;
        }
      }
    }
  }

  tally(): BaselineTally {
    return { new: this.fresh, unchanged: this.unchanged, seen: [...this.seen] };
  }

  add(t: BaselineTally): void {
    this.fresh += t.new;
    this.unchanged += t.unchanged;
    for (const f of t.seen) this.seen.add(f);
  }

  summary(baseline: Baseline): BaselineSummary {
    const absent = baseline.entries.filter((e) => !this.seen.has(e.fingerprint) && !e.control.startsWith('RF-'));
    return { file: baseline.file, new: this.fresh, unchanged: this.unchanged, absent };
  }
}
