import v8 from 'node:v8';
import { defaultLimits } from '../load/limits.js';
import { expandPaths } from '../load/read-inputs.js';
import { importInputs, type ImportedGroup } from '../import/index.js';
import { importOnlyExtensions } from '../import/kinds.js';
import type { Problem } from '../model/problem.js';
import type { ControlInfo, ReportAbout, ReportHeader, ReportSummary, Subject } from '../model/report.js';
import { toolHomepage, toolVersion } from '../paths.js';
import type { Standard } from '../standard/standard.js';
import { BaselineMarker, type BaselineTally } from './baseline.js';
import { Batch } from './batch.js';
import { asOfDate, boundFindings, gateFrom, noDocumentsReason, sortProblems, standardInfo, subjectGateReasons, type CheckOptions, type GateOptions } from './check.js';
import { WaiverSet, type Waiver } from './waivers.js';

/**
 * What turns one finished subject into an output's part for it, named by module and export so that a worker
 * thread can load it too. The engine knows nothing of formats: the CLI chooses the renderers, and the
 * parts come back to it in input order.
 */
export interface RendererRef {
  /** A URL or absolute path that `import()` accepts. */
  module: string;
  export: string;
  /** Passed to the factory; must survive structured cloning. */
  options?: unknown;
}

/** What a RendererRef names: an object whose `part` makes the per-subject function (a StreamingReporter is one). */
export interface PartRenderer {
  part: (header: ReportHeader, options: never) => ((subject: Subject, problems: readonly Problem[]) => unknown) & { feedback?: (value: unknown) => void };
}

/** The renderers of a run in one thread: one part per renderer and subject. */
export interface Renderers {
  /** `problems`: the subject's schema problems (see OrderedSubject). */
  render(subject: Subject, problems: readonly Problem[]): unknown[];
  /**
   * Feedback from the consumer of the parts (one entry per renderer), about the subjects still to come: for
   * instance that a capped output needs no more of some kind. The consumer returns it from `onPart`; the engine
   * hands it to the renderers of every thread, and only when it changed.
   */
  feedback(values: unknown): void;
}

/**
 * The buffers a part can give up when it is posted to another thread: of a part that is a typed array, or of the
 * typed arrays a part (or each of a list of parts) holds directly. Their owners must not use them afterwards, so
 * renderers put parts in buffers of their own.
 */
export function transferables(part: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (v: unknown, depth: number) => {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
    } else if (depth < 2 && v !== null && typeof v === 'object') {
      for (const x of Array.isArray(v) ? v : Object.values(v)) add(x, depth + 1);
    }
  };
  add(part, 0);
  return out;
}

/** Everything a thread needs to finish subjects the same way as any other thread (structured-clonable). */
export interface FinishSetup {
  header: ReportHeader;
  waivers: Waiver[];
  /** The baseline's fingerprints, when there is a baseline. */
  baseline?: string[];
  gate: GateOptions;
}

/** What a thread's finisher contributed, to be merged into the run's waiver statuses and baseline summary. */
export interface FinishTally {
  waiverMatches: number[];
  baseline?: BaselineTally;
}

/**
 * Finishes a subject as it is evaluated: waivers marked, then the baseline state of each finding, then the
 * subject's reasons to fail the gate. Applied in the thread that evaluated the subject.
 */
export class SubjectFinisher {
  readonly waivers: WaiverSet;
  readonly baseline?: BaselineMarker;
  private readonly info: ReadonlyMap<string, ControlInfo>;

  constructor(private readonly setup: FinishSetup) {
    this.waivers = new WaiverSet(setup.header, setup.waivers);
    if (setup.baseline) this.baseline = new BaselineMarker(setup.baseline);
    this.info = new Map(setup.header.standard.controls.map((c) => [c.id, c]));
  }

  /** Waivers, baseline and gate see every finding; then the findings past the cap are counted instead of listed. */
  finish(subject: Subject): string[] {
    this.waivers.apply(subject);
    this.baseline?.apply(subject);
    const reasons = subjectGateReasons(subject, this.info, this.setup.gate);
    boundFindings(subject);
    return reasons;
  }

