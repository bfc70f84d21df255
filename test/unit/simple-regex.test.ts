import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { maxPatternSize, patternProblem, patternSize, simpleRegExp } from '../../src/expr/simple-regex.js';

/** Whether re2js accepts the pattern, and what find() says for each text. */
function re2(pattern: string, texts: readonly string[]): boolean[] | 'invalid' {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch {
    return 'invalid';
  }
  return texts.map((t) => re.matcher(t).find());
}

const texts = fc.array(
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...'ab09_-:/.hH12 \n\r\t\u2028AZz'), maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('https://x', 'file://y', 'roadmap_2025-07', 'windows-11-24h2', '\ud83d\ude00', '\ud800', 'a\ud83d\ude00b', ''),
  ),
  { minLength: 1, maxLength: 8 },
);

/** Patterns mostly inside the subset, some just outside it. */
const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', '0', '_', '-', ':', '/', ' ', 'h', 'H'),
  fc.constantFrom('\\.', '\\d', '\\D', '\\w', '\\W', '\\/', '\\-', '\\s', '.', '\\b'),
  fc.constantFrom('[0-9]', '[a-z]', '[^a]', '[hH]', '[-a]', '[a-]', '[\\d.]', '[^\\W]', '[a-c-e]', '[]', '[^]', '[[:alpha:]]', '[\\]]'),
);
const pattern = fc.letrec<{ alt: string; seq: string; item: string }>((tie) => ({
  alt: fc.oneof({ depthSize: 'small' }, tie('seq'), fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`)),
  seq: fc.array(tie('item'), { maxLength: 5 }).map((xs) => xs.join('')),
  item: fc.tuple(
    fc.oneof({ depthSize: 'small' }, atom, atom, fc.constantFrom('^', '$'), tie('alt').map((a) => `(${a})`), tie('alt').map((a) => `(?:${a})`)),
    fc.constantFrom('', '', '', '?', '{2}', '{1,3}', '{0,2}', '*', '+', '{2,}', '??', '{3,1}'),
  ).map(([a, q]) => a + q),
})).alt;

/** A pattern the subset takes must give RE2's answers on every text (patterns it declines are RE2's alone). */
function agreesWithRe2(p: string, ts: readonly string[]): void {
  const simple = simpleRegExp(p);
  if (!simple) return;
  const expected = re2(p, ts);
  expect(expected, `RE2 rejects ${p}`).not.toBe('invalid');
  expect(ts.map((t) => simple.test(t)), p).toEqual(expected);
}

describe('matches(): simple patterns use RegExp with the same answers as RE2', () => {
  it('takes the patterns the bundled rules use', () => {
    for (const p of ['^https?://', '^(https?|file)://', '^roadmap_[0-9]{4}-[0-9]{2}', '^windows-11-(2[4-9]|[3-9][0-9])[hH][12]$']) {
      expect(simpleRegExp(p), p).toBeInstanceOf(RegExp);
    }
  });

  it('leaves to RE2 what could backtrack without bound or means something else in ECMAScript', () => {
    for (const p of ['a*', 'a+', '(a|b)*', 'a{2,}', 'a{1,40}', 'a??', '.', '\\s', '\\b', '(?i)a', '(?P<n>a)', '(?<n>a)', '[[:alpha:]]', '[^]', '[]', 'é', '\\/', 'a{,2}', '(a|b|c|d){4}', '^*']) {
      expect(simpleRegExp(p), p).toBeUndefined();
    }
  });

  it('agrees with RE2 on generated patterns and texts', () => {
    fc.assert(
      fc.property(pattern, texts, agreesWithRe2),
      { numRuns: 3000 },
    );
  });

  it('agrees with RE2 on arbitrary strings of pattern characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab0^$\\.|?*+()[]{}-,12dwW:/^'), maxLength: 14 }), texts, agreesWithRe2),
      { numRuns: 5000 },
    );
  });
});

describe('patternSize: the program a pattern compiles to, for the budget and the size limit', () => {
  it.each([
    ['^https?://', 10],
    ['a{32}', 32],
    ['(?:a{32}){32}', 1_024],
    ['(?:(?:(?:a{32}){32}){32})', 32_768],
    ['(?:(?:(?:a{32}){32}){32})|b', 32_769],
    ['(?:ab|cd){10}', 40],
    ['[a-z]{1000}', 1_000],
    ['a{2,}', 5],
    ['(?:a{2,}){9}', 27],
    ['(a+)+', 5],
    ['(?:(?:a+)+){9}', 27],
    ['\\Qa{9}\\E{4}', 11],
    ['x\\p{Greek}{100}', 101],
    ['[[:alpha:]]{7}', 14],
    ['(?P<name>a){50}', 50],
    ['a{,2}', 5],
    ['(?:(?:a{32}){32}', 1_024],
    ['a)){5}', 7],
  ])('%s is %d', (pattern, size) => {
    expect(patternSize(pattern)).toBe(size);
  });

  it('is never less than the pattern is long, however it is written', () => {
    expect(patternSize(`[${'a'.repeat(10_000)}]`)).toBe(10_002);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'ab0^$\\.|?*+()[]{}-,12dwWQEp:') }), (p) => patternSize(p) >= p.length));
  });

  it('refuses nested counted repetition over the limit, naming the pattern', () => {
    expect(patternProblem('(?:(?:(?:a{32}){32}){32})')).toMatch(/^regular expression "\(\?:\(\?:\(\?:a\{32\}\)\{32\}\)\{32\}\)" is too large: it compiles to about 32,768 instructions/);
    expect(patternProblem('(?:a{64}){64}')).toBeUndefined();
    expect(patternSize('(?:a{64}){64}')).toBe(maxPatternSize);
    expect(patternProblem('x'.repeat(5_000))).toMatch(/"x{80}"… \(5,000 characters\) is too large/);
    expect(patternProblem('(?:(?:(?:(?:(?:(?:(?:(?:(?:(?:a{99}){99}){99}){99}){99}){99}){99}){99}){99}){99})')).toMatch(/more than 10\^15 instructions/);
  });

  it('leaves nested counted repetition to RE2, which matches in linear time', () => {
    // One way through and 1,024 instructions: a backtracking match does at most 1,024 steps at each position.
    expect(simpleRegExp('(?:(?:a{32}){32})')).toBeInstanceOf(RegExp);
    // Six ways (a to e, or none) through as many instructions could be six times that: RE2 decides.
    expect(simpleRegExp('(a|b|c|d|e)?(?:(?:x{32}){32})')).toBeUndefined();
    expect(simpleRegExp('(?:(?:(?:a{17}){16}){16})')).toBeUndefined();
  });
});
