import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultLimits } from '../load/limits.js';
import { schemaFileOf, type SchemaName } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { buildIdFile } from '../layout.js';
import { packageRoot, schemasDir, toolVersion } from '../paths.js';
import type { RuleDefinition } from './rule.js';

/**
 * Compiled rules, cached by content hash. Compiling a rule needs the TypeScript parser (about half a second
 * to load) and schema-checks every path; the result is plain JSON (expressions lowered to IR), so it is
 * written once and read back on every later run whose rule files, schemas and ringfence version are the
 * same.
 *
 * An entry decides every control's outcome, so it is trusted no more than its checks (docs/DESIGN.md §8):
 * - it lives only in a folder the user owns and no one else can write (never a shared temporary folder): a
 *   folder owned by someone else, group- or world-writable, or a symbolic link is refused;
 * - every entry must be a regular file the user owns, no one else can write, of bounded size, and carry an
 *   HMAC-SHA256 over its name and text, keyed by a random per-user secret kept in the folder (`key`, mode
 *   0600): a file planted without the key is rejected;
 * - what can be recomputed from the standard is never taken from the entry: the standard's own text is part
 *   of the key, and every schema and the standard file must be among the dependencies it is checked against.
 * An entry that fails any check is ignored (never trusted) and the standard is compiled and cached again.
 */
export interface CachedRule {
  rule?: RuleDefinition;
  problems: Problem[];
}

