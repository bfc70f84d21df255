import type { ControlInfo, Subject } from '../model/report.js';
import { BaselineMarker, type BaselineTally } from './baseline.js';
import { subjectGateReasons } from './gate.js';
import type { CheckOptions, GateOptions } from './options.js';
import { maxFindingsPerControl } from './subject.js';
import { WaiverSet, type Waiver } from './waivers.js';
import type { ReportHeader } from '../model/report.js';

/** Everything a thread needs to finish subjects the same way as any other thread (structured-clonable). */
export interface FinishSetup {
  header: ReportHeader;
  waivers: Waiver[];
  /** The baseline's fingerprints, when there is a baseline. */
  baseline?: string[];
  gate: GateOptions;
}

/** What a thread's finisher contributed, to be merged into the run's waiver statuses and baseline summary. */
export interface FinishTally {
  waiverMatches: number[];
  baseline?: BaselineTally;
}

/**
 * Finishes a subject as it is evaluated: waivers marked, then the baseline state of each finding, then the
 * subject's reasons to fail the gate. Applied in the thread that evaluated the subject.
 */
export class SubjectFinisher {
  readonly waivers: WaiverSet;
  readonly baseline?: BaselineMarker;
  private readonly info: ReadonlyMap<string, ControlInfo>;

  constructor(private readonly setup: FinishSetup) {
    this.waivers = new WaiverSet(setup.header, setup.waivers);
    if (setup.baseline) this.baseline = new BaselineMarker(setup.baseline);
    this.info = new Map(setup.header.standard.controls.map((c) => [c.id, c]));
  }

  /** Waivers, baseline and gate see every finding; then the findings past the cap are counted instead of listed. */
  finish(subject: Subject): string[] {
    this.waivers.apply(subject);
    this.baseline?.apply(subject);
    const reasons = subjectGateReasons(subject, this.info, this.setup.gate);
    boundFindings(subject);
    return reasons;
  }

  tally(): FinishTally {
    return { waiverMatches: this.waivers.matchCounts(), ...(this.baseline ? { baseline: this.baseline.tally() } : {}) };
  }

  add(t: FinishTally): void {
    this.waivers.addMatches(t.waiverMatches);
    if (t.baseline) this.baseline?.add(t.baseline);
  }
}

export function finishSetup(header: ReportHeader, options: CheckOptions): FinishSetup {
  return {
    header,
    waivers: [...(options.waivers ?? [])],
    ...(options.baseline ? { baseline: options.baseline.entries.map((e) => e.fingerprint) } : {}),
    gate: {
      ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
      ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
      ...(options.minLevel !== undefined ? { minLevel: options.minLevel } : {}),
      ...(options.failOnNew ? { failOnNew: true } : {}),
    },
  };
}

/**
 * Leaves out the findings past the cap, once waivers, the baseline and the gate have seen every one of them (so a
 * finding left out still fails the gate, and still counts for its waiver): the count of the rest, and how many of
 * them are waived, are kept. Called when a subject is finished, before it is rendered.
 */
export function boundFindings(subject: Subject): void {
  for (const c of subject.controls) {
    if (c.findings.length <= maxFindingsPerControl) continue;
    const rest = c.findings.splice(maxFindingsPerControl);
    c.findingsOmitted = { count: rest.length, waived: rest.reduce((n, f) => n + (f.waiver ? 1 : 0), 0) };
  }
}
