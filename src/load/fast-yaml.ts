import type { LoadLimits } from './limits.js';
import { escapePointerToken } from './pointer.js';

/**
 * A fast reader for the YAML that manifests are actually written in: block mappings and sequences, plain and
 * quoted one-line scalars, flow collections (JSON documents are one), comments and `---` separators. It
 * builds the same plain values (null-prototype objects, YAML 1.2 core schema) and the same source ranges as
 * the `yaml` library does, in a single pass over the text, at a fraction of the cost.
 *
 * It is an accelerator, not a second YAML implementation: on anything outside that subset — anchors,
 * aliases, tags, block scalars, multi-line scalars, directives, complex keys, duplicate
 * keys, tabs, unusual indentation, any error — it declines, and the caller parses the text with `yaml`,
 * which reports errors and handles the rest of YAML. Declining is always safe; accepting is checked against
 * `yaml` by differential tests (values and every range).
 */

/** Where a mapping or sequence sits, with its entries' ranges: keyStart, keyEnd, valueStart, valueEnd per entry. */
export interface Span {
  start: number;
  end: number;
  entries: number[];
  /** The keys of a mapping, in source order (absent for sequences). */
  names?: string[];
}

export interface FastDocument {
  value: unknown;
  range: readonly [number, number];
  pointers: WeakMap<object, string>;
  spans: WeakMap<object, Span>;
}

export interface FastParse {
  documents: FastDocument[];
  /** The offset each line starts at (as yaml's LineCounter records them). */
  lineStarts: number[];
}

class Decline {}
const decline = new Decline();
function no(): never {
  throw decline;
}

// Characters that never occur in the subset outside comments and quoted scalars are checked where they
// matter; these never occur anywhere in it (control characters, tabs, lone CR, Unicode line separators, BOM).
// eslint-disable-next-line no-control-regex
const unsupportedCharacters = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\t\u2028\u2029\ufeff]|\r(?!\n)/;

/** Parses `source`, or returns undefined when it is outside the subset (the caller then uses `yaml`). */
export function fastParseYaml(source: string, limits: LoadLimits): FastParse | undefined {
  if (unsupportedCharacters.test(source)) return undefined;
  try {
    return new Reader(source, limits).read();
  } catch (e) {
    if (e === decline) return undefined;
    throw e;
  }
}

const SPACE = 32;
const HASH = 35;

class Reader {
  /** Line starts and content ends (before any CR LF), one per line. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Leading spaces of each line, or -1 for a line with no content (blank or comment only). */
  private readonly indents: number[] = [];
  private nodes = 0;
  private pointers = new WeakMap<object, string>();
  private spans = new WeakMap<object, Span>();
  /** The line after the current document's last. */
  private limit = 0;
  /** The line a flow collection being read has reached, and the indentation its lines must exceed. */
  private fline = 0;
  private flowMin = 0;

  constructor(
    private readonly src: string,
    private readonly limits: LoadLimits,
  ) {
    let at = 0;
    for (;;) {
      const nl = src.indexOf('\n', at);
      const end = nl === -1 ? src.length : nl;
      this.starts.push(at);
      const contentEnd = end > at && src.charCodeAt(end - 1) === 13 ? end - 1 : end;
      this.ends.push(contentEnd);
      let i = at;
      while (i < contentEnd && src.charCodeAt(i) === SPACE) i++;
      this.indents.push(i === contentEnd || src.charCodeAt(i) === HASH ? -1 : i - at);
      if (nl === -1) break;
      at = nl + 1;
    }
  }

