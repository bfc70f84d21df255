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
}

/** A control's score: the report's per-control entry before findings are attached. */
export type ControlScore = Omit<SubjectControl, 'findings' | 'linkedEvidence'>;
export type AreaScore = SubjectArea;

export interface ScoreResult extends SubjectStanding {
  areas: AreaScore[];
  controls: ControlScore[];
}

/**
 * DESIGN §5, exactly:
 * - control score s = passed / (passed + failed + missing_evidence); `error` scores 0; no applicable
 *   instance → not_applicable (left out of every sum);
 * - area score = 100 · Σ wᵢsᵢ / Σ wᵢ over applicable controls, wᵢ by severity;
 * - overall = Σ (area weight · area score) / Σ area weight over areas with an applicable control;
 * - grade from the bands; a failing grade-capping control caps it at `criticalCap`;
 * - level = highest L such that every applicable control of level ≤ L passes;
 * - evidence coverage = share of applicable controls without missing evidence.
 */
export function scoreSubject(controls: readonly ScoredControlInput[], rules: ScoringRules): ScoreResult {
  const scored = controls.map((c) => ({ input: c, ...scoreControl(c) }));

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
  const overall =
    totalAreaWeight > 0 ? (100 * rules.areas.reduce((s, a) => s + a.weight * (exactArea.get(a.id) ?? 0), 0)) / totalAreaWeight : null;

  // Points each control cost the overall score: its share of its area, times the area's share of the total.
  const controlScores: ControlScore[] = scored.map((c) => {
    let pointsLost = 0;
    if (c.score !== null && totalAreaWeight > 0) {
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

function scoreControl(c: ScoredControlInput): { status: ControlStatus; score: number | null; counts: ControlScore['counts'] } {
  const counts = { pass: 0, fail: 0, missing_evidence: 0, not_applicable: 0, error: 0 };
  for (const o of c.outcomes) counts[o]++;
  if (counts.error > 0) return { status: 'error', score: 0, counts };
  const judged = counts.pass + counts.fail + counts.missing_evidence;
  if (judged === 0) return { status: 'not_applicable', score: null, counts };
  const score = counts.pass / judged;
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
