import type { Report, ReportFooter, ReportHeader } from '../src/model/report.js';
import type { Chunk, ReporterOptions, StreamingReporter } from './types.js';

/**
 * `JSON.stringify(value, null, 2)` for a value that sits `depth` levels deep in a larger document, as
 * `JSON.stringify(document, null, 2)` would write it there (its first line is not indented: it follows a key or
 * the caller's indentation). Written inside `depth` arrays and cut out, which indents it in the same pass.
 */
export function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapping array adds `[` + line break + indentation before the value, and line break + indentation + `]` after.
  const before = depth * depth + 3 * depth;
  const after = depth * (depth + 1);
  return depth === 0 ? text : text.slice(before, text.length - after);
}

/** The `"key": value` lines of an object `depth` levels deep, as JSON.stringify writes them (undefined left out). */
export function members(object: Record<string, unknown>, depth: number): string[] {
  const pad = '  '.repeat(depth + 1);
  return Object.entries(object)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${pad}${JSON.stringify(k)}: ${nested(v, depth + 1)}`);
}

export function headerOf(report: Report): ReportHeader {
  return { reportVersion: report.reportVersion, tool: report.tool, asOf: report.asOf, standard: report.standard };
}

export function footerOf(report: Report): ReportFooter {
  return { problems: report.problems, waivers: report.waivers, gate: report.gate, ...(report.baseline ? { baseline: report.baseline } : {}), documents: report.subjects.length };
}

/**
 * UTF-8 bytes of a text in a buffer of their own, so that a worker thread can move them to the main thread
 * instead of copying (structured cloning a large string costs more than encoding it).
 */
export function utf8(text: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.byteLength(text));
  Buffer.from(bytes.buffer).write(text);
  return bytes;
}

export function asText(chunk: Chunk): string {
  return typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
}

/** A streaming reporter run over a whole report: what the in-memory reporter returns. */
export function renderWhole<P>(report: Report, options: ReporterOptions, reporter: StreamingReporter<P>): string {
  const header = headerOf(report);
  const writer = reporter.writer(header, options);
  const part = reporter.part(header, options);
  const out: string[] = [];
  const put = (c: Chunk | Chunk[]) => {
    for (const x of Array.isArray(c) ? c : [c]) out.push(asText(x));
  };
  put(writer.begin());
  for (const s of report.subjects) {
    put(writer.add(part(s)));
    if (writer.feedback && part.feedback) part.feedback(writer.feedback());
  }
  put(writer.end(footerOf(report)));
  return out.join('');
}
