import { escapePointerToken } from '../load/pointer.js';
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';
import { callbackMethods, type BinaryOp, type Ir, type LibraryFunction, type TemplateIr } from './ir.js';
import { patternProblem, patternSize, simpleRegExp } from './simple-regex.js';
import { didYouMean } from '../util/did-you-mean.js';

/** Thrown when an evaluation spends more than its budget; the rule instance becomes an `error`. */
export class BudgetExceeded extends Error {
  constructor(budget: number) {
    super(`evaluation exceeded its cost budget of ${budget.toLocaleString('en-US')} steps`);
  }
}

/** Thrown for a runtime error a rule author can fix (bad regular expression, wrong argument type…). */
export class EvaluationError extends Error {}

/**
 * The longest string an expression may build (by `+`, a template, join() or a case conversion): 1 MiB of UTF-16
 * code units. Building a longer one is an error of the rule, before the string is made.
 */
export const maxStringLength = 1_048_576;
/** String work costs one step per this many characters (concatenation, comparison, hashing, searching). */
export const charsPerStep = 64;

class StringTooLong extends EvaluationError {
  constructor(length: number) {
    super(`evaluation would build a string of ${length.toLocaleString('en-US')} characters, longer than the limit of ${maxStringLength.toLocaleString('en-US')} (1 MiB)`);
  }
}

export interface EvalContext {
  /** Steps spent so far. */
  cost: number;
  budget: number;
  /** The as-of date for daysSince, in ms since the epoch (UTC midnight). */
  asOf: number;
  /**
   * When set, scalar reads from objects are recorded (object, key, value — see `traced`): the values an instance
   * passed on, for reports (`declared`). At most 10,000 reads per evaluation are kept.
   */
  trace?: unknown[] | undefined;
}

/**
 * Records a scalar read from an object at `key` when tracing (see EvalContext.trace): the object, the key and the
 * value, flat, so that a read costs three pushes; pointers are worked out only for an instance that passes.
 */
function traced(c: EvalContext, obj: unknown, key: unknown, v: unknown): void {
  if (v === undefined || (v !== null && typeof v === 'object') || obj === null || typeof obj !== 'object') return;
  if (c.trace!.length < 30_000) c.trace!.push(obj, key, v);
}

/** The traced reads as (JSON Pointer, value), for objects of the evaluated document only. */
export function tracedValues(trace: readonly unknown[], pointerOf: (value: object) => string | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (let i = 0; i < trace.length; i += 3) {
    const obj = trace[i] as object;
    const key = trace[i + 1];
    if (Array.isArray(obj) && key === 'length') continue;
    const p = pointerOf(obj);
    if (p !== undefined) out.set(`${p}/${escapePointerToken(String(key))}`, trace[i + 2]);
  }
  return out;
}

/**
 * Variables visible to an expression: a chain of frames of one shape, each binding up to two names (a rule's
 * `doc`, `params` and `vendor`, a forEach element, a lambda's parameters). Every frame has the same hidden class,
 * so a lookup stays monomorphic; frames made with Object.create(parent) would each become a prototype, which
 * V8 reshapes at a cost and whose property lookups go megamorphic. Names are the engine's, never user data; an
 * unused slot is named '', which no identifier is.
 */
export class Env {
  constructor(
    readonly parent: Env | null,
    readonly n0: string,
    readonly v0: unknown,
    readonly n1: string = '',
    readonly v1: unknown = undefined,
  ) {}

  /** A root environment binding these variables. */
  static of(vars: Readonly<Record<string, unknown>>): Env {
    let env: Env | null = null;
    const names = Object.keys(vars);
    for (let i = 0; i < names.length; i += 2) env = new Env(env, names[i]!, vars[names[i]!], names[i + 1] ?? '', i + 1 < names.length ? vars[names[i + 1]!] : undefined);
    return env ?? new Env(null, '', undefined);
  }

  get(name: string): unknown {
    for (let f: Env | null = this; f !== null; f = f.parent) {
      if (f.n0 === name) return f.v0;
      if (f.n1 === name) return f.v1;
    }
    return undefined;
  }
}

