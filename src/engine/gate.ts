// The gate of one document: which of its controls fail the configured thresholds, and why. Its own module, with
// no engine behind it, so that a reporter loaded beside the bundled engine (reporters/text.ts) does not load the
// engine's modules a second time (38 of them, about a third more CPU for a one-file check's cold start).
import { severityOrder, type ControlInfo, type Severity, type Subject, type SubjectControl } from '../model/report.js';
import { detach } from '../util/detach.js';

export interface GateOptions {
  /** Fail the gate when a control of this severity or worse does not pass. Default: high. */
  failOn?: Severity | 'none';
  minScore?: number;
  minLevel?: number;
  /** Only findings that are new since the baseline count against failOn. */
  failOnNew?: boolean;
  /** A run that evaluates no document passes the gate (otherwise it fails it and is an input problem). */
  allowEmpty?: boolean;
}

/** A control fails the gate through a finding at or above --fail-on that is neither waived nor (with --fail-on-new) old. */
export function controlFailsGate(c: SubjectControl, info: ReadonlyMap<string, ControlInfo>, options: GateOptions): boolean {
  const failOn = options.failOn ?? 'high';
  const threshold = failOn === 'none' ? -1 : severityOrder.indexOf(failOn);
  const sev = info.get(c.id)?.severity;
  if (sev === undefined || severityOrder.indexOf(sev) > threshold) return false;
  return c.findings.some((f) => !f.waiver && (!options.failOnNew || f.status === 'error' || f.baselineState !== 'unchanged'));
}

/** Why one document fails the gate (empty when it passes). */
export function subjectGateReasons(s: Subject, info: ReadonlyMap<string, ControlInfo>, options: GateOptions): string[] {
  const failOn = options.failOn ?? 'high';
  const threshold = failOn === 'none' ? -1 : severityOrder.indexOf(failOn);
  const reasons: string[] = [];
  if (threshold >= 0) {
    const failing = s.controls.filter((c) => controlFailsGate(c, info, options));
    if (failing.length > 0) {
      reasons.push(
        detach(`${s.file}: ${failing.length} control${failing.length === 1 ? '' : 's'} of severity ${failOn} or higher ${options.failOnNew ? 'with new findings' : 'not passing'} (${failing.map((c) => c.id).join(', ')})`),
      );
    }
  }
  if (s.schemaErrors > 0) {
    reasons.push(detach(`${s.file}${s.documentIndex ? ` (document ${s.documentIndex + 1})` : ''}: not graded, ${s.schemaErrors} schema error${s.schemaErrors === 1 ? '' : 's'}`));
  }
  if (options.minScore !== undefined && (s.score === null || s.score < options.minScore)) {
    reasons.push(detach(`${s.file}: score ${s.score ?? 'n/a'} is below --min-score ${options.minScore}`));
  }
  if (options.minLevel !== undefined && s.level < options.minLevel) {
    reasons.push(detach(`${s.file}: level ${s.level} is below --min-level ${options.minLevel}`));
  }
  return reasons;
}
