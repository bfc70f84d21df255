import { BudgetExceeded, compile, compileTemplate, Env, EvaluationError, tracedValues, type Compiled, type EvalContext } from '../expr/compile.js';
import { compilePath, sourceOf, type CompiledPath, type PointerOf, type Source } from '../expr/locate.js';
import { yamlPath } from '../load/pointer.js';
import type { Ir } from '../expr/ir.js';
import { capMessage, maxMessageLength, type Range } from '../model/problem.js';
import type { Outcome, RuleDefinition } from '../standard/rule.js';

/** One evaluation of a rule: the whole document, or one `forEach` element. */
export interface Instance {
  outcome: Outcome;
  /** JSON Pointer of what the instance is about (for failures: what the finding points at). */
  pointer: string;
  /** For fail, missing_evidence and error: what went wrong, in words. */
  message?: string;
  /** For missing_evidence: the evidence expressions that were absent. */
  missing?: string[];
  /**
   * For pass and fail: the claims the rule read — where each of its `evidence` paths is in the document, or the
   * instance's own pointer when it names none — then where each of its `claims` paths is, for those present.
   * The evidence stage backs these (src/evidence).
   */
  claims?: string[];
  /** For pass: the document values the assert read (pointer, value), in pointer order, at most `maxDeclared`. */
  declared?: [string, unknown][];
  /** For fail: the other side(s) of a contradiction (the rule's `related`), at most `maxRelated`. */
  related?: RelatedPosition[];
}

/** A position a failing instance also reports: in the evaluated document, or (`vendor`) in its vendor manifest. */
export interface RelatedPosition {
  pointer: string;
  message: string;
  vendor?: true;
  /** A position outside the documents: in an artifact that contradicts the claim (src/artifacts). */
  at?: { file: string; region: Range };
}

/** Most declared values one passing instance reports. */
export const maxDeclared = 20;

function declaredValues(read: Map<string, unknown>): [string, unknown][] {
  return [...read.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, maxDeclared);
}

/** Most related positions one instance reports (a rule may name one per list entry). */
export const maxRelated = 20;

export interface EvaluationOptions {
  /** As-of date (UTC midnight, ms) for date arithmetic. */
  asOf: number;
  /** Cost budget per rule per document. */
  budget: number;
  /** Record the document values each passing instance's assert read (`declared`). */
  trace?: boolean;
}

export const defaultBudget = 1_000_000;

interface LinkedRule {
  forEach?: Compiled;
  when?: Compiled;
  /** `text` names the evidence in a missing-evidence message; `shownAt` locates it (see `evidenceShown`). */
  evidence: { ir: Ir; path: CompiledPath; shownAt?: CompiledPath }[];
  /** The rule's `claims`: read where present, never required. */
  claims: CompiledPath[];
  assert: Compiled;
  /** What only a failing instance needs, linked on the rule's first failure (see `failing`). */
  failure?: LinkedFailure;
}

interface LinkedFailure {
  at?: CompiledPath;
  related: { forEach?: Compiled; as: string; when?: Compiled; at: CompiledPath; message: (env: Env, ctx: EvalContext) => string }[];
  message: (env: Env, ctx: EvalContext) => string;
}

const linked = new WeakMap<RuleDefinition, LinkedRule>();

/**
 * An evidence entry `path ?? fallback` is present when the path is, or else when the fallback is (a rule uses
 * this to let a declared failure elsewhere stand in for an undeclared block). When it is absent, the message
 * and the location name the path alone, not the fallback. Other entries are shown as written.
 */
function evidenceShown(ir: Ir): { text: string; ir: Ir } | undefined {
  if (ir.t !== 'nullish') return undefined;
  const text = pathText(ir.l);
  return text === undefined ? undefined : { text, ir: ir.l };
}

function pathText(ir: Ir): string | undefined {
  if (ir.t === 'var') return ir.n;
  if (ir.t === 'get') {
    const o = pathText(ir.o);
    return o === undefined ? undefined : `${o}.${ir.k}`;
  }
  return undefined;
}

