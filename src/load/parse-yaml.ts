import { createRequire } from 'node:module';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { fastParseYaml, type FastDocument } from './fast-yaml.js';
import type { Problem, Range } from '../model/problem.js';
import { defaultLimits, type LoadLimits } from './limits.js';
import { escapePointerToken, pointerTokens } from './pointer.js';

// `yaml` is loaded only for text the fast reader declines (see fast-yaml.ts): most runs never load it.
const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
const isAlias = (n: unknown) => yaml().isAlias(n);
const isMap = (n: unknown) => yaml().isMap(n);
const isSeq = (n: unknown) => yaml().isSeq(n);
const isScalar = (n: unknown) => yaml().isScalar(n);

/** Where a value sits in its file: the key that names it (for mapping entries) and the value itself. */
export interface NodeLocation {
  key?: Range;
  value: Range;
  /** True when the value is a scalar (its text is the value), false for mappings and sequences. */
  scalar: boolean;
}

/** JSON Pointer → source location, for any node of a document ('' is the root). */
export interface SourceLocations {
  get(pointer: string): NodeLocation | undefined;
}

type Found = { key?: readonly [number, number]; value: readonly [number, number]; scalar: boolean };

abstract class OffsetLocations implements SourceLocations {
  constructor(private readonly toRange: (start: number, end: number) => Range) {}

  get(pointer: string): NodeLocation | undefined {
    const r = this.find(pointer);
    if (!r) return undefined;
    return {
      ...(r.key ? { key: this.toRange(r.key[0], r.key[1]) } : {}),
      value: this.toRange(r.value[0], r.value[1]),
      scalar: r.scalar,
    };
  }

  protected abstract find(pointer: string): Found | undefined;
}

/** Locations of a document read by the fast reader: the ranges it recorded for every mapping and sequence. */
class FastLocations extends OffsetLocations {
  constructor(
    private readonly doc: FastDocument,
    toRange: (start: number, end: number) => Range,
  ) {
    super(toRange);
  }

  protected find(pointer: string): Found | undefined {
    let node = this.doc.value;
    let found: Found = { value: this.doc.range, scalar: node === null || typeof node !== 'object' };
    for (const t of pointerTokens(pointer)) {
      if (node === null || typeof node !== 'object') return undefined;
      const span = this.doc.spans.get(node)!;
      let i: number;
      if (Array.isArray(node)) {
        if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= node.length) return undefined;
        i = Number(t);
        node = node[i];
      } else {
        i = span.names!.indexOf(t);
        if (i < 0) return undefined;
        node = (node as Record<string, unknown>)[t];
      }
      const e = span.entries;
      const value = [e[4 * i + 2]!, e[4 * i + 3]!] as const;
      const scalar = node === null || typeof node !== 'object';
      found = e[4 * i]! >= 0 ? { key: [e[4 * i]!, e[4 * i + 1]!], value, scalar } : { value, scalar };
    }
    return found;
  }
}

/**
 * Locations of a document parsed by `yaml`. Nothing is recorded while the document is walked: a location is
 * found when asked for, by following the pointer through the parsed YAML.
 */
class YamlLocations extends OffsetLocations {
  constructor(
    private readonly doc: Document.Parsed,
    toRange: (start: number, end: number) => Range,
  ) {
    super(toRange);
  }

