import type { Problem, Range } from '../../model/problem.js';
import { artifactProblem, lineRange } from '../types.js';

/**
 * A reader for Windows INF files (the setup information file of a driver package), as far as ringfence needs it:
 * sections, entries with their fields, `%strkey%` substitution from [Strings], and the position of every value.
 * The format (learn.microsoft.com, "General Syntax Rules for INF Files"): `[section]` headers; `key = value` or
 * bare value lines; `;` starts a comment outside double quotes; a line ending in `\` continues on the next;
 * fields are separated by commas; `""` inside quotes is a quote; keys and section names are case-insensitive.
 * Files are UTF-16LE with a byte-order mark as often as they are ASCII or UTF-8.
 */

/** The largest INF read; real driver packages' INFs are tens of kilobytes. */
export const maxInfBytes = 4 * 1024 * 1024;
/** Most lines read. */
export const maxInfLines = 200_000;

export interface InfEntry {
  /** The key as written (without %…% substitution), or undefined for a bare value line. */
  key?: string;
  /** The value's fields, quotes removed and %strkey% substituted. */
  fields: string[];
  /** The raw value text (after the `=`), for messages. */
  raw: string;
  line: number;
  /** Column of the key (or of the value on a bare line). */
  column: number;
  /** Column where the value starts. */
  valueColumn: number;
}

export interface InfSection {
  name: string;
  line: number;
  entries: InfEntry[];
}

export interface InfDocument {
  /** Sections by lower-case name; a section written twice is merged in order, as Windows setup does. */
  sections: Map<string, InfSection>;
  problems: Problem[];
}

/** Text of an INF's bytes: UTF-16 (either order) or UTF-8 by the byte-order mark, UTF-8 otherwise. */
export function decodeInf(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return body.swap16().toString('utf16le');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

/** Parses an INF. Never throws; what cannot be read is a positioned problem. */
export function parseInf(file: string, bytes: Buffer): InfDocument {
  const sections = new Map<string, InfSection>();
  const problems: Problem[] = [];
  if (bytes.length > maxInfBytes) {
    problems.push(artifactProblem(file, 'artifact-too-large', `the INF is ${bytes.length} bytes; at most ${maxInfBytes} are read (a driver package's INF is tens of kilobytes)`));
    return { sections, problems };
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push(artifactProblem(file, 'artifact-format', 'not an INF: the file holds NUL bytes and no UTF-16 byte-order mark (a binary file?)', lineRange(1, 1, 1)));
    return { sections, problems };
  }
  const lines = decodeInf(bytes).split(/\r\n|\n|\r/);
  if (lines.length > maxInfLines) {
    problems.push(artifactProblem(file, 'artifact-too-large', `the INF has ${lines.length} lines; at most ${maxInfLines} are read`));
    return { sections, problems };
  }
  let current: InfSection | undefined;
  // After a broken header, its lines are skipped without a problem each (the header's problem says it).
  let skipping = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    // A trailing backslash (outside a comment) continues the line; the entry keeps the first line's position.
    let text = stripComment(lines[i]!);
    while (/\\\s*$/.test(text) && i + 1 < lines.length) {
      text = `${text.replace(/\\\s*$/, '')}${stripComment(lines[++i]!)}`;
    }
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const column = text.length - text.trimStart().length + 1;
    if (trimmed.startsWith('[')) {
      const close = trimmed.indexOf(']');
      if (close < 0) {
        problems.push(artifactProblem(file, 'artifact-syntax', `section header without "]": ${clip(trimmed)}`, lineRange(lineNo, column, trimmed.length)));
        current = undefined;
        skipping = true;
        continue;
      }
      skipping = false;
      const name = trimmed.slice(1, close).trim();
      const key = name.toLowerCase();
      current = sections.get(key) ?? { name, line: lineNo, entries: [] };
      sections.set(key, current);
      continue;
    }
    if (!current) {
      if (skipping) continue;
      problems.push(artifactProblem(file, 'artifact-syntax', `a line before the first [section]: ${clip(trimmed)}`, lineRange(lineNo, column, trimmed.length), 'warning'));
      continue;
    }
    const eq = equalsOutsideQuotes(text);
    if (eq < 0) {
      current.entries.push({ fields: [], raw: trimmed, line: lineNo, column, valueColumn: column });
      continue;
    }
    const key = text.slice(0, eq).trim();
    const after = text.slice(eq + 1);
    const valueColumn = eq + 2 + (after.length - after.trimStart().length);
    current.entries.push({ key: unquote(key), fields: [], raw: after.trim(), line: lineNo, column, valueColumn });
  }
  // %strkey% tokens take their values from [Strings] (any localised [Strings.xxxx] after it, first value wins).
  const strings = new Map<string, string>();
  for (const [name, section] of sections) {
    if (name !== 'strings' && !name.startsWith('strings.')) continue;
    for (const e of section.entries) if (e.key !== undefined && !strings.has(e.key.toLowerCase())) strings.set(e.key.toLowerCase(), splitFields(e.raw)[0] ?? '');
  }
  for (const section of sections.values()) {
    for (const e of section.entries) {
      e.fields = splitFields(e.raw).map((f) => substitute(f, strings));
      if (e.key !== undefined) e.key = substitute(e.key, strings);
    }
  }
  return { sections, problems };
}

/** The entries of a section with a key (case-insensitive). */
export function entriesOf(doc: InfDocument, section: string, key: string): InfEntry[] {
  const s = doc.sections.get(section.toLowerCase());
  if (!s) return [];
  const k = key.toLowerCase();
  return s.entries.filter((e) => e.key?.toLowerCase() === k);
}

/** The range of an entry's value. */
export function valueRange(e: InfEntry): Range {
  return lineRange(e.line, e.valueColumn, e.raw.length);
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) return line.slice(0, i);
  }
  return line;
}

function equalsOutsideQuotes(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === '=' && !quoted) return i;
  }
  return -1;
}

/** Comma-separated fields; double quotes group, `""` inside quotes is a quote; blanks outside quotes at a field's ends go. */
export function splitFields(raw: string): string[] {
  const fields: string[] = [];
  let cur = '';
  // The part of `cur` that came from inside quotes: blanks there are kept.
  let first = -1;
  let last = -1;
  let quoted = false;
  const end = () => {
    if (first < 0) fields.push(cur.trim());
    else fields.push(cur.slice(0, first).trimStart() + cur.slice(first, last) + cur.slice(last).trimEnd());
    cur = '';
    first = -1;
    last = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        last = cur.length;
      } else cur += c;
    } else if (c === '"') {
      quoted = true;
      if (first < 0) first = cur.length;
    } else if (c === ',') end();
    else cur += c;
  }
  if (quoted) last = cur.length;
  end();
  return fields;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}

/** Replaces %strkey% tokens; `%%` is a percent sign; an unknown token stays as written (and numbers like %12% are dirids). */
function substitute(s: string, strings: Map<string, string>): string {
  if (!s.includes('%')) return s;
  return s.replace(/%([^%]*)%/g, (whole, key: string) => {
    if (key === '') return '%';
    const v = strings.get(key.toLowerCase());
    return v ?? whole;
  });
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