/** Turns a rule's lowered expressions into closures, once per rule. */
function link(rule: RuleDefinition): LinkedRule {
  let l = linked.get(rule);
  if (!l) {
    l = {
      ...(rule.forEach ? { forEach: compile(rule.forEach) } : {}),
      ...(rule.when ? { when: compile(rule.when) } : {}),
      evidence: rule.evidence.map((e) => {
        const shown = evidenceShown(e.ir);
        return shown ? { ir: e.ir, path: compilePath(e.ir), shownAt: compilePath(shown.ir) } : { ir: e.ir, path: compilePath(e.ir) };
      }),
      claims: (rule.claims ?? []).map((c) => compilePath(c.ir)),
      assert: compile(rule.assert),
    };
    linked.set(rule, l);
  }
  return l;
}

/**
 * A rule's `at`, `related` and `message`, linked when an instance first fails: most rules pass most documents,
 * and a cached standard reads these parts of a rule only when they are asked for (src/standard/standard.ts).
 */
function failing(l: LinkedRule, rule: RuleDefinition): LinkedFailure {
  l.failure ??= {
    ...(rule.at ? { at: compilePath(rule.at) } : {}),
    related: (rule.related ?? []).map((r) => ({
      ...(r.forEach ? { forEach: compile(r.forEach) } : {}),
      as: r.as,
      ...(r.when ? { when: compile(r.when) } : {}),
      at: compilePath(r.at),
      message: compileTemplate(r.message),
    })),
    message: compileTemplate(rule.message),
  };
  return l.failure;
}

export interface RuleInput {
  doc: unknown;
  pointerOf: PointerOf;
  params: Record<string, unknown>;
  /** For deployment rules that read `vendor`: the vendor manifest, or undefined when none was given. */
  vendor?: { value: unknown; pointerOf: PointerOf } | undefined;
  /** A description of the deployment's product, for the message when no vendor manifest matches. */
  vendorHint?: string;
  /** For rules that read `backing`: what the evidence stage computed (see RuleDefinition.usesBacking). */
  backing?: unknown;
  /** Why no vendor manifest was paired, when the batch suggests it (a product that looks alike, another vendor). */
  vendorNote?: string;
}

/**
 * Evaluates one rule against one document. Never throws: a rule that throws, or spends more than its budget,
 * yields an `error` instance and the run goes on.
 */
