import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { loadInputText } from '../../src/load/read-inputs.js';
import { rangeFor } from '../../src/load/validate.js';

describe('YAML loading with positions', () => {
  it('maps every pointer to its key and value, 1-based', () => {
    const { documents, problems } = parseYamlText('a:\n  b: 12\n  list:\n    - x: true\n', 'f.yaml');
    expect(problems).toEqual([]);
    const d = documents[0]!;
    expect(d.locations.get('/a/b')).toMatchObject({ key: { startLine: 2, startColumn: 3, endColumn: 4 }, value: { startLine: 2, startColumn: 6, endColumn: 8 }, scalar: true });
    expect(rangeFor(d.locations, '/a/b')).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 8 });
    expect(rangeFor(d.locations, '/a/list/0/x')).toEqual({ startLine: 4, startColumn: 7, endLine: 4, endColumn: 14 });
    // A missing field resolves to its nearest present parent.
    expect(rangeFor(d.locations, '/a/list/0/nope/deeper')).toEqual(rangeFor(d.locations, '/a/list/0'));
  });

  it('keeps YAML 1.2 core semantics: no is a string, dates are strings', () => {
    const { documents } = parseYamlText('a: no\nb: 2024-07-19\nc: 0x10\nd: ~\n', 'f.yaml');
    expect(documents[0]!.value).toEqual({ a: 'no', b: '2024-07-19', c: 16, d: null });
  });

  it('treats __proto__, constructor and prototype as plain data', () => {
    const { documents } = parseYamlText('__proto__: { polluted: true }\nconstructor: 1\nprototype: 2\n', 'f.yaml');
    const v = documents[0]!.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a duplicate key at its position and skips only that document', () => {
    const { documents, problems } = parseYamlText('a: 1\n---\nb: 1\nb: 2\n---\nc: 3\n', 'f.yaml');
    expect(documents.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'duplicate-key', documentIndex: 1, range: { startLine: 4, startColumn: 1 } });
  });

  it('reports a syntax error with its line and column', () => {
    const { problems } = parseYamlText('a: [1, 2\nb: 3\n', 'f.yaml');
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'f.yaml' });
    expect(problems[0]!.range!.startLine).toBeGreaterThanOrEqual(1);
  });

  it('counts columns after a BOM and with CRLF line ends as an editor shows them', () => {
    const { documents, problems } = parseYamlText('\uFEFFkind: X\r\nmeta:\r\n  name: é😀x\r\n  other: 1\r\n', 'f.yaml');
    expect(problems).toEqual([]);
    const d = documents[0]!;
    expect(d.locations.get('/kind')!.key).toMatchObject({ startLine: 1, startColumn: 1 });
    // UTF-16 columns: é is one unit, 😀 is two.
    expect(d.locations.get('/meta/name')!.value).toMatchObject({ startLine: 3, startColumn: 9, endColumn: 13 });
    expect(d.locations.get('/meta/other')!.key).toMatchObject({ startLine: 4, startColumn: 3 });
  });

  it('stops an alias bomb at the node limit with a clear message', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    const { documents, problems } = parseYamlText(bomb.join('\n'), 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toMatch(/expands to more than .* nodes/);
  });

  it('stops deep nesting at the depth limit', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const { documents, problems } = parseYamlText(`a: ${deep}\n`, 'deep.yaml');
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toMatch(/nest/);
  });

  it('classifies documents by kind and reports unknown kinds and non-mapping roots', () => {
    const r = loadInputText('kind: VendorManifest\n---\nkind: Nope\n---\n- 1\n', 'k.yaml');
    expect(r.documents.map((d) => d.kind)).toEqual(['VendorManifest']);
    expect(r.problems.map((p) => p.code)).toEqual(['input-kind', 'input-root']);
    expect(r.problems[0]).toMatchObject({ range: { startLine: 3, startColumn: 7 } });
  });

  it('in a folder scan, skips YAML that is not a ringfence document, but not a broken one', () => {
    const r = loadInputText('name: ci\non: push\n---\n- a list\n---\napiVersion: ringfence.dev/v1\nkind: Nope\n---\napiVersion: ringfence.dev/v1\nkind: DeploymentConfig\n', 'scan.yaml', undefined, true);
    expect(r.documents.map((d) => d.kind)).toEqual(['DeploymentConfig']);
    expect(r.problems.map((p) => p.code)).toEqual(['input-kind']);
    expect(loadInputText('a: [\n', 'broken.yaml', undefined, true).problems[0]!.code).toBe('yaml-syntax');
  });

  it('parses JSON with positions too', () => {
    const { documents } = parseYamlText('{\n  "kind": "VendorManifest",\n  "x": [1, 2]\n}\n', 'f.json');
    expect(documents[0]!.locations.get('/x/1')!.value).toMatchObject({ startLine: 3, startColumn: 12 });
  });

  // Issue 13: the limits apply while the text is read, and duplicate keys are found in linear time. Each of these
  // took 30 s to minutes with `yaml` alone; the test timeout bounds them (no timing assertion).
  it('finds a duplicate key among 40,000 keys (an anchor sends the text to yaml) at its position', () => {
    const lines = ['base: &b 1'];
    for (let i = 0; i < 40_000; i++) lines.push(`key${i}: ${i}`);
    lines.push('key17: again');
    const { documents, problems } = parseYamlText(`${lines.join('\n')}\n`, 'keys.yaml');
    expect(documents).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'duplicate-key', documentIndex: 0, range: { startLine: 40_002, startColumn: 1 } });
    expect(problems[0]!.message).toBe('duplicate key: "key17" is already defined on line 19');
  }, 15_000);

  it('treats keys that are equal as text as duplicates (1 and "1" would be one JSON member)', () => {
    const { documents, problems } = parseYamlText('a: &x 1\n1: one\n"1": two\n', 'f.yaml');
    expect(documents).toEqual([]);
    expect(problems[0]).toMatchObject({ code: 'duplicate-key', range: { startLine: 3, startColumn: 1 } });
  });

  it('refuses 80,000 keys plus one anchor at the token limit, where it crosses it', () => {
    const lines = ['base: &b 1'];
    for (let i = 0; i < 80_000; i++) lines.push(`key${i}: ${i}`);
    const { documents, problems } = parseYamlText(`${lines.join('\n')}\n`, 'keys.yaml');
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'limit', documentIndex: 0, message: 'the file has more than 200000 YAML tokens; it was read up to here, and this document (and any after it) was not evaluated' }),
    ]);
    expect(problems[0]!.range).toMatchObject({ startLine: 66_667 });
  }, 15_000);

  it('stops 8 MiB of --- at the document limit, at the first document over it', () => {
    const { documents, problems } = parseYamlText('---\n'.repeat(2 * 1024 * 1024), 'dashes.yaml');
    expect(documents.length).toBe(1_000);
    expect(documents.every((d) => d.value === null)).toBe(true);
    expect(problems).toEqual([expect.objectContaining({ code: 'limit-documents', range: { startLine: 1001, startColumn: 1, endLine: 1001, endColumn: 1 } })]);
  }, 15_000);

  it('keeps the documents before the document limit', () => {
    const text = Array.from({ length: 1_005 }, (_, i) => `--- &a\nn: ${i}\n`).join('');
    const { documents, problems } = parseYamlText(text, 'many.yaml');
    expect(documents).toHaveLength(1_000);
    expect(documents[999]!.value).toEqual({ n: 999 });
    expect(problems.map((p) => [p.code, p.range?.startLine])).toEqual([['limit-documents', 2_001]]);
  }, 15_000);

  it('refuses an 8 MiB flow sequence at the token limit, with the line and column', () => {
    const text = `a: &x 1\nx: [${'1,'.repeat(4 * 1024 * 1024 - 100)}1]\n`;
    const { documents, problems } = parseYamlText(text, 'flow.yaml');
    expect(documents).toEqual([]);
    // The 200,001st token: 7 before the first item (a : &x 1 x : [), then items and commas; it is the 99,997th comma.
    expect(problems).toEqual([{ severity: 'error', code: 'limit', file: 'flow.yaml', documentIndex: 0, range: { startLine: 2, startColumn: 199_998, endLine: 2, endColumn: 199_998 }, message: expect.stringMatching(/^the file has more than 200000 YAML tokens/) }]);
  }, 15_000);

  it('keeps the documents of a stream before the token limit, and refuses the one that crosses it', () => {
    const text = `a: &x 1\n---\nb: 2\n---\nx: [${'1,'.repeat(150_000)}1]\n---\nc: 3\n`;
    const { documents, problems } = parseYamlText(text, 'stream.yaml');
    expect(documents.map((d) => [d.documentIndex, d.value])).toEqual([[0, { a: 1 }], [1, { b: 2 }]]);
    expect(problems.map((p) => [p.code, p.documentIndex, p.range?.startLine])).toEqual([['limit', 2, 5]]);
  }, 15_000);
});

