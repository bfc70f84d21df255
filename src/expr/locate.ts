import { escapePointerToken } from '../load/pointer.js';
import { arrayIndex, compile, getMember, memberChain, memberOfKey, type EvalContext, type Env } from './compile.js';
import type { Ir } from './ir.js';

/** The value of a path expression with where it is: its JSON Pointer, or the nearest present parent's. */
export interface Located {
  value: unknown;
  /** Pointer of the value itself, when it exists in the document. */
  pointer?: string | undefined;
  /** Pointer of the deepest part of the path that exists (the value's own when it exists). */
  present?: string | undefined;
}

export type PointerOf = (value: object) => string | undefined;

export type CompiledPath = (env: Env, ctx: EvalContext, pointerOf: PointerOf) => Located;

/**
 * Compiles an `at` or `evidence` expression so that it yields a location as well as a value. Member chains
 * are followed step by step; any other expression (e.g. `xs.find(…)`) is located by the identity of the
 * object it returns. Compiled on first use: `at` is needed only when an instance fails.
 */
export function compilePath(ir: Ir): CompiledPath {
  let compiled: CompiledPath | undefined;
  return (env, ctx, pointerOf) => (compiled ??= compilePathNow(ir))(env, ctx, pointerOf);
}

function compilePathNow(ir: Ir): CompiledPath {
  switch (ir.t) {
    case 'var': {
      const n = ir.n;
      return (env, _ctx, pointerOf) => {
        const value = env.get(n);
        const p = value !== null && typeof value === 'object' ? pointerOf(value) : undefined;
        return { value, pointer: p, present: p };
      };
    }
    case 'get':
    case 'idx': {
      const chain = ir.t === 'get' ? memberChain(ir) : undefined;
      if (chain !== undefined) return chainPath(chain.name, chain.keys);
      const parent = compilePathNow(ir.o);
      const key = ir.t === 'get' ? (() => { const k = ir.k; return () => k; })() : (() => { const f = compile(ir.i); return (env: Env, ctx: EvalContext) => f(env, ctx); })();
      return (env, ctx, pointerOf) => {
        const r = parent(env, ctx, pointerOf);
        const k = key(env, ctx);
        const value = getMember(r.value, k);
        const container = r.value !== null && typeof r.value === 'object';
        if (container && r.pointer !== undefined && value !== undefined && k !== 'length') {
          const p = `${r.pointer}/${escapePointerToken(String(k))}`;
          return { value, pointer: p, present: p };
        }
        if (container && k === 'length') return { value, pointer: r.pointer, present: r.pointer };
        return { value, pointer: undefined, present: r.present };
      };
    }
    default: {
      const f = compile(ir);
      return (env, ctx, pointerOf) => {
        const value = f(env, ctx);
        const p = value !== null && typeof value === 'object' ? pointerOf(value) : undefined;
        return { value, pointer: p, present: p };
      };
    }
  }
}

/**
 * A member chain `x.a.b` located in one closure, as the nested steps above locate it: each key read in turn, the
 * pointer extended by the key's escaped token (worked out here, once) while the values are there.
 */
function chainPath(name: string, keys: readonly string[]): CompiledPath {
  const tokens = keys.map((k) => `/${escapePointerToken(k)}`);
  const indexes = keys.map(arrayIndex);
  const lengths = keys.map((k) => k === 'length');
  return (env, _ctx, pointerOf) => {
    let value = env.get(name);
    let pointer = value !== null && typeof value === 'object' ? pointerOf(value) : undefined;
    let present = pointer;
    for (let i = 0; i < keys.length; i++) {
      const obj = value;
      value = memberOfKey(obj, keys[i]!, indexes[i]!, lengths[i]!);
      const container = obj !== null && typeof obj === 'object';
      if (container && lengths[i]) present = pointer;
      else if (container && pointer !== undefined && value !== undefined) present = pointer = pointer + tokens[i]!;
      else pointer = undefined;
    }
    return { value, pointer, present };
  };
}

