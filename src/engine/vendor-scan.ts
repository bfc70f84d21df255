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
  // An alias can stand for a key or a value written elsewhere; a key with escapes cannot be searched for.
  if (/(?:^|[\s[{,])&[^\s]/.test(text) || /"(?:[^"\\\n]|\\.)*\\(?:[^"\\\n]|\\.)*"[ \t]*:/.test(text)) return anything;
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

/**
 * A copy of a string that does not share the text it was cut from: V8 keeps a slice as a view of the whole file,
 * and a batch keeps what it learnt about every file.
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
