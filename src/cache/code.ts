import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { readEntryBytes, writeEntry } from './store.js';

/**
 * Loads ringfence's own CommonJS code as `require` would, with V8's code cache: the CLI's bundle (dist/cli, built
 * by scripts/bundle.mjs) and the precompiled schema validators (dist/validators). A cold start compiles every
 * function it calls — the fast reader, the evaluator, the validator of a manifest (one function of 297 KB of
 * source), the SARIF writer — and that compiling was a sixth of a one-file check. The code cache holds the bytecode
 * of every function compiled by the end of a run; it is written once, at exit, by the main thread (when there was
 * none, or V8 refused it), and later runs skip the parsing and compiling.
 *
 * Code from a cache is code that runs, so its entries are kept as the compiled standard is (src/cache/store.ts: a
 * folder only the user can write, a regular file, an HMAC under the user's key: a file planted there without the
 * key is never read), and each is named by the hash of the module's text and path and of Node's version, platform
 * and flags, so that it is read only beside the very text it was made from. V8 also refuses data made by another
 * version or with other flags; the module is then compiled as usual. RINGFENCE_NO_CACHE turns it off.
 */
const pending: { id: string; script: vm.Script; flags: readonly string[] }[] = [];
const nodeRequire = createRequire(import.meta.url);

/** Whether a file another module requires is loaded the same way (the bundle's own chunks), or by `require`. */
export type Own = (file: string) => boolean;

export function requireCompiled(file: string, own?: Own): unknown {
  const known = nodeRequire.cache[file];
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  const off = Boolean(process.env['RINGFENCE_NO_CACHE']);
  // The flags this run set so far are part of the name: V8 refuses data made under other flags (see setV8Flag).
  const flags = applied.map((f) => f.flag);
  // (Entries are written with the flags reset back to these: see writePending.)
  const id = createHash('sha256').update(`${process.version} ${process.platform} ${process.arch} ${process.execArgv.join(' ')}\0${flags.join(' ')}\0${file}\0`).update(source).digest('hex');
  const cachedData = off ? undefined : readEntryBytes(`code-${id}.bin`);
  // The wrapper of a CommonJS module, so that the code sees what it would under `require`.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  // A module like any other, in require's cache (before it runs, as require does, for cycles between chunks).
  const module = new Module(file);
  module.filename = file;
  const base = createRequire(file);
  const local = own
    ? Object.assign((spec: string) => {
        if (!spec.startsWith('.')) return base(spec);
        const resolved = path.resolve(path.dirname(file), spec);
        return own(resolved) ? requireCompiled(resolved, own) : base(spec);
      }, base)
    : base;
  nodeRequire.cache[file] = module;
  try {
    (script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: Module, f: string, d: string) => void)(module.exports, local, module, file, path.dirname(file));
  } catch (error) {
    delete nodeRequire.cache[file];
    throw error;
  }
  module.loaded = true;
  if (!off && isMainThread && (!cachedData || script.cachedDataRejected)) {
    if (pending.length === 0) process.once('exit', writePending);
    pending.push({ id, script, flags });
  }
  return module.exports;
}

const applied: { flag: string; reset: string }[] = [];

/**
 * Sets a V8 flag for the rest of the run (`reset` puts it back). V8 stamps a code cache with a hash of every flag's
 * value, and refuses data whose stamp is not the running process's: code loaded after a flag was set (a validator,
 * loaded when the first document is checked) must be cached under that flag, and code loaded before it without.
 * So each entry is written under the flags set when its code was loaded, and named by them.
 */
export function setV8Flag(flag: string, reset: string): void {
  v8.setFlagsFromString(flag);
  applied.push({ flag, reset });
}

/** At exit: what the run compiled (the functions it called, not only each module's top level). */
function writePending(): void {
  // The flags an entry was loaded under are always the first of those set (flags are only ever added): walk back
  // from all of them, resetting the last set, and write each entry when the flags are as they were at its loading.
  let set = applied.length;
  for (const { id, script, flags } of pending.splice(0).sort((a, b) => b.flags.length - a.flags.length)) {
    try {
      while (set > flags.length) v8.setFlagsFromString(applied[--set]!.reset);
      writeEntry([`code-${id}.bin`, script.createCachedData()]);
    } catch {
      /* best effort: the next run compiles as this one did */
    }
  }
}

/**
 * Runs the CLI's CommonJS bundle (`main`, a file of dist/cli): its chunks through the code cache, and `import()` of
 * packages and of the formats' modules through the entry's own (code compiled by vm.Script has none of its own;
 * see src/util/import-module.ts).
 */
export function runBundle(main: string, importModule: (specifier: string) => Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('ringfence.import')] = importModule;
  const dir = path.dirname(main);
  requireCompiled(main, (f) => path.dirname(f) === dir && f.endsWith('.cjs'));
}