  tally(): FinishTally {
    return { waiverMatches: this.waivers.matchCounts(), ...(this.baseline ? { baseline: this.baseline.tally() } : {}) };
  }

  add(t: FinishTally): void {
    this.waivers.addMatches(t.waiverMatches);
    if (t.baseline) this.baseline?.add(t.baseline);
  }
}

export function reportHeader(standard: Standard, asOf: string | undefined, config?: { file: string; sha256: string }, about?: ReportAbout): ReportHeader {
  const given = about && Object.values(about).some((v) => v !== undefined) ? { about } : {};
  return {
    reportVersion: 2,
    tool: { name: 'ringfence', version: toolVersion, ...(toolHomepage ? { informationUri: toolHomepage } : {}), ...(config ? { config: { file: config.file, sha256: config.sha256 } } : {}) },
    asOf: asOfDate(asOf),
    ...given,
    standard: standardInfo(standard),
  };
}

export function finishSetup(header: ReportHeader, options: CheckOptions): FinishSetup {
  return {
    header,
    waivers: [...(options.waivers ?? [])],
    ...(options.baseline ? { baseline: options.baseline.entries.map((e) => e.fingerprint) } : {}),
    gate: {
      ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
      ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
      ...(options.minLevel !== undefined ? { minLevel: options.minLevel } : {}),
      ...(options.failOnNew ? { failOnNew: true } : {}),
    },
  };
}

/** Loads the renderers a run asked for. */
export async function loadRenderers(refs: readonly RendererRef[], header: ReportHeader): Promise<Renderers | undefined> {
  if (refs.length === 0) return undefined;
  const fns = await Promise.all(
    refs.map(async (r) => {
      const renderer = ((await import(r.module)) as Record<string, Partial<PartRenderer> | undefined>)[r.export];
      if (typeof renderer?.part !== 'function') throw new Error(`${r.module} has no renderer ${r.export}`);
      return (renderer.part as (header: ReportHeader, options: unknown) => ReturnType<PartRenderer['part']>)(header, r.options);
    }),
  );
  return {
    render: (s, problems) => fns.map((f) => f(s, problems)),
    feedback: (values) => {
      if (!Array.isArray(values)) return;
      fns.forEach((f, i) => values[i] !== undefined && f.feedback?.(values[i]));
    },
  };
}

/** Passes feedback on only when it differs from the last (it is compared as JSON). */
export function feedbackChanges(apply: (value: unknown) => void): (value: unknown) => void {
  let last = 'undefined';
  return (value) => {
    if (value === undefined) return;
    const key = JSON.stringify(value);
    if (key === last) return;
    last = key;
    apply(value);
  };
}

/** The summary of a run from what its threads gathered: problems sorted, waiver statuses, baseline, gate. */
export function summarize(
  header: ReportHeader,
  finisher: SubjectFinisher,
  problems: Problem[],
  gateReasons: readonly string[],
  documents: number,
  options: CheckOptions,
): ReportSummary {
  const finished = finisher.waivers.finish();
  const waivers = finished.statuses;
  const baseline = options.baseline && finisher.baseline ? finisher.baseline.summary(options.baseline) : undefined;
  const empty: Problem[] =
    documents === 0 && !options.allowEmpty ? [{ severity: 'error', code: 'input-none', message: `${noDocumentsReason}; name the files to check, or pass --allow-empty when an empty run is expected` }] : [];
  return {
    ...header,
    problems: sortProblems([...problems, ...finished.problems, ...empty]),
    waivers,
    gate: gateFrom(gateReasons, waivers, options, documents),
    ...(baseline ? { baseline } : {}),
    documents,
  };
}

/** V8's heap may grow to (1 + this/100) times what survives a collection, in a streamed check. */
const streamedHeapGrowthPercent = 50;