export type Compiled = (env: Env, ctx: EvalContext) => unknown;

/**
 * Reads `key` of `value` as data: own properties only, so no input can reach `__proto__`, `constructor` or
 * any other inherited member; a missing step yields `undefined` (optional chaining is implicit).
 */
export function getMember(value: unknown, key: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (key === 'length') return value.length;
    const i = typeof key === 'number' ? key : typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : NaN;
    return Number.isInteger(i) && i >= 0 && i < value.length ? value[i] : undefined;
  }
  if (typeof value === 'string') return key === 'length' ? value.length : undefined;
  if (typeof value === 'object') {
    const k = typeof key === 'number' ? String(key) : key;
    if (typeof k !== 'string') return undefined;
    return Object.hasOwn(value, k) ? (value as Record<string, unknown>)[k] : undefined;
  }
  return undefined;
}

export function compile(ir: Ir): Compiled {
  switch (ir.t) {
    case 'lit': {
      const v = ir.v;
      return (_e, c) => (step(c), v);
    }
    case 'undef':
      return (_e, c) => (step(c), undefined);
    case 'var': {
      const n = ir.n;
      return (e, c) => (step(c), e.get(n));
    }
    case 'get': {
      const chain = memberChain(ir);
      if (chain !== undefined) return compileChain(chain.name, chain.keys);
      const o = compile(ir.o);
      const k = ir.k;
      // The key is known here: whether it is `length` or a list position is worked out once, not per read.
      const index = arrayIndex(k);
      const length = k === 'length';
      return (e, c) => {
        step(c);
        const obj = o(e, c);
        const v = memberOfKey(obj, k, index, length);
        if (c.trace !== undefined) traced(c, obj, k, v);
        return v;
      };
    }
    case 'idx': {
      const o = compile(ir.o);
      const i = compile(ir.i);
      return (e, c) => {
        step(c);
        const obj = o(e, c);
        const key = i(e, c);
        const v = getMember(obj, key);
        if (c.trace !== undefined) traced(c, obj, key, v);
        return v;
      };
    }
    case 'unary': {
      const a = compile(ir.a);
      if (ir.op === '!') return (e, c) => (step(c), !a(e, c));
      if (ir.op === '-') return (e, c) => (step(c), -toNumber(a(e, c)));
      return (e, c) => (step(c), toNumber(a(e, c)));
    }
    case 'bin': {
      const l = compile(ir.l);
      const r = compile(ir.r);
      // The commonest operators get closures of their own, so that the operator is no call through the table.
      switch (ir.op) {
        case '===':
          return (e, c) => {
            step(c);
            const a = l(e, c);
            const b = r(e, c);
            if (typeof a === 'string' && typeof b === 'string') chargeChars(c, Math.min(a.length, b.length));
            return a === b || (a == null && b == null);
          };
        case '!==':
          return (e, c) => {
            step(c);
            const a = l(e, c);
            const b = r(e, c);
            if (typeof a === 'string' && typeof b === 'string') chargeChars(c, Math.min(a.length, b.length));
            return !(a === b || (a == null && b == null));
          };
        case '<':
        case '<=':
        case '>':
        case '>=': {
          const less = ir.op === '<' || ir.op === '<=';
          const orEqual = ir.op === '<=' || ir.op === '>=';
          return (e, c) => {
            step(c);
            const a = l(e, c);
            const b = r(e, c);
            if (typeof a === 'number' && typeof b === 'number') {
              // NaN compares false either way, as comparable() would refuse it.
              return less ? (orEqual ? a <= b : a < b) : orEqual ? a >= b : a > b;
            }
            if (typeof a === 'string' && typeof b === 'string') {
              chargeChars(c, Math.min(a.length, b.length));
              return less ? (orEqual ? a <= b : a < b) : orEqual ? a >= b : a > b;
            }
            return false;
          };
        }
      }
      const op = binary[ir.op];
      return (e, c) => (step(c), op(l(e, c), r(e, c), c));
    }
    case 'and': {
      const l = compile(ir.l);
      const r = compile(ir.r);
      return (e, c) => (step(c), l(e, c) && r(e, c));
    }
    case 'or': {
      const l = compile(ir.l);
      const r = compile(ir.r);
      return (e, c) => (step(c), l(e, c) || r(e, c));
    }
    case 'nullish': {
      const l = compile(ir.l);
      const r = compile(ir.r);
      return (e, c) => (step(c), l(e, c) ?? r(e, c));
    }
    case 'cond': {
      const t = compile(ir.c);
      const a = compile(ir.a);
      const b = compile(ir.b);
      return (e, c) => (step(c), t(e, c) ? a(e, c) : b(e, c));
    }
    case 'array': {
      const items = ir.e.map(compile);
      return (e, c) => (step(c), items.map((f) => f(e, c)));
    }
    case 'template': {
      const q = ir.q;
      const parts = ir.e.map(compile);
      return (e, c) => {
        step(c);
        return interleave(c, q, parts.map((f) => text(c, f(e, c))));
      };
    }
    case 'fn': {
      const body = compile(ir.b);
      const [p0, p1] = ir.p;
      // Returns a JS function closed over the caller's environment and budget.
      return (e, c) => (x: unknown, i: number) => body(new Env(e, p0 ?? '', x, p1 ?? '', i), c);
    }
    case 'call': {
      const args = ir.a.map(compile);
      const f = library[ir.f];
      return (e, c) => {
        step(c);
        return f(c, evaluateAll(args, e, c));
      };
    }
    case 'method': {
      const o = compile(ir.o);
      const m = ir.m;
      const fn = ir.a.length === 1 && ir.a[0]!.t === 'fn' ? ir.a[0]! : undefined;
      if (fn !== undefined && fn.t === 'fn' && callbackMethods.has(m)) return callbackMethod(o, m, compile(fn.b), fn.p[0] ?? '', fn.p[1] ?? '');
      const args = ir.a.map(compile);
      return (e, c) => {
        step(c);
        const target = o(e, c);
        return callMethod(c, target, m, evaluateAll(args, e, c));
      };
    }
  }
}

