import type { Comparison } from '../../src/model/comparison.js';

export interface CompareReporterOptions {
  color: boolean;
}

/** A comparison reporter is a pure function of the comparison. */
export type CompareReporter = (comparison: Comparison, options: CompareReporterOptions) => string;

/** The rank as printed: `2=` when another entry shares it (a tie is shown as a tie, never broken by name). */
export const rankLabel = (e: { rank: number; tied: boolean }): string => `${Number(e.rank)}${e.tied ? '=' : ''}`;

/** The ranking rule, in words, for every compare format. */
export const rankingRule = 'ranked by grade (which carries the critical cap), then backing (computed assurance, verified coverage, linked coverage), then score and level; equal entries tie';

/** A share as a whole percentage, or n/a. */
export const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${Math.round(x * 100)}%`);

/** A column or list head: `1. Name`, or `2= Name` for a tie. */
export const rankHead = (e: { rank: number; tied: boolean }, name: string): string => `${Number(e.rank)}${e.tied ? '=' : '.'} ${name}`;
