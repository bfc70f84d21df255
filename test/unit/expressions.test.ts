import { describe, expect, it } from 'vitest';
import { BudgetExceeded, compile, Env, EvaluationError, maxStringLength, type EvalContext } from '../../src/expr/compile.js';
import { ExpressionError, parseExpression, type ScopeEntry } from '../../src/expr/parse.js';
import { SchemaTyper } from '../../src/expr/schema-types.js';

const scope = new Map<string, ScopeEntry>([
  ['doc', { type: undefined, role: 'document' }],
  ['params', { type: undefined, role: 'params' }],
]);
const ctx = (budget = 1_000_000): EvalContext => ({ cost: 0, budget, asOf: Date.parse('2026-11-25T00:00:00Z') });
const data = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const run = (src: string, doc: unknown = {}, params: Record<string, unknown> = {}, budget?: number) =>
  compile(parseExpression(src, { scope, paramNames: Object.keys(params) }).ir)(Env.of({ doc: data(doc), params }), ctx(budget));
const error = (src: string, typer?: SchemaTyper): ExpressionError => {
  try {
    parseExpression(src, { scope: typer ? new Map([...scope, ['doc', { type: typer.rootType(), role: 'document' }]]) : scope, typer, paramNames: ['maxPct'] });
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`no error for ${src}`);
};

