import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';
import type { BinaryOp, Ir, LibraryFunction, TemplateIr } from './ir.js';
import { simpleRegExp } from './simple-regex.js';

/** Thrown when an evaluation spends more than its budget; the rule instance becomes an `error`. */
export class BudgetExceeded extends Error {
  constructor(budget: number) {
    super(`evaluation exceeded its cost budget of ${budget.toLocaleString('en-US')} steps`);
  }
}

/** Thrown for a runtime error a rule author can fix (bad regular expression, wrong argument type…). */
export class EvaluationError extends Error {}

export interface EvalContext {
  /** Steps spent so far. */
  cost: number;
  budget: number;
  /** The as-of date for daysSince, in ms since the epoch (UTC midnight). */
  asOf: number;
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
      const o = compile(ir.o);
      const k = ir.k;
      return (e, c) => (step(c), getMember(o(e, c), k));
    }
    case 'idx': {
      const o = compile(ir.o);
      const i = compile(ir.i);
      return (e, c) => {
        step(c);
        const obj = o(e, c);
        return getMember(obj, i(e, c));
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
      const op = binary[ir.op];
      return (e, c) => (step(c), op(l(e, c), r(e, c)));
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
        let s = q[0] ?? '';
        parts.forEach((f, i) => {
          s += formatValue(f(e, c)) + (q[i + 1] ?? '');
        });
        return s;
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
        return f(c, args.map((a) => a(e, c)));
      };
    }
    case 'method': {
      const o = compile(ir.o);
      const args = ir.a.map(compile);
      const m = ir.m;
      return (e, c) => {
        step(c);
        const target = o(e, c);
        return callMethod(c, target, m, args.map((a) => a(e, c)));
      };
    }
  }
}

/** Compiled on first use: most instances pass and never render their message. */
export function compileTemplate(t: TemplateIr): (env: Env, ctx: EvalContext) => string {
  let holes: Compiled[] | undefined;
  return (e, c) => {
    holes ??= t.holes.map(compile);
    let s = t.text[0] ?? '';
    holes.forEach((h, i) => {
      s += formatValue(h(e, c)) + (t.text[i + 1] ?? '');
    });
    return s;
  };
}

function step(c: EvalContext): void {
  if (++c.cost > c.budget) throw new BudgetExceeded(c.budget);
}

function charge(c: EvalContext, n: number): void {
  c.cost += n;
  if (c.cost > c.budget) throw new BudgetExceeded(c.budget);
}

/** How a value reads in a message. */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '(none)';
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

const binary: Record<BinaryOp, (a: unknown, b: unknown) => unknown> = {
  '+': (a, b) => {
    if (typeof a === 'string' || typeof b === 'string') return formatValue(a) + formatValue(b);
    return toNumber(a) + toNumber(b);
  },
  '-': (a, b) => toNumber(a) - toNumber(b),
  '*': (a, b) => toNumber(a) * toNumber(b),
  '/': (a, b) => toNumber(a) / toNumber(b),
  '%': (a, b) => toNumber(a) % toNumber(b),
  // Ordering is defined only between two numbers or two strings; anything else (e.g. a missing value) is false.
  '<': (a, b) => comparable(a, b) && (a as number) < (b as number),
  '<=': (a, b) => comparable(a, b) && (a as number) <= (b as number),
  '>': (a, b) => comparable(a, b) && (a as number) > (b as number),
  '>=': (a, b) => comparable(a, b) && (a as number) >= (b as number),
  '===': (a, b) => a === b || (a === undefined && b === null) || (a === null && b === undefined),
  '!==': (a, b) => !(a === b || (a === undefined && b === null) || (a === null && b === undefined)),
};

function comparable(a: unknown, b: unknown): boolean {
  return (typeof a === 'number' && typeof b === 'number' && !Number.isNaN(a) && !Number.isNaN(b)) || (typeof a === 'string' && typeof b === 'string');
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

const patternCache = new Map<string, (text: string) => boolean>();
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
    charge(c, list.length);
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
    charge(c, list.length + req.length);
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
    if (typeof s !== 'string') return false;
    charge(c, s.length);
    let test = patternCache.get(pattern);
    if (!test) {
      try {
        const simple = simpleRegExp(pattern);
        if (simple) test = (text) => simple.test(text);
        else {
          const re = RE2().compile(pattern);
          test = (text) => re.matcher(text).find();
        }
      } catch (error) {
        throw new EvaluationError(`matches: invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
      }
      if (patternCache.size > 1000) patternCache.clear();
      patternCache.set(pattern, test);
    }
    return test(s);
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

function callMethod(c: EvalContext, target: unknown, m: string, a: unknown[]): unknown {
  if (Array.isArray(target)) {
    const f = a[0] as Callback;
    switch (m) {
      case 'every':
        return target.every((x, i) => f(x, i));
      case 'some':
        return target.some((x, i) => f(x, i));
      case 'filter':
        return target.filter((x, i) => f(x, i));
      case 'map':
        return target.map((x, i) => f(x, i));
      case 'find':
        return target.find((x, i) => f(x, i));
      case 'findIndex':
        return target.findIndex((x, i) => f(x, i));
      case 'includes':
        charge(c, target.length);
        return isPrimitive(a[0]) ? target.includes(a[0]) : target.includes(a[0]);
      case 'indexOf':
        charge(c, target.length);
        return target.indexOf(a[0]);
      case 'slice':
        charge(c, target.length);
        return target.slice(toIndex(a[0]), a[1] === undefined ? undefined : toIndex(a[1]));
      case 'join':
        charge(c, target.length);
        return target.map(formatValue).join(typeof a[0] === 'string' ? a[0] : ',');
      default:
        return undefined;
    }
  }
  if (typeof target === 'string') {
    charge(c, Math.ceil(target.length / 64));
    switch (m) {
      case 'startsWith':
        return typeof a[0] === 'string' && target.startsWith(a[0]);
      case 'endsWith':
        return typeof a[0] === 'string' && target.endsWith(a[0]);
      case 'includes':
        return typeof a[0] === 'string' && target.includes(a[0]);
      case 'toLowerCase':
        return target.toLowerCase();
      case 'toUpperCase':
        return target.toUpperCase();
      case 'trim':
        return target.trim();
      case 'slice':
        return target.slice(toIndex(a[0]), a[1] === undefined ? undefined : toIndex(a[1]));
      default:
        return undefined;
    }
  }
  return undefined;
}

function toIndex(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : undefined;
}
