import type { ControlStatus, Severity, SubjectArea, SubjectControl, SubjectStanding } from '../model/report.js';

/** What scoring needs to know about a control. */
export interface ScoredControlInput {
  id: string;
  areaId: string;
  severity: Severity;
  weight: number;
  level: number;
  capsGrade: boolean;
  /** Instance outcomes; empty means the control did not apply. `broken` controls count as one error. */
  outcomes: readonly ('pass' | 'fail' | 'missing_evidence' | 'not_applicable' | 'error')[];
}

export interface ScoringRules {
  areas: { id: string; weight: number }[];
  bands: { grade: string; min: number }[];
  criticalCap: string;
  levels: number[];
  /** mean (default): a control scores the share of its judged instances that pass; worst: its worst instance. */
  instances?: 'mean' | 'worst';
  /** areas (default): area-weighted mean of area scores; severity: control weights across the whole standard. */
  weighting?: 'areas' | 'severity';
}

/** A control's score: the report's per-control entry before findings are attached. */
export type ControlScore = Omit<SubjectControl, 'findings' | 'linkedEvidence' | 'assurance' | 'evidence' | 'evidenceOmitted'>;
export type AreaScore = SubjectArea;

export interface ScoreResult extends SubjectStanding {
  areas: AreaScore[];
  controls: ControlScore[];
}

/**
 * DESIGN §5, with the two choices a standard makes in `grading` (KDUS 1.0 used the first of each, 1.1 uses the second):
 * - instances `mean`: control score s = passed / (passed + failed + missing_evidence); `worst`: s = 1 when every
 *   judged instance passes, else 0 — the worst channel or component decides, and padding cannot dilute it;
 * - weighting `areas`: area score = 100 · Σ wᵢsᵢ / Σ wᵢ over the area's applicable controls, overall = the
 *   area-weighted mean of area scores; `severity`: overall = 100 · Σ wᵢsᵢ / Σ wᵢ over every applicable control
 *   of the standard, so with severity weights a failing critical control costs more than any failing high one
 *   (area scores are still reported, as a breakdown);
 *
 * and in both cases:
 * - control score s = passed / (passed + failed + missing_evidence); `error` scores 0; no applicable
 *   instance → not_applicable (left out of every sum);
 * - area score = 100 · Σ wᵢsᵢ / Σ wᵢ over applicable controls, wᵢ by severity;
 * - overall = Σ (area weight · area score) / Σ area weight over areas with an applicable control;
 * - grade from the bands; a failing grade-capping control caps it at `criticalCap`;
 * - level = highest L such that every applicable control of level ≤ L passes;
 * - evidence coverage = share of applicable controls without missing evidence.
 */
export function scoreSubject(controls: readonly ScoredControlInput[], rules: ScoringRules): ScoreResult {
  const scored = controls.map((c) => ({ input: c, ...scoreControl(c, rules.instances ?? 'mean') }));
  const bySeverity = rules.weighting === 'severity';

  // Exact area scores (fractions of 1) over applicable controls; areas with none are left out.
  const exactArea = new Map<string, number>();
  const areas: AreaScore[] = rules.areas.map((a) => {
    const applicable = scored.filter((c) => c.input.areaId === a.id && c.score !== null);
    const applicableWeight = applicable.reduce((s, c) => s + c.input.weight, 0);
    if (applicableWeight === 0) return { id: a.id, score: null, weight: a.weight, applicableWeight };
    const exact = applicable.reduce((s, c) => s + c.input.weight * c.score!, 0) / applicableWeight;
    exactArea.set(a.id, exact);
    return { id: a.id, score: round(100 * exact), weight: a.weight, applicableWeight };
  });
  const totalAreaWeight = rules.areas.filter((a) => exactArea.has(a.id)).reduce((s, a) => s + a.weight, 0);
  // Severity weighting: one denominator, the weight of every applicable control of the standard.
  const applicableWeight = scored.reduce((s, c) => s + (c.score === null ? 0 : c.input.weight), 0);
  let overall: number | null;
  if (bySeverity) overall = applicableWeight > 0 ? (100 * scored.reduce((s, c) => s + (c.score === null ? 0 : c.input.weight * c.score), 0)) / applicableWeight : null;
  else overall = totalAreaWeight > 0 ? (100 * rules.areas.reduce((s, a) => s + a.weight * (exactArea.get(a.id) ?? 0), 0)) / totalAreaWeight : null;

  // Points each control cost the overall score: by severity, its weight's share of the whole standard; by
  // areas, its share of its area times the area's share of the total.
  const controlScores: ControlScore[] = scored.map((c) => {
    let pointsLost = 0;
    if (c.score !== null && bySeverity) pointsLost = (100 * c.input.weight * (1 - c.score)) / applicableWeight;
    else if (c.score !== null && totalAreaWeight > 0) {
      const area = areas.find((a) => a.id === c.input.areaId)!;
      pointsLost = (100 * (c.input.weight * (1 - c.score))) / area.applicableWeight * (area.weight / totalAreaWeight);
    }
    return { id: c.input.id, status: c.status, score: c.score === null ? null : round(c.score, 4), counts: c.counts, pointsLost: round(pointsLost) };
  });

  const uncappedGrade = overall === null ? 'N/A' : gradeFor(overall, rules.bands);
  const cappedBy = scored.filter((c) => c.input.capsGrade && (c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error')).map((c) => c.input.id);
  let grade = uncappedGrade;
  if (overall !== null && cappedBy.length > 0) {
    const rank = (g: string) => rules.bands.findIndex((b) => b.grade === g);
    if (rank(grade) < rank(rules.criticalCap)) grade = rules.criticalCap;
  }

  let level = 0;
  for (const L of [...rules.levels].sort((a, b) => a - b)) {
    const relevant = scored.filter((c) => c.input.level <= L && c.status !== 'not_applicable');
    if (relevant.every((c) => c.status === 'pass')) level = L;
    else break;
  }

  const applicable = scored.filter((c) => c.status !== 'not_applicable');
  const evidenceCoverage = applicable.length ? round(applicable.filter((c) => c.counts.missing_evidence === 0).length / applicable.length, 4) : null;

  return {
    score: overall === null ? null : round(overall),
    grade,
    uncappedGrade,
    // Only report a cap that changed the grade.
    cappedBy: grade !== uncappedGrade ? cappedBy : [],
    criticalFailures: cappedBy,
    level,
    evidenceCoverage,
    areas,
    controls: controlScores,
  };
}

function scoreControl(c: ScoredControlInput, instances: 'mean' | 'worst'): { status: ControlStatus; score: number | null; counts: ControlScore['counts'] } {
  const counts = { pass: 0, fail: 0, missing_evidence: 0, not_applicable: 0, error: 0 };
  for (const o of c.outcomes) counts[o]++;
  if (counts.error > 0) return { status: 'error', score: 0, counts };
  const judged = counts.pass + counts.fail + counts.missing_evidence;
  if (judged === 0) return { status: 'not_applicable', score: null, counts };
  const score = instances === 'worst' ? (counts.pass === judged ? 1 : 0) : counts.pass / judged;
  const status: ControlStatus = counts.fail > 0 ? 'fail' : counts.missing_evidence > 0 ? 'missing_evidence' : 'pass';
  return { status, score, counts };
}

export function gradeFor(score: number, bands: readonly { grade: string; min: number }[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  // Compare at display precision so that a score shown as 90.00 never gets the grade below A.
  const s = round(score);
  return (sorted.find((b) => s >= b.min) ?? sorted[sorted.length - 1]!).grade;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
