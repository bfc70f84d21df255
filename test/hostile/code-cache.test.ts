import { createHmac } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * V8's code cache of ringfence's own modules (src/cache/code.ts) is compiled code that runs: whatever sits in the
 * cache folder under a code entry's name must run only if ringfence wrote it there with the user's key, and for
 * the very text it was made from. Each test has a cache folder of its own.
 */

function setup(): { check: (env?: Record<string, string>) => ReturnType<typeof runCli>; dir: string } {
  const cwd = tempDir('code-cache');
  const dir = path.join(tempDir('code-cache-home'), 'cache');
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(cwd, 'm.yaml'));
  const check = (env: Record<string, string> = {}) =>
    runCli(['check', 'm.yaml', '--as-of', '2026-11-25', '--format', 'json'], { cwd, env: { RINGFENCE_CACHE_DIR: dir, RINGFENCE_NO_CACHE: '', ...env }, timeout: 60_000 });
  return { check, dir };
}

const codeEntries = (dir: string) => readdirSync(dir).filter((f) => /^code-[0-9a-f]{64}\.bin$/.test(f)).sort();
const snapshot = (dir: string) => Object.fromEntries(codeEntries(dir).map((f) => [f, { bytes: readFileSync(path.join(dir, f)).toString('base64'), mtime: statSync(path.join(dir, f)).mtimeMs }]));

/** An entry as ringfence writes it: its header carries the HMAC of its name and body under the folder's key. */
function signed(dir: string, name: string, body: Buffer): Buffer {
  const key = Buffer.from(readFileSync(path.join(dir, 'key'), 'latin1'), 'hex');
  const mac = createHmac('sha256', key).update(name).update('\0').update(body).digest('hex');
  const version = /^ringfence-cache (\d+) /.exec(readFileSync(path.join(dir, codeEntries(dir)[0]!), 'latin1'))![1];
  return Buffer.concat([Buffer.from(`ringfence-cache ${version} ${mac}\n`, 'latin1'), body]);
}

describe('the code cache', () => {
  const bundled = readdirSync(path.join(root, 'dist')).includes('cli');

  it.skipIf(!bundled)('is written once and then read: a later run neither rewrites it nor reports anything else', () => {
    const { check, dir } = setup();
    const first = check();
    expect(first.code).toBe(1);
    const written = snapshot(dir);
    // The bundle's chunks a check runs and the manifest's validator, at least.
    expect(Object.keys(written).length).toBeGreaterThanOrEqual(4);
    const second = check();
    expect(second.stdout).toBe(first.stdout);
    // Rewritten would mean V8 refused it (another flag, another text): every run would pay for compiling.
    expect(snapshot(dir)).toEqual(written);
  });

  it.skipIf(!bundled)('planted without the key, or moved to another entry\'s name, is never run, and is replaced', () => {
    const { check, dir } = setup();
    const truth = check({ RINGFENCE_NO_CACHE: '1' }).stdout;
    check();
    const names = codeEntries(dir);
    const bodies = names.map((f) => readFileSync(path.join(dir, f)));
    // Each entry's file replaced by the next one's (a valid entry, under the wrong name), and one by bytes with no header.
    names.forEach((f, i) => writeFileSync(path.join(dir, f), bodies[(i + 1) % names.length]!));
    writeFileSync(path.join(dir, names[0]!), Buffer.from('not a cache entry'));
    const r = check();
    expect(r.stdout).toBe(truth);
    expect(r.stderr).toBe('');
    // Each refused entry this run loaded was written anew for its own text (those only the first run loaded, to
    // compile the standard, stay as planted, unread).
    const rewritten = names.filter((f, i) => {
      const now = readFileSync(path.join(dir, f));
      return !now.equals(bodies[(i + 1) % names.length]!) && !now.equals(Buffer.from('not a cache entry')) && /^ringfence-cache \d+ [0-9a-f]{64}\n/.test(now.toString('latin1', 0, 100));
    });
    expect(rewritten.length).toBeGreaterThanOrEqual(4);
    const after = snapshot(dir);
    expect(check().stdout).toBe(truth);
    expect(snapshot(dir)).toEqual(after);
  });

  it.skipIf(!bundled)('with the user\'s key but data V8 refuses (a damaged write) is compiled as usual and replaced', () => {
    const { check, dir } = setup();
    const truth = check({ RINGFENCE_NO_CACHE: '1' }).stdout;
    check();
    const names = codeEntries(dir);
    for (const f of names) writeFileSync(path.join(dir, f), signed(dir, f, Buffer.alloc(4096, 0x5a)));
    const r = check();
    expect(r.stdout).toBe(truth);
    expect(r.stderr).toBe('');
    // Those this run loaded were replaced (others, such as the validators of the standard's own schemas, which only
    // the first run needed to compile the standard, stay as they are, unread).
    const damaged = (f: string) => readFileSync(path.join(dir, f)).subarray(-4096).equals(Buffer.alloc(4096, 0x5a));
    expect(names.filter((f) => !damaged(f)).length).toBeGreaterThanOrEqual(4);
    // …and are read, not rewritten, by the next run.
    const replaced = snapshot(dir);
    expect(check().stdout).toBe(truth);
    expect(snapshot(dir)).toEqual(replaced);
  });

  it.skipIf(!bundled)('is neither read nor written with RINGFENCE_NO_CACHE', () => {
    const { check, dir } = setup();
    check({ RINGFENCE_NO_CACHE: '1' });
    let entries: string[] = [];
    try {
      entries = codeEntries(dir);
    } catch {
      /* no folder at all */
    }
    expect(entries).toEqual([]);
  });
});