describe('the expression language', () => {
  it('evaluates TypeScript expressions over the document', () => {
    const doc = { rings: [{ pct: 0.1, bake: 60 }, { pct: 1, bake: 120 }, { pct: 100, bake: 0 }] };
    expect(run('doc.rings[0].pct <= params.maxPct', doc, { maxPct: 1 })).toBe(true);
    expect(run('doc.rings.slice(0, -1).every((r, i) => i === 0 || r.bake >= doc.rings[i - 1].bake)', doc)).toBe(true);
    expect(run('doc.rings.every((r, i) => i === 0 || r.pct <= 10 * sum(doc.rings.slice(0, i), x => x.pct))', doc)).toBe(false);
    expect(run('count(doc.rings, r => r.pct < 50)', doc)).toBe(2);
    expect(run('max(doc.rings, r => r.bake)', doc)).toBe(120);
    expect(run('min([])', doc)).toBeUndefined();
    expect(run('`${doc.rings.length} rings`', doc)).toBe('3 rings');
    expect(run("includesAll(['a', 'b', 'c'], ['c', 'a'])")).toBe(true);
    expect(run("unique([1, 1, 2]).length")).toBe(2);
    expect(run("flat([[1, 2], [3], 4, undefined, doc.missing, [[5]]])")).toEqual([1, 2, 3, 4, [5]]);
    expect(run("unique(flat([['a', 'b'], ['b', 'c']]))")).toEqual(['a', 'b', 'c']);
    expect(run("daysSince('2026-11-01')")).toBe(24);
    expect(run("daysBetween('2024-07-19', '2024-08-06')")).toBe(18);
    expect(run("keys(doc)", { b: 1, a: 2 })).toEqual(['b', 'a']);
    expect(run("doc.a ?? 'default'", {})).toBe('default');
    expect(run("doc.s.toLowerCase().startsWith('rust')", { s: 'Rust-2024' })).toBe(true);
    expect(run("doc.s.slice(5) + '-28'", { s: 'Rust-2024-06' })).toBe('2024-06-28');
    expect(run('doc.s.slice(0, 4)', { s: 'Rust-2024' })).toBe('Rust');
  });

  it('makes optional chaining implicit: a missing path is undefined, never a throw', () => {
    expect(run('doc.a.b.c.d')).toBeUndefined();
    expect(run('doc.a.b.every(x => x)')).toBeUndefined();
    expect(run('doc.a[3].b > 1')).toBe(false);
    expect(run('doc.a.length')).toBeUndefined();
  });

  it('uses strict equality for == and never coerces in comparisons', () => {
    expect(run("doc.n == '1'", { n: 1 })).toBe(false);
    expect(run('doc.missing <= 5')).toBe(false);
    expect(run('doc.missing >= 5')).toBe(false);
    expect(run("doc.n < 'a'", { n: 1 })).toBe(false);
  });

  it('reads own properties only: __proto__, constructor and prototype lead nowhere', () => {
    expect(run('doc.__proto__')).toBeUndefined();
    expect(run('doc.constructor')).toBeUndefined();
    expect(run("doc['constructor']['prototype']")).toBeUndefined();
    expect(run("doc.xs.constructor", { xs: [] })).toBeUndefined();
    expect(run("doc.s.constructor", { s: 'x' })).toBeUndefined();
    expect(run("doc.toString")).toBeUndefined();
  });

  it('matches regular expressions in linear time (RE2): a catastrophic pattern stays fast', () => {
    const started = Date.now();
    expect(run("matches(doc.s, '^(a+)+$')", { s: `${'a'.repeat(50_000)}!` })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops an expensive evaluation at its budget', () => {
    const doc = { xs: Array.from({ length: 2_000 }, (_, i) => i) };
    expect(() => run('doc.xs.every(a => doc.xs.every(b => a + b >= 0))', doc, {}, 100_000)).toThrow(BudgetExceeded);
    expect(run('doc.xs.every(a => a >= 0)', doc, {}, 100_000)).toBe(true);
  });

  describe('charges string and regular-expression work by its size', () => {
    /** The cost of evaluating an expression. */
    const cost = (src: string, doc: unknown = {}, params: Record<string, unknown> = {}) => {
      const c = ctx();
      compile(parseExpression(src, { scope, paramNames: Object.keys(params) }).ir)(Env.of({ doc: data(doc), params }), c);
      return c.cost;
    };
    const long = 'x'.repeat(64_000);

    it.each([
      ['concatenation', 'doc.s + doc.s', 2_000],
      ['a template literal', '`${doc.s}${doc.s}`', 2_000],
      ['comparison', 'doc.s === doc.t', 1_000],
      ['ordering', 'doc.s < doc.t', 1_000],
      ['unique()', 'unique([doc.s, doc.t]).length', 2_000],
      ['includesAll()', 'includesAll([doc.s], [doc.t])', 2_000],
      ['a list includes()', '[doc.s].includes(doc.t)', 1_000],
      ['a string includes()', 'doc.s.includes(doc.t)', 2_000],
      ['startsWith()', 'doc.s.startsWith(doc.t)', 2_000],
      ['join()', '[doc.s, doc.t].join()', 2_000],
      ['toUpperCase()', 'doc.s.toUpperCase()', 2_000],
    ])('%s of two 64,000-character strings costs at least %d steps', (_name, src, least) => {
      expect(cost(src, { s: long, t: `${long.slice(1)}y` })).toBeGreaterThanOrEqual(least);
      // Short strings cost what they did: one step per node.
      expect(cost(src, { s: 'abc', t: 'abd' })).toBeLessThan(12);
    });

    it('map and filter count the lists they build', () => {
      const xs = Array.from({ length: 1_000 }, (_, i) => i);
      expect(cost('doc.xs.map(x => 1).length', { xs })).toBeGreaterThanOrEqual(2_000);
      expect(cost('doc.xs.filter(x => true).length', { xs })).toBeGreaterThanOrEqual(2_000);
    });

    it('refuses to build a string over 1 MiB, before building it', () => {
      const half = 'x'.repeat(maxStringLength / 2);
      expect(run('(doc.s + doc.s).length', { s: half })).toBe(maxStringLength);
      expect(() => run("doc.s + doc.s + 'x'", { s: half })).toThrow(/would build a string of 1,048,577 characters, longer than the limit of 1,048,576 \(1 MiB\)/);
      expect(() => run('`${doc.s}${doc.s}!`', { s: half })).toThrow(EvaluationError);
      expect(() => run("[doc.s, doc.s, 'x'].join('')", { s: half })).toThrow(/longer than the limit/);
      expect(() => run("'' + [doc.s, doc.s, doc.s]", { s: half })).toThrow(/longer than the limit/);
    });

    it('doubling a string in nested callbacks stops at the limit, not at the heap', () => {
      let e = 's21.length';
      for (let i = 20; i >= 0; i--) e = `[s${i} + s${i}].map(s${i + 1} => ${e})`;
      expect(() => run(`['a'].map(s0 => ${e})`)).toThrow(/longer than the limit/);
    });

    it('charges matches() by the pattern size, every time, and by the text times the pattern size', () => {
      const text = 'a'.repeat(10_000);
      const small = cost("matches(doc.s, '^https?://')", { s: text });
      expect(small).toBeGreaterThanOrEqual(10_000);
      expect(small).toBeLessThan(10_100);
      // (?:(?:a{30}){30})b: 901 instructions, 15 steps per character of text.
      const large = cost("matches(doc.s, '(?:(?:a{30}){30})b')", { s: text });
      expect(large).toBeGreaterThanOrEqual(150_000);
      expect(cost("matches(doc.s, '(?:(?:a{30}){30})b')", { s: text })).toBe(large);
      expect(() => run("matches(doc.s, '(?:(?:a{30}){30})b')", { s: text.repeat(7) }, {}, 1_000_000)).toThrow(BudgetExceeded);
    });

    it('refuses a dynamic pattern over the size limit, whatever the text', () => {
      expect(() => run("matches(doc.s, doc.p)", { s: 'aaa', p: '(?:(?:(?:a{32}){32}){32})' })).toThrow(/matches: regular expression .* is too large: it compiles to about 32,768 instructions/);
      expect(() => run("matches(doc.missing, doc.p)", { p: '(?:(?:(?:a{32}){32}){32})' })).toThrow(EvaluationError);
      expect(() => run(`matches(doc.s, doc.p)`, { s: 'a', p: '(['.repeat(1_000) })).toThrow(/invalid regular expression "\(\[.{78}"…: /);
    });
  });

  it.each([
    ['new Date()', '"new" is not allowed', 0],
    ['doc.a = 1', 'assignment is not allowed', 0],
    ['({ a: 1 })', 'an object literal is not allowed', 1],
    ['this.x', '"this" is not allowed', 0],
    ["/a+/.test('a')", 'regular expression literals are not allowed', 0],
    ['eval("1")', 'unknown function "eval"', 0],
    ['doc.a.constructor("x")', 'method "constructor" is not available', 6],
    ['(() => 1)', 'arrow functions are allowed only as callback arguments', 1],
    ['doc.xs.map(function (x) { return x })', 'a function expression is not allowed', 11],
    ['doc.xs.every(x => { return x })', 'callback bodies must be a single expression', 18],
    ['[...doc.xs]', 'spread (...) is not allowed', 1],
    ['doc.a, doc.b', 'the comma operator is not allowed', 0],
    ['typeof doc', 'operator "typeof" is not allowed', 0],
    ['window.alert(1)', 'unknown name "window"', 0],
    ['params.maxPtc', 'unknown parameter "maxPtc"; did you mean "maxPct"?', 7],
    ['doc.a +', 'syntax error', 7],
    ["matches(doc.s, '(?:(?:(?:a{32}){32}){32})')", 'regular expression "(?:(?:(?:a{32}){32}){32})" is too large: it compiles to about 32,768 instructions', 15],
  ])('rejects %s with a positioned error', (src, message, start) => {
    const e = error(src);
    expect(e.message).toContain(message);
    expect(e.start).toBe(start);
  });

  it('checks member paths against the input schema, with a did-you-mean', () => {
    const typer = new SchemaTyper({
      type: 'object',
      additionalProperties: false,
      properties: {
        channels: { type: 'array', items: { $ref: '#/$defs/Channel' } },
      },
      $defs: {
        Channel: {
          title: 'UpdateChannel',
          type: 'object',
          additionalProperties: false,
          properties: { rollout: { type: 'object', title: 'Rollout', additionalProperties: false, properties: { rings: { type: 'array', items: { type: 'object' } } } } },
        },
      },
    });
    const e = error('doc.channels[0].rollout.ringz.length', typer);
    expect(e.message).toBe('unknown field "ringz" of Rollout; did you mean "rings"?');
    expect(e.start).toBe(24);
    expect(e.end).toBe(29);
    expect(error('doc.channels.every(c => c.rolout.rings)', typer).message).toBe('unknown field "rolout" of UpdateChannel; did you mean "rollout"?');
    expect(error('doc.channels.rollout', typer).message).toMatch(/is a list/);
    expect(() => parseExpression('doc.channels.every(c => c.rollout.rings.length > 2)', { scope: new Map([...scope, ['doc', { type: typer.rootType(), role: 'document' }]]), typer, paramNames: [] })).not.toThrow();
  });
});

describe('closest()', () => {
  it('gives the candidate a misspelt name most likely means, else undefined', () => {
    expect(run("closest('rapid_respone', ['system_critical', 'rapid_response'])")).toBe('rapid_response');
    expect(run("closest('domain-controller', doc.ids)", { ids: ['canary', 'domain-controllers'] })).toBe('domain-controllers');
    expect(run("closest('zzz', ['rapid_response'])")).toBeUndefined();
    expect(run('closest(doc.missing, doc.ids)', { ids: ['a'] })).toBeUndefined();
  });
});
