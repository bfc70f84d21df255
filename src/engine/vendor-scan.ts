import { detach } from '../util/detach.js';

/**
 * A cheap look at a file's text that says which vendor manifests it *may* hold, without parsing it. A deployment
 * config is evaluated with the first vendor manifest of its product in input order, which may come later in the
 * batch; parsing every later file to find it would cost as much as the check itself. The scan is a filter, never
 * an answer: it may name a file that holds no matching manifest (the file is then parsed and looked at), but it
 * must never leave out one that does. Whatever it cannot read with certainty counts as "any product, any vendor".
 */

/** What a file may hold: `null` when it cannot hold a vendor manifest at all. */
export type VendorHint = null | {
  /** Every value a `product` key may have in the file; `null`: any. */
  products: readonly string[] | null;
  /** Every value a `vendor` key may have in the file; `null`: any. */
  vendors: readonly string[] | null;
};

const anything: VendorHint = { products: null, vendors: null };

export function scanVendorHint(text: string): VendorHint {
  // `kind: VendorManifest` can hide from a text search only behind an escape sequence of a double-quoted scalar.
  if (!text.includes('VendorManifest') && !text.includes('\\')) return null;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = jsonHint(trimmed);
    if (json) return json;
  }
  // An alias can stand for a key or a value written elsewhere; a key with escapes cannot be searched for; inside a
  // flow collection that spans lines, a line is not read as it would be in block style.
  if (/(?:^|[\s[{,])&[^\s]/.test(text) || /"(?:[^"\\\n]|\\.)*\\(?:[^"\\\n]|\\.)*"[ \t]*:/.test(text) || flowSpansLines(text)) return anything;
  return { products: keyValues(text, 'product'), vendors: keyValues(text, 'vendor') };
}

/** Whether a file with this hint may hold a manifest of `product` (by `vendor`, when the deployment names one). */
export function hintMatches(hint: VendorHint, product: string, vendor: string | undefined): boolean {
  if (hint === null) return false;
  if (hint.products !== null && !hint.products.includes(product)) return false;
  return vendor === undefined || hint.vendors === null || hint.vendors.includes(vendor);
}

/** A JSON file is read exactly; anything JSON.parse refuses is left to the text scan. */
function jsonHint(text: string): VendorHint | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const meta = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['metadata'] : undefined;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return { products: [], vendors: [] };
  const m = meta as Record<string, unknown>;
  return { products: typeof m['product'] === 'string' ? [detach(m['product'])] : [], vendors: typeof m['vendor'] === 'string' ? [detach(m['vendor'])] : [] };
}

/** Whether a line opens a flow collection ({…} or […]) that it does not close, or closes one it did not open. */
function flowSpansLines(text: string): boolean {
  const bracket = /[[\]{}]/g;
  for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    if (lineDepth(text, start, end) !== 0) return true;
    bracket.lastIndex = end;
  }
  return false;
}

/**
 * The bracket balance of one line, outside quoted scalars and comments; -1 as soon as a bracket closes one the
 * line did not open. Read character by character, so that the scan allocates nothing per line.
 */
export function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  // Whether the character before is a space or a tab (or the line start): only then does `#` start a comment.
  let blank = true;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */ || ch === 0x27 /* ' */) {
      const close = ch === 0x22 ? doubleQuoteEnd(text, i, end) : singleQuoteEnd(text, i, end);
      if (close >= 0) {
        i = close;
        blank = false;
        continue;
      }
      // An unclosed quote is an ordinary character.
    } else if (ch === 0x23 /* # */ && blank) {
      break;
    } else if (ch === 0x7b || ch === 0x5b) {
      depth++;
    } else if ((ch === 0x7d || ch === 0x5d) && --depth < 0) {
      return -1;
    }
    blank = ch === 0x20 || ch === 0x09;
  }
  return depth;
}

/** The closing quote of the double-quoted scalar opening at `at`, on this line; -1 when there is none. */
function doubleQuoteEnd(text: string, at: number, end: number): number {
  for (let i = at + 1; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i;
    if (ch === 0x5c /* \ */) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (next === -1 || next === 0x0d || next === 0x0a || next === 0x2028 || next === 0x2029) return -1;
      i++;
    }
  }
  return -1;
}