/** Where a value was read from: its document ('doc' or the paired 'vendor' manifest) and pointer. */
export interface Source {
  value: unknown;
  side?: 'doc' | 'vendor' | undefined;
  /** The pointer the value has, or would have if it were declared. */
  pointer?: string | undefined;
  /** The value is an entry of the list at `pointer` that the expression looked for and did not find. */
  entryOf?: boolean | undefined;
}

const compiledParts = new WeakMap<Ir, ReturnType<typeof compile>>();
function part(ir: Ir): ReturnType<typeof compile> {
  let f = compiledParts.get(ir);
  if (!f) compiledParts.set(ir, (f = compile(ir)));
  return f;
}

/**
 * Where the value of an `evidence` or `forEach` expression comes from, for a message that names the document
 * path instead of the expression: member chains are followed step by step (past the last present step, the path
 * the value would have), a conditional by the branch it took, `a ?? b` by `a` when both are missing, and `&&` and
 * `||` by the operand that decided. Anything else is where the object it gives is, if anywhere. Run only when a
 * value is missing, on a copy of the context.
 */
export function sourceOf(ir: Ir, env: Env, ctx: EvalContext, doc: PointerOf, vendor?: PointerOf): Source {
  const at = (value: unknown): Source => {
    if (value === null || typeof value !== 'object') return { value };
    const p = doc(value);
    if (p !== undefined) return { value, side: 'doc', pointer: p };
    const v = vendor?.(value);
    return v !== undefined ? { value, side: 'vendor', pointer: v } : { value };
  };
  const missing = (v: unknown) => v === undefined || v === null;
  switch (ir.t) {
    case 'var':
      return at(env.get(ir.n));
    case 'get':
    case 'idx': {
      const o = sourceOf(ir.o, env, ctx, doc, vendor);
      const k = ir.t === 'get' ? ir.k : part(ir.i)(env, ctx);
      const value = getMember(o.value, k);
      if (o.pointer === undefined || o.entryOf) return { ...o, value };
      if (k === 'length') return { ...o, value };
      const own = at(value);
      if (own.pointer !== undefined) return own;
      // A list looked up with a position that is no entry (a findIndex that found nothing): a missing entry.
      if (Array.isArray(o.value) && (typeof k !== 'number' || !Number.isInteger(k) || k < 0)) return { value, side: o.side, pointer: o.pointer, entryOf: true };
      return { value, side: o.side, pointer: `${o.pointer}/${escapePointerToken(String(k))}` };
    }
    case 'method': {
      const value = part(ir)(env, ctx);
      if (ir.m !== 'find') return at(value);
      const own = at(value);
      if (own.pointer !== undefined) return own;
      const o = sourceOf(ir.o, env, ctx, doc, vendor);
      return o.pointer !== undefined && Array.isArray(o.value) ? { value, side: o.side, pointer: o.pointer, entryOf: true } : { value };
    }
    case 'cond': {
      const taken = part(ir.c)(env, ctx) ? ir.a : ir.b;
      const r = sourceOf(taken, env, ctx, doc, vendor);
      if (r.pointer !== undefined || !missing(r.value)) return r;
      // `xs.length > 0 ? xs : undefined`: the list that was not there, or was empty.
      const other = sourceOf(taken === ir.a ? ir.b : ir.a, env, ctx, doc, vendor);
      return other.pointer !== undefined ? { ...other, value: r.value } : r;
    }
    case 'nullish': {
      const l = sourceOf(ir.l, env, ctx, doc, vendor);
      if (!missing(l.value)) return l;
      const r = sourceOf(ir.r, env, ctx, doc, vendor);
      return missing(r.value) && l.pointer !== undefined ? l : r;
    }
    case 'and':
    case 'or': {
      const l = sourceOf(ir.l, env, ctx, doc, vendor);
      const decided = ir.t === 'and' ? !l.value : Boolean(l.value);
      return decided ? l : sourceOf(ir.r, env, ctx, doc, vendor);
    }
    default:
      return at(part(ir)(env, ctx));
  }
}
