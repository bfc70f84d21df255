import { parseYamlText } from '../load/parse-yaml.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import type { Report, Subject, WaiverEntry, WaiverStatus } from '../model/report.js';
import { compileGlob, GlobError } from './glob.js';

export interface Waiver extends WaiverEntry {
  column: number;
}

/** Days before expiry from which a waiver is reported as expiring. */
export const expiringWithinDays = 30;
/** The furthest ahead a waiver may expire, from the as-of date. */
export const maxWaiverDays = 366;

/** Reads waiver registers (`kind: Waivers`); problems are positioned in the register. */
export function loadWaivers(files: readonly string[]): { waivers: Waiver[]; problems: Problem[] } {
  const waivers: Waiver[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const file = displayPath(f);
    const { text, problem } = readTextFile(f);
    if (problem) {
      problems.push({ ...problem, code: problem.code === 'input-unreadable' ? 'waivers-unreadable' : problem.code });
      continue;
    }
    const parsed = parseYamlText(text!, file);
    problems.push(...parsed.problems);
    for (const doc of parsed.documents) {
      const schemaProblems = validateDocument(doc, 'waivers', 'waivers-schema');
      problems.push(...schemaProblems);
      if (schemaProblems.length) continue;
      const list = (doc.value as { waivers: Omit<Waiver, 'file' | 'line'>[] }).waivers;
      list.forEach((w, i) => {
        const at = rangeFor(doc.locations, `/waivers/${i}`);
        waivers.push({ ...w, file, line: at.startLine, column: at.startColumn });
      });
    }
  }
  return { waivers, problems };
}

/**
 * Marks the findings each waiver accepts and reports every waiver's state. Waivers never change a score;
 * an expired waiver accepts nothing (its findings count again) and fails the gate; one that is invalid or
 * matches nothing is reported.
 */
export function applyWaivers(report: Report, waivers: readonly Waiver[]): { statuses: WaiverStatus[]; problems: Problem[] } {
  const set = new WaiverSet(report, waivers);
  for (const subject of report.subjects) set.apply(subject);
  return set.finish();
}

/**
 * Waivers applied one subject at a time (so a streamed batch can use them too): validity is decided up front,
 * findings are marked as subjects pass by, and the statuses — with unmatched and expiring waivers — at the end.
 */
export class WaiverSet {
  private readonly entries: { waiver: Waiver; daysLeft: number; status: WaiverStatus['status']; note?: string; matches?: (file: string) => boolean; matched: number }[];
  private readonly problems: Problem[] = [];

  constructor(report: Pick<Report, 'asOf' | 'standard'>, waivers: readonly Waiver[]) {
    const asOf = Date.parse(`${report.asOf}T00:00:00Z`);
    const known = new Set(report.standard.controls.map((c) => c.id));
    this.entries = waivers.map((w) => {
      const where = this.where(w);
      const daysLeft = Math.floor((Date.parse(`${w.expires}T00:00:00Z`) - asOf) / 86_400_000);
      if (!known.has(w.control)) {
        this.problems.push({ severity: 'warning', code: 'waiver-invalid', ...where, control: w.control, message: `waiver for ${w.control}: no such control in ${report.standard.id} ${report.standard.version}; it waives nothing` });
        return { waiver: w, daysLeft, status: 'invalid' as const, note: 'unknown control', matched: 0 };
      }
      let matches: (file: string) => boolean;
      try {
        matches = compileGlob(w.documents);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        const shown = w.documents.length > 100 ? `${JSON.stringify(w.documents.slice(0, 100))}…` : JSON.stringify(w.documents);
        this.problems.push({ severity: 'error', code: 'waiver-invalid', ...where, control: w.control, message: `waiver for ${w.control}: documents glob ${shown}, character ${error.index + 1}: ${error.message}; it waives nothing` });
        return { waiver: w, daysLeft, status: 'invalid' as const, note: 'unsupported documents glob', matched: 0 };
      }
      if (daysLeft > maxWaiverDays) {
        this.problems.push({ severity: 'error', code: 'waiver-invalid', ...where, control: w.control, message: `waiver for ${w.control} expires ${w.expires}, more than a year after ${report.asOf}; a waiver must be reviewed at least yearly, so it waives nothing` });
        return { waiver: w, daysLeft, status: 'invalid' as const, note: 'expires more than a year ahead', matched: 0 };
      }
      if (daysLeft < 0) {
        this.problems.push({ severity: 'warning', code: 'waiver-expired', ...where, control: w.control, message: `waiver for ${w.control} (${w.documents}) expired on ${w.expires}; its findings count again` });
        return { waiver: w, daysLeft, status: 'expired' as const, matched: 0 };
      }
      return { waiver: w, daysLeft, status: 'active' as const, matches, matched: 0 };
    });
  }

  private where(w: Waiver) {
    return { file: w.file, range: { startLine: w.line, startColumn: w.column, endLine: w.line, endColumn: w.column + 1 } };
  }

  /** Marks the findings of one subject that a current waiver accepts. */
  apply(subject: Subject): void {
    for (const e of this.entries) {
      if (!e.matches || !e.matches(subject.file)) continue;
      const w = e.waiver;
      const control = subject.controls.find((c) => c.id === w.control);
      for (const f of control?.findings ?? []) {
        if (f.status === 'error' || f.waiver) continue;
        const p = f.location.pointer;
        if (w.pointer !== undefined && !(p === w.pointer || p.startsWith(`${w.pointer}/`))) continue;
        f.waiver = { file: w.file, line: w.line, reason: w.reason, owner: w.owner, ...(w.ticket !== undefined ? { ticket: w.ticket } : {}), expires: w.expires };
        e.matched++;
      }
    }
  }

  /** How many findings each waiver has waived so far (to merge the counts of several threads). */
  matchCounts(): number[] {
    return this.entries.map((e) => e.matched);
  }

  addMatches(counts: readonly number[]): void {
    this.entries.forEach((e, i) => (e.matched += counts[i] ?? 0));
  }

  finish(): { statuses: WaiverStatus[]; problems: Problem[] } {
    const problems = [...this.problems];
    const statuses = this.entries.map((e): WaiverStatus => {
      const { column: _column, ...entry } = e.waiver;
      const w = e.waiver;
      if (e.status !== 'active') return { ...entry, status: e.status, matched: 0, ...(e.note ? { note: e.note } : {}) };
      if (e.matched === 0) {
        problems.push({ severity: 'warning', code: 'waiver-unmatched', ...this.where(w), control: w.control, message: `waiver for ${w.control} (${w.documents}${w.pointer ? ` at ${w.pointer}` : ''}) matches no finding; remove it if the risk is gone` });
        return { ...entry, status: 'unmatched', matched: 0 };
      }
      if (e.daysLeft <= expiringWithinDays) {
        problems.push({ severity: 'warning', code: 'waiver-expiring', ...this.where(w), control: w.control, message: `waiver for ${w.control} (${w.documents}) expires on ${w.expires}, in ${e.daysLeft} day${e.daysLeft === 1 ? '' : 's'}` });
        return { ...entry, status: 'expiring', matched: e.matched };
      }
      return { ...entry, status: 'active', matched: e.matched };
    });
    return { statuses, problems };
  }
}
