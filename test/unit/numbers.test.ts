import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmtScore } from '../../reporters/numbers.js';
import { gradeFor, round } from '../../src/score/score.js';

const bands = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 60 },
  { grade: 'F', min: 0 },
];

describe('scores in human reports', () => {
  it('are whole points, rounded down, and n/a when there is none', () => {
    expect([fmtScore(100), fmtScore(89.99), fmtScore(90), fmtScore(52.31), fmtScore(0), fmtScore(null)]).toEqual(['100', '89', '90', '52', '0', 'n/a']);
  });

  it('never show a figure that contradicts the grade: the shown score is in the grade band the exact score earned', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (exact) => {
        // Reports carry the score at two decimals; the grade is decided on that figure.
        const score = round(exact);
        const grade = gradeFor(score, bands);
        const shown = Number(fmtScore(score));
        expect(gradeFor(shown, bands)).toBe(grade);
      }),
    );
  });
});
