import type { Report } from '../src/model/report.js';

export interface ReporterOptions {
  /** ANSI colour in terminal output. */
  color: boolean;
  /** SARIF: leave waived (suppressed) results out, because GitHub shows suppressed results as open alerts. */
  omitWaived?: boolean;
  /** SARIF: most results per run (GitHub shows 5,000 and rejects more than 25,000). */
  maxResults?: number;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
