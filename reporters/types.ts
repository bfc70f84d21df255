import type { GateOptions } from '../src/engine/check.js';
import type { Problem } from '../src/model/problem.js';
import type { Report, ReportFooter, ReportHeader, Subject } from '../src/model/report.js';

export interface ReporterOptions {
  /** ANSI colour in terminal output. */
  color: boolean;
  /** SARIF: leave waived (suppressed) results out, because GitHub shows suppressed results as open alerts. */
  omitWaived?: boolean;
  /** SARIF: most results per run (GitHub shows 5,000 and rejects more than 25,000). */
  maxResults?: number;
  /**
   * Text: --quiet, with the run's gate. Only what fails the gate is written: the documents that fail it (their
   * score line and failing controls), error problems and the failed gate; nothing at all when the gate passes
   * and there is no error. Other formats are complete whatever it says.
   */
  quiet?: GateOptions;
  /**
   * SARIF: the code scanning category, written as the run's automationDetails.id (`CATEGORY/`). GitHub keeps the
   * alerts of each category apart, and the id in the file takes precedence over the upload's own category, so
   * jobs that check different files need different ones. Default: `ringfence/<standard id>/`.
   */
  sarifCategory?: string;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: Report, options: ReporterOptions) => string;

/**
 * A reporter that can write a report as its subjects arrive, without holding them: `part` turns one subject into
 * its part of the output (pure, so it can run in the worker thread that evaluated the subject), and a `writer`
 * puts the parts together in order between a beginning and an end. The in-memory reporter is the same code
 * run over a whole report (renderWhole), so both give the same bytes.
 */
export interface StreamingReporter<P> {
  part: (header: ReportHeader, options: ReporterOptions) => PartRenderer<P>;
  writer: (header: ReportHeader, options: ReporterOptions) => StreamWriter<P>;
}

/**
 * Turns one subject into its part. It may take feedback from the writer (`StreamWriter.feedback`), in whatever
 * thread it runs, about the parts still to come: what they can leave out, say. Feedback only ever concerns
 * subjects that come after every part the writer has been given.
 */
export type PartRenderer<P> = ((subject: Subject, problems: readonly Problem[]) => P) & { feedback?: (value: unknown) => void };

/** Text, or text already encoded as UTF-8 (parts made in a worker thread come as bytes, moved rather than copied). */
export type Chunk = string | Uint8Array;

/**
 * What to write next: one chunk, or several in order. Chunks given as an iterable are taken one at a time, so
 * that an end drawn from a file (see Spool) is never all in memory.
 */
export type Chunks = Chunk | Iterable<Chunk>;

/** Each call returns what to write next. */
export interface StreamWriter<P> {
  begin(): Chunks;
  add(part: P): Chunks;
  end(footer: ReportFooter): Chunks;
  /** What the parts still to come can leave out (structured-clonable), passed to `PartRenderer.feedback`. */
  feedback?(): unknown;
}
