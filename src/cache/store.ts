import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * The cache's folders, key and entries: what ringfence keeps between runs (compiled standards and rules,
 * src/standard/rule-cache.ts; V8's code cache of its own modules, src/cache/code.ts). An entry decides every
 * control's outcome, or is code that runs, so it is trusted no more than its checks (docs/DESIGN.md §8):
 * - it lives only in a folder the user owns and no one else can write (never a shared temporary folder): a
 *   folder owned by someone else, group- or world-writable, or a symbolic link is refused;
 * - every entry must be a regular file the user owns, no one else can write, of bounded size, and carry an
 *   HMAC-SHA256 over its name and text, keyed by a random per-user secret kept in the folder (`key`, mode
 *   0600): a file planted without the key is rejected.
 * A module of its own, with nothing but Node's modules beneath it, so that the CLI's entry can read V8's code
 * cache for the engine before loading the engine.
 */
export const formatVersion = 5;

/** The largest entry read (the bundled standard's entries are about 0.5 MB). */
const maxEntryBytes = 64 * 1024 * 1024;
/** The key: 32 random bytes, kept in hexadecimal. */
const keyBytes = 32;
const keyName = 'key';

/**
 * Where compiled rules may be kept, in order: RINGFENCE_CACHE_DIR alone when set; else node_modules/.cache
 * beside ringfence (when the user owns it), then the user's cache folder ($XDG_CACHE_HOME or ~/.cache).
 */
export function cacheDirectories(): { dir: string; explicit: boolean }[] {
  const env = process.env['RINGFENCE_CACHE_DIR'];
  if (env) return [{ dir: path.resolve(env), explicit: true }];
  const dirs = [path.join(packageRoot, 'node_modules', '.cache', 'ringfence')];
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg && path.isAbsolute(xdg)) dirs.push(path.join(xdg, 'ringfence'));
  else {
    let home = '';
    try {
      home = os.homedir();
    } catch {
      /* no home folder: no per-user cache there */
    }
    if (home && path.isAbsolute(home)) dirs.push(path.join(home, '.cache', 'ringfence'));
  }
  return dirs.map((dir) => ({ dir, explicit: false }));
}

export const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** Why a file or folder may not hold cache entries, or undefined when it may. */
export function unsafe(st: { uid: number; mode: number }, what: string): string | undefined {
  if (uid === undefined) return undefined;
  if (st.uid !== uid) return `${what} belongs to another user (uid ${st.uid})`;
  if (st.mode & 0o022) return `${what} is writable by other users`;
  return undefined;
}

const warned = new Set<string>();
/** One line on standard error, once per folder: the run goes on without the cache. */
function warn(dir: string, reason: string): void {
  if (warned.has(dir)) return;
  warned.add(dir);
  process.stderr.write(`ringfence: warning: ${reason}; running without the cache\n`);
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);

/**
 * Reads a whole regular file, at most `max` bytes, without following a final symbolic link or waiting on a
 * FIFO; `check` may refuse it by its stat. Throws when the file is anything else or changes size while read.
 */
export function readBounded(file: string, max: number, check?: (st: { uid: number; mode: number }) => string | undefined): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    const refused = check?.(st);
    if (refused) throw new Error(refused);
    if (st.size > max) throw new Error(`larger than ${max} bytes`);
    const buffer = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read !== st.size) throw new Error('changed while read');
    return buffer;
  } finally {
    closeSync(fd);
  }
}

class DamagedKey extends Error {
  override readonly message = 'its key is damaged';
}

interface CacheFolder {
  dir: string;
  key: Buffer;
}

/**
 * A cache folder and its key, once both pass their checks; undefined when the folder cannot be used (with a
 * warning when it was named by RINGFENCE_CACHE_DIR or exists but is unsafe). `create` makes the folder (mode
 * 0700) and its key (0600) when missing.
 */
