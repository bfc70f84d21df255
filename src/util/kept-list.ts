import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An append-only list of JSON values that a run keeps to its end (the problems and gate reasons of a streamed check),
 * stored as JSON lines in blocks of bytes outside V8's heap rather than as objects inside it: a few hundred bytes
 * per value instead of objects, strings and pointers scattered over the old space among the garbage of every
 * document. Up to `inMemory` bytes stay in memory; beyond that the blocks go to a temporary file, removed as soon as
 * it is open where the system allows it (so a run that dies leaves nothing behind; on Windows, when the list is read
 * or closed). Where no temporary file can be made, everything stays in memory. Values come back in the order they
 * were added, each a new value (strings in one piece: JSON.parse makes no slices).
 */
export class KeptList<T> implements Iterable<T> {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly held: Buffer[] = [];
  private heldBytes = 0;
  /** The byte length of each block written, held or in the file, in order. */
  private readonly blocks: number[] = [];
  private file: { fd: number; dir: string; size: number } | undefined;
  private noFile = false;
  private count = 0;

  constructor(
    private readonly inMemory = 4 << 20,
    /** Characters gathered before they become a block of bytes. */
    private readonly blockChars = 64 << 10,
    private readonly tempDir = os.tmpdir(),
  ) {}

  get length(): number {
    return this.count;
  }

  /** Whether the list has gone to a temporary file (for tests and measurements). */
  get spilled(): boolean {
    return this.file !== undefined;
  }

  push(value: T): void {
    const line = JSON.stringify(value);
    if (line === undefined) throw new TypeError('KeptList: a value with no JSON form');
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    this.count++;
    if (this.pendingChars >= this.blockChars) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const block = Buffer.from(`${this.pending.join('\n')}\n`, 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.blocks.push(block.byteLength);
    if (!this.file && (this.heldBytes + block.byteLength <= this.inMemory || this.noFile || !this.openFile())) {
      this.held.push(block);
      this.heldBytes += block.byteLength;
      return;
    }
    this.write(block);
  }

  /** Moves the held blocks to a new temporary file; false (and memory it is) when none can be made. */
  private openFile(): boolean {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(path.join(this.tempDir, 'ringfence-kept-'));
      const fd = openSync(path.join(dir, 'kept'), 'w+');
      try {
        rmSync(dir, { recursive: true });
      } catch {
        // Windows keeps an open file; it is removed when the list is closed.
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

  private write(block: Buffer): void {
    const f = this.file!;
    for (let at = 0; at < block.byteLength; ) at += writeSync(f.fd, block, at, block.byteLength - at, f.size + at);
    f.size += block.byteLength;
  }

  /** Every value, in the order added. The list may be read more than once until it is closed. */
  *[Symbol.iterator](): Iterator<T> {
    this.flush();
    const file = this.file;
    let at = 0;
    for (let b = 0; b < this.blocks.length; b++) {
      const size = this.blocks[b]!;
      let block: Buffer;
      if (file) {
        block = Buffer.allocUnsafe(size);
        for (let got = 0; got < size; ) {
          const n = readSync(file.fd, block, got, size - got, at + got);
          if (n === 0) throw new Error('the kept list ended early (its temporary file was cut short)');
          got += n;
        }
        at += size;
      } else block = this.held[b]!;
      // Each block holds whole lines; JSON escapes every line break inside a value.
      const text = block.toString('utf8');
      for (let from = 0; from < text.length; ) {
        const end = text.indexOf('\n', from);
        yield JSON.parse(text.slice(from, end)) as T;
        from = end + 1;
      }
    }
  }

  /** Lets go of everything and removes the temporary file; the list is empty afterwards. */
  close(): void {
    this.pending = [];
    this.pendingChars = 0;
    this.held.length = 0;
    this.heldBytes = 0;
    this.blocks.length = 0;
    this.count = 0;
    const file = this.file;
    this.file = undefined;
    if (file) {
      try {
        closeSync(file.fd);
      } finally {
        rmSync(file.dir, { recursive: true, force: true });
      }
    }
  }
}
