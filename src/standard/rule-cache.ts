import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schemaFileOf, type SchemaName } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { packageRoot, schemasDir, toolVersion } from '../paths.js';
import type { RuleDefinition } from './rule.js';

/**
 * Compiled rules, cached by content hash. Compiling a rule needs the TypeScript parser (about half a second
 * to load) and schema-checks every path; the result is plain JSON (expressions lowered to IR), so it is
 * written once and read back on every later run whose rule files, schemas and ringfence version are the
 * same. A damaged or foreign cache entry is ignored, never trusted: it must parse and carry the same key.
 */
export interface CachedRule {
  rule?: RuleDefinition;
  problems: Problem[];
}

const formatVersion = 3;

/** Where compiled rules are kept: RINGFENCE_CACHE_DIR, else node_modules/.cache, else the temp folder. */
export function cacheDirectories(): string[] {
  const env = process.env['RINGFENCE_CACHE_DIR'];
  if (env) return [env];
  return [path.join(packageRoot, 'node_modules', '.cache', 'ringfence'), path.join(os.tmpdir(), 'ringfence-cache')];
}

let build: string | undefined;
/**
 * The code that compiled an entry: the digest of dist/ written by the build (scripts/build-id.mjs), so that a
 * rebuilt ringfence of the same version never reads what an older build compiled.
 */
function buildId(): string {
  if (build === undefined) {
    try {
      build = readFileSync(path.join(packageRoot, 'dist', 'build-id'), 'utf8').trim();
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

/** The cache key of a set of rule files: their names, paths and texts, the schemas and the tool version. */
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
  if (process.env['RINGFENCE_NO_CACHE']) return false;
  for (const dir of cacheDirectories()) {
    try {
      mkdirSync(dir, { recursive: true });
      for (const [name, data] of entries) {
        const target = path.join(dir, name);
        const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(temp, asciiJson(typeof data === 'string' ? data : JSON.stringify(data)));
        renameSync(temp, target);
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
  const entries = files.filter((f) => entryName.test(f) && !f.endsWith('.cold.json')).map((f) => ({ f, t: statSync(path.join(dir, f)).mtimeMs }));
  if (entries.length <= 64) return;
  entries.sort((a, b) => a.t - b.t);
  for (const { f } of entries.slice(0, entries.length - 64)) {
    rmSync(path.join(dir, f), { force: true });
    rmSync(path.join(dir, f.replace(/\.json$/, '.cold.json')), { force: true });
  }
}

function readEntry<T>(name: string): T | undefined {
  if (process.env['RINGFENCE_NO_CACHE']) return undefined;
  for (const dir of cacheDirectories()) {
    try {
      return JSON.parse(readFileSync(path.join(dir, name), 'latin1')) as T;
    } catch {
      /* not there, or not readable: try the next location */
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
  if (e.kind === 'file') return sha(readFileSync(e.path, 'utf8'));
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

function standardKey(file: string): string {
  // Paths in problems are shown relative to the working directory, so it is part of the key.
  return sha(`ringfence ${toolVersion} ${buildId()} cache ${formatVersion}\0${path.resolve(file)}\0${process.cwd()}`);
}

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
  const key = standardKey(file);
  const name = `standard-${key}.json`;
  const data = readEntry<StandardEntry>(name);
  if (!data || data.key !== key || !Array.isArray(data.deps) || typeof data.checkedAt !== 'number' || typeof data.coldId !== 'string' || !data.result) return undefined;
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
  const key = standardKey(file);
  const coldText = JSON.stringify(cold);
  const coldId = sha(coldText);
  // The cold part first: a reader that finds the new entry finds its cold part (or a newer one, which it refuses).
  writeEntry([`standard-${key}.cold.json`, `{"key":${JSON.stringify(key)},"coldId":"${coldId}","cold":${coldText}}`], [`standard-${key}.json`, { key, checkedAt: deps.checkedAt, deps: deps.entries, coldId, result }]);
}
