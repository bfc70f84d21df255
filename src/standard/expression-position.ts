import type { Range } from '../model/problem.js';

/**
 * Maps offsets in a YAML scalar's value back to line/column in its file. The value of a quoted, folded or
 * literal scalar differs from its source text (quotes, indentation, folded line breaks), so the value's
 * characters are aligned with the source's, in order, skipping what the value does not contain.
 */
export function scalarPositionMapper(lines: readonly string[], start: Range, value: string): (offset: number) => { line: number; column: number } {
  let line = start.startLine - 1;
  let col = start.startColumn - 1;
  const at = () => lines[line]?.[col];
  const first = at();
  if (first === '|' || first === '>') {
    line += 1;
    col = 0;
  } else if (first === '"' || first === "'") {
    col += 1;
  }
  const positions: { line: number; column: number }[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    // Advance to the next source character that can produce `ch`.
    let guard = 0;
    while (line < lines.length && guard++ < 10_000) {
      const src = at();
      if (src === undefined) {
        if (ch === '\n' || ch === ' ') break;
        line += 1;
        col = 0;
        continue;
      }
      if (src === ch) break;
      col += 1;
    }
    positions.push({ line: line + 1, column: col + 1 });
    if (at() !== undefined) col += 1;
    else {
      line += 1;
      col = 0;
    }
  }
  const end = { line: line + 1, column: col + 1 };
  return (offset) => positions[offset] ?? end;
}

export function rangeInScalar(map: (offset: number) => { line: number; column: number }, start: number, end: number): Range {
  const a = map(start);
  const b = map(Math.max(start, end - 1));
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column + 1 };
}