/** `x.a.b.c` as its variable and keys, when the whole chain is variable and constant keys; else undefined. */
export function memberChain(ir: Ir): { name: string; keys: string[] } | undefined {
  const keys: string[] = [];
  let at: Ir = ir;
  while (at.t === 'get') {
    keys.push(at.k);
    at = at.o;
  }
  if (at.t !== 'var') return undefined;
  return { name: at.n, keys: keys.reverse() };
}

/**
 * A member chain `x.a.b.c` in one closure: the steps every node of the chain would charge, first (as the nested
 * closures charge them before any of them reads), then the variable and each key read in turn, traced like `get`.
 */
function compileChain(name: string, keys: readonly string[]): Compiled {
  const steps = keys.length + 1;
  const indexes = keys.map(arrayIndex);
  const lengths = keys.map((k) => k === 'length');
  if (keys.length === 1) {
    const k = keys[0]!;
    const index = indexes[0]!;
    const length = lengths[0]!;
    return (e, c) => {
      step(c);
      step(c);
      const obj = e.get(name);
      const v = memberOfKey(obj, k, index, length);
      if (c.trace !== undefined) traced(c, obj, k, v);
      return v;
    };
  }
  return (e, c) => {
    for (let i = 0; i < steps; i++) step(c);
    let v = e.get(name);
    for (let i = 0; i < keys.length; i++) {
      const obj = v;
      v = memberOfKey(obj, keys[i]!, indexes[i]!, lengths[i]!);
      if (c.trace !== undefined) traced(c, obj, keys[i], v);
    }
    return v;
  };
}

/** The arguments' values, in order (as `args.map`, without its callback). */
function evaluateAll(args: readonly Compiled[], e: Env, c: EvalContext): unknown[] {
  const out = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i]!(e, c);
  return out;
}

/** The list position a member key names (`0`, `12`), or NaN: as getMember reads a string key of a list. */
export function arrayIndex(key: string): number {
  return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : NaN;
}

