import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultLimits } from '../load/limits.js';
import { schemaFileOf, type SchemaName } from '../load/schema-names.js';
import type { Problem } from '../model/problem.js';
import { buildIdFile } from '../layout.js';
import { schemasDir, toolVersion } from '../paths.js';
import { formatVersion, readBounded, readEntryBytes, writeEntry } from '../cache/store.js';
import type { RuleDefinition } from './rule.js';

export { cacheDirectories } from '../cache/store.js';

/**
 * Compiled rules, cached by content hash. Compiling a rule needs the TypeScript parser (about half a second
 * to load) and schema-checks every path; the result is plain JSON (expressions lowered to IR), so it is
 * written once and read back on every later run whose rule files, schemas and ringfence version are the
 * same.
 *
 * An entry decides every control's outcome, so it is trusted no more than its checks (docs/DESIGN.md §8): the
 * folder, file and HMAC checks of src/cache/store.ts, and
 * - what can be recomputed from the standard is never taken from the entry: the standard's own text is part
 *   of the key, and every schema and the standard file must be among the dependencies it is checked against.
 * An entry that fails any check is ignored (never trusted) and the standard is compiled and cached again.
 */
export interface CachedRule {
  rule?: RuleDefinition;
  problems: Problem[];
}

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

/**
 * An entry, from the first folder where it passes every check: a regular file the user owns and no one else
 * can write, within the size bound, of this format, whose HMAC matches. Anything else is ignored.
 */
function readEntry<T>(name: string): T | undefined {
  const body = readEntryBytes(name);
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body.toString('latin1')) as T;
  } catch {
    return undefined;
  }
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
