import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BudgetExceeded, compile, Env, type EvalContext } from '../../src/expr/compile.js';
import { compilePath } from '../../src/expr/locate.js';
import { parseExpression, type ScopeEntry } from '../../src/expr/parse.js';

// The evaluator specialises common shapes at compile time (member chains of constant keys, comparisons, list
// methods with a callback, located paths): for speed only. Every value, every step charged, every traced read and
// every located pointer must stay what the general closures gave. test/fixtures/evaluator/costs.json was written by
// the evaluator before the specialisations (commit ab12d84) on the expressions and document below.
const scope = new Map<string, ScopeEntry>([
  ['doc', { type: undefined, role: 'document' }],
  ['params', { type: undefined, role: 'params' }],
]);
const doc = {
  name: 'Aegis',
  n: 3,
  nan: null,
  flag: true,
  empty: [],
  s: 'a/b~c',
  rings: [{ name: 'canary', pct: 0.5, bake: 60 }, { name: 'early', pct: 5, bake: 120 }, { name: 'ga', pct: 100 }],
  'a/b': { '~x': [10, 20] },
  list: ['x', 'y', 'x'],
  nested: { deep: { deeper: { v: 7, arr: [[1, 2], [3]] } } },
};
const pointers = new WeakMap<object, string>();
const walk = (v: unknown, p: string): void => {
  if (v === null || typeof v !== 'object') return;
  pointers.set(v, p);
  for (const [k, x] of Object.entries(v)) walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
};
walk(doc, '');
const asOf = Date.parse('2026-11-25T00:00:00Z');
const env = () => Env.of({ doc, params: { k: 'rings', max: 10 } });

interface Row {
  src: string;
  value: unknown;
  error?: string;
  cost: number;
  traced: number;
  located: { pointer: string | null; present: string | null } | { error: string };
}
const rows = JSON.parse(readFileSync('test/fixtures/evaluator/costs.json', 'utf8')) as Row[];

describe('the specialised evaluator charges, traces and locates as the general one did', () => {
  it('covers the shapes it specialises', () => {
    expect(rows.length).toBeGreaterThan(50);
    for (const shape of ['.every(', '.some(', '.find(', '.findIndex(', '.filter(', '.map(', ' === ', ' !== ', ' < ', ' <= ', ' > ', ' >= ', '.nested.deep.deeper']) expect(rows.some((r) => r.src.includes(shape)), shape).toBe(true);
  });

  for (const row of rows) {
    it(row.src, () => {
      const ir = parseExpression(row.src, { scope, paramNames: ['k', 'max'] }).ir;
      const c: EvalContext = { cost: 0, budget: 1e6, asOf, trace: [] };
      let value: unknown;
      let error: string | undefined;
      try {
        value = compile(ir)(env(), c);
      } catch (e) {
        error = `${(e as Error).constructor.name}: ${(e as Error).message}`;
      }
      expect(error).toBe(row.error);
      expect(value === undefined ? { undefined: true } : value).toEqual(row.value);
      expect(c.cost).toBe(row.cost);
      expect(c.trace!.length / 3).toBe(row.traced);
      const r = compilePath(ir)(env(), { cost: 0, budget: 1e6, asOf }, (o) => pointers.get(o));
      expect({ pointer: r.pointer ?? null, present: r.present ?? null }).toEqual(row.located);
      // The budget is reached at the same step: one short of the cost is an error, the cost itself is not.
      if (row.error === undefined && row.cost > 0) {
        expect(() => compile(ir)(env(), { cost: 0, budget: row.cost - 1, asOf })).toThrow(BudgetExceeded);
        expect(() => compile(ir)(env(), { cost: 0, budget: row.cost, asOf })).not.toThrow();
      }
    });
  }
});
