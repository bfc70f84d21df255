import { defaultLimits } from '../load/limits.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { BaselineSummary, Report } from '../model/report.js';

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
  const before = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
  const now = new Set<string>();
  let fresh = 0;
  let unchanged = 0;
  for (const s of report.subjects) {
    for (const c of s.controls) {
      for (const f of c.findings) {
        if (f.status === 'error') continue;
        now.add(f.fingerprint);
        if (before.has(f.fingerprint)) {
          f.baselineState = 'unchanged';
          unchanged++;
        } else {
          f.baselineState = 'new';
          fresh++;
        }
      }
    }
  }
  const absent = baseline.entries.filter((e) => !now.has(e.fingerprint) && !e.control.startsWith('RF-'));
  return { file: baseline.file, new: fresh, unchanged, absent };
}
