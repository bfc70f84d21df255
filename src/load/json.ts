import type { Problem, Range } from '../model/problem.js';
import type { NodeLocation, SourceLocations } from './parse-yaml.js';
import { pointerTokens } from './pointer.js';

/**
 * Parses a JSON text that is not trusted (an attestation, a baseline). JSON.parse does the work; when it refuses
 * the text, the first error is found again by a small scanner, so the problem has a line and column — V8's own
 * message carries no position in some cases and quotes the input in others.
 */
export function parseJsonText(
  text: string,
  file: string,
  code: string,
  /** Refuse a mapping that names a key twice (JSON.parse keeps the last; other readers, the first). */
  uniqueKeys = false,
): { value: unknown; locations: JsonLocations; problem?: undefined } | { value?: undefined; locations?: undefined; problem: Problem } {
  // A byte-order mark is not content (editors on Windows write one).
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch {
    const { offset, reason } = firstJsonError(source);
    return { problem: { severity: 'error', code, file, range: rangeAt(source, offset), message: `not JSON: ${reason}` } };
  }
  const duplicate = uniqueKeys ? firstDuplicateKey(source) : undefined;
  if (duplicate) {
    const message = `duplicate key ${JSON.stringify(duplicate.key).slice(0, 80)}: readers disagree on which value counts`;
    return { problem: { severity: 'error', code, file, range: rangeAt(source, duplicate.offset), message } };
  }
  return { value, locations: new JsonLocations(source) };
}

/** The first key named twice in one mapping of a text JSON.parse accepted, if any. Iterative, linear. */
export function firstDuplicateKey(s: string): { offset: number; key: string } | undefined {
  // One set of keys per open mapping; undefined for an open list.
  const stack: (Set<string> | undefined)[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '{') {
      stack.push(new Set());
      i++;
    } else if (c === '[') {
      stack.push(undefined);
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === '"') {
      const end = skipString(s, i);
      const keys = stack[stack.length - 1];
      // A string is a key when a ':' follows it.
      const next = skipSpace(s, end);
      if (keys && s[next] === ':') {
        const raw = s.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(s.slice(i, end)) as string) : raw;
        if (keys.has(key)) return { offset: i, key };
        keys.add(key);
      }
      i = end;
    } else i++;
  }
  return undefined;
}

/** The one-character region at a UTF-16 offset of a text, 1-based (a BOM already removed). */
export function rangeAt(text: string, offset: number): Range {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  const column = offset - start + 1;
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 };
}

const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const literal = /true|false|null/y;

/**
 * Where a text stops being JSON (RFC 8259), and why. Iterative, one pass: a hostile text's depth or length
 * costs only time in proportion to its length.
 */
