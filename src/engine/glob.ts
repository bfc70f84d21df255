/**
 * The globs a waiver's `documents` names, matched without backtracking. picomatch turns a glob into a regular
 * expression that V8 backtracks through: an extglob (`*(*?)z`) takes minutes on a 30-character file name, and
 * so do a few stars (`*a*a*a*a*a*a*a*b`). Here a glob is split into path segments; a segment is matched by
 * simulating all its positions at once (time: segment length × pattern length), and `**` segments by a table
 * over (glob segment, path segment) pairs, each pair decided once.
 *
 * The syntax is picomatch's (with `dot: true`) without extglobs and regex groups:
 * - `*` any characters but `/`; `?` one character but `/`; `[abc]`, `[a-z]`, `[!a]` / `[^a]` one character of a
 *   set; `\` makes the next character literal;
 * - `**` as a whole segment: any number of segments, none included (`a/**` matches `a`);
 * - `{a,b}` alternatives (nested, at most 64 in all); a leading `!` negates; leading `./`s are ignored;
 * - neither `**` nor a segment that starts with `*` matches a `.` or `..` segment.
 * Extglobs (`*(…)`, `+(…)`, `?(…)`, `@(…)`, `!(…)`), parentheses and `|`, and brace ranges (`{1..3}`) are refused
 * with a GlobError that says where.
 */

export class GlobError extends Error {
  constructor(
    message: string,
    /** Offset of the offending character in the glob. */
    readonly index: number,
  ) {
    super(message);
  }
}

/** The most alternatives `{…}` may expand a glob into. */
export const maxAlternatives = 64;

type Token = { t: 'lit'; c: string } | { t: 'any' } | { t: 'star' } | { t: 'set'; negated: boolean; chars: string; ranges: [string, string][] };
/** A segment's tokens, or `globstar` for a `**` segment. */
type Segment = Token[] | 'globstar';

/** Compiles a glob into a test of a document path (as reports show it). Throws GlobError for what it refuses. */
export function compileGlob(glob: string): (path: string) => boolean {
  let negated = false;
  let body = glob;
  let offset = 0;
  if (body.startsWith('!') && body[1] !== '(') {
    negated = true;
    body = body.slice(1);
    offset = 1;
  }
  while (body.startsWith('./')) {
    body = body.slice(2);
    offset += 2;
  }
  refuseSyntax(body, offset);
  const alternatives = expandBraces(body, offset).map(segments);
  return (path) => {
    const parts = path.split('/');
    return alternatives.some((g) => matchPath(g, parts)) !== negated;
  };
}

function refuseSyntax(glob: string, offset: number): void {
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (glob[i + 1] === '(' && '@*+?!'.includes(c)) {
      throw new GlobError(`extglob patterns such as ${c}(…) are not supported; use *, ?, [...] and {a,b}`, offset + i);
    }
    if (c === '(' || c === ')' || c === '|') throw new GlobError(`"${c}" is not supported (no regex groups); use {a,b} for alternatives, or \\${c} for the character itself`, offset + i);
  }
}

/** `{a,b}` alternatives, expanded; `{x}` without a comma is literal text. */
function expandBraces(glob: string, offset: number): string[] {
  let out = [glob];
  for (;;) {
    let changed = false;
    const next: string[] = [];
    for (const g of out) {
      const b = firstBraces(g);
      if (!b) {
        next.push(g);
        continue;
      }
      changed = true;
      for (const alt of b.alternatives) next.push(g.slice(0, b.open) + alt + g.slice(b.close + 1));
      if (next.length > maxAlternatives) throw new GlobError(`{…} expands to more than ${maxAlternatives} alternatives`, offset + glob.indexOf('{'));
    }
    out = next;
    if (!changed) return out;
  }
}