/** getMember for a string key known at compile time (`index`: arrayIndex(key); `length`: key === 'length'). */
export function memberOfKey(value: unknown, key: string, index: number, length: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') {
    if (Array.isArray(value)) {
      if (length) return value.length;
      return index >= 0 && index < value.length ? value[index] : undefined;
    }
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === 'string') return length ? value.length : undefined;
  return undefined;
}

/**
 * A list method whose argument is a callback, `xs.every(x => …)`: the list is walked here, each element bound in a
 * frame of its own, instead of through a JavaScript function made per call and the built-in method. The same
 * steps are charged in the same order as callMethod charges them; a target that is not a list goes to callMethod.
 */
function callbackMethod(o: Compiled, m: string, body: Compiled, p0: string, p1: string): Compiled {
  const other = (e: Env, c: EvalContext, target: unknown): unknown => callMethod(c, target, m, [(x: unknown, i: number) => body(new Env(e, p0, x, p1, i), c)]);
  switch (m) {
    case 'every':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        for (let i = 0; i < t.length; i++) if (!body(new Env(e, p0, t[i], p1, i), c)) return false;
        return true;
      };
    case 'some':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        for (let i = 0; i < t.length; i++) if (body(new Env(e, p0, t[i], p1, i), c)) return true;
        return false;
      };
    case 'find':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        for (let i = 0; i < t.length; i++) {
          const x: unknown = t[i];
          if (body(new Env(e, p0, x, p1, i), c)) return x;
        }
        return undefined;
      };
    case 'findIndex':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        for (let i = 0; i < t.length; i++) if (body(new Env(e, p0, t[i], p1, i), c)) return i;
        return -1;
      };
    case 'filter':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        charge(c, t.length);
        const out: unknown[] = [];
        for (let i = 0; i < t.length; i++) {
          const x: unknown = t[i];
          if (body(new Env(e, p0, x, p1, i), c)) out.push(x);
        }
        return out;
      };
    case 'map':
      return (e, c) => {
        step(c);
        const t = o(e, c);
        if (!Array.isArray(t)) return other(e, c, t);
        charge(c, t.length);
        const out = new Array<unknown>(t.length);
        for (let i = 0; i < t.length; i++) out[i] = body(new Env(e, p0, t[i], p1, i), c);
        return out;
      };
    default:
      return (e, c) => {
        step(c);
        return other(e, c, o(e, c));
      };
  }
}

/** Compiled on first use: most instances pass and never render their message. */
export function compileTemplate(t: TemplateIr): (env: Env, ctx: EvalContext) => string {
  let holes: Compiled[] | undefined;
  return (e, c) => {
    holes ??= t.holes.map(compile);
    return interleave(c, t.text, holes.map((h) => text(c, h(e, c))));
  };
}

/** The literal pieces of a template with the values between them, charged and bounded like `+`. */
function interleave(c: EvalContext, literals: readonly string[], values: readonly string[]): string {
  let length = 0;
  for (const l of literals) length += l.length;
  for (const v of values) length += v.length;
  built(c, length);
  let s = literals[0] ?? '';
  values.forEach((v, i) => {
    s += v + (literals[i + 1] ?? '');
  });
  return s;
}

function step(c: EvalContext): void {
  if (++c.cost > c.budget) throw new BudgetExceeded(c.budget);
}

function charge(c: EvalContext, n: number): void {
  c.cost += n;
  if (c.cost > c.budget) throw new BudgetExceeded(c.budget);
}

/** Charges work over n characters. */
function chargeChars(c: EvalContext, n: number): void {
  if (n >= charsPerStep) charge(c, Math.floor(n / charsPerStep));
}

/**
 * Charges the building of a string of this length, and refuses one over maxStringLength. Called before the string
 * is made: V8 concatenates lazily, but every later comparison, hash or search flattens the result, so a string
 * costs what it would cost to write it out.
 */
function built(c: EvalContext, length: number): void {
  if (length > maxStringLength) throw new StringTooLong(length);
  chargeChars(c, length);
}

