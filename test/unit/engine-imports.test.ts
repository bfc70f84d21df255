import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const engine = path.join(root, 'src', 'engine');

/** The engine modules each engine module imports (static, dynamic, type-only and re-exports alike), read with the TypeScript parser. */
function engineImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const name of readdirSync(engine).filter((f) => f.endsWith('.ts')).sort()) {
    const source = ts.createSourceFile(name, readFileSync(path.join(engine, name), 'utf8'), ts.ScriptTarget.Latest, false);
    const targets = new Set<string>();
    const visit = (node: ts.Node) => {
      let spec: ts.Expression | undefined;
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) spec = node.moduleSpecifier;
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) spec = node.arguments[0];
      if (spec && ts.isStringLiteral(spec) && /^\.\/[^/]+\.js$/.test(spec.text)) targets.add(spec.text.slice(2).replace(/\.js$/, '.ts'));
      ts.forEachChild(node, visit);
    };
    visit(source);
    graph.set(name, [...targets].sort());
  }
  return graph;
}

/** Every import cycle among the modules, each as the path that closes it. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (m: string) => {
    state.set(m, 'open');
    stack.push(m);
    for (const t of graph.get(m) ?? []) {
      if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) walk(t);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of graph.keys()) if (!state.has(m)) walk(m);
  return cycles;
}

describe('the engine runs in one direction', () => {
  it('finds a cycle when there is one (the test can fail)', () => {
    expect(cyclesOf(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(cyclesOf(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('has no import cycle among src/engine modules', () => {
    const graph = engineImports();
    expect(graph.size).toBeGreaterThan(10);
    expect(cyclesOf(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the stages in order: no stage imports a later one', () => {
    const graph = engineImports();
    // inputs → batch → subject → finish → summary; the runs (stream, parallel, shard, merge, check) sit on top.
    const later: Record<string, string[]> = {
      'subject.ts': ['batch.ts', 'finish.ts', 'summary.ts', 'stream.ts', 'parallel.ts', 'check.ts'],
      'batch.ts': ['finish.ts', 'summary.ts', 'stream.ts', 'parallel.ts', 'check.ts'],
      'finish.ts': ['batch.ts', 'summary.ts', 'stream.ts', 'parallel.ts', 'check.ts'],
      'summary.ts': ['batch.ts', 'stream.ts', 'parallel.ts', 'check.ts'],
      'stream.ts': ['parallel.ts', 'check.ts'],
    };
    for (const [m, forbidden] of Object.entries(later)) expect(graph.get(m)?.filter((t) => forbidden.includes(t)), m).toEqual([]);
  });
});