/** The first `{…}` that holds a top-level comma, with its alternatives. */
function firstBraces(g: string): { open: number; close: number; alternatives: string[] } | undefined {
  for (let open = 0; open < g.length; open++) {
    if (g[open] === '\\') {
      open++;
      continue;
    }
    if (g[open] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = open; i < g.length; i++) {
      const c = g[i]!;
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (commas.length === 0) {
            if (/^\{[^{}]*\.\.[^{}]*\}$/.test(g.slice(open, i + 1))) throw new GlobError('brace ranges such as {1..3} are not supported; list the alternatives: {1,2,3}', open);
            break;
          }
          const cuts = [open, ...commas, i];
          return { open, close: i, alternatives: cuts.slice(1).map((end, k) => g.slice(cuts[k]! + 1, end)) };
        }
      } else if (c === ',' && depth === 1) commas.push(i);
    }
  }
  return undefined;
}

function segments(glob: string): Segment[] {
  const out: Segment[] = [];
  let tokens: Token[] = [];
  let raw = '';
  const end = () => {
    out.push(raw === '**' ? 'globstar' : tokens);
    tokens = [];
    raw = '';
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '/') {
      end();
      continue;
    }
    raw += c;
    if (c === '\\' && i + 1 < glob.length) {
      const e = glob[++i]!;
      raw += e;
      if (e === '/') {
        raw = raw.slice(0, -2);
        end();
      } else tokens.push({ t: 'lit', c: e });
    } else if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '?') {
      tokens.push({ t: 'any' });
    } else if (c === '[') {
      const set = characterSet(glob, i);
      if (set) {
        raw += glob.slice(i + 1, set.end + 1);
        i = set.end;
        tokens.push(set.token);
      } else tokens.push({ t: 'lit', c });
    } else {
      tokens.push({ t: 'lit', c });
    }
  }
  end();
  return out;
}

function characterSet(glob: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negated = true;
    i++;
  }
  let chars = '';
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < glob.length; i++) {
    let c = glob[i]!;
    if (c === ']' && !first) return { token: { t: 'set', negated, chars, ranges }, end: i };
    if (c === '/') return undefined;
    first = false;
    if (c === '\\' && i + 1 < glob.length) c = glob[++i]!;
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      let to = glob[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < glob.length) to = glob[++i]!;
      ranges.push([c, to]);
    } else chars += c;
  }
  return undefined;
}

function matchPath(glob: readonly Segment[], path: readonly string[]): boolean {
  // can[g][p]: glob segments from g match path segments from p. Filled from the end, each pair once.
  const G = glob.length;
  const P = path.length;
  let below = new Array<boolean>(P + 1).fill(false);
  below[P] = true;
  for (let g = G - 1; g >= 0; g--) {
    const seg = glob[g]!;
    const row = new Array<boolean>(P + 1).fill(false);
    for (let p = P; p >= 0; p--) {
      if (seg === 'globstar') row[p] = below[p]! || (p < P && !isDotSegment(path[p]!) && row[p + 1]!);
      else row[p] = p < P && below[p + 1]! && matchSegment(seg, path[p]!);
    }
    below = row;
  }
  return below[0]!;
}

function isDotSegment(s: string): boolean {
  return s === '.' || s === '..';
}

/** Whether a segment's tokens match a whole path segment: every position of the tokens is tracked at once. */
function matchSegment(tokens: readonly Token[], s: string): boolean {
  if (tokens[0]?.t === 'star' && isDotSegment(s)) return false;
  const m = tokens.length;
  let states = new Uint8Array(m + 1);
  const close = (st: Uint8Array) => {
    // A star may match nothing: reaching it reaches what follows it.
    for (let k = 0; k < m; k++) if (st[k] && tokens[k]!.t === 'star') st[k + 1] = 1;
  };
  states[0] = 1;
  close(states);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = new Uint8Array(m + 1);
    let any = false;
    for (let k = 0; k < m; k++) {
      if (!states[k]) continue;
      const t = tokens[k]!;
      if (t.t === 'star') {
        next[k] = 1;
        any = true;
      } else if (t.t === 'any' || (t.t === 'lit' && t.c === c) || (t.t === 'set' && inSet(t, c))) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    states = next;
  }
  return states[m] === 1;
}

function inSet(t: Extract<Token, { t: 'set' }>, c: string): boolean {
  const hit = t.chars.includes(c) || t.ranges.some(([a, b]) => c >= a && c <= b);
  return hit !== t.negated;
}
