import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * The compiled-standard cache as an attacker sees it: a folder of JSON files that decide every control's
 * outcome. Whatever is planted in it — by another user of a shared temporary folder, or in the user's own
 * folder without the user's key — must never change a report.
 */

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A manifest that fails the gate (grade D), checked from its own folder so that its cache entries are new. */
function victim(): { cwd: string; home: string; check: (env: Record<string, string>) => ReturnType<typeof runCli> } {
  const cwd = tempDir('cache-victim');
  const home = tempDir('cache-home');
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${cwd}/m.yaml`);
  const check = (env: Record<string, string>) =>
    runCli(['check', 'm.yaml', '--standard', path.join(root, 'standards/kdus/1.1.yaml'), '--as-of', '2026-11-25', '--format', 'json'], {
      cwd,
      env: { RINGFENCE_CACHE_DIR: '', RINGFENCE_NO_CACHE: '', HOME: home, XDG_CACHE_HOME: `${home}/.cache`, ...env },
      timeout: 30_000,
    });
  return { cwd, home, check };
}

const gradeOf = (stdout: string) => {
  const r = JSON.parse(stdout) as Report;
  return { score: r.subjects[0]!.score, grade: r.subjects[0]!.grade };
};

let truthOnce: { score: number | null; grade: string } | undefined;
/** What the manifest really scores: compiled from the standard's sources, no cache read or written. */
function truth(): { score: number | null; grade: string } {
  if (!truthOnce) {
    truthOnce = gradeOf(victim().check({ RINGFENCE_NO_CACHE: '1' }).stdout);
    // The poisoned entries below make every rule pass: the truth must be something else for the tests to mean anything.
    expect(truthOnce.grade).not.toBe('A');
  }
  return truthOnce;
}

/** The body of an entry (whatever header it has), with every compiled rule replaced by one that always passes. */
function poisoned(text: string): string {
  const entry = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
  const pass = (rule: Record<string, unknown>) => {
    delete rule['forEach'];
    delete rule['when'];
    delete rule['at'];
    rule['evidence'] = [];
    rule['assert'] = { t: 'lit', v: true };
  };
  if (entry['deps']) entry['deps'] = [];
  const result = entry['result'] as { rules?: Record<string, Record<string, unknown>> } | undefined;
  for (const rule of Object.values(result?.rules ?? {})) pass(rule);
  for (const cached of Object.values((entry['rules'] as Record<string, { rule?: Record<string, unknown> }> | undefined) ?? {})) if (cached.rule) pass(cached.rule);
  return JSON.stringify(entry);
}

/** Genuine entries for the victim's run, made in a scratch folder (as an attacker can, with the same version). */
function genuineEntries(v: ReturnType<typeof victim>): { dir: string; names: string[] } {
  const dir = tempDir('cache-scratch');
  chmodSync(dir, 0o700);
  const r = v.check({ RINGFENCE_CACHE_DIR: dir });
  expect(gradeOf(r.stdout)).toEqual(truth());
  const names = readdirSync(dir).filter((f) => /^(standard|rules)-[0-9a-f]{64}\.json$/.test(f));
  expect(names.length).toBeGreaterThan(0);
  return { dir, names };
}

describe('a poisoned compiled-standard cache', () => {
  it('is never read from a shared temporary folder ($TMPDIR/ringfence-cache)', () => {
    const v = victim();
    const { dir, names } = genuineEntries(v);
    const tmp = tempDir('cache-tmp');
    chmodSync(tmp, 0o1777);
    mkdirSync(`${tmp}/ringfence-cache`, { mode: 0o777 });
    chmodSync(`${tmp}/ringfence-cache`, 0o777);
    for (const f of names) writeFileSync(`${tmp}/ringfence-cache/${f}`, poisoned(readFileSync(`${dir}/${f}`, 'latin1')), { mode: 0o666 });
    const r = v.check({ TMPDIR: tmp });
    expect(r.stderr).toBe('');
    expect(gradeOf(r.stdout)).toEqual(truth());
  });

  it('planted in the user\'s own folder without the user\'s key, is ignored and replaced', () => {
    const v = victim();
    const dir = tempDir('cache-own');
    chmodSync(dir, 0o700);
    expect(gradeOf(v.check({ RINGFENCE_CACHE_DIR: dir }).stdout)).toEqual(truth());
    const names = readdirSync(dir).filter((f) => /^(standard|rules)-[0-9a-f]{64}\.json$/.test(f));
    const planted = new Map<string, string>();
    for (const f of names) {
      const text = readFileSync(`${dir}/${f}`, 'latin1');
      // The header (with its authentication code) kept; the body replaced.
      planted.set(f, `${text.slice(0, text.indexOf('{'))}${poisoned(text)}`);
      writeFileSync(`${dir}/${f}`, planted.get(f)!, { mode: 0o600 });
    }
    const r = v.check({ RINGFENCE_CACHE_DIR: dir });
    expect(gradeOf(r.stdout)).toEqual(truth());
    // Recompiled and written again: the next run reads a genuine entry.
    expect(gradeOf(v.check({ RINGFENCE_CACHE_DIR: dir }).stdout)).toEqual(truth());
    for (const f of names) expect(readFileSync(`${dir}/${f}`, 'latin1') === planted.get(f), f).toBe(false);
  });

  it('in a group- or world-writable RINGFENCE_CACHE_DIR is refused, with a one-line warning', () => {
    const v = victim();
    const { dir, names } = genuineEntries(v);
    const shared = tempDir('cache-shared');
    chmodSync(shared, 0o777);
    for (const f of names) writeFileSync(`${shared}/${f}`, poisoned(readFileSync(`${dir}/${f}`, 'latin1')));
    // Even with the genuine key beside them.
    for (const f of readdirSync(dir).filter((f) => !names.includes(f) && !f.endsWith('.json'))) copyFileSync(`${dir}/${f}`, `${shared}/${f}`);
    const r = v.check({ RINGFENCE_CACHE_DIR: shared });
    expect(gradeOf(r.stdout)).toEqual(truth());
    expect(r.stderr).toMatch(/^ringfence: warning: the cache folder .*cache-shared-\w+ is writable by other users; running without the cache\n$/);
  });

  it.skipIf(!asRoot)('owned by another user is refused (folder or entry)', () => {
    const v = victim();
    const { dir, names } = genuineEntries(v);
    // The folder is another user's.
    const theirs = tempDir('cache-theirs');
    chmodSync(theirs, 0o700);
    for (const f of names) writeFileSync(`${theirs}/${f}`, poisoned(readFileSync(`${dir}/${f}`, 'latin1')));
    chownSync(theirs, 65534, 65534);
    const r = v.check({ RINGFENCE_CACHE_DIR: theirs });
    expect(gradeOf(r.stdout)).toEqual(truth());
    expect(r.stderr).toMatch(/^ringfence: warning: the cache folder .*cache-theirs-\w+ belongs to another user \(uid 65534\); running without the cache\n$/);
    // The folder is the user's, an entry (genuine, with its code) is another user's: ignored and replaced.
    const entry = names.find((f) => f.startsWith('standard-'))!;
    chownSync(`${dir}/${entry}`, 65534, 65534);
    expect(gradeOf(v.check({ RINGFENCE_CACHE_DIR: dir }).stdout)).toEqual(truth());
    expect(statSync(`${dir}/${entry}`).uid).toBe(0);
  });

  it('with an entry replaced by a FIFO, neither waits nor trusts it', () => {
    const v = victim();
    const dir = tempDir('cache-fifo');
    chmodSync(dir, 0o700);
    expect(gradeOf(v.check({ RINGFENCE_CACHE_DIR: dir }).stdout)).toEqual(truth());
    const entry = readdirSync(dir).find((f) => /^standard-[0-9a-f]{64}\.json$/.test(f))!;
    rmSync(`${dir}/${entry}`);
    expect(spawnSync('mkfifo', ['-m', '600', `${dir}/${entry}`]).status).toBe(0);
    // A read that waited for a writer would hang until runCli's timeout kills it (and the test fails).
    const r = v.check({ RINGFENCE_CACHE_DIR: dir });
    expect(r.stderr).toBe('');
    expect(gradeOf(r.stdout)).toEqual(truth());
    expect(statSync(`${dir}/${entry}`).isFile()).toBe(true);
  });

  it('under /proc runs uncached, in bounded time, with a one-line warning', () => {
    const v = victim();
    const r = v.check({ RINGFENCE_CACHE_DIR: '/proc/self' });
    expect(gradeOf(r.stdout)).toEqual(truth());
    expect(r.stderr).toMatch(/^ringfence: warning: the cache folder \/proc\/self cannot be used \([^\n]*\); running without the cache\n$/);
  });
});
