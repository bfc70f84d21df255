import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmdirSync, unlinkSync, writevSync } from 'node:fs';
import path from 'node:path';
import { eachChunk, Spool } from '../../reporters/stream-kit.js';
import type { Chunks } from '../../reporters/types.js';

/**
 * An output that takes effect only when the whole run proved valid, for a command whose input can turn out wrong
 * after its output has begun (`ringfence merge` reads each part once, and a part may be refused at its last byte).
 * A file is written to a temporary file beside its destination (same folder, so that moving it in is a rename, not
 * a copy) and renamed over the destination by commit(); discard() removes it, and the folders made for it, leaving
 * the destination as it was. Standard output is spooled (memory, then a temporary file: see Spool) and written out
 * by commit(). Write errors are reported once, and make commit() refuse.
 */
export class StagedOutput {
  private fd: number | undefined;
  private temp: string | undefined;
  /** The first folder mkdir made for the destination, if any: removed again on discard, when empty. */
  private made: string | undefined;
  private readonly spool: Spool | undefined;
  private buffered: Uint8Array[] = [];
  private size = 0;
  ok = true;

  constructor(private readonly target: string | undefined) {
    if (target === undefined) {
      this.spool = new Spool();
      return;
    }
    const destination = path.resolve(target);
    try {
      this.made = mkdirSync(path.dirname(destination), { recursive: true });
      // A name of its own ('wx': never an existing file, nor a link planted under a guessable name).
      this.temp = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
      this.fd = openSync(this.temp, 'wx');
    } catch (error) {
      this.temp = undefined;
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (!this.ok) return;
    process.stderr.write(`ringfence: cannot write ${this.target ?? 'to standard output'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    this.ok = false;
    this.buffered = [];
  }

  write(chunks: Chunks): void {
    for (const c of eachChunk(chunks)) {
      if (!this.ok) return;
      if (c.length === 0) continue;
      const bytes = typeof c === 'string' ? Buffer.from(c) : c;
      if (this.spool) {
        this.spool.add(bytes);
        continue;
      }
      this.buffered.push(bytes);
      this.size += bytes.byteLength;
      if (this.size >= 1 << 20) this.flush();
    }
  }

  private flush(): void {
    if (!this.ok || this.buffered.length === 0 || this.fd === undefined) return;
    // The pieces as they are, in one system call (libuv writes them all, or fails): no copy into one buffer.
    const pieces = this.buffered;
    const size = this.size;
    this.buffered = [];
    this.size = 0;
    try {
      const written = writevSync(this.fd, pieces);
      if (written !== size) throw new Error(`wrote ${written} of ${size} bytes`);
    } catch (error) {
      this.fail(error);
    }
  }

  private closeFile(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Everything written out to the temporary file (nothing is visible yet); false when something could not be. */
  finish(): boolean {
    this.flush();
    this.closeFile();
    return this.ok;
  }

  /** Moves the output into place (a file), or writes it (standard output). False, with a message, when it cannot. */
  commit(): boolean {
    if (!this.finish()) return false;
    if (this.spool) {
      for (const c of this.spool.chunks()) process.stdout.write(c);
      return true;
    }
    try {
      renameSync(this.temp!, path.resolve(this.target!));
      this.temp = undefined;
      return true;
    } catch (error) {
      this.fail(error);
      this.discard();
      return false;
    }
  }

  /** Removes what was written: the destination stays as it was. */
  discard(): void {
    this.buffered = [];
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Closed or not, the file is removed below.
      }
      this.fd = undefined;
    }
    if (this.spool) for (const _ of this.spool.chunks()) break;
    if (this.temp !== undefined) {
      try {
        unlinkSync(this.temp);
      } catch {
        // Already gone.
      }
      this.temp = undefined;
    }
    // The folders made for it, innermost first, while they are empty (rmdir refuses one that is not).
    if (this.made !== undefined && this.target !== undefined) {
      const top = this.made;
      this.made = undefined;
      for (let dir = path.dirname(path.resolve(this.target)); dir.length >= top.length; dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
        if (dir === top) break;
      }
    }
  }
}