  protected find(pointer: string): Found | undefined {
    let node = this.doc.contents as YamlNode | null;
    let key: readonly [number, number] | undefined;
    const tokens = pointerTokens(pointer);
    const resolve = (n: YamlNode): YamlNode | undefined => {
      let x: YamlNode | undefined = n;
      for (let guard = 0; x && isAlias(x) && guard < 64; guard++) x = x.resolve(this.doc) as YamlNode | undefined;
      return x;
    };
    if (!node) return undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const container = resolve(node);
      if (!container) return undefined;
      if (isMap(container)) {
        const pair = container.items.find((p) => keyToString(p.key as YamlNode | null) === t);
        if (!pair) return undefined;
        const k = pair.key as YamlNode | null;
        key = k?.range ? [k.range[0], k.range[1]] : undefined;
        if (pair.value === null || pair.value === undefined) {
          return i === tokens.length - 1 && key ? { key, value: key, scalar: true } : undefined;
        }
        node = pair.value as YamlNode;
      } else if (isSeq(container)) {
        if (!/^(0|[1-9]\d*)$/.test(t)) return undefined;
        const item = container.items[Number(t)] as YamlNode | null | undefined;
        if (item === undefined) return undefined;
        key = undefined;
        if (item === null) {
          const r = container.range ?? [0, 0];
          return i === tokens.length - 1 ? { value: [r[0], r[1]], scalar: true } : undefined;
        }
        node = item;
      } else {
        return undefined;
      }
    }
    // An alias is reported where it is used; what it stands for decides whether it is a scalar.
    const target = resolve(node);
    const r = node.range ?? [0, 0];
    return { ...(key ? { key } : {}), value: [r[0], contentEnd(node)], scalar: target ? isScalar(target) : true };
  }
}

/**
 * Where a node's own text ends. yaml ends a block collection after the line break (and sometimes the comment
 * lines) that follow its last value; a region ends at the last value's text instead, as the fast reader does.
 */
function contentEnd(node: YamlNode): number {
  let n: YamlNode | null | undefined = node;
  for (let guard = 0; guard < 1000 && n && (isMap(n) || isSeq(n)) && !(n as { flow?: boolean }).flow; guard++) {
    const items = (n as { items: unknown[] }).items;
    const last = items[items.length - 1] as { value?: YamlNode | null; key?: unknown } | YamlNode | null | undefined;
    if (!last) break;
    const next: YamlNode | null | undefined = isMap(n) ? (last as { value?: YamlNode | null }).value : (last as YamlNode);
    if (!next?.range) break;
    n = next;
  }
  return n?.range?.[1] ?? node.range?.[1] ?? 0;
}

/** One YAML or JSON document with its values and a map from every JSON Pointer back to the source. */
export interface ParsedDocument {
  file: string;
  documentIndex: number;
  value: unknown;
  /** JSON Pointer → location, for every node in the document ('' is the root). */
  locations: SourceLocations;
  /** Object or array (by identity) → its JSON Pointer. */
  pointers: WeakMap<object, string>;
  /** The source lines of the file, for excerpts (shared by all documents of the file). */
  lines: readonly string[];
}

export interface ParseResult {
  documents: ParsedDocument[];
  problems: Problem[];
}

class LimitExceeded extends Error {
  constructor(
    message: string,
    /** Where the limit was crossed: the node (or alias use) being expanded. */
    readonly at: readonly [number, number] | undefined,
    /** The problem's code: a limit, or (an alias that names no anchor) the document's syntax. */
    readonly code: 'limit' | 'yaml-syntax' = 'limit',
  ) {
    super(message);
  }
}

/**
 * Parses a YAML 1.2 (core schema) or JSON text into documents whose values are plain data — objects
 * without prototypes, so `__proto__` and `constructor` are ordinary keys — with the source range of every
 * key and value. Syntax errors, duplicate keys and exceeded limits become problems; the other documents of
 * the stream are still returned.
 */