/** formatValue for an expression's own strings: a list's text is bounded before it is joined. */
function text(c: EvalContext, v: unknown): string {
  if (!Array.isArray(v) || v.length === 0) return formatValue(v);
  const shown = v.slice(0, 20).map((x) => (typeof x === 'object' && x !== null ? '{…}' : formatValue(x)));
  let length = 2 + (v.length > 20 ? 3 : 0) + 2 * Math.max(0, shown.length - 1);
  for (const x of shown) length += x.length;
  built(c, length);
  return `[${shown.join(', ')}${v.length > 20 ? ', …' : ''}]`;
}

/**
 * How a value reads in a message: a value that is not there as "not set" and an empty list as "none" — words,
 * not `(none)` or `[]` — a list as `[a, b]`, a mapping as `{…}`. (JSON reports keep the raw values.)
 */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return 'not set';
  if (Array.isArray(v) && v.length === 0) return 'none';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : 'NaN';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const shown = v.slice(0, 20).map((x) => (typeof x === 'object' && x !== null ? '{…}' : formatValue(x)));
    return `[${shown.join(', ')}${v.length > 20 ? ', …' : ''}]`;
  }
  if (typeof v === 'function') return '(function)';
  return '{…}';
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : NaN;
}

function isPrimitive(v: unknown): boolean {
  return v === null || v === undefined || typeof v !== 'object';
}

const binary: Record<BinaryOp, (a: unknown, b: unknown, c: EvalContext) => unknown> = {
  '+': (a, b, c) => {
    if (typeof a === 'string' || typeof b === 'string') {
      const x = text(c, a);
      const y = text(c, b);
      built(c, x.length + y.length);
      return x + y;
    }
    return toNumber(a) + toNumber(b);
  },
  '-': (a, b) => toNumber(a) - toNumber(b),
  '*': (a, b) => toNumber(a) * toNumber(b),
  '/': (a, b) => toNumber(a) / toNumber(b),
  '%': (a, b) => toNumber(a) % toNumber(b),
  // Ordering is defined only between two numbers or two strings; anything else (e.g. a missing value) is false.
  '<': (a, b, c) => comparable(a, b, c) && (a as number) < (b as number),
  '<=': (a, b, c) => comparable(a, b, c) && (a as number) <= (b as number),
  '>': (a, b, c) => comparable(a, b, c) && (a as number) > (b as number),
  '>=': (a, b, c) => comparable(a, b, c) && (a as number) >= (b as number),
  '===': (a, b, c) => (compared(c, a, b), a === b || (a === undefined && b === null) || (a === null && b === undefined)),
  '!==': (a, b, c) => (compared(c, a, b), !(a === b || (a === undefined && b === null) || (a === null && b === undefined))),
};

/** Charges comparing two values: two strings compare character by character. */
function compared(c: EvalContext, a: unknown, b: unknown): void {
  if (typeof a === 'string' && typeof b === 'string') chargeChars(c, Math.min(a.length, b.length));
}

function comparable(a: unknown, b: unknown, c: EvalContext): boolean {
  compared(c, a, b);
  return (typeof a === 'number' && typeof b === 'number' && !Number.isNaN(a) && !Number.isNaN(b)) || (typeof a === 'string' && typeof b === 'string');
}

/** Charges hashing or comparing the strings of a list (a Set, includes(), indexOf()), one step per element too. */
function chargeElements(c: EvalContext, list: readonly unknown[]): void {
  charge(c, list.length);
  let chars = 0;
  for (const x of list) if (typeof x === 'string') chars += x.length;
  chargeChars(c, chars);
}

type Callback = (x: unknown, i: number) => unknown;

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function numbers(c: EvalContext, xs: unknown, fn: unknown): number[] {
  const list = asList(xs);
  charge(c, list.length);
  const f = typeof fn === 'function' ? (fn as Callback) : undefined;
  const out: number[] = [];
  list.forEach((x, i) => {
    const v = f ? f(x, i) : x;
    if (typeof v === 'number' && !Number.isNaN(v)) out.push(v);
  });
  return out;
}

interface CompiledPattern {
  test: (text: string) => boolean;
  /** patternSize: what compiling it costs, and the work of a match at each position of the text. */
  size: number;
}

