import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstJsonError, parseJsonText } from '../../src/load/json.js';

describe('parseJsonText: positioned JSON errors', () => {
  it('puts the problem where the text stops being JSON', () => {
    const at = (text: string) => {
      const r = parseJsonText(text, 'f.json', 'x');
      return r.problem ? `${r.problem.range!.startLine}:${r.problem.range!.startColumn} ${r.problem.message}` : 'ok';
    };
    expect(at('{"a": 1}')).toBe('ok');
    expect(at('\ufeff{"a": 1}')).toBe('ok');
    expect(at('{"a":}')).toMatch(/^1:6 not JSON: unexpected "}" where a value was expected/);
    expect(at('{\n  "a": 1,\n  "b" 2\n}')).toMatch(/^3:7 not JSON: unexpected "2" where ":" was expected/);
    expect(at('[1, 2,')).toMatch(/^1:7 not JSON: the text ends where a value was expected/);
    expect(at('{"a": "x\ny"}')).toMatch(/^1:9 not JSON: a control character/);
    expect(at('"abc')).toMatch(/^1:1 not JSON: the string is not closed/);
    expect(at('[1] x')).toMatch(/^1:5 not JSON: unexpected "x" where the end of the text was expected/);
    expect(at('[01]')).toMatch(/^1:3 /);
    expect(at('{"a": tru}')).toMatch(/^1:7 /);
    expect(at('')).toMatch(/^1:1 not JSON: the text ends where a value was expected/);
  });

  it('agrees with JSON.parse on what is JSON, for arbitrary texts', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().chain((j) => fc.tuple(fc.constant(j), fc.nat(j.length), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', '-', '0'))).map(([j, at, c]) => j.slice(0, at) + c + j.slice(at + 1)),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        const e = firstJsonError(text);
        expect(e.reason === 'the text is not JSON').toBe(ok);
        expect(e.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('is linear on deep nesting', () => {
    const deep = '['.repeat(1_000_000);
    expect(firstJsonError(deep).offset).toBe(deep.length);
  });
});

describe('JsonLocations', () => {
  it('finds the key and value of a pointer in the text', () => {
    const text = '{\n  "a": [1, {"b": "x\\"y", "c": null}],\n  "d/e": {"f": true}\n}';
    const r = parseJsonText(text, 'f.json', 'x');
    const at = (p: string) => {
      const l = r.locations!.get(p);
      return l ? `${l.key ? `${l.key.startLine}:${l.key.startColumn} ` : ''}${l.value.startLine}:${l.value.startColumn}-${l.value.endColumn}${l.scalar ? ' scalar' : ''}` : 'none';
    };
    expect(at('')).toBe('1:1-2');
    expect(at('/a')).toBe('2:3 2:8-37');
    expect(at('/a/0')).toBe('2:9-10 scalar');
    expect(at('/a/1/c')).toBe('2:26 2:31-35 scalar');
    expect(at('/a/1/b')).toBe('2:13 2:18-24 scalar');
    expect(at('/d~1e/f')).toBe('3:11 3:16-20 scalar');
    expect(at('/a/2')).toBe('none');
    expect(at('/x')).toBe('none');
    expect(at('/a/1/b/0')).toBe('none');
  });
});

describe('duplicate keys', () => {
  it('are refused when asked, wherever they are, however spelled', () => {
    const dup = (text: string) => {
      const r = parseJsonText(text, 'f.json', 'x', true);
      return r.problem ? `${r.problem.range!.startLine}:${r.problem.range!.startColumn} ${r.problem.message}` : 'ok';
    };
    expect(dup('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toBe('ok');
    expect(dup('{"a": "x:", "b": ["a", "a"]}')).toBe('ok');
    expect(dup('{"a": 1,\n "b": {"s": 100, "s": 71}}')).toMatch(/^2:18 duplicate key "s"/);
    expect(dup('{"a\\u0062": 1, "ab": 2}')).toMatch(/^1:16 duplicate key "ab"/);
    expect(parseJsonText('{"a": 1, "a": 2}', 'f.json', 'x').problem).toBeUndefined();
  });
});

describe('JsonLocations on large texts', () => {
  it('locates every element of a long list, and every key of a wide mapping, in about one reading', () => {
    const n = 20_000;
    const text = JSON.stringify({ list: Array.from({ length: n }, (_, i) => ({ i })), map: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])) });
    const r = parseJsonText(text, 'f.json', 'x');
    // Quadratic would be ~10^9 character steps per half: well over the test's timeout.
    for (let i = 0; i < n; i++) expect(r.locations!.get(`/list/${i}/i`)).toBeDefined();
    for (let i = n - 1; i >= 0; i--) expect(r.locations!.get(`/map/k${i}`)).toBeDefined();
    expect(r.locations!.get(`/list/${n}`)).toBeUndefined();
    expect(r.locations!.get('/map/nope')).toBeUndefined();
  }, 20_000);
});