export function parseYamlText(
  text: string,
  file: string,
  limits: LoadLimits = defaultLimits,
  /** 'yaml' skips the fast reader (for tests that compare the two). */
  reader: 'auto' | 'yaml' = 'auto',
): ParseResult {
  const problems: Problem[] = [];
  // A byte-order mark is not content; columns are counted from after it, as editors show them.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r?\n|\r/);
  let lineStarts: readonly number[] = [];
  // Positions are kept inside the text: a parser error may end at the very end of the input or past a line end.
  const clamp = (p: { line: number; col: number }) => {
    const line = Math.min(Math.max(1, p.line), lines.length);
    return { line, col: Math.min(Math.max(1, p.col), (lines[line - 1]?.length ?? 0) + 1) };
  };
  const toRange = (start: number, end: number): Range => {
    const a = clamp(linePos(lineStarts, start));
    const b = clamp(linePos(lineStarts, Math.max(start, end)));
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.line === a.line ? Math.max(b.col, a.col) : b.col };
  };

  const fast = reader === 'auto' ? fastParseYaml(source, limits) : undefined;
  if (fast) {
    lineStarts = fast.lineStarts;
    const documents = fast.documents.map((d, documentIndex) => ({ file, documentIndex, value: d.value, locations: new FastLocations(d, toRange), pointers: d.pointers, lines }));
    return { documents, problems };
  }

  lineStarts = lineStartsOf(source);
  let docs: { doc: Document.Parsed; index: number }[];
  try {
    docs = composeBounded(source, limits, ({ at, ...p }) => problems.push({ ...p, file, range: toRange(at, at) }));
  } catch (error) {
    // The parser is recursive; pathological nesting can exhaust the stack before our own depth limit applies.
    problems.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      range: toRange(0, 0),
      message:
        error instanceof RangeError
          ? `the file is nested too deeply to parse (limit ${limits.maxDepth} levels)`
          : `the file could not be parsed: ${(error as Error).message}`,
    });
    return { documents: [], problems };
  }

  const documents: ParsedDocument[] = [];
  for (const { doc, index: documentIndex } of docs) {
    const errors = doc.errors;
    if (errors.length > 0) {
      for (const e of errors.slice(0, maxProblemsPerDocument)) {
        const tooDeep = /call stack/i.test(e.message);
        problems.push({
          severity: 'error',
          code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : tooDeep ? 'limit' : 'yaml-syntax',
          file,
          documentIndex,
          range: toRange(e.pos[0], e.pos[1]),
          message: tooDeep ? `the document is nested too deeply to parse (the limit is ${limits.maxDepth} levels); it was not evaluated` : describeYamlError(e.code, e.message),
        });
        if (tooDeep) break;
      }
      if (errors.length > maxProblemsPerDocument && !errors.some((e) => /call stack/i.test(e.message))) {
        problems.push({ severity: 'error', code: 'yaml-syntax', file, documentIndex, range: toRange(errors[maxProblemsPerDocument]!.pos[0], errors[maxProblemsPerDocument]!.pos[1]), message: `and ${errors.length - maxProblemsPerDocument} more errors in this document` });
      }
      continue;
    }
    for (const w of doc.warnings) {
      problems.push({ severity: 'warning', code: 'yaml-warning', file, documentIndex, range: toRange(w.pos[0], w.pos[1]), message: describeYamlError(w.code, w.message) });
    }
    if (doc.contents === null) continue; // an empty document in a stream (e.g. a trailing `---`)
    try {
      const walker = new Walker(doc, limits);
      const value = walker.walk(doc.contents as YamlNode, '', 0);
      if (walker.duplicates.length > 0) {
        for (const d of walker.duplicates.slice(0, maxProblemsPerDocument)) {
          problems.push({ severity: 'error', code: 'duplicate-key', file, documentIndex, range: toRange(d.at[0], d.at[1]), message: `duplicate key: ${quoteKey(d.name)} is already defined on line ${linePos(lineStarts, d.first).line}` });
        }
        if (walker.duplicates.length > maxProblemsPerDocument) {
          const d = walker.duplicates[maxProblemsPerDocument]!;
          problems.push({ severity: 'error', code: 'duplicate-key', file, documentIndex, range: toRange(d.at[0], d.at[1]), message: `and ${walker.duplicates.length - maxProblemsPerDocument} more duplicate keys in this document` });
        }
        continue;
      }
      documents.push({
        file,
        documentIndex,
        value,
        locations: new YamlLocations(doc, toRange),
        pointers: walker.pointers,
        lines,
      });
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      const at = error.at ?? (doc.contents as YamlNode).range ?? [0, 0];
      problems.push({
        severity: 'error',
        code: error.code,
        file,
        documentIndex,
        range: toRange(at[0], at[1]),
        message: error.message,
      });
    }
  }
  return { documents, problems };
}