export function firstJsonError(s: string): { offset: number; reason: string } {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const unexpected = (what: string) => ({ offset: i, reason: i >= s.length ? `the text ends where ${what} was expected` : `unexpected ${JSON.stringify(s[i])} where ${what} was expected` });
  /** Scans a string at i; returns an error or undefined, leaving i after the closing quote. */
  const string = (): { offset: number; reason: string } | undefined => {
    const open = i++;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return { offset: i, reason: 'a control character inside a string (escape it)' };
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return { offset: i, reason: 'a \\u escape needs four hexadecimal digits' };
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return { offset: i, reason: 'an invalid escape in a string' };
      } else i++;
    }
    return { offset: open, reason: 'the string is not closed' };
  };
  /** Scans a mapping's key and its ":" at i (`what`: what else could stand there); returns an error or undefined. */
  const key = (what: string): { offset: number; reason: string } | undefined => {
    if (s[i] !== '"') return unexpected(what);
    const e = string();
    if (e) return e;
    ws();
    if (s[i] !== ':') return unexpected('":"');
    i++;
    return undefined;
  };
  // Each turn reads one value, then what follows it, until the stack is empty.
  for (;;) {
    ws();
    // A value.
    const c = s[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      ws();
      if (s[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        const e = key('a key (a string in double quotes) or "}"');
        if (e) return e;
        continue;
      } else continue;
    } else if (c === '"') {
      const e = string();
      if (e) return e;
    } else {
      number.lastIndex = i;
      literal.lastIndex = i;
      if (number.test(s)) i = number.lastIndex;
      else if (literal.test(s)) i = literal.lastIndex;
      else return unexpected('a value');
    }
    // After a value: a separator, a closing bracket, or the end.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < s.length ? unexpected('the end of the text') : { offset: i, reason: 'the text is not JSON' };
      if (s[i] === ',') {
        i++;
        if (top === '{') {
          ws();
          const e = key('a key (a string in double quotes)');
          if (e) return e;
        }
        break;
      }
      if (s[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return unexpected(top === '{' ? '"," or "}"' : '"," or "]"');
    }
  }
}

/**
 * Where a pointer's key and value sit in a text JSON.parse accepted, found when asked for by reading the text
 * along the pointer (nothing is recorded while parsing): for the problems a malformed input has. What a walk
 * passes over is remembered — each list's element offsets, each mapping's keys — so locating many problems of
 * one large list or mapping, in any order, reads the text about once.
 */
export class JsonLocations implements SourceLocations {
  private lineStarts: number[] | undefined;
  /** List offset → the offsets of its elements found so far. */
  private readonly lists = new Map<number, number[]>();
  /** Mapping offset → its keys found so far (key → [key start, key end, value start]) and where reading resumes. */
  private readonly mappings = new Map<number, { keys: Map<string, [number, number, number]>; next: number }>();

  constructor(private readonly text: string) {}

  get(pointer: string): NodeLocation | undefined {
    const s = this.text;
    let i = skipSpace(s, 0);
    let key: [number, number] | undefined;
    for (const t of pointerTokens(pointer)) {
      if (s[i] === '{') {
        const found = this.member(i, t);
        if (!found) return undefined;
        key = [found[0], found[1]];
        i = found[2];
      } else if (s[i] === '[') {
        if (!/^(0|[1-9]\d*)$/.test(t)) return undefined;
        const at = this.element(i, Number(t));
        if (at === undefined) return undefined;
        key = undefined;
        i = at;
      } else return undefined;
    }
    const scalar = s[i] !== '{' && s[i] !== '[';
    return { ...(key ? { key: this.range(key[0], key[1]) } : {}), value: this.range(i, skipValue(s, i)), scalar };
  }

  /** The member `name` of the mapping at `open`: its key's start and end and its value's start. */
  private member(open: number, name: string): [number, number, number] | undefined {
    const s = this.text;
    let m = this.mappings.get(open);
    if (!m) this.mappings.set(open, (m = { keys: new Map(), next: skipSpace(s, open + 1) }));
    const known = m.keys.get(name);
    if (known) return known;
    let i = m.next;
    while (s[i] === '"') {
      const end = skipString(s, i);
      const raw = s.slice(i + 1, end - 1);
      const k = raw.includes('\\') ? (JSON.parse(s.slice(i, end)) as string) : raw;
      const value = skipSpace(s, skipSpace(s, end) + 1);
      const entry: [number, number, number] = [i, end, value];
      // A repeated key is located at its first occurrence (attestations refuse repeated keys before this).
      if (!m.keys.has(k)) m.keys.set(k, entry);
      i = skipSpace(s, skipValue(s, value));
      if (s[i] === ',') i = skipSpace(s, i + 1);
      m.next = i;
      if (k === name) return m.keys.get(k);
    }
    return undefined;
  }

  /** The start of element `n` of the list at `open`. */
  private element(open: number, n: number): number | undefined {
    const s = this.text;
    let starts = this.lists.get(open);
    if (!starts) {
      const first = skipSpace(s, open + 1);
      this.lists.set(open, (starts = s[first] === ']' ? [] : [first]));
    }
    while (starts.length <= n && starts.length > 0) {
      const i = skipSpace(s, skipValue(s, starts[starts.length - 1]!));
      if (s[i] !== ',') return undefined;
      starts.push(skipSpace(s, i + 1));
    }
    return starts[n];
  }

  private range(start: number, end: number): Range {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    const a = position(starts, start);
    const b = position(starts, Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.line === a.line ? Math.max(b.column, a.column + 1) : b.column };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

/** After the string that starts at i (valid JSON). */
function skipString(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** After the value that starts at i (valid JSON). */
function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < s.length) {
      const d = s[i];
      if (d === '"') {
        i = skipString(s, i);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
      if (depth === 0) return i;
    }
    return i;
  }
  number.lastIndex = i;
  if (number.test(s)) return number.lastIndex;
  literal.lastIndex = i;
  return literal.test(s) ? literal.lastIndex : i + 1;
}
