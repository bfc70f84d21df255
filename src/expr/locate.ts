import { escapePointerToken } from '../load/pointer.js';
import { compile, getMember, type EvalContext, type Env } from './compile.js';
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