  read(): FastParse {
    const documents: FastDocument[] = [];
    const lines = this.starts.length;
    let line = 0;
    let first = true;
    while (line < lines) {
      // A document runs to the next `---` line (or the end).
      let end = line;
      let marker = -1;
      for (; end < lines; end++) {
        if (this.indents[end] === 0) {
          const c = this.src.charCodeAt(this.starts[end]!);
          if (c === 0x25 /* % */) no();
          if (this.isMarker(end, '---')) {
            marker = end;
            break;
          }
          if (this.isMarker(end, '...')) no();
        }
      }
      const content = this.nextContent(line, end);
      if (content === end) {
        // Comments before the first `---` are no document; an empty document (or file) is left to yaml.
        if (!first || marker === -1) no();
      } else {
        if (documents.length >= this.limits.maxDocuments) no();
        this.limit = end;
        this.pointers = new WeakMap();
        this.spans = new WeakMap();
        this.nodes = 0;
        if (this.indents[content] !== 0) no();
        const start = this.starts[content]!;
        const { value, next, range } = this.root(content, start);
        if (this.nextContent(next, end) !== end) no();
        documents.push({ value, range, pointers: this.pointers, spans: this.spans });
      }
      if (marker === -1) break;
      // What follows `---` on its line may only be a comment.
      const afterMarker = this.skipSpaces(this.starts[marker]! + 3, this.ends[marker]!);
      if (afterMarker < this.ends[marker]! && this.src.charCodeAt(afterMarker) !== HASH) no();
      first = false;
      line = marker + 1;
      if (line >= lines || this.nextContent(line, lines) === lines) {
        // A trailing `---` opens an empty document, which yaml reports as such.
        no();
      }
    }
    return { documents, lineStarts: this.starts };
  }

  /** A document's root: a block mapping or sequence, or a flow collection (a JSON document is one). */
  private root(line: number, start: number): { value: unknown; next: number; range: [number, number] } {
    const c = this.src.charCodeAt(start);
    if (c !== 0x5b && c !== 0x7b) return this.block(line, 0, start, 0, '', undefined);
    this.fline = line;
    this.flowMin = -1;
    const f = this.flow(start, 0, '');
    const lineEnd = this.ends[this.fline]!;
    const rest = this.skipSpaces(f.end, lineEnd);
    if (rest < lineEnd && (this.src.charCodeAt(rest) !== HASH || rest === f.end)) no();
    return { value: f.value, next: this.fline + 1, range: [start, f.end] };
  }

  private isMarker(line: number, marker: string): boolean {
    const s = this.starts[line]!;
    if (!this.src.startsWith(marker, s)) return false;
    const after = s + 3;
    return after === this.ends[line] || this.src.charCodeAt(after) === SPACE;
  }