/**
 * V8 sizes the heap at up to four times what survived the last major collection, so a stream whose live data
 * grows slowly (what the report needs at the end: gate reasons, the SARIF run's list of subjects) would see its
 * peak memory grow several times faster. A streamed run keeps almost nothing, so it caps that factor instead; the
 * collections stay V8's own, incremental and concurrent. (Forcing full collections with gc() kept the peak flat
 * too, but a forced collection discards the compiled code of every function, and recompiling it cost a third of
 * the run's CPU on background threads.) The flag is process-wide, so worker threads started after it share it.
 * Not for runs that hold the whole report: with a large live heap, the lower limit means more collections.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${streamedHeapGrowthPercent}`);
}

export interface Inputs {
  files: string[];
  explicit: Set<string>;
  /** Problems found while expanding the paths. */
  problems: Problem[];
  /** The groups of foreign files the import stage mapped, by their entry in `files` (see src/import). */
  imported?: Record<string, ImportedGroup>;
}

/** The inputs of a check, without the import stage (the synchronous check(); see importedInputs). */
export function expandInputs(options: CheckOptions): Inputs {
  const { files, problems, explicit } = expandPaths(options.paths, options.limits ?? defaultLimits, options.ignore);
  return { files, explicit, problems };
}

/**
 * The inputs of a check with the import stage (DESIGN §9): foreign files (Kubernetes manifests, Terraform, exports)
 * that an importer claims are mapped, on this thread, into DeploymentConfigs the batch evaluates like the others.
 * Importers are loaded only when a file of their kind is present.
 */
export async function importedInputs(options: CheckOptions): Promise<Inputs> {
  const limits = options.limits ?? defaultLimits;
  const { files, problems, explicit } = expandPaths(options.paths, limits, options.ignore, importOnlyExtensions);
  const result = await importInputs(files, explicit, limits);
  return { files: result.files, explicit, problems: [...problems, ...result.problems], ...(Object.keys(result.imported).length ? { imported: result.imported } : {}) };
}

/**
 * The check on this thread: every file in input order, each subject finished and handed to `onPart` (rendered
 * first, when renderers are given) as soon as it is evaluated, then let go; what `onPart` returns is feedback
 * for the renderers. Returns the report without its subjects.
 */
export function checkSequential(
  standard: Standard,
  standardProblems: readonly Problem[],
  inputs: Inputs,
  options: CheckOptions & { smallHeap?: boolean },
  header: ReportHeader,
  render: Renderers | undefined,
  onPart: (part: unknown) => unknown,
): ReportSummary {
  if (options.smallHeap) limitHeapGrowth();
  const finisher = new SubjectFinisher(finishSetup(header, options));
  const batch = new Batch(standard, { ...options, asOf: header.asOf }, inputs.files, inputs.explicit, undefined, inputs.imported);
  const reasons: string[] = [];
  const feedback = feedbackChanges((v) => render?.feedback(v));
  let documents = 0;
  for (let i = 0; i < inputs.files.length; i++) {
    options.progress?.('evaluate', i, inputs.files.length);
    batch.evaluateFile(i, ({ subject, problems }) => {
      // The gate keeps the document's reasons even if it cannot be rendered (Batch reports that as its problem).
      reasons.push(...finisher.finish(subject));
      const part = render ? render.render(subject, problems) : subject;
      documents++;
      feedback(onPart(part));
    });
  }
  return summarize(header, finisher, [...standardProblems, ...inputs.problems, ...batch.problems], reasons, documents, options);
}

/**
 * check() for batches too large to hold: each document's result goes to `onSubject` as soon as it is evaluated,
 * in input order, and is then let go; waivers, the baseline and the gate are applied subject by subject.
 */
export function checkStream(standard: Standard, standardProblems: readonly Problem[], options: CheckOptions, onSubject: (s: Subject) => void): ReportSummary {
  const header = reportHeader(standard, options.asOf, options.config, options.about);
  return checkSequential(standard, standardProblems, expandInputs(options), { ...options, smallHeap: true }, header, undefined, (s) => void onSubject(s as Subject));
}