/** The closing quote of the single-quoted scalar opening at `at` (`''` is an escaped quote); -1 when there is none. */
function singleQuoteEnd(text: string, at: number, end: number): number {
  let lastPair = -1;
  for (let i = at + 1; i < end; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (i + 1 < end && text.charCodeAt(i + 1) === 0x27) {
      lastPair = i++;
      continue;
    }
    return i;
  }
  // Like the pattern '(?:[^']|'')*', the first quote of the last pair closes the scalar when nothing after does.
  return lastPair;
}

const wordChar = /[A-Za-z0-9_$-]/;
const plainStartIndicator = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * The values of every `key: value` in the text, wherever it sits; `null` when one of them is written in a form
 * this scan does not read (flow collections, multi-line or block scalars, tags, keys on the following line…).
 */
function keyValues(text: string, key: string): string[] | null {
  const values = new Set<string>();
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    const before = at === 0 ? '\n' : text[at - 1]!;
    const after = text[at + key.length] ?? '\n';
    // Part of a longer word (productVersion, by-vendor): not this key.
    if (wordChar.test(before) || wordChar.test(after)) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const prefix = line.slice(0, at - lineStart);
    // In a comment.
    if (/^\s*#/.test(prefix) || (/[ \t]#/.test(prefix) && !/["'{[]/.test(prefix))) continue;
    const rest = line.slice(at - lineStart + key.length);
    // At the end of its line it is a key only after `?` (an explicit key, whose value follows on the next line).
    if (/^["']?[ \t]*$/.test(rest)) {
      if (prefix.includes('?')) return null;
      continue;
    }
    // Followed by neither a colon nor a closing quote: a word in a longer scalar, not a key.
    if (!/^["']?[ \t]*:/.test(rest)) continue;
    const m = /^([ \t]*(?:-[ \t]+)*)(["']?)(\w+)\2[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
    if (!m || m[3] !== key || m[1]!.length + m[2]!.length !== prefix.length) return null;
    const value = scalarValue(m[4] ?? '');
    if (value === undefined) return null;
    // A plain scalar continues on more indented lines.
    if (value.plain && continues(text, lineEnd, m[1]!.length)) return null;
    values.add(detach(value.text));
  }
  return [...values];
}

/** A single-line scalar written after `key:`, or undefined when it is not one this scan reads. */
function scalarValue(written: string): { text: string; plain: boolean } | undefined {
  const v = written.trimEnd();
  if (v === '') return undefined;
  const tail = (s: string) => /^[ \t]*(#.*)?$/.test(s);
  if (v.startsWith('"')) {
    const end = v.indexOf('"', 1);
    if (end < 0 || v.slice(1, end).includes('\\') || !tail(v.slice(end + 1))) return undefined;
    return { text: v.slice(1, end), plain: false };
  }
  if (v.startsWith("'")) {
    let i = 1;
    let out = '';
    for (;;) {
      const q = v.indexOf("'", i);
      if (q < 0) return undefined;
      out += v.slice(i, q);
      if (v[q + 1] === "'") {
        out += "'";
        i = q + 2;
        continue;
      }
      if (!tail(v.slice(q + 1))) return undefined;
      return { text: out, plain: false };
    }
  }
  if (plainStartIndicator.test(v)) return undefined;
  const comment = v.search(/[ \t]#/);
  const text = (comment < 0 ? v : v.slice(0, comment)).trimEnd();
  if (/:([ \t]|$)/.test(text)) return undefined;
  return { text, plain: true };
}

/** Whether the next content line after `from` is indented past `indent` (a continuation of a plain scalar). */
function continues(text: string, from: number, indent: number): boolean {
  let i = from;
  while (i < text.length) {
    const end = text.indexOf('\n', i + 1);
    const line = text.slice(i + 1, end < 0 ? text.length : end).replace(/\r$/, '');
    i = end < 0 ? text.length : end;
    if (line.trim() === '') continue;
    const lead = /^[ \t]*/.exec(line)![0].length;
    if (line[lead] === '#') return false;
    return lead > indent;
  }
  return false;
}

const scanned = 1;
const mayHoldManifest = 2;
const anyProduct = 4;
const anyVendor = 8;
/** Per file: flags, then a 128-bit Bloom filter of its products and one of its vendors. */
const stride = 9;
/** Files a thread claims at a time when threads share the scan. */
const blockSize = 32;

/**
 * The scan's findings for every file of a batch, kept compactly (a Bloom filter of products and one of vendors per
 * file, so that a false match only costs a parse) in memory that worker threads can share: when one of them needs
 * the whole table, the threads that need it take blocks of files in turn, so that each file is read once.
 */
export class HintTable {
  private readonly cells: Int32Array;
  private readonly blocks: number;
  private readonly shared: boolean;

  static bytes(files: number): number {
    return (1 + Math.ceil(files / blockSize) + files * stride) * 4;
  }

  constructor(
    private readonly files: readonly string[],
    private readonly read: (file: string) => string | undefined,
    buffer?: SharedArrayBuffer,
  ) {
    this.shared = buffer !== undefined;
    this.cells = new Int32Array(buffer ?? new ArrayBuffer(HintTable.bytes(files.length)));
    this.blocks = Math.ceil(files.length / blockSize);
  }

  /** Whether file `i` may hold a manifest of `product` (by `vendor`, when named); scans it first if need be. */
  mayHold(i: number, product: string, vendor: string | undefined): boolean {
    const at = 1 + this.blocks + i * stride;
    if ((Atomics.load(this.cells, at) & scanned) === 0) {
      if (this.shared) this.scanAll();
      else this.scan(i);
    }
    const flags = this.cells[at]!;
    if ((flags & mayHoldManifest) === 0) return false;
    if ((flags & anyProduct) === 0 && !bloomHas(this.cells, at + 1, product)) return false;
    return vendor === undefined || (flags & anyVendor) !== 0 || bloomHas(this.cells, at + 5, vendor);
  }

  /** Whether file `i` may hold a vendor manifest of any product; scans it first if need be. */
  mayHoldAny(i: number): boolean {
    const at = 1 + this.blocks + i * stride;
    if ((Atomics.load(this.cells, at) & scanned) === 0) {
      if (this.shared) this.scanAll();
      else this.scan(i);
    }
    return (this.cells[at]! & mayHoldManifest) !== 0;
  }

  private scan(i: number): void {
    const at = 1 + this.blocks + i * stride;
    const text = this.read(this.files[i]!);
    const hint = text === undefined ? null : scanVendorHint(text);
    let flags = scanned;
    if (hint) {
      flags |= mayHoldManifest;
      if (hint.products === null) flags |= anyProduct;
      else for (const p of hint.products) bloomAdd(this.cells, at + 1, p);
      if (hint.vendors === null) flags |= anyVendor;
      else for (const v of hint.vendors) bloomAdd(this.cells, at + 5, v);
    }
    Atomics.store(this.cells, at, flags);
  }

  /** Scans every file, sharing the blocks with the other threads that do the same, then waits for theirs. */
  private scanAll(): void {
    for (let b = Atomics.add(this.cells, 0, 1); b < this.blocks; b = Atomics.add(this.cells, 0, 1)) {
      for (let i = b * blockSize; i < Math.min(this.files.length, (b + 1) * blockSize); i++) this.scan(i);
      Atomics.store(this.cells, 1 + b, 1);
      Atomics.notify(this.cells, 1 + b);
    }
    for (let b = 0; b < this.blocks; b++) while (Atomics.load(this.cells, 1 + b) === 0) Atomics.wait(this.cells, 1 + b, 0);
  }
}

function bloomBits(s: string): [number, number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  h2 |= 1;
  return [h1 & 127, (h1 + h2) & 127, (h1 + 2 * h2) & 127];
}

function bloomAdd(cells: Int32Array, at: number, s: string): void {
  for (const bit of bloomBits(s)) cells[at + (bit >>> 5)]! |= 1 << (bit & 31);
}

function bloomHas(cells: Int32Array, at: number, s: string): boolean {
  return bloomBits(s).every((bit) => (cells[at + (bit >>> 5)]! & (1 << (bit & 31))) !== 0);
}
