import { defaultLimits } from '../load/limits.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
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

/**
 * Reads the findings of an earlier run: a SARIF file written by ringfence (fingerprints under
 * `partialFingerprints["ringfence/v1"]`) or a JSON report.
 */
export function loadBaseline(file: string): { baseline?: Baseline; problem?: Problem } {
  const shown = displayPath(file);
  const { text, problem } = readTextFile(file, { ...defaultLimits, maxFileBytes: 256 * 1024 * 1024 });
  if (problem) return { problem: { ...problem, code: 'baseline-unreadable' } };
  let data: unknown;
  try {
    data = JSON.parse(text!);
  } catch (error) {
    return { problem: { severity: 'error', code: 'baseline-invalid', file: shown, message: `not JSON: ${(error as Error).message}` } };
  }
  const entries: BaselineEntry[] = [];
  const d = data as Record<string, unknown>;
  if (Array.isArray(d['runs'])) {
    for (const run of d['runs'] as { results?: unknown[] }[]) {
      for (const r of (run.results ?? []) as Record<string, any>[]) {
        const fp = r['partialFingerprints']?.['ringfence/v1'];
        if (typeof fp !== 'string') continue;
        entries.push({
          fingerprint: fp,
          control: String(r['ruleId'] ?? ''),
          file: decodeURIComponent(String(r['locations']?.[0]?.physicalLocation?.artifactLocation?.uri ?? '')),
          pointer: String(r['properties']?.['jsonPointer'] ?? ''),
          message: String(r['message']?.['text'] ?? ''),
        });
      }
    }
  } else if (d['reportVersion'] === 1 && Array.isArray(d['subjects'])) {
    for (const s of d['subjects'] as Report['subjects']) {
      for (const c of s.controls) {
        for (const f of c.findings) {
          if (f.status === 'error' || typeof f.fingerprint !== 'string') continue;
          entries.push({ fingerprint: f.fingerprint, control: c.id, file: f.location.file, pointer: f.location.pointer, message: f.message });
        }
      }
    }
  } else {
    return { problem: { severity: 'error', code: 'baseline-invalid', file: shown, message: 'neither a SARIF log nor a ringfence JSON report' } };
  }
  return { baseline: { file: shown, entries } };
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
