import type { Problem } from '../model/problem.js';
import type { ReportHeader, Subject } from '../model/report.js';
import { importModule } from '../util/import-module.js';

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

/** Loads the renderers a run asked for. */
export async function loadRenderers(refs: readonly RendererRef[], header: ReportHeader): Promise<Renderers | undefined> {
  if (refs.length === 0) return undefined;
  const fns = await Promise.all(
    refs.map(async (r) => {
      const renderer = ((await importModule(r.module)) as Record<string, Partial<PartRenderer> | undefined>)[r.export];
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
