import { capProblem, type Problem } from '../model/problem.js';
import { severityOrder, type ControlInfo, type Gate, type Report, type Subject, type SubjectControl } from '../model/report.js';
import { detach } from '../util/detach.js';
import type { GateOptions } from './options.js';

/** The gate: which subjects fail the configured thresholds, and why. */
export function computeGate(report: Report, options: GateOptions): Gate {
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  return gateFrom(report.subjects.flatMap((s) => subjectGateReasons(s, info, options)), report.waivers, options, report.subjects.length);
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

/** The gate from the documents' reasons and the waivers' states. */
/**
 * Nothing evaluated is never a pass: a path with no ringfence document in it (a typo, a wrong folder, an
 * apiVersion spelt otherwise) would otherwise turn a CI gate green. `--allow-empty` says it is expected.
 */
export const noDocumentsReason = 'no ringfence document was evaluated (no VendorManifest or DeploymentConfig with apiVersion ringfence.dev/v1 among the inputs)';

export function gateFrom(subjectReasons: readonly string[], waivers: readonly Report['waivers'][number][], options: GateOptions, documents: number): Gate {
  const reasons = [...subjectReasons];
  if (documents === 0 && !options.allowEmpty) reasons.push(noDocumentsReason);
  for (const w of waivers) {
    if (w.status === 'expired') reasons.push(`waiver for ${w.control} (${w.documents}) at ${w.file}:${w.line} expired on ${w.expires}`);
  }
  return {
    passed: reasons.length === 0,
    failOn: options.failOn ?? 'high',
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    ...(options.minLevel !== undefined ? { minLevel: options.minLevel } : {}),
    ...(options.failOnNew ? { failOnNew: true } : {}),
    reasons,
  };
}

/** The run's problems in report order, each message capped (the one place problems enter a report). */
export function sortProblems(problems: Problem[]): Problem[] {
  problems = problems.map(capProblem);
  const key = (p: Problem) => [p.file ?? '', String(p.documentIndex ?? 0).padStart(6, '0'), String(p.range?.startLine ?? 0).padStart(9, '0'), String(p.range?.startColumn ?? 0).padStart(9, '0'), p.code, p.message].join('\0');
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