  private nextContent(line: number, end: number): number {
    while (line < end && this.indents[line] === -1) line++;
    return line;
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.src.charCodeAt(at) === SPACE) at++;
    return at;
  }

  private count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) no();
  }

  private childPointer(parent: string, token: string | number): string {
    return `${parent}/${typeof token === 'number' ? token : escapePointerToken(token)}`;
  }

  /**
   * The block node (mapping or sequence) whose first entry starts at `at` on `line`, in column `column`.
   * Returns the value, the line after it and its range.
   */
  private block(line: number, column: number, at: number, depth: number, parent: string, token: string | number | undefined): { value: unknown; next: number; range: [number, number] } {
    const pointer = token === undefined ? parent : this.childPointer(parent, token);
    if (this.isDash(at, this.ends[line]!)) return this.sequence(line, column, depth, pointer);
    return this.mapping(line, column, at, depth, pointer);
  }

  private isDash(at: number, end: number): boolean {
    return this.src.charCodeAt(at) === 0x2d && (at + 1 === end || this.src.charCodeAt(at + 1) === SPACE);
  }

  private mapping(line: number, column: number, at: number, depth: number, pointer: string): { value: unknown; next: number; range: [number, number] } {
    this.count(depth);
    const out: Record<string, unknown> = Object.create(null);
    const entries: number[] = [];
    const names: string[] = [];
    const span: Span = { start: at, end: at, entries, names };
    this.pointers.set(out, pointer);
    this.spans.set(out, span);
    for (;;) {
      const end = this.ends[line]!;
      const key = this.key(at, end);
      if (!key) no();
      const name = key.name;
      if (Object.hasOwn(out, name)) no(); // duplicate keys: yaml reports them
      names.push(name);
      const after = this.skipSpaces(key.colon + 1, end);
      let next: number;
      let valueStart: number;
      let valueEnd: number;
      if (after === end || this.src.charCodeAt(after) === HASH) {
        const j = this.nextContent(line + 1, this.limit);
        const indent = j < this.limit ? this.indents[j]! : -1;
        if (indent > column || (indent === column && this.isDash(this.starts[j]! + indent, this.ends[j]!))) {
          const child = this.block(j, indent, this.starts[j]! + indent, depth + 1, pointer, name);
          out[name] = child.value;
          [valueStart, valueEnd] = child.range;
          next = child.next;
        } else {
          this.count(depth + 1);
          out[name] = null;
          // An empty value sits where yaml puts it: after the indicator and its spaces.
          valueStart = valueEnd = after;
          next = line + 1;
        }
      } else {
        const v = this.inlineValue(line, column, after, depth + 1, pointer, name);
        out[name] = v.value;
        valueStart = after;
        valueEnd = v.end;
        next = v.line + 1;
        const j = this.nextContent(next, this.limit);
        if (j < this.limit && this.indents[j]! > column) no(); // a multi-line scalar, or an error
      }
      entries.push(key.start, key.end, valueStart, valueEnd);
      span.end = valueEnd;
      const j = this.nextContent(next, this.limit);
      if (j >= this.limit || this.indents[j]! < column) return { value: out, next: j, range: [span.start, span.end] };
      if (this.indents[j]! > column) no();
      at = this.starts[j]! + column;
      if (this.isDash(at, this.ends[j]!)) no();
      line = j;
    }
  }

  private sequence(line: number, column: number, depth: number, pointer: string): { value: unknown; next: number; range: [number, number] } {
    this.count(depth);
    const out: unknown[] = [];
    const entries: number[] = [];
    const span: Span = { start: this.starts[line]! + column, end: 0, entries };
    this.pointers.set(out, pointer);
    this.spans.set(out, span);
    for (;;) {
      const dash = this.starts[line]! + column;
      const end = this.ends[line]!;
      const index = out.length;
      const after = this.skipSpaces(dash + 1, end);
      let next: number;
      let valueStart: number;
      let valueEnd: number;
      if (after === end || this.src.charCodeAt(after) === HASH) {
        const j = this.nextContent(line + 1, this.limit);
        if (j < this.limit && this.indents[j]! > column) {
          const child = this.block(j, this.indents[j]!, this.starts[j]! + this.indents[j]!, depth + 1, pointer, index);
          out.push(child.value);
          [valueStart, valueEnd] = child.range;
          next = child.next;
        } else {
          this.count(depth + 1);
          out.push(null);
          valueStart = valueEnd = after;
          next = line + 1;
        }
      } else if (this.isDash(after, end)) {
        no(); // `- - x`: a compact nested sequence
      } else if (this.key(after, end)) {
        const child = this.mapping(line, after - this.starts[line]!, after, depth + 1, this.childPointer(pointer, index));
        out.push(child.value);
        [valueStart, valueEnd] = child.range;
        next = child.next;
      } else {
        const v = this.inlineValue(line, column, after, depth + 1, pointer, index);
        out.push(v.value);
        valueStart = after;
        valueEnd = v.end;
        next = v.line + 1;
        const j = this.nextContent(next, this.limit);
        if (j < this.limit && this.indents[j]! > column) no();
      }
      entries.push(-1, -1, valueStart, valueEnd);
      span.end = valueEnd;
      const j = this.nextContent(next, this.limit);
      if (j >= this.limit || this.indents[j]! < column) return { value: out, next: j, range: [span.start, span.end] };
      if (this.indents[j]! > column) no();
      if (!this.isDash(this.starts[j]! + column, this.ends[j]!)) return { value: out, next: j, range: [span.start, span.end] };
      line = j;
    }
  }

  /** An implicit key at `at` (`name:` followed by a space or the line end), or undefined if there is none. */
  private key(at: number, end: number): { name: string; start: number; end: number; colon: number } | undefined {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const q = c === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      const colon = this.skipSpaces(q.end, end);
      if (src.charCodeAt(colon) !== 0x3a || (colon + 1 < end && src.charCodeAt(colon + 1) !== SPACE)) return undefined;
      if (q.end - at > 1024) no();
      return { name: q.value, start: at, end: q.end, colon };
    }
    // A flow collection here is a value (as a key, the value check after it declines).
    if (c === 0x5b || c === 0x7b) return undefined;
    // A plain key ends at the first `: ` (or `:` at the line end), before any comment.
    let i = at;
    for (; i < end; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 0x3a && (i + 1 === end || src.charCodeAt(i + 1) === SPACE)) break;
      if (ch === HASH && src.charCodeAt(i - 1) === SPACE) return undefined;
    }
    if (i === end) return undefined;
    let keyEnd = i;
    while (keyEnd > at && src.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
    if (keyEnd === at || keyEnd - at > 1024) no();
    const text = src.slice(at, keyEnd);
    if (!plainStart(text, false)) no();
    return { name: String(resolvePlain(text)), start: at, end: keyEnd, colon: i };
  }

  /** A value that starts on this line: a quoted or plain scalar, or a flow collection (which may run on). */
  private inlineValue(line: number, column: number, at: number, depth: number, parent: string, token: string | number): { value: unknown; end: number; line: number } {
    const src = this.src;
    const end = this.ends[line]!;
    const c = src.charCodeAt(at);
    let value: unknown;
    let valueEnd: number;
    this.fline = line;
    if (c === 0x22 || c === 0x27) {
      this.count(depth);
      const q = c === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      value = q.value;
      valueEnd = q.end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      this.flowMin = column;
      const f = this.flow(at, depth, this.childPointer(parent, token));
      value = f.value;
      valueEnd = f.end;
    } else {
      this.count(depth);
      let i = at;
      let last = at;
      for (; i < end; i++) {
        const ch = src.charCodeAt(i);
        if (ch === HASH && src.charCodeAt(i - 1) === SPACE) break;
        if (ch === 0x3a && (i + 1 === end || src.charCodeAt(i + 1) === SPACE)) no(); // `a: b: c`
        if (ch !== SPACE) last = i + 1;
      }
      const text = src.slice(at, last);
      if (!plainStart(text, false)) no();
      return { value: resolvePlain(text), end: last, line };
    }
    const lineEnd = this.ends[this.fline]!;
    const rest = this.skipSpaces(valueEnd, lineEnd);
    if (rest < lineEnd && (src.charCodeAt(rest) !== HASH || rest === valueEnd)) no();
    return { value, end: valueEnd, line: this.fline };
  }

  /**
   * Skips spaces, line breaks and comments between the tokens of a flow collection. Its lines must be
   * indented past the block it is in.
   */
  private flowSkip(at: number): number {
    const src = this.src;
    for (;;) {
      const end = this.ends[this.fline]!;
      at = this.skipSpaces(at, end);
      if (at < end && !(src.charCodeAt(at) === HASH && src.charCodeAt(at - 1) === SPACE)) return at;
      const next = this.fline + 1;
      if (next >= this.limit) no();
      this.fline = next;
      const indent = this.indents[next]!;
      if (indent === -1) {
        at = this.ends[next]!;
        continue;
      }
      if (indent <= this.flowMin) no();
      at = this.starts[next]! + indent;
    }
  }

  /** A flow sequence or mapping, from its opening bracket on line `this.fline`. */
  private flow(at: number, depth: number, pointer: string): { value: unknown; end: number } {
    this.count(depth);
    const src = this.src;
    const entries: number[] = [];
    if (src.charCodeAt(at) === 0x5b) {
      const out: unknown[] = [];
      this.pointers.set(out, pointer);
      let i = this.flowSkip(at + 1);
      if (src.charCodeAt(i) !== 0x5d /* ] */) {
        for (;;) {
          const v = this.flowValue(i, depth + 1, pointer, out.length);
          out.push(v.value);
          entries.push(-1, -1, i, v.end);
          i = this.flowSkip(v.end);
          const ch = src.charCodeAt(i);
          if (ch === 0x5d) break;
          if (ch !== 0x2c /* , */) no();
          i = this.flowSkip(i + 1);
          if (src.charCodeAt(i) === 0x5d) no(); // a trailing comma
        }
      }
      this.spans.set(out, { start: at, end: i + 1, entries });
      return { value: out, end: i + 1 };
    }
    const out: Record<string, unknown> = Object.create(null);
    const names: string[] = [];
    this.pointers.set(out, pointer);
    let i = this.flowSkip(at + 1);
    if (src.charCodeAt(i) !== 0x7d /* } */) {
      for (;;) {
        const k = this.flowKey(i);
        if (Object.hasOwn(out, k.name)) no();
        names.push(k.name);
        const valueAt = this.skipSpaces(k.colon + 1, this.ends[this.fline]!);
        const v = this.flowValue(valueAt, depth + 1, pointer, k.name);
        out[k.name] = v.value;
        entries.push(i, k.end, valueAt, v.end);
        i = this.flowSkip(v.end);
        const ch = src.charCodeAt(i);
        if (ch === 0x7d) break;
        if (ch !== 0x2c) no();
        i = this.flowSkip(i + 1);
        if (src.charCodeAt(i) === 0x7d) no();
      }
    }
    this.spans.set(out, { start: at, end: i + 1, entries, names });
    return { value: out, end: i + 1 };
  }

  /** A key of a flow mapping, with its `:` on the same line. */
  private flowKey(at: number): { name: string; end: number; colon: number } {
    const src = this.src;
    const end = this.ends[this.fline]!;
    const c = src.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      const q = c === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      const colon = this.skipSpaces(q.end, end);
      if (src.charCodeAt(colon) !== 0x3a || colon >= end) no();
      return { name: q.value, end: q.end, colon };
    }
    const p = this.flowPlain(at, end);
    if (p.end + 1 >= end || src.charCodeAt(p.end) !== 0x3a || src.charCodeAt(p.end + 1) !== SPACE) no();
    return { name: String(resolvePlain(p.text)), end: p.end, colon: p.end };
  }

  /** A value in a flow collection; scalars end on the line they start on. */
  private flowValue(at: number, depth: number, parent: string, token: string | number): { value: unknown; end: number } {
    const end = this.ends[this.fline]!;
    if (at >= end) no();
    const c = this.src.charCodeAt(at);
    if (c === 0x5b || c === 0x7b) return this.flow(at, depth, this.childPointer(parent, token));
    this.count(depth);
    if (c === 0x22 || c === 0x27) {
      const q = c === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      return { value: q.value, end: q.end };
    }
    const p = this.flowPlain(at, end);
    return { value: resolvePlain(p.text), end: p.end };
  }

  /** A plain scalar inside a flow collection: up to `,`, a bracket or `: `; `:` and `#` inside make it decline. */
  private flowPlain(at: number, end: number): { text: string; end: number } {
    const src = this.src;
    let i = at;
    let last = at;
    for (; i < end; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break;
      if (ch === 0x3a) {
        if (src.charCodeAt(i + 1) === SPACE) break;
        no();
      }
      if (ch === HASH) no();
      if (ch !== SPACE) last = i + 1;
    }
    if (last === at) no();
    const text = src.slice(at, last);
    if (!plainStart(text, true)) no();
    return { text, end: last };
  }

  private singleQuoted(at: number, end: number): { value: string; end: number } {
    const src = this.src;
    let out = '';
    let from = at + 1;
    for (let i = at + 1; i < end; i++) {
      if (src.charCodeAt(i) !== 0x27) continue;
      if (src.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
        out += src.slice(from, i + 1);
        from = i + 2;
        i++;
        continue;
      }
      return { value: out + src.slice(from, i), end: i + 1 };
    }
    return no(); // continues on the next line
  }

  private doubleQuoted(at: number, end: number): { value: string; end: number } {
    const src = this.src;
    let out = '';
    let from = at + 1;
    for (let i = at + 1; i < end; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 0x22) return { value: out + src.slice(from, i), end: i + 1 };
      if (ch !== 0x5c /* \ */) continue;
      out += src.slice(from, i);
      const e = src[i + 1];
      const simple = e === undefined || i + 1 >= end ? undefined : doubleQuoteEscapes[e];
      if (simple !== undefined) {
        out += simple;
        i++;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = src.slice(i + 2, i + 2 + n);
        if (i + 2 + n > end || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) no();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) no();
        out += String.fromCodePoint(code);
        i += 1 + n;
      } else {
        no(); // an escaped line break or an invalid escape: yaml decides
      }
      from = i + 1;
    }
    return no();
  }
}

const doubleQuoteEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/**
 * Whether `text` may be a plain scalar as written. Indicator characters cannot start one; `-`, `?` and `:`
 * can when a safe character follows (`-1`, `:x`), but the subset keeps to the unambiguous cases.
 */
function plainStart(text: string, flow: boolean): boolean {
  const c = text.charCodeAt(0);
  switch (c) {
    case 0x2d: // -
    case 0x3f: // ?
    case 0x3a: {
      // :
      const n = text.charCodeAt(1);
      if (Number.isNaN(n) || n === SPACE) return false;
      if (flow && (n === 0x2c || n === 0x5b || n === 0x5d || n === 0x7b || n === 0x7d)) return false;
      return c === 0x2d;
    }
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return false;
  }
  // `---` and `...` at a line start are document markers, caught earlier; inside a line they are plain text.
  return true;
}

/** A plain scalar's value under the YAML 1.2 core schema, resolved exactly as `yaml` does. */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Most scalars are words: only these first characters can begin anything but a string.
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46)) return text;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