function openFolder(named: string, explicit: boolean, create: boolean): CacheFolder | undefined {
  // Its real path (a folder reached through a symbolic link is judged, and used, where it is).
  let dir = named;
  try {
    dir = realpathSync(named);
  } catch {
    /* missing: made below */
  }
  let st;
  try {
    st = lstatSync(dir);
  } catch (error) {
    if (!create || errorCode(error) !== 'ENOENT') {
      if (explicit && errorCode(error) !== 'ENOENT') warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
      return undefined;
    }
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      st = lstatSync(dir);
    } catch (error) {
      if (explicit) warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
      return undefined;
    }
  }
  if (!st.isDirectory()) {
    warn(named, `the cache folder ${named} is not a folder${st.isSymbolicLink() ? ' (a symbolic link)' : ''}`);
    return undefined;
  }
  const refused = unsafe(st, `the cache folder ${named}`);
  if (refused) {
    // Another user's folder in a shared install (node_modules/.cache of a global ringfence) is simply passed by.
    if (explicit || st.uid === uid) warn(named, refused);
    return undefined;
  }
  const keyFile = path.join(dir, keyName);
  const readKey = () => {
    const text = readBounded(keyFile, 2 * keyBytes, (k) => (k.mode & 0o077 && uid !== undefined ? `its key ${keyFile} is readable or writable by other users` : unsafe(k, `its key ${keyFile}`))).toString('latin1');
    if (!new RegExp(`^[0-9a-f]{${2 * keyBytes}}$`).test(text)) throw new DamagedKey();
    return Buffer.from(text, 'hex');
  };
  let damaged = false;
  try {
    return { dir, key: readKey() };
  } catch (error) {
    // A key of the user's that is not a key (cut short, say) is replaced: the entries it signed are then ignored.
    damaged = error instanceof DamagedKey;
    if ((errorCode(error) !== 'ENOENT' && !damaged) || !create) {
      if (errorCode(error) !== 'ENOENT' && !damaged) warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
      return undefined;
    }
  }
  // A new key: written whole under a temporary name, then linked into place (a concurrent run keeps the first).
  const temp = path.join(dir, `${keyName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, randomBytes(keyBytes).toString('hex'), { mode: 0o600, flag: 'wx' });
    try {
      if (damaged) renameSync(temp, keyFile);
      else linkSync(temp, keyFile);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    return { dir, key: readKey() };
  } catch (error) {
    warn(named, `the cache folder ${named} cannot be used (${errorCode(error)})`);
    return undefined;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The folders to read from or write to, each checked (and, for writing, made) as it is reached. */
function* folders(create: boolean): Generator<CacheFolder> {
  if (process.env['RINGFENCE_NO_CACHE']) return;
  for (const { dir, explicit } of cacheDirectories()) {
    const folder = openFolder(dir, explicit, create);
    if (folder) yield folder;
  }
}

/** An entry's header line: the format and the HMAC of its name and body. */
const header = (key: Buffer, name: string, body: Buffer) => `ringfence-cache ${formatVersion} ${mac(key, name, body).toString('hex')}\n`;
const mac = (key: Buffer, name: string, body: Buffer) => createHmac('sha256', key).update(name).update('\0').update(body).digest();
const headerPattern = /^ringfence-cache (\d+) ([0-9a-f]{64})\n/;

/** Writes entries in order into the first cache folder that takes them; false when none does. */
export function writeEntry(...entries: [name: string, data: unknown][]): boolean {
  for (const { dir, key } of folders(true)) {
    try {
      for (const [name, data] of entries) {
        const target = path.join(dir, name);
        const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
        const body = Buffer.isBuffer(data) ? data : Buffer.from(asciiJson(typeof data === 'string' ? data : JSON.stringify(data)), 'latin1');
        try {
          writeFileSync(temp, Buffer.concat([Buffer.from(header(key, name, body), 'latin1'), body]), { mode: 0o600, flag: 'wx' });
          renameSync(temp, target);
        } finally {
          rmSync(temp, { force: true });
        }
      }
      prune(dir);
      return true;
    } catch {
      /* try the next location */
    }
  }
  return false;
}

/**
 * Entries are written in ASCII (other characters escaped) and read as Latin-1: V8 then keeps the text in one
 * byte per character, which reads and parses faster than the two-byte string a single "é" or "—" otherwise
 * forces on the whole file.
 */
const asciiJson = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const entryName = /^(?:(rules|standard)-([0-9a-f]{64})(\.cold)?\.json|code-[0-9a-f]{64}\.bin)$/;

/** Keeps the cache bounded: beyond 64 entries, the least recently written go (a standard with its cold part). */
function prune(dir: string): void {
  const files = readdirSync(dir);
  const entries = files.filter((f) => entryName.test(f) && !f.endsWith('.cold.json')).map((f) => ({ f, t: lstatSync(path.join(dir, f)).mtimeMs }));
  if (entries.length <= 64) return;
  entries.sort((a, b) => a.t - b.t);
  for (const { f } of entries.slice(0, entries.length - 64)) {
    rmSync(path.join(dir, f), { force: true });
    rmSync(path.join(dir, f.replace(/\.json$/, '.cold.json')), { force: true });
  }
}

/** An entry's body, from the first folder where it passes every check (see readEntry). */
export function readEntryBytes(name: string): Buffer | undefined {
  for (const { dir, key } of folders(false)) {
    try {
      const bytes = readBounded(path.join(dir, name), maxEntryBytes, (st) => unsafe(st, 'the entry'));
      const head = headerPattern.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 100)));
      if (!head || Number(head[1]) !== formatVersion) continue;
      const body = bytes.subarray(head[0].length);
      if (!timingSafeEqual(Buffer.from(head[2]!, 'hex'), mac(key, name, body))) continue;
      return body;
    } catch {
      /* not there, not readable, or not ours: try the next location */
    }
  }
  return undefined;
}

