import type { Comparison } from '../../src/model/comparison.js';

export interface CompareReporterOptions {
  color: boolean;
}

/** A comparison reporter is a pure function of the comparison. */
export type CompareReporter = (comparison: Comparison, options: CompareReporterOptions) => string;
