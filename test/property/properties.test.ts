import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../reporters/sarif.js';
import { evaluateDocuments } from '../../src/engine/check.js';
import { oneLine } from '../../src/engine/evaluate.js';
import { applyWaivers } from '../../src/engine/waivers.js';
import { BudgetExceeded, charsPerStep, compile, Env, EvaluationError, maxStringLength, type EvalContext } from '../../src/expr/compile.js';
import { ExpressionError, parseExpression, type ScopeEntry } from '../../src/expr/parse.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { loadInputText } from '../../src/load/read-inputs.js';
import { scoreSubject, type ScoredControlInput } from '../../src/score/score.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root } from '../helpers.js';

const runs = { numRuns: 150, seed: 20261125 };
const { standard } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
const examples = ['vendors/aegis-exemplary.yaml', 'vendors/borealis-typical.yaml', 'vendors/cobalt-pre-incident.yaml', 'deployments/harbor-bank.yaml'].map((f) => ({
  file: `examples/${f}`,
  text: readFileSync(path.join(root, 'examples', f), 'utf8'),
}));

/** A manifest mutated line by line: lines dropped, duplicated, or given arbitrary text. */
const mutatedExample = fc
  .record({
    example: fc.constantFrom(...examples),
    edits: fc.array(fc.record({ line: fc.nat(), op: fc.constantFrom('drop', 'dup', 'replace', 'insert'), text: fc.string({ maxLength: 40 }) }), { maxLength: 6 }),
  })
  .map(({ example, edits }) => {
    const lines = example.text.split('\n');
    for (const e of edits) {
      const i = e.line % Math.max(1, lines.length);
      if (e.op === 'drop') lines.splice(i, 1);
      else if (e.op === 'dup') lines.splice(i, 0, lines[i] ?? '');
      else if (e.op === 'replace') lines[i] = e.text;
      else lines.splice(i, 0, e.text);
    }
    return { file: example.file, text: lines.join('\n') };
  });