const patternCache = new Map<string, CompiledPattern>();
let re2js: typeof import('re2js') | undefined;
/** Loaded on the first matches() whose pattern is not simple (see simple-regex.ts). */
function RE2(): typeof RE2JS {
  re2js ??= createRequire(import.meta.url)('re2js') as typeof import('re2js');
  return re2js.RE2JS;
}

function parseDate(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return undefined;
  const t = Date.parse(m[4] ? v.trim().replace(' ', 'T') + (m[7] ? '' : 'Z') : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

const dayMs = 86_400_000;

const library: Record<LibraryFunction, (c: EvalContext, a: unknown[]) => unknown> = {
  count: (c, [xs, pred]) => {
    const list = asList(xs);
    charge(c, list.length);
    if (typeof pred !== 'function') return list.length;
    return list.filter((x, i) => (pred as Callback)(x, i)).length;
  },
  sum: (c, [xs, fn]) => numbers(c, xs, fn).reduce((s, n) => s + n, 0),
  min: (c, [xs, fn]) => {
    const ns = numbers(c, xs, fn);
    return ns.length ? Math.min(...ns) : undefined;
  },
  max: (c, [xs, fn]) => {
    const ns = numbers(c, xs, fn);
    return ns.length ? Math.max(...ns) : undefined;
  },
  unique: (c, [xs]) => {
    const list = asList(xs);
    chargeElements(c, list);
    const seen = new Set<unknown>();
    return list.filter((x) => (seen.has(x) ? false : (seen.add(x), true)));
  },
  // One level: the elements of the lists in xs, in order; a missing element (undefined, null) adds nothing and
  // any other element is kept as it is. Lets a rule join lists it reads from different places.
  flat: (c, [xs]) => {
    const list = asList(xs);
    charge(c, list.length);
    const out: unknown[] = [];
    for (const x of list) {
      if (Array.isArray(x)) {
        charge(c, x.length);
        out.push(...x);
      } else if (x !== undefined && x !== null) out.push(x);
    }
    return out;
  },
  includesAll: (c, [xs, required]) => {
    const list = asList(xs);
    const req = asList(required);
    chargeElements(c, list);
    chargeElements(c, req);
    if (!Array.isArray(xs)) return false;
    const have = new Set(list);
    return req.every((r) => have.has(r));
  },
  daysSince: (c, [d]) => {
    const t = parseDate(d);
    return t === undefined ? undefined : Math.floor((c.asOf - t) / dayMs);
  },
  daysBetween: (_c, [a, b]) => {
    const ta = parseDate(a);
    const tb = parseDate(b);
    return ta === undefined || tb === undefined ? undefined : Math.floor((tb - ta) / dayMs);
  },
  matches: (c, [s, pattern]) => {
    if (typeof pattern !== 'string') throw new EvaluationError('matches(text, pattern): the pattern must be a string');
    const compiled = compilePattern(c, pattern);
    if (typeof s !== 'string') return false;
    // A match may do the pattern's size in work at each position of the text: one step per character for a
    // pattern of up to 64 steps, proportionally more for a larger one.
    charge(c, s.length * Math.ceil(compiled.size / charsPerStep));
    return compiled.test(s);
  },
  // The candidate a misspelt name most likely meant (edit distance, as ringfence's own "did you mean"), or
  // undefined. Costs one unit per candidate and per 64 cells of the distance table it fills (at most 64 × 64).
  closest: (c, [s, xs]) => {
    const list = asList(xs).filter((x): x is string => typeof x === 'string');
    if (typeof s !== 'string') return undefined;
    for (const x of list) charge(c, 1 + Math.ceil((Math.min(s.length, 64) + 1) * (Math.min(x.length, 64) + 1) / 64));
    return didYouMean(s, list);
  },
  keys: (c, [o]) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return [];
    const k = Object.keys(o);
    charge(c, k.length);
    return k;
  },
  values: (c, [o]) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return [];
    const v = Object.values(o);
    charge(c, v.length);
    return v;
  },
  isDefined: (_c, [v]) => v !== undefined && v !== null,
};

