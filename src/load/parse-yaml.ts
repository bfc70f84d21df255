import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type Scalar,
} from 'yaml';
import type { Problem, Range } from '../model/problem.js';
import { defaultLimits, type LoadLimits } from './limits.js';
import { escapePointerToken } from './pointer.js';

/** Where a value sits in its file: the key that names it (for mapping entries) and the value itself. */
export interface NodeLocation {
  key?: Range;
  value: Range;
  /** True when the value is a scalar (its text is the value), false for mappings and sequences. */
  scalar: boolean;
}

interface RawLocation {
  key?: readonly [number, number] | undefined;
  value: readonly [number, number];
  scalar: boolean;
}

/**
 * JSON Pointer → source location for every node of a document. Offsets are recorded while walking and turned
 * into lines and columns only when asked for: a clean document never pays for positions it does not report.
 */
export class SourceLocations {
  private readonly raw = new Map<string, RawLocation>();
  constructor(private readonly toRange: (start: number, end: number) => Range) {}

  set(pointer: string, loc: RawLocation): void {
    this.raw.set(pointer, loc);
  }

  has(pointer: string): boolean {
    return this.raw.has(pointer);
  }

  get(pointer: string): NodeLocation | undefined {
    const r = this.raw.get(pointer);
    if (!r) return undefined;
    return {
      ...(r.key ? { key: this.toRange(r.key[0], r.key[1]) } : {}),
      value: this.toRange(r.value[0], r.value[1]),
      scalar: r.scalar,
    };
  }

  get size(): number {
    return this.raw.size;
  }
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
): ParseResult {
  const problems: Problem[] = [];
  // A byte-order mark is not content; columns are counted from after it, as editors show them.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const lines = source.split(/\r?\n|\r/);
  // Positions are kept inside the text: a parser error may end at the very end of the input or past a line end.
  const clamp = (p: { line: number; col: number }) => {
    const line = Math.min(Math.max(1, p.line), lines.length);
    return { line, col: Math.min(Math.max(1, p.col), (lines[line - 1]?.length ?? 0) + 1) };
  };
  const toRange = (start: number, end: number): Range => {
    const a = clamp(lineCounter.linePos(start));
    const b = clamp(lineCounter.linePos(Math.max(start, end)));
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.line === a.line ? Math.max(b.col, a.col) : b.col };
  };

  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(source, {
      lineCounter,
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      merge: false,
    }) as unknown as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [];
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
  docs.forEach((doc, documentIndex) => {
    if (documentIndex >= limits.maxDocuments) {
      if (documentIndex === limits.maxDocuments) {
        problems.push({
          severity: 'error',
          code: 'limit-documents',
          file,
          range: toRange(doc.range[0], doc.range[0]),
          message: `more than ${limits.maxDocuments} documents in one file; the rest are ignored`,
        });
      }
      return;
    }
    const errors = doc.errors;
    if (errors.length > 0) {
      for (const e of errors) {
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
      return;
    }
    for (const w of doc.warnings) {
      problems.push({ severity: 'warning', code: 'yaml-warning', file, documentIndex, range: toRange(w.pos[0], w.pos[1]), message: describeYamlError(w.code, w.message) });
    }
    if (doc.contents === null) return; // an empty document in a stream (e.g. a trailing `---`)
    try {
      const walker = new Walker(doc, limits, toRange);
      const value = walker.walk(doc.contents as YamlNode, '', 0, undefined);
      documents.push({
        file,
        documentIndex,
        value,
        locations: walker.locations,
        pointers: walker.pointers,
        lines,
      });
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      const at = error.at ?? (doc.contents as YamlNode).range ?? [0, 0];
      problems.push({
        severity: 'error',
        code: 'limit',
        file,
        documentIndex,
        range: toRange(at[0], at[1]),
        message: error.message,
      });
    }
  });
  return { documents, problems };
}

function describeYamlError(code: string, message: string): string {
  // yaml's messages end with a code excerpt on further lines; the position is reported separately.
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${first.replace(/^Map keys must be unique;?\s*/i, '') || 'map keys must be unique'}`;
  return first;
}

class Walker {
  readonly locations: SourceLocations;
  readonly pointers = new WeakMap<object, string>();
  private nodes = 0;
  /** Resolving an alias searches the document; each alias node is resolved once however often it expands. */
  private readonly resolved = new WeakMap<object, YamlNode | undefined>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly limits: LoadLimits,
    toRange: (start: number, end: number) => Range,
  ) {
    this.locations = new SourceLocations(toRange);
  }

  /** The alias being expanded, if any: a limit crossed inside an expansion is reported at its use. */
  private aliasAt: readonly [number, number] | undefined;

  walk(node: YamlNode, pointer: string, depth: number, key: readonly [number, number] | undefined): unknown {
    const here = this.aliasAt ?? (node.range ? ([node.range[0], node.range[1]] as const) : undefined);
    if (++this.nodes > this.limits.maxNodes) {
      throw new LimitExceeded(`the document expands to more than ${this.limits.maxNodes} nodes (alias expansion counts); it was not evaluated`, here);
    }
    if (depth > this.limits.maxDepth) {
      throw new LimitExceeded(`the document nests deeper than ${this.limits.maxDepth} levels; it was not evaluated`, here);
    }
    if (isAlias(node)) {
      let target: YamlNode | undefined;
      if (this.resolved.has(node)) target = this.resolved.get(node);
      else {
        target = node.resolve(this.doc) as YamlNode | undefined;
        this.resolved.set(node, target);
      }
      const own = node.range ? ([node.range[0], node.range[1]] as const) : undefined;
      if (!target) return undefined;
      // Report findings inside an alias at the alias's use site: that is the line the reader edits.
      const outer = this.aliasAt;
      this.aliasAt ??= own;
      const value = this.walk(target as YamlNode, pointer, depth, key);
      this.aliasAt = outer;
      if (own) this.locations.set(pointer, { key, value: own, scalar: isScalar(target) });
      return value;
    }
    const r = node.range;
    const valueRange = r ? ([r[0], r[1]] as const) : ([0, 0] as const);
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      this.pointers.set(out, pointer);
      this.locations.set(pointer, { key, value: valueRange, scalar: false });
      for (const pair of node.items) {
        const k = pair.key as YamlNode | null;
        const name = keyToString(k);
        const keyRange = k?.range ? ([k.range[0], k.range[1]] as const) : valueRange;
        const child = `${pointer}/${escapePointerToken(name)}`;
        const v = pair.value as YamlNode | null;
        if (v === null) {
          out[name] = null;
          this.locations.set(child, { key: keyRange, value: keyRange, scalar: true });
        } else {
          out[name] = this.walk(v, child, depth + 1, keyRange);
        }
      }
      return out;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      this.pointers.set(out, pointer);
      this.locations.set(pointer, { key, value: valueRange, scalar: false });
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        if (item === null || item === undefined) {
          out.push(null);
          this.locations.set(child, { value: valueRange, scalar: true });
        } else {
          out.push(this.walk(item as YamlNode, child, depth + 1, undefined));
        }
      });
      return out;
    }
    // Scalar
    this.locations.set(pointer, { key, value: valueRange, scalar: true });
    const v = (node as Scalar).value;
    return typeof v === 'bigint' ? Number(v) : v;
  }
}

function keyToString(k: YamlNode | null): string {
  if (k === null) return '';
  if (isScalar(k)) return String(k.value);
  // Complex keys (mappings as keys) have no JSON equivalent; name them by their source text.
  return String(k);
}