describe('properties', () => {
  it('the loader never throws, on arbitrary text or arbitrary YAML', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.jsonValue().map((v) => stringify(v))), (text) => {
        const r = loadInputText(text, 'x.yaml');
        for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('every parsed value has a location, inside the text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value, null, 1) : stringify(value);
        const { documents } = parseYamlText(text, 'x.yaml');
        const lines = text.split('\n');
        for (const d of documents) {
          const visit = (v: unknown, p: string): void => {
            const loc = d.locations.get(p);
            expect(loc, p).toBeDefined();
            expect(loc!.value.startLine).toBeGreaterThanOrEqual(1);
            expect(loc!.value.startLine).toBeLessThanOrEqual(lines.length);
            if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) visit(c, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
          };
          visit(d.value, '');
        }
      }),
      runs,
    );
  });

  it('the expression compiler compiles or reports a positioned error, on arbitrary text', () => {
    const scope = new Map<string, ScopeEntry>([
      ['doc', { type: undefined, role: 'document' }],
      ['params', { type: undefined, role: 'params' }],
    ]);
    const tokens = fc.constantFrom('doc', 'params', '.', 'a', '[', ']', '(', ')', '0', '1', "'s'", '+', '-', '*', '<=', '===', '&&', '||', '!', '?', ':', '=>', 'x', ',', 'count', 'every', 'new', '{', '}', ' ', '`', '${', '=');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(tokens, { maxLength: 20 }).map((t) => t.join(''))), (text) => {
        try {
          const { ir } = parseExpression(text, { scope, paramNames: ['a'] });
          // Whatever compiled evaluates without an unexpected exception.
          try {
            compile(ir)(Env.of({ doc: { a: [1, 2], s: 'x' }, params: { a: 1 } }), { cost: 0, budget: 10_000, asOf: 0 });
          } catch (e) {
            expect(e instanceof BudgetExceeded || e instanceof EvaluationError).toBe(true);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(ExpressionError);
          const err = e as ExpressionError;
          expect(err.start).toBeGreaterThanOrEqual(0);
          expect(err.end).toBeGreaterThan(err.start);
          expect(err.start).toBeLessThanOrEqual(Math.max(text.length, 1));
        }
      }),
      { ...runs, numRuns: 400 },
    );
  });

  it('string work is paid for: whatever nesting of string-building steps, a string is at most 1 MiB and its characters cost steps', () => {
    const scope = new Map<string, ScopeEntry>([
      ['doc', { type: undefined, role: 'document' }],
      ['params', { type: undefined, role: 'params' }],
    ]);
    // One step that makes a longer (or as long) string from x.
    const grow = fc.constantFrom('x + x', '`${x}-${x}`', '[x, x, x].join(x)', 'x.toUpperCase() + x', "unique([x, x + 'a', x + 'b']).join('')", "doc.xs.map(y => x).join('')", 'x + [x, x]');
    fc.assert(
      fc.property(fc.array(grow, { minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 8 }), (steps, seed) => {
        // [seed].map(x => [step1].map(x => [step2].map(… x.length …)))
        let e = 'x.length';
        for (const g of [...steps].reverse()) e = `[${g}].map(x => ${e})[0]`;
        const ir = parseExpression(`[doc.seed].map(x => ${e})[0]`, { scope, paramNames: [] }).ir;
        const c: EvalContext = { cost: 0, budget: 1_000_000, asOf: 0 };
        let length: number;
        try {
          length = compile(ir)(Env.of({ doc: { seed, xs: [1, 2, 3, 4, 5, 6, 7, 8] }, params: {} }), c) as number;
        } catch (error) {
          expect(error instanceof BudgetExceeded || error instanceof EvaluationError, String(error)).toBe(true);
          return;
        }
        expect(length).toBeLessThanOrEqual(maxStringLength);
        // The last string alone was charged its length.
        expect(c.cost).toBeGreaterThanOrEqual(Math.floor(length / charsPerStep));
      }),
      { ...runs, numRuns: 300 },
    );
  });

  const outcome = fc.constantFrom('pass', 'fail', 'missing_evidence', 'not_applicable', 'error') as fc.Arbitrary<ScoredControlInput['outcomes'][number]>;
  const controls = fc.array(
    fc.record({
      area: fc.constantFrom('A', 'B', 'C'),
      severity: fc.constantFrom('critical', 'high', 'medium', 'low') as fc.Arbitrary<ScoredControlInput['severity']>,
      level: fc.integer({ min: 1, max: 3 }),
      outcomes: fc.array(outcome, { maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 30 },
  ).map((cs) =>
    cs.map((c, i): ScoredControlInput => ({ id: `C${i}`, areaId: c.area, severity: c.severity, weight: { critical: 10, high: 7.5, medium: 5, low: 2.5 }[c.severity], level: c.level, capsGrade: c.severity === 'critical', outcomes: c.outcomes })),
  );
  const rules = { areas: [{ id: 'A', weight: 1 }, { id: 'B', weight: 2 }, { id: 'C', weight: 0.5 }], bands: standard!.grading.bands, criticalCap: 'D', levels: [1, 2, 3] };

  it('the score stays within 0–100, and fixing a failing instance never lowers it', () => {
    fc.assert(
      fc.property(controls, fc.nat(), (cs, pick) => {
        const before = scoreSubject(cs, rules);
        if (before.score !== null) {
          expect(before.score).toBeGreaterThanOrEqual(0);
          expect(before.score).toBeLessThanOrEqual(100);
        }
        const failing = cs.flatMap((c, ci) => c.outcomes.map((o, oi) => ({ ci, oi, o }))).filter((x) => x.o === 'fail' || x.o === 'missing_evidence');
        if (failing.length === 0) return;
        const f = failing[pick % failing.length]!;
        const fixed = cs.map((c, ci) => (ci === f.ci ? { ...c, outcomes: c.outcomes.map((o, oi) => (oi === f.oi ? ('pass' as const) : o)) } : c));
        const after = scoreSubject(fixed, rules);
        expect(after.score!).toBeGreaterThanOrEqual(before.score! - 1e-9);
        expect(after.level).toBeGreaterThanOrEqual(before.level);
      }),
      runs,
    );
  });

  it('evaluation is deterministic, waivers never change a score, and SARIF regions lie inside the file', () => {
    fc.assert(
      fc.property(
        mutatedExample,
        fc.array(fc.record({ control: fc.constantFrom(...standard!.areas.flatMap((a) => a.controls.map((c) => c.id))), pointer: fc.option(fc.constantFrom('', '/updateChannels', '/components/0'), { nil: undefined }) }), { maxLength: 4 }),
        ({ file, text }, waivers) => {
          const loaded = loadInputText(text, file);
          const once = evaluateDocuments(standard!, loaded.documents, loaded.problems, { asOf: '2026-11-25' });
          const twice = evaluateDocuments(standard!, loadInputText(text, file).documents, loaded.problems, { asOf: '2026-11-25' });
          expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
          const scores = once.subjects.map((s) => s.score);
          applyWaivers(
            once,
            waivers.map((w, i) => ({ ...w, ...(w.pointer === undefined ? {} : { pointer: w.pointer }), documents: '**', reason: 'property test waiver', owner: 'test', expires: '2027-01-01', file: 'w.yaml', line: i + 1, column: 1 })),
          );
          expect(once.subjects.map((s) => s.score)).toEqual(scores);
          const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
          const log = JSON.parse(sarif(once, { color: false })) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[] }[] };
          for (const r of log.runs[0]!.results) {
            const loc = r.locations[0]!.physicalLocation;
            if (loc.artifactLocation.uri !== file) continue;
            const { startLine, startColumn, endLine, endColumn } = loc.region;
            expect(startLine).toBeGreaterThanOrEqual(1);
            expect(endLine).toBeLessThanOrEqual(lines.length);
            expect(startColumn).toBeGreaterThanOrEqual(1);
            expect(startColumn).toBeLessThanOrEqual((lines[startLine - 1]?.length ?? 0) + 1);
            expect(endColumn).toBeLessThanOrEqual((lines[endLine - 1]?.length ?? 0) + 2);
          }
        },
      ),
      { ...runs, numRuns: 40 },
    );
  });
});

describe('messages on one line (they are vendor-influenced text)', () => {
  it('oneLine gives what folding every whitespace run and trimming gives, with or without its shortcut', () => {
    const text = fc.array(fc.constantFrom('a', 'é', ' ', '  ', '\t', '\n', '\r', '\u2028', '\u2029', '\u00a0', '\ufeff', '\v'), { maxLength: 30 }).map((cs) => cs.join(''));
    const long = fc.tuple(text, fc.integer({ min: 1_990, max: 2_010 })).map(([t, n]) => 'x'.repeat(n) + t);
    fc.assert(
      fc.property(fc.oneof(text, long), (s) => {
        expect(oneLine(s)).toBe(s.replace(/[\s\u2028\u2029]+/g, ' ').trim().slice(0, 2_000));
      }),
      { numRuns: 5_000, seed: 11 },
    );
  });
});