/** Problems listed for one document before the rest are summed up in one more: its output stays bounded. */
const maxProblemsPerDocument = 100;

/** A key as a message shows it: quoted, and kept short (it is the input's own text). */
function quoteKey(name: string): string {
  const text = JSON.stringify(name);
  return text.length <= 80 ? text : `${text.slice(0, 79)}…"`;
}

/** The offset each line starts at, as yaml's LineCounter records them (after each line feed). */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Token types that are not counted against the token limit: layout, and markers that are not in the text. */
const uncounted = new Set(['space', 'newline', 'comment', 'byte-order-mark', 'doc-mode', 'flow-error-end']);
/** Token types that are part of no document: what comes before a document may still be part of the stream. */
const outsideDocuments = new Set(['space', 'newline', 'comment', 'byte-order-mark', 'doc-mode', 'flow-error-end', 'directive', 'doc-end']);

/**
 * The documents of a text, parsed by `yaml` within the limits. The text is tokenised first and each token counted
 * as it comes, before the parser sees it: past `maxDocuments` documents, or `maxTokens` tokens, nothing more
 * is read, so the time and memory the parser takes are bounded by the limits rather than by the text. What was
 * read up to a limit is composed as usual (a document cut off by the token limit is left out and reported).
 * Duplicate keys are not checked here (`yaml` compares every key with every other); the Walker does that.
 */