export function evaluateRule(rule: RuleDefinition, input: RuleInput, options: EvaluationOptions): Instance[] {
  // Every context has the same properties, in the same order, `trace` included: one shape at every read of them.
  const ctx: EvalContext = { cost: 0, budget: options.budget, asOf: options.asOf, trace: undefined };
  const l = link(rule);
  if (rule.usesVendor && input.vendor === undefined) {
    return [
      {
        outcome: 'missing_evidence',
        pointer: '',
        message: `this check compares the deployment with its vendor's manifest, and no VendorManifest for ${input.vendorHint ?? 'its product'} was given${input.vendorNote ? `; ${input.vendorNote}` : ''}`,
        missing: ['vendor'],
      },
    ];
  }
  // Only objects of the evaluated document have pointers: a finding is always about this document, even
  // when the rule reads the vendor manifest too.
  const pointerOf = input.pointerOf;
  const base = new Env(new Env(null, 'doc', input.doc, 'params', input.params), input.vendor ? 'vendor' : '', input.vendor?.value);
  const root = rule.usesBacking ? new Env(base, 'backing', input.backing) : base;

  let elements: { env: Env; pointer: string }[];
  if (l.forEach) {
    let list: unknown;
    try {
      list = l.forEach(root, ctx);
    } catch (error) {
      return [errorInstance(error, '')];
    }
    if (list === undefined || list === null) {
      const located = rule.forEach ? compilePath(rule.forEach)(root, { cost: 0, budget: ctx.budget, asOf: ctx.asOf, trace: ctx.trace }, pointerOf) : { present: '' };
      const name = (rule.forEach && missingName(rule.forEach, root, ctx, input)) ?? 'the list this check goes through';
      return [{ outcome: 'missing_evidence', pointer: located.present ?? '', message: `nothing to check: ${name} is not declared or is empty`, missing: [name] }];
    }
    if (!Array.isArray(list)) {
      return [{ outcome: 'error', pointer: '', message: `forEach must give a list, but gave ${typeof list}` }];
    }
    elements = list.map((item, i) => {
      const env = new Env(root, rule.as, item);
      const own = item !== null && typeof item === 'object' ? pointerOf(item) : undefined;
      return { env, pointer: own ?? `${pointerOf(list as object) ?? ''}/${i}` };
    });
  } else {
    elements = [{ env: root, pointer: '' }];
  }

  return elements.map(({ env, pointer }) => {
    try {
      if (l.when && !l.when(env, ctx)) return { outcome: 'not_applicable', pointer };
      const missing: string[] = [];
      const claims: string[] = [];
      let missingAt: string | undefined;
      for (const e of l.evidence) {
        const r = e.path(env, ctx, pointerOf);
        if (r.value === undefined || r.value === null) {
          const at = (e.shownAt ? e.shownAt(env, ctx, pointerOf).present : r.present) ?? pointer;
          missing.push(missingName(e.ir, env, ctx, input) ?? `what this check reads under ${yamlPath(at, input.doc)}`);
          missingAt ??= at;
        } else if (r.pointer !== undefined || r.present !== undefined) claims.push((r.pointer ?? r.present)!);
        // A computed evidence value (`cond ? doc.x : true`) is no place in the document: it claims nothing itself.
      }
      if (claims.length === 0) claims.push(pointer);
      if (missing.length > 0) {
        return {
          outcome: 'missing_evidence',
          pointer: missingAt ?? pointer,
          missing,
          message: `not declared: ${missing.join(', ')}`,
        };
      }
      // The rule's `claims`, added after the evidence's (and after the instance's own pointer when the evidence
      // names no place), so that they only ever add claims: the control's backing is the weakest of its claims', and
      // a contradiction of any fails the instance — so naming a claim can lower the backing or fail an instance, and
      // can neither raise the backing nor pass one. An absent claim (or a computed value, which has no place) adds
      // nothing, and the claims are read before the assert decides, whatever it decides. A computed list
      // (`doc.components.map(c => c.language)`) claims the place of each of its elements that is in the document.
      if (l.claims.length > 0) {
        const seen = new Set(claims);
        const add = (p: string | undefined): void => {
          if (p === undefined || seen.has(p)) return;
          seen.add(p);
          claims.push(p);
        };
        for (const c of l.claims) {
          const r = c(env, ctx, pointerOf);
          if (r.value === undefined || r.value === null) continue;
          if (r.pointer !== undefined) add(r.pointer);
          else if (Array.isArray(r.value)) for (const x of r.value) if (x !== null && typeof x === 'object') add(pointerOf(x));
        }
      }
      // The assert runs with a trace: a pass reports the document values it was decided on (`declared`).
      if (!options.trace) {
        if (l.assert(env, ctx)) return { outcome: 'pass', pointer, claims };
      } else {
        const trace: unknown[] = [];
        ctx.trace = trace;
        let passed: unknown;
        try {
          passed = l.assert(env, ctx);
        } finally {
          ctx.trace = undefined;
        }
        if (passed) {
          const read = tracedValues(trace, pointerOf);
          return { outcome: 'pass', pointer, claims, ...(read.size ? { declared: declaredValues(read) } : {}) };
        }
      }
      const f = failing(l, rule);
      let at = pointer;
      if (f.at) {
        const r = f.at(env, ctx, pointerOf);
        at = r.pointer ?? r.present ?? pointer;
      }
      const related = f.related.length > 0 ? relatedPositions(f, env, ctx, input, at) : [];
      return { outcome: 'fail', pointer: at, message: oneLine(f.message(env, ctx)), claims, ...(related.length > 0 ? { related } : {}) };
    } catch (error) {
      return errorInstance(error, pointer);
    }
  });
}

