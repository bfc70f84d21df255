import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseYaml, resolvePlain } from '../../src/load/fast-yaml.js';
import { defaultLimits } from '../../src/load/limits.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { root } from '../helpers.js';
import { compareReaders } from './fast-yaml-diff.js';

/** Every YAML file of the repository's own inputs, standards and rules. */
function repositoryYaml(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  for (const d of ['examples', 'standards', 'rules', 'templates', 'test/fixtures']) walk(path.join(root, d));
  return out.sort();
}

describe('the fast YAML reader', () => {
  it('reads every bundled example, with values, pointers and every range equal to yaml', () => {
    // The examples' folders of foreign files (examples/deployments/k8s-sensor/) are read like the rest of test/fixtures, by walk.
    for (const f of ['vendors', 'deployments'].flatMap((d) => readdirSync(path.join(root, 'examples', d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d}/${f}`))) {
      const text = readFileSync(path.join(root, 'examples', f), 'utf8');
      expect(fastParseYaml(text, defaultLimits), f).toBeDefined();
      expect(compareReaders(text), f).toEqual([]);
    }
  });

  it('agrees with yaml on every YAML file of the repository it accepts', () => {
    let accepted = 0;
    for (const f of repositoryYaml()) {
      const diffs = compareReaders(readFileSync(f, 'utf8'));
      if (diffs === undefined) continue;
      accepted++;
      expect(diffs, path.relative(root, f)).toEqual([]);
    }
    // Rules and standards use block scalars for expressions and prose: the examples and fixtures are the ones read fast.
    expect(accepted).toBeGreaterThanOrEqual(8);
  });

  const accepted: Record<string, string> = {
    scalars: 'a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.5\ng: .5\nh: 1e3\ni: -.inf\nj: .NaN\nk: ~\nl: null\nm: True\nn: FALSE\no: yes\np: 1_000\nq: 0b1\nr: 12:30\ns: 2026-08-10\n',
    strings: 'a: hello world\nb: "quoted \\"x\\" \\u00e9 \\x41 \\n"\nc: \'it\'\'s\'\nd: a:b\ne: a#b\nf: http://x.example/a?b=c#d\ng: -x\nh: "#not a comment"\n',
    comments: '# head\na: 1 # trailing\n  # indented comment\nb:   # empty value with a comment\n# between\nc:\n  - x # item\n\n  - y\n',
    keys: '"quoted key": 1\n\'single\': 2\n1: int key\ntrue: bool key\n~: null key\n__proto__: plain\nconstructor: {}\n',
    nesting: 'a:\n  b:\n    c: [1, [2, 3], {d: e, "f": [g]}]\n  h:\n  - i\n  - j: 1\n    k: 2\n  -\n    l: m\n  - \nn: {}\no: []\n',
    documents: '# prologue\n---\na: 1\n--- # second\nb: 2\n',
    crlf: 'a: 1\r\nb:\r\n  - c\r\n',
    'no final newline': 'a:\n  b: 1',
    'multi-line flow collections': 'a:\n  - { b: 1, c: [x,\n      y],   # note\n\n      d: "z" }\n  - [\n    1\n    , 2]\ne: 3\n',
    JSON: '{\n  "apiVersion": "ringfence.dev/v1",\n  "n": [1, -0, 2.5e+3, true, null, "\\u00e9\\ud83d\\ude00\\/"],\n  "o": {"a":{}, "b": []}\n}\n',
    'wide indentation': 'a:\n      b:\n          - 1\n          -   c: 2\n              d: 3\n',
  };
  for (const [name, text] of Object.entries(accepted)) {
    it(`accepts ${name}, agreeing with yaml`, () => {
      expect(fastParseYaml(text, defaultLimits)).toBeDefined();
      expect(compareReaders(text)).toEqual([]);
    });
  }

  const declined: Record<string, string> = {
    anchors: 'a: &x 1\nb: *x\n',
    tags: 'a: !!str 1\n',
    'block scalars': 'a: |\n  text\n',
    'folded scalars': 'a: >\n  text\n',
    'multi-line plain scalars': 'a: one\n  two\n',
    'multi-line quoted scalars': 'a: "one\n  two"\n',
    'duplicate keys': 'a: 1\na: 2\n',
    tabs: 'a:\n\tb: 1\n',
    'complex keys': '? a\n: b\n',
    directives: '%YAML 1.2\n---\na: 1\n',
    'document end markers': 'a: 1\n...\n',
    'a trailing empty document': 'a: 1\n---\n',
    'mappings in plain scalars': 'a: b: c\n',
    'trailing commas': 'a: [1, 2, ]\n',
    'flow keys without a space': 'a: {b:1}\n',
    'compact nested sequences': '- - a\n',
    'an indented root': '  a: 1\n',
    'a scalar root': 'hello\n',
    'a JSON value split after a key': '{"a":\n  1}\n',
    'uneven indentation': 'a:\n    b: 1\n  c: 2\n',
    'a lone carriage return': 'a: 1\rb: 2\n',
    'flow lines not indented past their block': 'a: [1,\n2]\n',
    'multi-line scalars in flow collections': 'a: [one\n  two]\n',
    'an unterminated quote': 'a: "open\n',
    'reserved indicators': 'a: @b\n',
    'a comment without a space': 'a: "x"#c\n',
    'an empty file': '',
    'only comments': '# nothing here\n',
  };
  for (const [name, text] of Object.entries(declined)) {
    it(`leaves ${name} to yaml`, () => {
      expect(fastParseYaml(text, defaultLimits)).toBeUndefined();
    });
  }

  it('still reports what yaml finds in text it declines', () => {
    const r = parseYamlText('a: 1\na: 2\n', 'dup.yaml');
    expect(r.problems.map((p) => [p.code, p.range.startLine])).toEqual([['duplicate-key', 2]]);
  });

  it('declines documents past the limits, so that yaml reports them', () => {
    const deep = `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n')} 1\n`;
    expect(fastParseYaml(deep, defaultLimits)).toBeUndefined();
    expect(parseYamlText(deep, 'deep.yaml').problems.map((p) => p.code)).toEqual(['limit']);
    const wide = `a: [${Array.from({ length: 50 }, (_, i) => i).join(', ')}]\n`;
    expect(fastParseYaml(wide, { ...defaultLimits, maxNodes: 20 })).toBeUndefined();
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    for (const [text, value] of [
      ['0o17', 15],
      ['-0', -0],
      ['+12', 12],
      ['0x1f', 31],
      ['0X1F', '0X1F'],
      ['1.', 1],
      ['-1e-3', -0.001],
      ['.inf', Infinity],
      ['-.Inf', -Infinity],
      ['Null', null],
      ['nULL', 'nULL'],
      ['True', true],
      ['tRUE', 'tRUE'],
      ['01', 1],
      ['1_0', '1_0'],
    ] as const) {
      expect(Object.is(resolvePlain(text), value) || resolvePlain(text) === value, text).toBe(true);
    }
  });
});

describe('the fast YAML reader, against yaml on generated documents', () => {
  const scalarText = fc.oneof(
    fc.constantFrom('true', 'False', 'null', '~', '0', '-0', '+1', '0o7', '0x1A', '1.5', '.5', '1e3', '-.inf', '.nan', '1_000', '2026-01-01', 'a:b', 'a#b', '-a', 'x y', 'yes', 'é', '"q"', "'s'", '[', '#', '- a', 'a: b', '&a', '*a', '!t', '|', '>', '%', '@', '`', '?', ':', ',', '{}', '""', "''"),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '#', '-', '"', "'", '\\', ',', '[', ']', '{', '}', '.', '1', 'e', 'x', 'é', '\n'), maxLength: 8 }),
  );
  const quoted = (s: string, style: number) => (style === 0 ? s : style === 1 ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`);
  type Tree = { scalar: string; style: number } | { seq: Tree[]; flow: boolean } | { map: [string, number, Tree][]; flow: boolean };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ scalar: scalarText, style: fc.nat(2) }),
      fc.record({ seq: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean() }),
      fc.record({ map: fc.array(fc.tuple(scalarText, fc.nat(2), tie('node')), { maxLength: 4 }), flow: fc.boolean() }),
    ),
  })).node;

  const flowText = (t: Tree): string =>
    'scalar' in t ? quoted(t.scalar, t.style) : 'seq' in t ? `[${t.seq.map(flowText).join(', ')}]` : `{${t.map.map(([k, s, v]) => `${quoted(k, s)}: ${flowText(v)}`).join(', ')}}`;
  const blockText = (t: Tree, indent: number, step: number, comments: boolean): string[] => {
    const pad = ' '.repeat(indent);
    if ('scalar' in t || t.flow || ('seq' in t ? t.seq.length === 0 : t.map.length === 0)) return [`${flowText(t)}${comments ? ' # c' : ''}`];
    const entries: [string, Tree][] = 'seq' in t ? t.seq.map((v) => ['- ', v]) : t.map.map(([k, s, v]) => [`${quoted(k, s)}:`, v]);
    const out: string[] = [];
    entries.forEach(([lead, v], i) => {
      const inner = blockText(v, indent + step, step, comments);
      const inline = 'scalar' in v || (v as { flow: boolean }).flow || inner.length === 1;
      const first = `${i === 0 ? '' : pad}${lead}`;
      if (inline) out.push(`${first}${lead.endsWith(':') ? ' ' : ''}${inner[0]}`);
      else out.push(first, `${' '.repeat(indent + step)}${inner[0]}`, ...inner.slice(1));
      if (comments && i === 0) out.push(`${pad}# between`);
    });
    return out;
  };

  it('on documents built from the subset and beyond, the fast reader either declines or agrees', () => {
    let read = 0;
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 4 }), fc.boolean(), (t, step, comments) => {
        const text = `${blockText({ map: [['root', 0, t]], flow: false }, 0, step, comments).join('\n')}\n`;
        const diffs = compareReaders(text);
        if (diffs !== undefined) read++;
        if (diffs !== undefined) expect(diffs, text).toEqual([]);
      }),
      { numRuns: 400, seed: 20261125 },
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(read).toBeGreaterThan(100);
  });

  it('on JSON documents, the fast reader agrees with yaml', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), fc.constantFrom(0, 2, '\t', 4), (value, indent) => {
        const text = `${JSON.stringify(value, null, indent)}\n`;
        const diffs = compareReaders(text);
        if (diffs !== undefined) read++;
        if (diffs !== undefined) expect(diffs, text).toEqual([]);
      }),
      { numRuns: 300, seed: 20261125 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('on bundled examples with random characters inserted, the fast reader either declines or agrees', () => {
    let read = 0;
    const texts = ['vendors', 'deployments'].flatMap((d) => readdirSync(path.join(root, 'examples', d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => readFileSync(path.join(root, 'examples', d, f), 'utf8')));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '  ', '\n', '-', ':', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '?', '\t', 'x', '- ', ': ', '\r\n')), { minLength: 1, maxLength: 3 }), (text, edits) => {
        let t = text;
        for (const [at, s] of edits) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + s + t.slice(i);
        }
        const diffs = compareReaders(t);
        if (diffs !== undefined) read++;
        if (diffs !== undefined) expect(diffs, t).toEqual([]);
      }),
      { numRuns: 400, seed: 20261125 },
    );
    expect(read).toBeGreaterThan(150);
  });
});