function composeBounded(source: string, limits: LoadLimits, report: (p: Omit<Problem, 'file' | 'range'> & { at: number }) => void): { doc: Document.Parsed; index: number }[] {
  const { Lexer, Parser, Composer, CST } = yaml();
  const parser = new Parser();
  const composer = new Composer({ version: '1.2', schema: 'core', uniqueKeys: false, strict: true, merge: false });
  let cutOff = -1;
  function* tokens(): Generator<import('yaml').CST.Token> {
    let offset = 0;
    let count = 0;
    /** Documents begun so far; whether one is open (after `---` or content, until `...`). */
    let begun = 0;
    let open = false;
    let atScalar = false;
    for (const lexeme of new Lexer().lex(source)) {
      if (atScalar) {
        // The text of a scalar, after its marker (counted there).
        atScalar = false;
        offset += lexeme.length;
        yield* parser.next(lexeme);
        continue;
      }
      const type = CST.tokenType(lexeme) ?? 'scalar-text';
      if (type === 'doc-start' || (!open && !outsideDocuments.has(type))) {
        if (begun === limits.maxDocuments) {
          report({ severity: 'error', code: 'limit-documents', at: offset, message: `more than ${limits.maxDocuments} documents in one file; the rest are ignored` });
          break;
        }
        begun++;
        open = true;
      } else if (type === 'doc-end') {
        open = false;
      }
      if (!uncounted.has(type) && ++count > limits.maxTokens) {
        cutOff = begun - 1;
        report({
          severity: 'error',
          code: 'limit',
          documentIndex: cutOff,
          at: offset,
          message: `the file has more than ${limits.maxTokens} YAML tokens; it was read up to here, and this document (and any after it) was not evaluated`,
        });
        break;
      }
      if (type === 'scalar') atScalar = true;
      else if (type !== 'doc-mode' && type !== 'flow-error-end') offset += lexeme.length;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const docs: { doc: Document.Parsed; index: number }[] = [];
  let index = 0;
  for (const doc of composer.compose(tokens())) {
    if (index !== cutOff) docs.push({ doc: doc as Document.Parsed, index });
    index++;
  }
  return docs;
}

/** Line and column of an offset, as yaml's LineCounter computes them from the offsets lines start at. */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

/** The parser's name of a `{ }` or `[ ]` collection, in words. */
function flowName(name: string): string {
  return /map/.test(name) ? '{ } mapping' : /seq/.test(name) ? '[ ] list' : name;
}

/**
 * A YAML syntax error in ringfence's words: what is wrong at this position and what to do (the position is
 * reported separately). The parser's own text is kept only for a case not listed, after "YAML syntax:".
 */
export function describeYamlError(code: string, message: string): string {
  // yaml's messages end with a code excerpt on further lines.
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  let m: RegExpMatchArray | null;
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key: ${first.replace(/^Map keys must be unique;?\s*/i, '') || 'a key appears twice in one mapping; keep one'}`;
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces';
    case 'MULTILINE_IMPLICIT_KEY':
      return "a key runs over more than one line — usually a line indented differently from the keys above it, or a missing ':' — check the indentation here";
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /Nested mappings/.test(first)
        ? "a value holds another 'key: value' on the same line (a: b: c), or the next line is indented too far; put the inner mapping on its own indented lines, or quote the value"
        : "a list cannot be a key; check the indentation and the ':' here";
    case 'BAD_INDENT':
      if ((m = first.match(/^Flow (map|sequence)/))) return `a ${flowName(m[1]!)} is not closed, or its lines are not indented more than its key; close it with ${m[1] === 'map' ? '}' : ']'} and indent its lines`;
      return /sequence/.test(first)
        ? "this list item ('- ') is not indented like the items above it; align it with them (spaces only)"
        : /mapping/.test(first)
          ? 'this key is not indented like the keys above it; align it with them (spaces only)'
          : 'the indentation here does not match the lines above; indent with spaces so that each key lines up with its siblings';
    case 'BAD_DQ_ESCAPE':
      m = first.match(/Invalid escape sequence (.*)$/);
      return `a double-quoted string has the invalid escape ${m?.[1] ?? 'sequence'}; write \\\\ for a backslash, or use single quotes`;
    case 'BAD_SCALAR_START':
      m = first.match(/cannot start with (.)/);
      return `a plain value cannot start with ${m?.[1] ?? 'this character'}; put the value in quotes`;
    case 'MISSING_CHAR':
      if ((m = first.match(/Missing closing (["'])quote/))) return `a quoted value is not closed; add the closing ${m[1]}`;
      if ((m = first.match(/Missing , (?:or : )?between (.*) items/))) return `a ${flowName(m[1]!)} is missing a ',' between two items; add it`;
      if (/Missing space after :/.test(first)) return "a ':' inside { } or [ ] needs a space after it (key: value)";
      if (/Implicit map keys need to be followed by map values/.test(first)) return "a key is not followed by ':' and a value; add ': value', or remove the line";
      if (/Sequence item without - indicator/.test(first)) return "a list item has no '- ' in front of it; add it, or align the line with its neighbours";
      if (/Comments must be separated/.test(first)) return "a '#' comment must have a space before it; add one (or quote a value that contains #)";
      return `YAML syntax: ${first}`;
    case 'UNEXPECTED_TOKEN':
      if ((m = first.match(/^Unexpected , in (.*)$/))) return `an extra ',' in a ${flowName(m[1]!)}; remove it`;
      if ((m = first.match(/^Unexpected empty item in (.*)$/))) return `an empty item (two commas in a row) in a ${flowName(m[1]!)}; remove the extra ','`;
      return `unexpected text here (${first.replace(/^Unexpected /, '')}); check the line's indentation, quotes and brackets`;
    case 'BLOCK_IN_FLOW':
      return 'a { } or [ ] collection is not closed, or holds an indented block; close it with } or ], or write it as indented lines';
    case 'TAG_RESOLVE_FAILED':
      m = first.match(/Unresolved tag: (.*)$/);
      return `the tag ${m?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'here'} cannot be applied and is ignored; remove it (ringfence documents need no tags)`;
    case 'MULTIPLE_DOCS':
      return "a second document starts without '---'; separate documents with a '---' line";
    case 'BAD_ALIAS':
      return `an anchor (&name) or alias (*name) has no name, or a name ending in ':'; name it, or quote the value`;
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
      return `the anchors (&) and tags (!) here are not allowed in this arrangement (${first.toLowerCase()}); remove them`;
    default:
      return `YAML syntax: ${first}`;
  }
}

class Walker {
  readonly pointers = new WeakMap<object, string>();
  /** Keys defined twice in one mapping: where, and where first (found with a set per mapping, in linear time). */
  readonly duplicates: { name: string; at: readonly [number, number]; first: number }[] = [];
  private readonly checked = new WeakSet<object>();
  private nodes = 0;
  /** Resolving an alias searches the document; each alias node is resolved once however often it expands. */
  private readonly resolved = new WeakMap<object, YamlNode | undefined>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly limits: LoadLimits,
  ) {}

  /** The alias being expanded, if any: a limit crossed inside an expansion is reported at its use. */
  private aliasAt: readonly [number, number] | undefined;

  /**
   * Builds the plain value of a node. `pointer` is called only for mappings and sequences — the objects whose
   * pointer evaluation needs (`at`, `evidence`) — so scalars cost no string building.
   */
  walk(node: YamlNode, pointer: string | (() => string), depth: number): unknown {
    if (++this.nodes > this.limits.maxNodes) {
      throw new LimitExceeded(`the document expands to more than ${this.limits.maxNodes} nodes (alias expansion counts); it was not evaluated`, this.here(node));
    }
    if (depth > this.limits.maxDepth) {
      throw new LimitExceeded(`the document nests deeper than ${this.limits.maxDepth} levels; it was not evaluated`, this.here(node));
    }
    if (isAlias(node)) {
      let target: YamlNode | undefined;
      if (this.resolved.has(node)) target = this.resolved.get(node);
      else {
        target = node.resolve(this.doc) as YamlNode | undefined;
        this.resolved.set(node, target);
      }
      // An alias that names no anchor is an error of the document, not a missing value.
      if (!target) throw new LimitExceeded(`the alias *${node.source} names no anchor: no &${node.source} comes before it in this document; define the anchor first, or write the value out`, node.range ? [node.range[0], node.range[1]] : this.here(node), 'yaml-syntax');
      const outer = this.aliasAt;
      this.aliasAt ??= node.range ? ([node.range[0], node.range[1]] as const) : undefined;
      const value = this.walk(target, pointer, depth);
      this.aliasAt = outer;
      return value;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      const here = typeof pointer === 'string' ? pointer : pointer();
      this.pointers.set(out, here);
      // Keys are compared as the text they become (1 and "1" are one member of the result), in linear time.
      const first = new Map<string, number>();
      for (const pair of node.items) {
        const k = pair.key as YamlNode | null;
        const name = keyToString(k);
        const keyAt = k?.range ? ([k.range[0], k.range[1]] as const) : this.here(node) ?? ([0, 0] as const);
        const seen = first.get(name);
        if (seen !== undefined) {
          // A mapping an alias expands again is reported once.
          if (!this.checked.has(node)) this.duplicates.push({ name, at: keyAt, first: seen });
          continue;
        }
        first.set(name, keyAt[0]);
        const v = pair.value as YamlNode | null;
        out[name] = v === null ? null : this.walk(v, () => `${here}/${escapePointerToken(name)}`, depth + 1);
      }
      this.checked.add(node);
      return out;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      const here = typeof pointer === 'string' ? pointer : pointer();
      this.pointers.set(out, here);
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i] as YamlNode | null | undefined;
        out.push(item === null || item === undefined ? null : this.walk(item, () => `${here}/${i}`, depth + 1));
      }
      return out;
    }
    const v = (node as Scalar).value;
    return typeof v === 'bigint' ? Number(v) : v;
  }

  private here(node: YamlNode): readonly [number, number] | undefined {
    return this.aliasAt ?? (node.range ? ([node.range[0], node.range[1]] as const) : undefined);
  }
}

function keyToString(k: YamlNode | null): string {
  if (k === null) return '';
  if (isScalar(k)) return String(k.value);
  // Complex keys (mappings as keys) have no JSON equivalent; name them by their source text.
  return String(k);
}