/**
 * The positions of a failing instance's `related` entries, in order, without repeats and without the finding's
 * own position; at most `maxRelated`. A path is looked up in the evaluated document first, then in the vendor
 * manifest (a deployment rule's other side may be what the vendor declares); one that leads nowhere is left out.
 */
function relatedPositions(l: LinkedFailure, env: Env, ctx: EvalContext, input: RuleInput, own: string): RelatedPosition[] {
  const out: RelatedPosition[] = [];
  const seen = new Set<string>([`doc#${own}`]);
  const add = (r: LinkedFailure['related'][number], e: Env): void => {
    if (r.when && !r.when(e, ctx)) return;
    let found = r.at(e, ctx, input.pointerOf);
    let vendor = false;
    if (found.pointer === undefined && input.vendor) {
      const v = r.at(e, ctx, input.vendor.pointerOf);
      if (v.pointer !== undefined) {
        found = v;
        vendor = true;
      }
    }
    if (found.pointer === undefined) return;
    const key = `${vendor ? 'vendor' : 'doc'}#${found.pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ pointer: found.pointer, message: oneLine(r.message(e, ctx)), ...(vendor ? { vendor: true as const } : {}) });
  };
  for (const r of l.related) {
    if (out.length >= maxRelated) break;
    if (!r.forEach) {
      add(r, env);
      continue;
    }
    const list = r.forEach(env, ctx);
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (out.length >= maxRelated) break;
      add(r, new Env(env, r.as, item));
    }
  }
  return out;
}

/** The name of what `ir` found missing (see nameOf); worked out on a copy of the context, and never an error. */
function missingName(ir: Ir, env: Env, ctx: EvalContext, input: RuleInput): string | undefined {
  try {
    return nameOf(sourceOf(ir, env, { cost: 0, budget: ctx.budget, asOf: ctx.asOf, trace: ctx.trace }, input.pointerOf, input.vendor?.pointerOf), input);
  } catch {
    return undefined;
  }
}

/**
 * A missing value as a user finds it in their YAML — `updateChannels[2].rollout.rings[0].populationPct`, "the
 * vendor manifest's …", "a matching entry of …" — never the rule's expression; undefined when it has no place.
 */
function nameOf(s: Source, input: RuleInput): string | undefined {
  if (s.pointer === undefined) return undefined;
  const vendor = s.side === 'vendor';
  const path = s.pointer === '' ? (vendor ? 'the vendor manifest' : 'the document') : `${vendor ? "the vendor manifest's " : ''}${yamlPath(s.pointer, vendor ? input.vendor?.value : input.doc)}`;
  return oneLine(s.entryOf ? `a matching entry of ${path}` : path);
}

/** An error outcome; its message (which may quote a pattern or a value) is one line of at most 2,000 characters. */
function errorInstance(error: unknown, pointer: string): Instance {
  const text = error instanceof BudgetExceeded || error instanceof EvaluationError ? error.message : `evaluation failed: ${(error as Error)?.message ?? String(error)}`;
  // One line, and a long one says how long it was (it may quote a pattern a rule's author made as long as they liked).
  return { outcome: 'error', pointer, message: capMessage(needsFolding.test(text) ? text.replace(/[\s\u2028\u2029]+/g, ' ').trim() : text) };
}

/** Messages are vendor-influenced text: they stay on one line, so that they cannot forge report lines. */
export function oneLine(s: string): string {
  // Most messages are one line already: returned as they are, without building a copy.
  if (s.length <= maxMessageLength && !needsFolding.test(s)) return s;
  return s.replace(/[\s\u2028\u2029]+/g, ' ').trim().slice(0, maxMessageLength);
}

/** What oneLine changes: whitespace other than a single space, or a space at either end. */
const needsFolding = /[^\S ]| {2}|^ | $/;

/** The single outcome that stands for several instances (used by tests and by control status). */
export function aggregateOutcome(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('error')) return 'error';
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('missing_evidence')) return 'missing_evidence';
  if (outcomes.includes('pass')) return 'pass';
  return 'not_applicable';
}
