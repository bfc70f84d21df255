import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { defaultLimits } from '../load/limits.js';

/**
 * The files an attestation names. A statement is written by the party being judged, so a name is never just
 * opened: it must lie inside the folder verify runs in (unless --allow-outside), resolve — links followed — to a
 * regular file there, and is read without blocking (a FIFO or device is refused from its fstat, never read) and
 * only up to the input size limit.
 */
export type SubjectState = 'same' | 'differs' | 'missing' | 'outside' | 'not-file' | 'too-large' | 'unreadable';

export interface SubjectCheck {
  state: SubjectState;
  /** What was found, for the line after the name. */
  message: string;
}

/** Whether a name points outside the folder by its spelling alone (absolute, or climbing with `..`). */
export function namedOutside(name: string): boolean {
  return path.isAbsolute(name) || name.split(/[\\/]/).includes('..');
}

/** Whether a real path lies inside a real folder. */
export function inside(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/**
 * The sha-256 of a regular file, read through one descriptor: opened without blocking and without following a
 * final symbolic link, checked with fstat, read up to `maxBytes`. Never throws.
 */
export function hashRegularFile(file: string, maxBytes: number = defaultLimits.maxFileBytes): { sha256?: string; state?: Exclude<SubjectState, 'same' | 'differs' | 'outside'>; message?: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'missing', message: 'missing here' };
    return { state: 'unreadable', message: `cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { state: 'not-file', message: 'not a regular file (a folder, device, FIFO or socket); not read' };
    if (st.size > maxBytes) return { state: 'too-large', message: `${st.size} bytes, over the ${maxBytes}-byte input limit; not read` };
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(Math.min(64 * 1024, Math.max(1, st.size)));
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      // The file grew while it was read: it is not the file that was measured.
      if (total > maxBytes) return { state: 'too-large', message: `over the ${maxBytes}-byte input limit; not read` };
      hash.update(buffer.subarray(0, n));
    }
    return { sha256: hash.digest('hex') };
  } catch (error) {
    return { state: 'unreadable', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** Where a named file really is, when it may be read: inside `folder` (a real path), or anywhere when allowed. */
export function locateSubject(name: string, folder: string, allowOutside: boolean): { real?: string; check?: SubjectCheck } {
  const outside = 'outside this folder; not read (--allow-outside reads files outside the folder verify runs in)';
  if (!allowOutside && namedOutside(name)) return { check: { state: 'outside', message: outside } };
  let real: string;
  try {
    real = realpathSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { check: { state: 'missing', message: 'missing here' } };
    return { check: { state: 'unreadable', message: `cannot be read (${code ?? (error as Error).message})` } };
  }
  if (!allowOutside && !inside(real, folder)) return { check: { state: 'outside', message: `a link to a file ${outside}` } };
  return { real };
}

/** Checks one subject of a statement against the file here. */
export function checkSubject(name: string, sha256: string, folder: string, allowOutside: boolean): SubjectCheck {
  const { real, check } = locateSubject(name, folder, allowOutside);
  if (check) return check;
  const h = hashRegularFile(real!);
  if (h.state) return { state: h.state, message: h.message! };
  return h.sha256 === sha256 ? { state: 'same', message: 'the same bytes as attested' } : { state: 'differs', message: 'differs from the attested file' };
}
