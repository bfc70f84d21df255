import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Problem } from '../src/model/problem.js';
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
  return { reportVersion: report.reportVersion, tool: report.tool, asOf: report.asOf, ...(report.about ? { about: report.about } : {}), standard: report.standard };
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
  // Each subject's schema problems, as the engine hands them to the parts when it streams (see OrderedSubject).
  const schemaProblems = new Map<string, Problem[]>();
  for (const p of report.problems) {
    if (p.code !== 'schema' || p.file === undefined) continue;
    const key = `${p.file}#${p.documentIndex ?? 0}`;
    schemaProblems.set(key, [...(schemaProblems.get(key) ?? []), p]);
  }
  for (const s of report.subjects) {
    put(writer.add(part(s, schemaProblems.get(`${s.file}#${s.documentIndex}`) ?? [])));
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
 * megabyte at a time. Where no temporary file can be made, everything stays in memory.
 */
export class Spool {
  private readonly held: Uint8Array[] = [];
  private heldBytes = 0;
  /** The length of each record added, for `records`. */
  private readonly lengths: number[] = [];
  private file: { fd: number; dir: string; size: number } | undefined;
  /** Set once a temporary file could not be made: the rest is held in memory. */
  private noFile = false;

  constructor(private readonly inMemory = 8 << 20) {}

  add(bytes: Uint8Array): void {
    this.lengths.push(bytes.byteLength);
    if (!this.file && (this.heldBytes + bytes.byteLength <= this.inMemory || this.noFile || !this.openFile())) {
      this.held.push(bytes);
      this.heldBytes += bytes.byteLength;
      return;
    }
    this.write(bytes);
  }

  /** Moves what is held to a new temporary file; false, and memory it is, when none can be made (a read-only system). */
  private openFile(): boolean {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(path.join(os.tmpdir(), 'ringfence-spool-'));
      const fd = openSync(path.join(dir, 'spool'), 'w+');
      try {
        rmSync(dir, { recursive: true });
      } catch {
        // Windows keeps an open file; it is removed when the spool is read.
      }
      this.file = { fd, dir, size: 0 };
    } catch {
      if (dir) rmSync(dir, { recursive: true, force: true });
      this.noFile = true;
      return false;
    }
    for (const b of this.held.splice(0)) this.write(b);
    this.heldBytes = 0;
    return true;
  }

  private write(bytes: Uint8Array): void {
    const f = this.file!;
    for (let at = 0; at < bytes.byteLength; ) at += writeSync(f.fd, bytes, at, bytes.byteLength - at, f.size + at);
    f.size += bytes.byteLength;
  }

  /** Everything added, in order, in pieces of at most a megabyte; the spool is empty and its file gone once read. */
  chunks(): Generator<Uint8Array> {
    const total = this.lengths.reduce((a, b) => a + b, 0);
    const sizes = Array.from({ length: Math.ceil(total / (1 << 20)) }, (_, i) => Math.min(1 << 20, total - i * (1 << 20)));
    return this.read(sizes, false);
  }

  /** Each record added, in order, as it was added; the spool is empty and its file gone once read. */
  records(): Generator<Uint8Array> {
    return this.read(this.lengths.slice(), true);
  }

  private *read(sizes: readonly number[], records: boolean): Generator<Uint8Array> {
    this.lengths.length = 0;
    this.heldBytes = 0;
    const file = this.file;
    this.file = undefined;
    if (!file) {
      const held = this.held.splice(0);
      yield* records ? held : held.filter((b) => b.byteLength > 0);
      return;
    }
    try {
      let at = 0;
      for (const size of sizes) {
        const piece = new Uint8Array(size);
        for (let got = 0; got < size; ) {
          const n = readSync(file.fd, piece, got, size - got, at + got);
          if (n === 0) throw new Error('the report spool ended early');
          got += n;
        }
        at += size;
        yield piece;
      }
    } finally {
      closeSync(file.fd);
      rmSync(file.dir, { recursive: true, force: true });
    }
  }
}
