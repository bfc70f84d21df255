import type { Range } from '../model/problem.js';
import type { NodeLocation, ParsedDocument, SourceLocations } from './parse-yaml.js';
import { ancestors } from './pointer.js';
import { rangeFor } from './validate.js';

/**
 * Where a document's values came from when it was not written by hand but mapped from foreign files (src/import):
 * each value may come from another file (a Terraform module is a folder of .tf files; overlay values come from the
 * overlay), so a position is a file and a range, per JSON Pointer.
 */
export interface DocumentOrigins {
  /** The position of `pointer`, or of its nearest ancestor that has one; undefined when not even '' has one. */
  at(pointer: string): { file: string; range: Range } | undefined;
  /** The lines of one of the files, for excerpts. */
  linesOf(file: string): readonly string[];
}

/** A parsed document that may have been mapped from foreign files. */
export type LocatableDocument = ParsedDocument & { origins?: DocumentOrigins };

/** A position in a document's own file, or in the foreign file a mapped value came from. */
export interface Located {
  file: string;
  range: Range;
  /** The lines of `file`, for excerpts. */
  lines: readonly string[];
}

/**
 * The file and range a finding or problem about `pointer` should point at: for a hand-written document its own
 * file and rangeFor (so its outputs stay as they were); for a mapped one, the file and range of the value the pointer
 * (or its nearest ancestor) was mapped from.
 */
export function locate(doc: LocatableDocument, pointer: string, prefer: 'key' | 'value' = 'value'): Located {
  if (!doc.origins) return { file: doc.file, range: rangeFor(doc.locations, pointer, prefer), lines: doc.lines };
  const at = doc.origins.at(pointer);
  if (!at) return { file: doc.file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, lines: doc.origins.linesOf(doc.file) };
  return { file: at.file, range: at.range, lines: doc.origins.linesOf(at.file) };
}

/** Origins from a table of positions (pointer → file and range) and the lines of each file. */
export function originsFrom(positions: ReadonlyMap<string, { file: string; range: Range }>, lines: ReadonlyMap<string, readonly string[]>): DocumentOrigins {
  return {
    at(pointer) {
      const own = positions.get(pointer);
      if (own) return own;
      for (const a of ancestors(pointer)) {
        const p = positions.get(a);
        if (p) return p;
      }
      return undefined;
    },
    linesOf: (file) => lines.get(file) ?? [],
  };
}

/** SourceLocations over a table of positions (for code that asks for a range only: the range, whatever its file). */
export function locationsFrom(positions: ReadonlyMap<string, { file: string; range: Range }>): SourceLocations {
  return {
    get(pointer): NodeLocation | undefined {
      const p = positions.get(pointer);
      return p ? { value: { ...p.range }, scalar: true } : undefined;
    },
  };
}