const formatVersion = 4;

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

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** Why a file or folder may not hold cache entries, or undefined when it may. */
function unsafe(st: { uid: number; mode: number }, what: string): string | undefined {
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
function readBounded(file: string, max: number, check?: (st: { uid: number; mode: number }) => string | undefined): Buffer {
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

let build: string | undefined;
/**
 * The code that compiled an entry: the digest of dist/ written by the build (scripts/build-id.mjs), so that a
 * rebuilt ringfence of the same version never reads what an older build compiled.
 */
function buildId(): string {
  if (build === undefined) {
    try {
      build = readFileSync(buildIdFile(), 'utf8').trim();
    } catch {
      build = 'unbuilt';
    }
  }
  return build;
}

const schemaPaths = () => (Object.keys(schemaFileOf).sort() as SchemaName[]).map((name) => path.join(schemasDir, schemaFileOf[name]));

let schemaDigest: string | undefined;
function schemasKey(): string {
  if (!schemaDigest) {
    const h = createHash('sha256');
    for (const file of schemaPaths()) h.update(readFileSync(file)).update('\0');
    schemaDigest = h.digest('hex');
  }
  return schemaDigest;
}

export function rulesKey(rules: readonly { name: string; file: string; text: string }[]): string {
  const h = createHash('sha256').update(`ringfence ${toolVersion} ${buildId()} cache ${formatVersion}\0${schemasKey()}\0`);
  for (const r of [...rules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) h.update(r.name).update('\0').update(r.file).update('\0').update(r.text).update('\0');
  return h.digest('hex');
}

export function readRuleCache(key: string): Map<string, CachedRule> | undefined {
  const data = readEntry<{ key?: string; rules?: Record<string, CachedRule> }>(`rules-${key}.json`);
  return data && data.key === key && data.rules && typeof data.rules === 'object' ? new Map(Object.entries(data.rules)) : undefined;
}

/** Best effort: a read-only install simply compiles every time. Written atomically (temp file + rename). */
export function writeRuleCache(key: string, rules: ReadonlyMap<string, CachedRule>): void {
  writeEntry([`rules-${key}.json`, { key, rules: Object.fromEntries(rules) }]);
}

/** Writes entries in order into the first cache folder that takes them; false when none does. */
function writeEntry(...entries: [name: string, data: unknown][]): boolean {
  for (const { dir, key } of folders(true)) {
    try {
      for (const [name, data] of entries) {
        const target = path.join(dir, name);
        const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
        const body = Buffer.from(asciiJson(typeof data === 'string' ? data : JSON.stringify(data)), 'latin1');
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

const entryName = /^(rules|standard)-([0-9a-f]{64})(\.cold)?\.json$/;

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

/**
 * An entry, from the first folder where it passes every check: a regular file the user owns and no one else
 * can write, within the size bound, of this format, whose HMAC matches. Anything else is ignored.
 */
function readEntry<T>(name: string): T | undefined {
  for (const { dir, key } of folders(false)) {
    try {
      const bytes = readBounded(path.join(dir, name), maxEntryBytes, (st) => unsafe(st, 'the entry'));
      const head = headerPattern.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 100)));
      if (!head || Number(head[1]) !== formatVersion) continue;
      const body = bytes.subarray(head[0].length);
      if (!timingSafeEqual(Buffer.from(head[2]!, 'hex'), mac(key, name, body))) continue;
      return JSON.parse(body.toString('latin1')) as T;
    } catch {
      /* not there, not readable, or not ours: try the next location */
    }
  }
  return undefined;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A file or folder's identity and last change (size, mtime, ctime, inode, device). While all of them are
 * unchanged, so is the content — provided the content was hashed after the last change had settled, see
 * `settleMs`.
 */
type StatStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number];

function stamp(file: string): StatStamp | undefined {
  try {
    const st = statSync(file);
    return [st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev];
  } catch {
    return undefined;
  }
}

/**
 * How long before a content check a change must have happened for its stat to stand for the content later:
 * a file written in the same timestamp tick as it was hashed, or on a file system whose clock or timestamp
 * resolution is coarse, could change again without its stat changing (git's "racily clean" entries). Such
 * files are hashed on every run until a run finds them settled and records that.
 */
export const settleMs = 3_000;

interface DependencyEntry {
  kind: 'file' | 'dir';
  path: string;
  hash: string;
  stat?: StatStamp;
}

/**
 * What a loaded standard was made from: every file read (with a hash of its text), every rule folder listed,
 * and the schemas. A cached standard is used only while all of them are unchanged.
 */
export class Dependencies {
  /** When the content checks began: a change after this instant is never trusted to show in the stat. */
  readonly checkedAt = Date.now();
  readonly entries: DependencyEntry[] = [];
  file(file: string, text: string | undefined): void {
    const stat = stamp(file);
    this.entries.push({ kind: 'file', path: path.resolve(file), hash: text === undefined ? 'unreadable' : sha(text), ...(stat ? { stat } : {}) });
  }
  directory(dir: string, names: readonly string[]): void {
    const stat = stamp(dir);
    this.entries.push({ kind: 'dir', path: path.resolve(dir), hash: sha(names.join('\n')), ...(stat ? { stat } : {}) });
  }
  /** The schemas type the rules' expressions and validate the standard and rules. */
  schemas(): void {
    for (const file of schemaPaths()) {
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      this.file(file, text);
    }
  }
}

function contentHash(e: DependencyEntry): string {
  // Bounded, and never waiting on a FIFO: a dependency replaced by one is simply changed.
  if (e.kind === 'file') return sha(readBounded(e.path, defaultLimits.maxFileBytes).toString('utf8'));
  const names = readdirSync(e.path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((x) => `${x.name}${x.isDirectory() ? '/' : ''}`);
  return sha(names.join('\n'));
}

const sameStamp = (a: StatStamp | undefined, b: StatStamp | undefined) => a !== undefined && b !== undefined && a.every((v, i) => v === b[i]);

/**
 * Whether every dependency is unchanged. A dependency whose stat is as recorded, and was recorded after its
 * last change had settled, is not read; any other is hashed. When hashing found everything unchanged, the
 * returned entries carry fresh stats (and `refresh` says so), so that later runs can skip the hashing.
 */
function stillValid(entries: readonly DependencyEntry[], checkedAt: number): { valid: boolean; refresh?: { entries: DependencyEntry[]; checkedAt: number } } {
  const now = Date.now();
  let hashed = false;
  const fresh: DependencyEntry[] = [];
  for (const e of entries) {
    const current = stamp(e.path);
    if (e.stat && sameStamp(current, e.stat) && e.stat[2] < checkedAt - settleMs) {
      fresh.push(e);
      continue;
    }
    try {
      if (contentHash(e) !== e.hash) return { valid: false };
    } catch {
      return { valid: false };
    }
    hashed = true;
    // The stat taken before hashing: a change after `now` shows as a ctime at or after it, so it is never trusted.
    fresh.push({ kind: e.kind, path: e.path, hash: e.hash, ...(current ? { stat: current } : {}) });
  }
  const settles = fresh.every((e) => e.stat !== undefined && e.stat[2] < now - settleMs);
  return hashed && settles ? { valid: true, refresh: { entries: fresh, checkedAt: now } } : { valid: true };
}

/**
 * The key of a standard's entry: its path, the working directory (paths in problems are shown relative to it)
 * and the hash of its text, so that the entry of a standard is found only while its text is the one compiled.
 */
function standardKey(file: string, textHash: string): string {
  return sha(`ringfence ${toolVersion} ${buildId()} cache ${formatVersion}\0${path.resolve(file)}\0${process.cwd()}\0${textHash}`);
}

/** The dependencies every entry must be checked against, whatever it lists: the standard itself and the schemas. */
const requiredDependencies = (file: string) => [path.resolve(file), ...schemaPaths()];

interface StandardEntry {
  key?: string;
  checkedAt?: number;
  deps?: DependencyEntry[];
  coldId?: string;
  result?: unknown;
}

export interface CachedStandard {
  /** The part every run needs. */
  result: unknown;
  /** The rest (what only some commands read), or undefined when it is missing or not the one written with `result`. */
  readCold: () => unknown;
}

/** A loaded standard (with its compiled rules and problems), if nothing it was made from has changed. */
export function readStandardCache(file: string): CachedStandard | undefined {
  if (process.env['RINGFENCE_NO_CACHE']) return undefined;
  let text: string;
  try {
    text = readBounded(file, defaultLimits.maxFileBytes).toString('utf8');
  } catch {
    return undefined;
  }
  const key = standardKey(file, sha(text));
  const name = `standard-${key}.json`;
  const data = readEntry<StandardEntry>(name);
  if (!data || data.key !== key || !Array.isArray(data.deps) || typeof data.checkedAt !== 'number' || typeof data.coldId !== 'string' || !data.result) return undefined;
  const files = new Set(data.deps.map((d) => (d && d.kind === 'file' ? d.path : undefined)));
  if (!requiredDependencies(file).every((f) => files.has(f))) return undefined;
  const { valid, refresh } = stillValid(data.deps, data.checkedAt);
  if (!valid) return undefined;
  if (refresh) writeEntry([name, { ...data, deps: refresh.entries, checkedAt: refresh.checkedAt }]);
  const coldId = data.coldId;
  return {
    result: data.result,
    readCold: () => {
      const cold = readEntry<{ key?: string; coldId?: string; cold?: unknown }>(`standard-${key}.cold.json`);
      return cold && cold.key === key && cold.coldId === coldId ? cold.cold : undefined;
    },
  };
}

/** Caches a loaded standard: `result` is what every run reads, `cold` what only some commands need. */
export function writeStandardCache(file: string, deps: Dependencies, result: unknown, cold: unknown): void {
  // Keyed by the text that was compiled (as recorded while loading), never by what the file holds now.
  const own = deps.entries.find((e) => e.kind === 'file' && e.path === path.resolve(file));
  if (!own || own.hash === 'unreadable') return;
  if (!requiredDependencies(file).every((f) => deps.entries.some((e) => e.kind === 'file' && e.path === f))) return;
  const key = standardKey(file, own.hash);
  const coldText = JSON.stringify(cold);
  const coldId = sha(coldText);
  // The cold part first: a reader that finds the new entry finds its cold part (or a newer one, which it refuses).
  writeEntry([`standard-${key}.cold.json`, `{"key":${JSON.stringify(key)},"coldId":"${coldId}","cold":${coldText}}`], [`standard-${key}.json`, { key, checkedAt: deps.checkedAt, deps: deps.entries, coldId, result }]);
}
