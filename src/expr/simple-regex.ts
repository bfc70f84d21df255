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
 * quantifiers, flags, named groups and POSIX classes. Nor is a pattern whose alternatives times its size
 * (patternSize below) exceed maxSimpleWork: a backtracking match may try every alternative, each as long as the
 * pattern's longest match, at each position of the text, so nested counted repetitions go to re2js too.
 */

const maxLength = 256;
const maxRepeat = 32;
/** Bound on the paths a backtracking match can take from one position. */
const maxWays = 64;
/** Bound on the work (alternatives × program size) a backtracking match may do at one position of the text. */
const maxSimpleWork = 4_096;

/** The largest program a matches() pattern may compile to (see patternSize). */
export const maxPatternSize = 4_096;

/**
 * An upper bound on the size of the program a pattern (RE2 syntax) compiles to, which is also the work a match may
 * do at each position of the text and a bound on the longest text one match can cover: every literal, escape,
 * class or assertion counts one, a group the sum of its alternatives, `*`, `+` and `?` add one to what they
 * repeat, and a counted repetition multiplies it by its largest count (`{n,}` by n + 1). Nested counted
 * repetitions therefore multiply: `(?:(?:(?:a{32}){32}){32})` is 32,768. Never less than the pattern's length.
 * Linear in the pattern's length; it does not validate the syntax (re2js does).
 */
export function patternSize(pattern: string): number {
  interface Frame {
    /** The alternatives closed so far. */
    done: number;
    /** The current alternative. */
    seq: number;
    /** The last item of the current alternative: what a quantifier repeats. */
    last: number;
  }
  const stack: Frame[] = [];
  let f: Frame = { done: 0, seq: 0, last: 0 };
  const item = (n: number) => {
    f.seq += n;
    f.last = n;
  };
  const repeat = (times: number, plus: number) => {
    const next = f.last * times + plus;
    f.seq += next - f.last;
    f.last = next;
  };
  const counted = /\{(\d+)(?:(,)(\d*))?\}/y;
  let i = 0;
  let m: RegExpExecArray | null;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === 'Q') {
        // \Q…\E: every character literal.
        const end = pattern.indexOf('\\E', i + 2);
        const stop = end < 0 ? pattern.length : end;
        for (let k = i + 2; k < stop; k++) item(1);
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if ((e === 'p' || e === 'P' || e === 'x') && pattern[i + 2] === '{') {
        const close = pattern.indexOf('}', i + 3);
        i = close < 0 ? pattern.length : close + 1;
      } else {
        i += 2;
      }
      item(1);
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') {
        if (pattern[j] === '\\') j += 2;
        else if (pattern[j] === '[' && pattern[j + 1] === ':') {
          const close = pattern.indexOf(':]', j + 2);
          j = close < 0 ? j + 1 : close + 2;
        } else j++;
      }
      i = j + 1;
      item(1);
      continue;
    }
    if (c === '(') {
      stack.push(f);
      f = { done: 0, seq: 0, last: 0 };
      if (pattern[i + 1] === '?') {
        // A group's flags or name, `(?:`, `(?i:`, `(?P<name>`, `(?i)`: not part of the program.
        let j = i + 2;
        while (j < pattern.length && !':)>'.includes(pattern[j]!)) j++;
        i = pattern[j] === ')' ? j : j + 1;
        continue;
      }
    } else if (c === ')' && stack.length > 0) {
      const size = f.done + f.seq;
      f = stack.pop()!;
      item(size);
    } else if (c === '|') {
      f.done += f.seq;
      f.seq = 0;
      f.last = 0;
    } else if (c === '*' || c === '+' || c === '?') {
      repeat(1, 1);
    } else if (c === '{' && ((counted.lastIndex = i), (m = counted.exec(pattern)))) {
      const lo = Number(m[1]);
      const hi = m[3] ? Number(m[3]) : m[2] ? lo + 1 : lo;
      repeat(Math.max(1, lo, hi), 0);
      i = counted.lastIndex;
      continue;
    } else {
      item(1);
    }
    i++;
  }
  while (stack.length > 0) {
    const size = f.done + f.seq;
    f = stack.pop()!;
    item(size);
  }
  return Math.max(f.done + f.seq, pattern.length);
}

/** Why a pattern is refused before it is compiled: a program over maxPatternSize. */
export function patternProblem(pattern: string, size = patternSize(pattern)): string | undefined {
  if (size <= maxPatternSize) return undefined;
  const shown = pattern.length > 80 ? `${JSON.stringify(pattern.slice(0, 80))}… (${pattern.length.toLocaleString('en-US')} characters)` : JSON.stringify(pattern);
  return `regular expression ${shown} is too large: it compiles to about ${size >= 1e15 ? 'more than 10^15' : size.toLocaleString('en-US')} instructions (counted repetitions multiply when nested), over the limit of ${maxPatternSize.toLocaleString('en-US')}`;
}

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
    const ways = alternation();
    if (i !== pattern.length || ways * patternSize(pattern) > maxSimpleWork) return undefined;
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
