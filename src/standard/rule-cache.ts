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

const formatVersion = 1;

/** Where compiled rules are kept: RINGFENCE_CACHE_DIR, else node_modules/.cache, else the temp folder. */
export function cacheDirectories(): string[] {
  const env = process.env['RINGFENCE_CACHE_DIR'];
  if (env) return [env];
  return [path.join(packageRoot, 'node_modules', '.cache', 'ringfence'), path.join(os.tmpdir(), 'ringfence-cache')];
}

let schemaDigest: string | undefined;
function schemasKey(): string {
  if (!schemaDigest) {
    const h = createHash('sha256');
    for (const name of Object.keys(schemaFileOf).sort() as SchemaName[]) h.update(readFileSync(path.join(schemasDir, schemaFileOf[name]))).update('\0');
    schemaDigest = h.digest('hex');
  }
  return schemaDigest;
}

/** The cache key of a set of rule files: their names, paths and texts, the schemas and the tool version. */
export function rulesKey(rules: readonly { name: string; file: string; text: string }[]): string {
  const h = createHash('sha256').update(`ringfence ${toolVersion} cache ${formatVersion}\0${schemasKey()}\0`);
  for (const r of [...rules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) h.update(r.name).update('\0').update(r.file).update('\0').update(r.text).update('\0');
  return h.digest('hex');
}

export function readRuleCache(key: string): Map<string, CachedRule> | undefined {
  const data = readEntry<{ key?: string; rules?: Record<string, CachedRule> }>(`rules-${key}.json`);
  return data && data.key === key && data.rules && typeof data.rules === 'object' ? new Map(Object.entries(data.rules)) : undefined;
}

/** Best effort: a read-only install simply compiles every time. Written atomically (temp file + rename). */
export function writeRuleCache(key: string, rules: ReadonlyMap<string, CachedRule>): void {
  writeEntry(`rules-${key}.json`, { key, rules: Object.fromEntries(rules) });
}

function writeEntry(name: string, data: unknown): void {
  if (process.env['RINGFENCE_NO_CACHE']) return;
  for (const dir of cacheDirectories()) {
    try {
      mkdirSync(dir, { recursive: true });
      const target = path.join(dir, name);
      const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, target);
      prune(dir);
      return;
    } catch {
      /* try the next location */
    }
  }
}

/** Keeps the cache bounded: beyond 64 entries, the least recently written go. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => /^(rules|standard)-[0-9a-f]{64}\.json$/.test(f))
    .map((f) => ({ f, t: statSync(path.join(dir, f)).mtimeMs }));
  if (entries.length <= 64) return;
  entries.sort((a, b) => a.t - b.t);
  for (const { f } of entries.slice(0, entries.length - 64)) rmSync(path.join(dir, f), { force: true });
}

function readEntry<T>(name: string): T | undefined {
  if (process.env['RINGFENCE_NO_CACHE']) return undefined;
  for (const dir of cacheDirectories()) {
    try {
      return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
    } catch {
      /* not there, or not readable: try the next location */
    }
  }
  return undefined;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * What a loaded standard was made from: every file read (with a hash of its text) and every rule folder
 * listed. A cached standard is used only while all of them are unchanged.
 */
export class Dependencies {
  readonly entries: { kind: 'file' | 'dir'; path: string; hash: string }[] = [];
  file(file: string, text: string | undefined): void {
    this.entries.push({ kind: 'file', path: path.resolve(file), hash: text === undefined ? 'unreadable' : sha(text) });
  }
  directory(dir: string, names: readonly string[]): void {
    this.entries.push({ kind: 'dir', path: path.resolve(dir), hash: sha(names.join('\n')) });
  }
}

function stillValid(entries: Dependencies['entries']): boolean {
  for (const e of entries) {
    try {
      if (e.kind === 'file') {
        if (sha(readFileSync(e.path, 'utf8')) !== e.hash) return false;
      } else {
        const names = readdirSync(e.path, { withFileTypes: true })
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((x) => `${x.name}${x.isDirectory() ? '/' : ''}`);
        if (sha(names.join('\n')) !== e.hash) return false;
      }
    } catch {
      return false;
    }
  }
  return true;
}

function standardKey(file: string): string {
  // Paths in problems are shown relative to the working directory, so it is part of the key.
  return sha(`ringfence ${toolVersion} cache ${formatVersion}\0${schemasKey()}\0${path.resolve(file)}\0${process.cwd()}`);
}

/** A loaded standard (with its compiled rules and problems), if nothing it was made from has changed. */
export function readStandardCache(file: string): unknown {
  const key = standardKey(file);
  const data = readEntry<{ key?: string; deps?: Dependencies['entries']; result?: unknown }>(`standard-${key}.json`);
  if (!data || data.key !== key || !Array.isArray(data.deps) || !data.result || !stillValid(data.deps)) return undefined;
  return data.result;
}

export function writeStandardCache(file: string, deps: Dependencies, result: unknown): void {
  const key = standardKey(file);
  writeEntry(`standard-${key}.json`, { key, deps: deps.entries, result });
}
