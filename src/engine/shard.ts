import { createHash } from 'node:crypto';
import { displayPath } from '../load/read-inputs.js';
import { isImportedEntry, type ImportedGroup } from '../import/index.js';
import type { Problem } from '../model/problem.js';
import type { ShardInfo, ShardSubject } from '../model/report.js';
import type { CheckOptions, ShardSpec } from './options.js';

export type { ShardSpec } from './options.js';


/** Most shards a run may be cut into (a CI matrix is far smaller; the bound keeps a part's claims checkable). */
export const maxShards = 256;

/**
 * The shard a batch entry belongs to: a hash of the name reports give the file (its path as given, relative to the
 * working folder), not its position, so that adding or removing a file moves no other file to another shard. A
 * file's documents stay together: they share a file, a parse and (for a deployment beside its manifest) a pairing.
 */
export function shardOfName(name: string, count: number): number {
  const h = createHash('sha256').update(name).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

/** The name a batch entry is sharded by: its display path, or for a group of imported files its first source. */
export function entryName(file: string, imported: Readonly<Record<string, ImportedGroup>> | undefined): string {
  if (!isImportedEntry(file)) return displayPath(file);
  const group = imported?.[file];
  return `import:${group?.importer ?? ''}:${group?.documents[0]?.sources[0] ?? file}`;
}

/** Which entries of the batch this shard evaluates. */
export function ownedEntries(files: readonly string[], imported: Readonly<Record<string, ImportedGroup>> | undefined, spec: ShardSpec): Uint8Array {
  const owned = new Uint8Array(files.length);
  files.forEach((f, i) => (owned[i] = shardOfName(entryName(f, imported), spec.count) === spec.index ? 1 : 0));
  return owned;
}

/** JSON with Maps, Sets and byte arrays spelt out and object keys in a fixed order: for a digest. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Set) return { $set: [...v] };
    if (ArrayBuffer.isView(v)) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') };
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}

/**
 * What every shard of one run must share, as a digest: the batch (its entries in input order, which of them were
 * named explicitly, what the import stage made of foreign files), the settings that change an evaluation (limits,
 * budget, evidence, declared values), waivers, baseline, gate and the number of shards. The report header (tool,
 * standard, as-of date, config, about) is compared as it is written. Parts of runs that differ in any of these
 * cannot be merged into what one run would have written.
 */
export function runDigest(files: readonly string[], explicit: ReadonlySet<string>, imported: Readonly<Record<string, ImportedGroup>> | undefined, options: CheckOptions, count: number): string {
  const names = files.map((f) => entryName(f, imported));
  const h = createHash('sha256');
  const add = (label: string, v: unknown) => h.update(`${label}\0${canonical(v) ?? 'null'}\n`);
  add('shards', count);
  add('files', names);
  add('explicit', files.filter((f) => explicit.has(f)).map((f) => entryName(f, imported)));
  add('imported', imported ?? null);
  add('limits', options.limits ?? null);
  add('budget', options.budget ?? null);
  add('declaredValues', options.declaredValues === true);
  add('evidence', options.evidence ?? null);
  add('waivers', options.waivers ?? []);
  add('baseline', options.baseline ?? null);
  add('gate', { failOn: options.failOn ?? 'high', minScore: options.minScore ?? null, minLevel: options.minLevel ?? null, failOnNew: options.failOnNew === true, allowEmpty: options.allowEmpty === true });
  return `sha256:${h.digest('hex')}`;
}

/** What a shard gathers as its subjects pass, for its part's `shard` member. */
export class ShardRecorder {
  readonly subjects: ShardSubject[] = [];

  constructor(
    readonly spec: ShardSpec,
    readonly run: string,
    readonly files: number,
  ) {}

  /** One subject, in the order the part lists it: its batch entry, its reasons to fail the gate, its schema problems. */
  add(entry: number, reasons: readonly string[], schema: readonly Problem[]): void {
    this.subjects.push({ entry, ...(reasons.length ? { reasons: [...reasons] } : {}), ...(schema.length ? { schema: [...schema] } : {}) });
  }

  info(runProblems: readonly Problem[], documentProblems: readonly Problem[], options: CheckOptions): ShardInfo {
    return {
      index: this.spec.index,
      count: this.spec.count,
      run: this.run,
      files: this.files,
      ...(options.allowEmpty ? { allowEmpty: true } : {}),
      waiverColumns: (options.waivers ?? []).map((w) => w.column),
      subjects: this.subjects,
      runProblems: [...runProblems],
      documentProblems: [...documentProblems],
    };
  }
}
