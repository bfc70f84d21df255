import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreSubject, type ScoredControlInput } from '../../src/score/score.js';

const rules = {
  areas: [
    { id: 'A', weight: 1 },
    { id: 'B', weight: 2 },
  ],
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80 },
    { grade: 'C', min: 70 },
    { grade: 'D', min: 60 },
    { grade: 'F', min: 0 },
  ],
  criticalCap: 'D',
  levels: [1, 2, 3],
};

const control = (id: string, areaId: string, severity: ScoredControlInput['severity'], level: number, outcomes: ScoredControlInput['outcomes']): ScoredControlInput => ({
  id,
  areaId,
  severity,
  weight: { critical: 10, high: 7.5, medium: 5, low: 2.5 }[severity],
  level,
  capsGrade: severity === 'critical',
  outcomes,
});

describe('scoring (DESIGN §5, hand-computed)', () => {
  it('weights controls by severity, areas by weight, and leaves out what does not apply', () => {
    const r = scoreSubject(
      [
        control('c1', 'A', 'critical', 1, ['pass', 'pass']), // s = 1
        control('c2', 'A', 'high', 1, ['pass', 'fail']), // s = 0.5
        control('c3', 'A', 'medium', 2, ['missing_evidence']), // s = 0
        control('c4', 'A', 'low', 2, ['not_applicable']), // left out
        control('c5', 'B', 'high', 2, ['pass', 'pass', 'pass', 'fail']), // s = 0.75
      ],
      rules,
    );
    // Area A = 100 · (10·1 + 7.5·0.5 + 5·0) / (10 + 7.5 + 5) = 61.11; area B = 75.
    expect(r.areas).toEqual([
      { id: 'A', score: 61.11, weight: 1, applicableWeight: 22.5 },
      { id: 'B', score: 75, weight: 2, applicableWeight: 7.5 },
    ]);
    // Overall = (1 · 61.111 + 2 · 75) / 3 = 70.37.
    expect(r.score).toBe(70.37);
    expect(r.grade).toBe('C');
    expect(r.cappedBy).toEqual([]);
    // c2 (level 1) fails, so not even level 1 is reached.
    expect(r.level).toBe(0);
    // 4 applicable controls, one with missing evidence.
    expect(r.evidenceCoverage).toBe(0.75);
    const c2 = r.controls.find((c) => c.id === 'c2')!;
    // 100 · 7.5 · (1 − 0.5) / 22.5 · (1/3) = 5.56 points.
    expect(c2.pointsLost).toBe(5.56);
    expect(c2.status).toBe('fail');
    expect(r.controls.find((c) => c.id === 'c3')!.status).toBe('missing_evidence');
    expect(r.controls.find((c) => c.id === 'c4')!).toMatchObject({ status: 'not_applicable', score: null, pointsLost: 0 });
    // The points lost add up to what the score lacks of 100.
    expect(r.controls.reduce((s, c) => s + c.pointsLost, 0)).toBeCloseTo(100 - 70.37, 1);
  });

  it('caps the grade when a critical control fails, however high the score', () => {
    const r = scoreSubject(
      [control('crit', 'A', 'critical', 1, ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']), control('low', 'A', 'low', 1, ['pass'])],
      { ...rules, areas: [{ id: 'A', weight: 1 }] },
    );
    // 100 · (10 · 0.9 + 2.5 · 1) / 12.5 = 92 → A, capped at D.
    expect(r.score).toBe(92);
    expect(r.uncappedGrade).toBe('A');
    expect(r.grade).toBe('D');
    expect(r.cappedBy).toEqual(['crit']);
  });

  it('does not report a cap that changes nothing', () => {
    const r = scoreSubject([control('crit', 'A', 'critical', 1, ['fail'])], { ...rules, areas: [{ id: 'A', weight: 1 }] });
    expect(r.score).toBe(0);
    expect(r.grade).toBe('F');
    expect(r.cappedBy).toEqual([]);
  });

  it('scores an errored control as 0 and never as passed', () => {
    const r = scoreSubject([control('ok', 'A', 'high', 1, ['pass']), control('broken', 'A', 'high', 1, ['error'])], { ...rules, areas: [{ id: 'A', weight: 1 }] });
    expect(r.score).toBe(50);
    expect(r.controls.find((c) => c.id === 'broken')).toMatchObject({ status: 'error', score: 0 });
    expect(r.level).toBe(0);
  });

  it('an errored critical control caps the grade', () => {
    const r = scoreSubject(
      [control('broken', 'A', 'critical', 1, ['error']), ...Array.from({ length: 20 }, (_, i) => control(`h${i}`, 'A', 'high', 1, ['pass']))],
      { ...rules, areas: [{ id: 'A', weight: 1 }] },
    );
    // 100 · 150 / 160 = 93.75 → A, capped to D.
    expect(r.score).toBe(93.75);
    expect(r.grade).toBe('D');
    expect(r.cappedBy).toEqual(['broken']);
  });

  it('reaches the highest level whose controls, and all lower levels, pass', () => {
    const r = scoreSubject(
      [control('l1', 'A', 'high', 1, ['pass']), control('l2', 'A', 'high', 2, ['pass']), control('l3', 'A', 'high', 3, ['fail'])],
      { ...rules, areas: [{ id: 'A', weight: 1 }] },
    );
    expect(r.level).toBe(2);
    const all = scoreSubject(
      [control('l1', 'A', 'high', 1, ['pass']), control('l2', 'A', 'high', 2, ['not_applicable']), control('l3', 'A', 'high', 3, ['pass'])],
      { ...rules, areas: [{ id: 'A', weight: 1 }] },
    );
    expect(all.level).toBe(3);
  });

  it('gives no score when nothing applies', () => {
    const r = scoreSubject([control('x', 'A', 'high', 1, [])], rules);
    expect(r).toMatchObject({ score: null, grade: 'N/A', evidenceCoverage: null });
  });

  it('grades at display precision: 89.996 shows as 90.00 and is an A', () => {
    const r = scoreSubject(
      [control('a', 'A', 'low', 1, [...Array<'pass'>(22499).fill('pass'), 'fail'])],
      { ...rules, areas: [{ id: 'A', weight: 1 }] },
    );
    expect(r.grade).toBe('A');
  });
});

describe('scoring by worst instance and severity across the standard (KDUS 1.1)', () => {
  const safety = { ...rules, instances: 'worst' as const, weighting: 'severity' as const };
  const severities = ['critical', 'high', 'medium', 'low'] as const;

  it('hand-computed: the worst instance decides and every applicable control shares one denominator', () => {
    const r = scoreSubject(
      [
        control('c1', 'A', 'critical', 1, ['pass', 'pass']), // s = 1
        control('c2', 'A', 'high', 1, ['pass', 'fail']), // s = 0
        control('c3', 'A', 'medium', 2, ['missing_evidence']), // s = 0
        control('c4', 'A', 'low', 2, ['not_applicable']), // left out
        control('c5', 'B', 'high', 2, ['pass', 'pass', 'pass', 'fail']), // s = 0
      ],
      safety,
    );
    // Overall = 100 · 10 / (10 + 7.5 + 5 + 7.5) = 33.33, whatever the area weights.
    expect(r.score).toBe(33.33);
    expect(r.controls.map((c) => c.pointsLost)).toEqual([0, 25, 16.67, 0, 25]);
    // Area scores are still reported, as a breakdown.
    expect(r.areas.map((a) => a.score)).toEqual([44.44, 0]);
  });

  it('no dilution: adding passing instances or passing channels never raises the score while a bad one still fails', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.constantFrom(...severities), (extraPasses, severity) => {
        const base = [control('bad', 'A', severity, 1, ['fail']), control('other', 'B', 'medium', 1, ['pass'])];
        const padded = [
          control('bad', 'A', severity, 1, ['fail', ...Array<'pass'>(extraPasses).fill('pass')]),
          control('other', 'B', 'medium', 1, ['pass']),
        ];
        const before = scoreSubject(base, safety);
        const after = scoreSubject(padded, safety);
        expect(after.score).toBe(before.score);
        expect(after.controls[0]!.pointsLost).toBe(before.controls[0]!.pointsLost);
      }),
    );
  });

  it('severity dominates: a failing critical control costs more than any failing high one, a high more than a medium, a medium more than a low', () => {
    const outcome = fc.constantFrom<'pass' | 'fail' | 'missing_evidence' | 'not_applicable'>('pass', 'fail', 'missing_evidence', 'not_applicable');
    const anyControl = fc.record({ severity: fc.constantFrom(...severities), area: fc.constantFrom('A', 'B'), outcomes: fc.array(outcome, { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(anyControl, { minLength: 2, maxLength: 25 }), (list) => {
        const r = scoreSubject(
          list.map((c, i) => control(`c${i}`, c.area, c.severity, 1, c.outcomes)),
          safety,
        );
        const failing = r.controls.map((c, i) => ({ severity: list[i]!.severity, lost: c.pointsLost, status: c.status })).filter((c) => c.status === 'fail' || c.status === 'missing_evidence');
        for (const a of failing) {
          for (const b of failing) {
            if (severities.indexOf(a.severity) < severities.indexOf(b.severity)) expect(a.lost).toBeGreaterThan(b.lost);
          }
        }
      }),
    );
  });

  it('the 1.0 method (mean of instances, areas) is what a standard gets when it does not choose', () => {
    const list = [control('c1', 'A', 'critical', 1, ['pass', 'fail']), control('c2', 'B', 'low', 1, ['pass'])];
    expect(scoreSubject(list, rules)).toEqual(scoreSubject(list, { ...rules, instances: 'mean', weighting: 'areas' }));
    // By mean, one bad instance of two costs half the control; by worst, all of it.
    expect(scoreSubject(list, rules).controls[0]!.score).toBe(0.5);
    expect(scoreSubject(list, safety).controls[0]!.score).toBe(0);
  });
});
