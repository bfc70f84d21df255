import type { LoadLimits } from '../load/limits.js';
import type { IgnoreRule } from '../load/read-inputs.js';
import type { ReportAbout, Severity } from '../model/report.js';
import type { EvidenceFiles } from '../evidence/index.js';
import type { Baseline } from './baseline.js';
import type { Waiver } from './waivers.js';

/*
 * The options of a run. The engine runs in one direction, each stage in its own module:
 *   inputs.ts (paths → files, import stage) → batch.ts (files, pairing) → subject.ts (one document evaluated)
 *   → finish.ts (waivers, baseline, gate reasons, caps: one document's parts) → summary.ts (problems, waivers, gate)
 * stream.ts runs them in that order on one thread, parallel.ts over worker threads, a shard (shard.ts) over its
 * share of the files, and merge.ts runs the last stage again over the parts of several shards.
 */

export interface GateOptions {
  /** Fail the gate when a control of this severity or worse does not pass. Default: high. */
  failOn?: Severity | 'none';
  minScore?: number;
  minLevel?: number;
  /** Only findings that are new since the baseline count against failOn. */
  failOnNew?: boolean;
  /** A run that evaluates no document passes the gate (otherwise it fails it and is an input problem). */
  allowEmpty?: boolean;
}

export interface EvaluateOptions extends GateOptions {
  /** YYYY-MM-DD; default: today (UTC). */
  asOf?: string;
  /** The config file the run used (shown in the report's header as tool.config). */
  config?: { file: string; sha256: string };
  /** Title, organisation and purpose of the report, as given by whoever ran it (copied into the report as is). */
  about?: ReportAbout;
  budget?: number;
  waivers?: readonly Waiver[];
  baseline?: Baseline;
  /** The evidence files given with --evidence (read once, before the batch): they lift matching claims to verified. */
  evidence?: EvidenceFiles;
  /**
   * Record, for every passing control, the declared values it passed on (`declared`). Costs about a quarter more
   * evaluation time on documents that mostly pass, so the CLI asks for it only for the reports that show it.
   */
  declaredValues?: boolean;
  /** Called as files are read and documents evaluated (for a progress line). */
  progress?: (phase: 'read' | 'evaluate', done: number, total: number) => void;
}

/** `--shard i/n`: this run evaluates the files of shard `index` (1-based) of `count` (see shard.ts). */
export interface ShardSpec {
  index: number;
  count: number;
}

export interface CheckOptions extends EvaluateOptions {
  paths: readonly string[];
  limits?: LoadLimits;
  /** Files and folders to leave out of the paths' expansion (--ignore, a config file's `ignore:`). */
  ignore?: readonly IgnoreRule[];
  /** Evaluate only this shard's files (`--shard i/n`); the summary then carries what a merge needs (ShardInfo). */
  shard?: ShardSpec;

}

/** The date date-based checks use: the one given, or today (UTC). */
export function asOfDate(asOf: string | undefined): string {
  return asOf ?? new Date().toISOString().slice(0, 10);
}
