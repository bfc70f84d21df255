import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report, ReportFooter, ReportHeader } from '../src/model/report.js';
import type { Chunk, Chunks, ReporterOptions, StreamingReporter } from './types.js';

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
  const put = (c: Chunks) => {
    for (const x of eachChunk(c)) out.push(asText(x));
  };
  put(writer.begin());
  for (const s of report.subjects) {
    put(writer.add(part(s)));
    if (writer.feedback && part.feedback) part.feedback(writer.feedback());
  }
  put(writer.end(footerOf(report)));
  return out.join('');
}

/** The chunks of what a writer returned, in order (a string or a byte array is one chunk, not an iterable). */
export function eachChunk(chunks: Chunks): Iterable<Chunk> {
  return typeof chunks === 'string' || chunks instanceof Uint8Array ? [chunks] : chunks;
}

/**
 * Bytes put aside until a report's end can be written, for a format whose beginning needs totals known only at the
 * end (JUnit). Up to `inMemory` bytes stay in memory; beyond that they go to a temporary file, which is removed as
 * soon as it is open where the system allows it (so a run that dies leaves nothing behind), and read back a
 * megabyte at a time.
 */
export class Spool {
  private readonly held: Uint8Array[] = [];
  private heldBytes = 0;
  private file: { fd: number; dir: string; size: number } | undefined;

  constructor(private readonly inMemory = 8 << 20) {}

  add(bytes: Uint8Array): void {
    if (!this.file && this.heldBytes + bytes.byteLength <= this.inMemory) {
      this.held.push(bytes);
      this.heldBytes += bytes.byteLength;
      return;
    }
    if (!this.file) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ringfence-spool-'));
      const name = path.join(dir, 'spool');
      const fd = openSync(name, 'w+');
      try {
        rmSync(dir, { recursive: true });
      } catch {
        // Windows keeps an open file; it is removed when the spool is read.
      }
      this.file = { fd, dir, size: 0 };
      for (const b of this.held.splice(0)) this.write(b);
    }
    this.write(bytes);
  }

  private write(bytes: Uint8Array): void {
    const f = this.file!;
    for (let at = 0; at < bytes.byteLength; ) at += writeSync(f.fd, bytes, at, bytes.byteLength - at, f.size + at);
    f.size += bytes.byteLength;
  }

  /** Everything added, in order; the spool is empty and its file gone once this has been read to the end. */
  *chunks(): Generator<Uint8Array> {
    if (!this.file) {
      yield* this.held.splice(0);
      this.heldBytes = 0;
      return;
    }
    const { fd, dir, size } = this.file;
    this.file = undefined;
    try {
      for (let at = 0; at < size; ) {
        const piece = new Uint8Array(Math.min(1 << 20, size - at));
        const n = readSync(fd, piece, 0, piece.byteLength, at);
        if (n === 0) throw new Error('the report spool ended early');
        at += n;
        yield n === piece.byteLength ? piece : piece.subarray(0, n);
      }
    } finally {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
