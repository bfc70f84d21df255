import { parseJsonText, rangeAt, type JsonLocations } from '../load/json.js';
import type { Problem, Range } from '../model/problem.js';
import { artifactProblem } from './types.js';

/**
 * A JSON artifact (an SBOM, a provenance statement) read as untrusted input: bounded in bytes and nesting depth
 * before JSON.parse sees it, UTF-8 required, and every problem positioned. Positions of values come from the
 * project's JSON locator (src/load/json.ts), which walks the text along a pointer when asked and remembers what it
 * passed, so locating every element of a large list reads the text about once.
 */
export interface JsonArtifact {
  value: unknown;
  locations: JsonLocations;
  /** The range of the value at a pointer (its first character when the pointer does not resolve). */
  at(pointer: string): Range;
}

export const defaultMaxDepth = 64;

export function readJsonArtifact(
  file: string,
  bytes: Buffer,
  what: string,
  limits: { maxBytes: number; maxDepth?: number },
  /**
   * Refuse a mapping that names a key twice. For signed content (a provenance statement) it matters: signer and
   * reader must not see different values. An unsigned SBOM is the vendor's word either way, so it is read as
   * JSON.parse reads it (the last value counts) and spared a pass that costs about twice the parse.
   */
  uniqueKeys = true,
): { json?: JsonArtifact; problems: Problem[] } {
  if (bytes.length > limits.maxBytes) {
    return { problems: [artifactProblem(file, 'artifact-too-large', `the ${what} is ${bytes.length} bytes; at most ${limits.maxBytes} are read, so it was not used`)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [artifactProblem(file, 'artifact-format', `the ${what} is not UTF-8 text (JSON is UTF-8)`)] };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = tooDeep(source, limits.maxDepth ?? defaultMaxDepth);
  if (deep !== undefined) {
    return { problems: [artifactProblem(file, 'artifact-too-deep', `the ${what} nests lists and mappings more than ${limits.maxDepth ?? defaultMaxDepth} deep here; it was not read`, rangeAt(source, deep))] };
  }
  const parsed = parseJsonText(source, file, 'artifact-syntax', uniqueKeys);
  if (parsed.problem) return { problems: [{ ...parsed.problem, message: `${what}: ${parsed.problem.message}` }] };
  const locations = parsed.locations;
  return {
    json: {
      value: parsed.value,
      locations,
      at: (pointer) => locations.get(pointer)?.value ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    },
    problems: [],
  };
}

/** The offset where nesting first goes deeper than `max`, or undefined. One pass; strings are skipped. */
export function tooDeep(s: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      i++;
      while (i < s.length && s.charCodeAt(i) !== 0x22) i += s.charCodeAt(i) === 0x5c ? 2 : 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** The JSON type of a value, in words, for messages. */
export function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  return typeof v === 'boolean' ? 'a boolean' : typeof v;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A JSON Pointer token. */
export function token(s: string | number): string {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}