/**
 * A matches() pattern, compiled (or taken from the cache) and charged: its size every time, cached or not, so that
 * whether a rule is within its budget never depends on what ran before. A pattern over maxPatternSize is refused
 * before it is compiled.
 */
function compilePattern(c: EvalContext, pattern: string): CompiledPattern {
  let compiled = patternCache.get(pattern);
  if (!compiled) {
    chargeChars(c, pattern.length);
    const size = patternSize(pattern);
    const problem = patternProblem(pattern, size);
    if (problem) throw new EvaluationError(`matches: ${problem}`);
    try {
      const simple = simpleRegExp(pattern);
      if (simple) compiled = { test: (t) => simple.test(t), size };
      else {
        const re = RE2().compile(pattern);
        compiled = { test: (t) => re.matcher(t).find(), size };
      }
    } catch (error) {
      const shown = pattern.length > 80 ? `${JSON.stringify(pattern.slice(0, 80))}…` : JSON.stringify(pattern);
      throw new EvaluationError(`matches: invalid regular expression ${shown}: ${(error as Error).message.slice(0, 200)}`);
    }
    if (patternCache.size > 1000) patternCache.clear();
    patternCache.set(pattern, compiled);
  } else {
    chargeChars(c, pattern.length);
  }
  charge(c, compiled.size);
  return compiled;
}

function callMethod(c: EvalContext, target: unknown, m: string, a: unknown[]): unknown {
  if (Array.isArray(target)) {
    const f = a[0] as Callback;
    switch (m) {
      case 'every':
        return target.every((x, i) => f(x, i));
      case 'some':
        return target.some((x, i) => f(x, i));
      case 'filter':
        charge(c, target.length);
        return target.filter((x, i) => f(x, i));
      case 'map':
        charge(c, target.length);
        return target.map((x, i) => f(x, i));
      case 'find':
        return target.find((x, i) => f(x, i));
      case 'findIndex':
        return target.findIndex((x, i) => f(x, i));
      case 'includes':
        chargeSearch(c, target, a[0]);
        return isPrimitive(a[0]) ? target.includes(a[0]) : target.includes(a[0]);
      case 'indexOf':
        chargeSearch(c, target, a[0]);
        return target.indexOf(a[0]);
      case 'slice':
        charge(c, target.length);
        return target.slice(toIndex(a[0]), a[1] === undefined ? undefined : toIndex(a[1]));
      case 'join': {
        charge(c, target.length);
        const separator = typeof a[0] === 'string' ? a[0] : ',';
        const parts = target.map((x) => text(c, x));
        let length = separator.length * Math.max(0, parts.length - 1);
        for (const p of parts) length += p.length;
        built(c, length);
        return parts.join(separator);
      }
      default:
        return undefined;
    }
  }
  if (typeof target === 'string') {
    charge(c, Math.ceil(target.length / charsPerStep));
    if (typeof a[0] === 'string') chargeChars(c, a[0].length);
    switch (m) {
      case 'startsWith':
        return typeof a[0] === 'string' && target.startsWith(a[0]);
      case 'endsWith':
        return typeof a[0] === 'string' && target.endsWith(a[0]);
      case 'includes':
        return typeof a[0] === 'string' && target.includes(a[0]);
      case 'toLowerCase':
      case 'toUpperCase':
      case 'trim': {
        // A case conversion can lengthen a string (ß → SS), by at most three times.
        const r = m === 'trim' ? target.trim() : m === 'toLowerCase' ? target.toLowerCase() : target.toUpperCase();
        built(c, r.length);
        return r;
      }
      case 'slice': {
        const r = target.slice(toIndex(a[0]), a[1] === undefined ? undefined : toIndex(a[1]));
        built(c, r.length);
        return r;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** Charges includes() or indexOf() on a list: each element, and the characters of equal-length strings. */
function chargeSearch(c: EvalContext, list: readonly unknown[], x: unknown): void {
  charge(c, list.length);
  if (typeof x !== 'string' || x.length < charsPerStep) return;
  let chars = 0;
  for (const y of list) if (typeof y === 'string' && y.length === x.length) chars += x.length;
  chargeChars(c, chars);
}

function toIndex(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : undefined;
}
