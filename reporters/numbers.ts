/**
 * Scores as people read them: whole points. Every KDUS input is declared by the party being judged, so a second
 * decimal (93.57) would claim a precision the inputs do not have. The JSON report keeps the exact figures.
 *
 * The figure is rounded down: with whole-number grade bands, the shown score is at or above a band's minimum
 * exactly when the score is, so a shown 90 is always an A and an 89.99 (shown 89) never is.
 */
export function fmtScore(score: number | null | undefined): string {
  return score === null || score === undefined ? 'n/a' : String(Math.floor(score));
}
