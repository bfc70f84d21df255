/**
 * matches() promises RE2 semantics: linear time, whatever the pattern and the text. Loading and warming up
 * re2js costs a cold start about 20 ms, and the patterns rules use are simple ('^https?://'). A pattern in the
 * small subset below gets the engine's own RegExp instead: it has no unbounded repetition and a bounded number
 * of alternatives, so backtracking cannot blow up, and RE2 and ECMAScript (with the u flag, code points like
 * RE2) accept the same strings for it, so matches() gives the same answer. Anything else goes to re2js.
 *
 * The subset, ASCII only: literals other than metacharacters; escaped metacharacters; \d \D \w \W; classes
 * `[...]` / `[^...]` of literals, ranges of digits or letters and those escapes; groups `(...)` and `(?:...)`;
 * alternation; `^` and `$`; and `?`, `{n}` and `{n,m}` (m ≤ 32) after a literal, escape, class or group.
 * Not in it: `.` (line terminators differ), \s and \b (their sets differ), `*`, `+`, `{n,}`, lazy
 * quantifiers, flags, named groups and POSIX classes.
 */

const maxLength = 256;
const maxRepeat = 32;
/** Bound on the paths a backtracking match can take from one position. */
const maxWays = 64;

const syntax = new Set([...'^$\\.*+?()[]{}|/']);
const classEscapes = new Set([...'dDwW']);

class NotSimple extends Error {}

/** The RegExp for a pattern in the subset, or undefined when re2js must decide. */
export function simpleRegExp(pattern: string): RegExp | undefined {
  if (pattern.length > maxLength || !/^[\x20-\x7e]*$/.test(pattern)) return undefined;
  let i = 0;
  const fail = (): never => {
    throw new NotSimple();
  };

  // Each parser returns the number of ways (alternatives) the parsed part can match from one position.
  const alternation = (): number => {
    let ways = sequence();
    while (pattern[i] === '|') {
      i++;
      ways += sequence();
      if (ways > maxWays) fail();
    }
    return ways;
  };
  const sequence = (): number => {
    let ways = 1;
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      ways *= quantified();
      if (ways > maxWays) fail();
    }
    return ways;
  };
  const quantified = (): number => {
    const c = pattern[i]!;
    if (c === '^' || c === '$') {
      i++;
      if (isQuantifier()) fail();
      return 1;
    }
    const ways = atom();
    if (pattern[i] === '?') {
      i++;
      if (isQuantifier()) fail();
      return ways + 1;
    }
    if (pattern[i] === '{') {
      const m = /^\{(\d{1,2})(?:,(\d{1,2}))?\}/.exec(pattern.slice(i));
      if (!m) fail();
      const lo = Number(m![1]);
      const hi = m![2] === undefined ? lo : Number(m![2]);
      if (hi < lo || hi > maxRepeat) fail();
      i += m![0].length;
      if (isQuantifier()) fail();
      let total = 0;
      for (let k = lo; k <= hi; k++) total += ways ** k;
      return total;
    }
    if (isQuantifier()) fail();
    return ways;
  };
  const isQuantifier = () => i < pattern.length && '?*+{'.includes(pattern[i]!);
  const atom = (): number => {
    const c = pattern[i]!;
    if (c === '(') {
      i++;
      if (pattern[i] === '?') {
        if (pattern[i + 1] !== ':') fail();
        i += 2;
      }
      const ways = alternation();
      if (pattern[i] !== ')') fail();
      i++;
      return ways;
    }
    if (c === '[') {
      characterClass();
      return 1;
    }
    if (c === '\\') {
      const e = pattern[i + 1];
      // `\/` is not a syntax character in RE2; `\-` is not allowed outside a class with the u flag.
      if (e === undefined || e === '/' || !(syntax.has(e) || classEscapes.has(e))) fail();
      i += 2;
      return 1;
    }
    if (syntax.has(c) && c !== '/') fail();
    i++;
    return 1;
  };
  const characterClass = (): void => {
    i++;
    if (pattern[i] === '^') i++;
    let first = true;
    while (pattern[i] !== ']') {
      const c = pattern[i];
      if (c === undefined) fail();
      if (c === '\\') {
        const e = pattern[i + 1];
        if (e === undefined || !(classEscapes.has(e) || '\\]-.^['.includes(e))) fail();
        i += 2;
      } else if (/[A-Za-z0-9]/.test(c!) && pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
        const to = pattern[i + 2]!;
        const sameKind = (/[0-9]/.test(c!) && /[0-9]/.test(to)) || (/[a-z]/.test(c!) && /[a-z]/.test(to)) || (/[A-Z]/.test(c!) && /[A-Z]/.test(to));
        if (!sameKind || to < c!) fail();
        i += 3;
      } else if (c === '-') {
        // A literal hyphen only first or last.
        if (!first && pattern[i + 1] !== ']') fail();
        i++;
      } else if (/[A-Za-z0-9 _.:/@#%&=,;!~'"`<>*+?$|(){}]/.test(c!)) {
        i++;
      } else {
        fail();
      }
      first = false;
    }
    if (first) fail();
    i++;
  };

  try {
    alternation();
    if (i !== pattern.length) return undefined;
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
