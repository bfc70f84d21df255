import { createHmac } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dependencies, readStandardCache, settleMs, writeStandardCache } from '../../src/standard/rule-cache.js';
import { loadStandard } from '../../src/standard/standard.js';
import { runCli, tempDir } from '../helpers.js';

describe('the compiled-standard cache', () => {
  it('gives the same report with and without the cache', () => {
    const args = ['check', 'examples', '--as-of', '2026-11-25', '--format', 'json'];
    const cached = runCli(args).stdout;
    const fresh = runCli(args, { env: { RINGFENCE_NO_CACHE: '1' } }).stdout;
    expect(cached).toBe(fresh);
  });

  it('notices a changed rule file, a new rule and a changed standard', () => {
    const dir = tempDir('cache');
    const cacheDir = `${dir}/cache`;
    process.env['RINGFENCE_CACHE_DIR'] = cacheDir;
    try {
      mkdirSync(`${dir}/rules/x`, { recursive: true });
      const rule = (threshold: number) =>
        `name: small-first-ring\ntitle: t\nappliesTo: VendorManifest\nforEach: doc.updateChannels\nas: c\nassert: c.rollout.rings[0].populationPct <= params.max\nmessage: m\nparams: { max: ${threshold} }\nrationale: r\nremediation: r\ntests: [{ name: a, doc: {}, expect: not_applicable }]\n`;
      writeFileSync(`${dir}/rules/x/small-first-ring.yaml`, rule(1));
      const std = (extra = '') => `id: T\nversion: 1.0.0\ntitle: T\nruleDirs: [rules]\nareas:\n  - id: A\n    title: A\n    controls:\n      - { id: T-1, rule: small-first-ring, severity: high, level: 1 }\n${extra}`;
      writeFileSync(`${dir}/std.yaml`, std());
      const first = loadStandard(`${dir}/std.yaml`);
      expect(first.standard!.areas[0]!.controls[0]!.params['max']).toBe(1);
      expect(readFileSync(path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('standard-') && !f.endsWith('.cold.json'))!), 'utf8')).toContain('"T-1"');
      // Same files: served from the cache, equal.
      expect(loadStandard(`${dir}/std.yaml`)).toEqual(first);
      // A changed rule file.
      writeFileSync(`${dir}/rules/x/small-first-ring.yaml`, rule(5));
      expect(loadStandard(`${dir}/std.yaml`).standard!.areas[0]!.controls[0]!.params['max']).toBe(5);
      // A rule file added to a rule folder (it could clash with a name).
      writeFileSync(`${dir}/rules/x/other-rule.yaml`, rule(2).replace('small-first-ring', 'other-rule'));
      writeFileSync(`${dir}/std.yaml`, std('      - { id: T-2, rule: other-rule, severity: low, level: 1 }\n'));
      expect(loadStandard(`${dir}/std.yaml`).standard!.areas[0]!.controls.map((c) => c.id)).toEqual(['T-1', 'T-2']);
    } finally {
      delete process.env['RINGFENCE_CACHE_DIR'];
    }
  });

  it('ignores a damaged cache entry', () => {
    const dir = tempDir('cache-bad');
    const env = { RINGFENCE_CACHE_DIR: dir };
    const good = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', 'json'], { env }).stdout;
    for (const f of readdirSync(dir)) writeFileSync(`${dir}/${f}`, '{"key": "nope", "rules": {');
    expect(runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', 'json'], { env }).stdout).toBe(good);
  });

  describe('checks a dependency by its stat only when its last change had settled', () => {
    afterEach(() => {
      vi.useRealTimers();
      delete process.env['RINGFENCE_CACHE_DIR'];
    });
    const setup = () => {
      const dir = tempDir('cache-stat');
      process.env['RINGFENCE_CACHE_DIR'] = `${dir}/cache`;
      const dep = `${dir}/rule.yaml`;
      writeFileSync(dep, 'one');
      // A whole second, so that it can be put back exactly.
      utimesSync(dep, 1_600_000_000, 1_600_000_000);
      const deps = new Dependencies();
      deps.file(dep, 'one');
      // Every entry must depend on its standard and the schemas (checked on reading, whatever the entry lists).
      const std = `${dir}/std.yaml`;
      writeFileSync(std, 'id: T\n');
      deps.file(std, 'id: T\n');
      deps.schemas();
      writeStandardCache(std, deps, { value: 1 }, {});
      const entryFile = path.join(`${dir}/cache`, readdirSync(`${dir}/cache`).find((f) => f.startsWith('standard-') && !f.endsWith('.cold.json'))!);
      const text = () => readFileSync(entryFile, 'latin1');
      const entry = () => JSON.parse(text().slice(text().indexOf('\n') + 1)) as { checkedAt: number; deps: { hash: string; stat: number[] }[] };
      // Edited as ringfence itself would write it: signed with the user's key (an unsigned edit is ignored).
      const edit = (change: (e: ReturnType<typeof entry>) => void) => {
        const e = entry();
        change(e);
        const body = JSON.stringify(e);
        const key = Buffer.from(readFileSync(`${dir}/cache/key`, 'latin1'), 'hex');
        const mac = createHmac('sha256', key).update(path.basename(entryFile)).update('\0').update(body).digest('hex');
        writeFileSync(entryFile, `${text().slice(0, text().indexOf(' ', 'ringfence-cache '.length) + 1)}${mac}\n${body}`);
      };
      return { dep, std, entry, edit };
    };

    it('hashes a file changed shortly before it was recorded (its stat may not show a second change)', () => {
      const { std, edit } = setup();
      expect(readStandardCache(std)?.result).toEqual({ value: 1 });
      // The recorded hash no longer matches: noticed, because the file was just written and is hashed.
      edit((e) => (e.deps[0]!.hash = 'tampered'));
      expect(readStandardCache(std)).toBeUndefined();
    });

    it('trusts a settled stat, and notices a same-size change whose mtime was put back', () => {
      const { dep, std, entry, edit } = setup();
      // As if recorded long after the file last changed: the stat alone stands for the content, so even a
      // tampered hash goes unnoticed (showing that the file is not read).
      edit((e) => {
        e.checkedAt = e.deps[0]!.stat[2]! + settleMs + 1_000;
        e.deps[0]!.hash = 'tampered';
      });
      expect(readStandardCache(std)?.result).toEqual({ value: 1 });
      edit((e) => (e.deps[0]!.hash = entry().deps[0]!.hash));
      const before = statSync(dep);
      writeFileSync(dep, 'two');
      utimesSync(dep, 1_600_000_000, 1_600_000_000);
      expect(statSync(dep).size).toBe(before.size);
      expect(statSync(dep).mtimeMs).toBe(before.mtimeMs);
      expect(readStandardCache(std)).toBeUndefined();
    });

    it('serves a touched but unchanged file from the cache and records its new stat once settled', () => {
      const { dep, std, entry, edit } = setup();
      edit((e) => (e.checkedAt = e.deps[0]!.stat[2]! + settleMs + 1_000));
      const later = new Date(Date.now() + 60_000);
      utimesSync(dep, later, later);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect(readStandardCache(std)?.result).toEqual({ value: 1 });
      const st = statSync(dep);
      expect(entry().deps[0]!.stat.slice(0, 3)).toEqual([st.size, st.mtimeMs, st.ctimeMs]);
      expect(entry().checkedAt).toBe(Date.now());
    });
  });

  it('never takes an entry\'s word for what it depends on: the standard itself and the schemas are always checked', () => {
    const dir = tempDir('cache-deps');
    process.env['RINGFENCE_CACHE_DIR'] = `${dir}/cache`;
    try {
      const std = `${dir}/std.yaml`;
      writeFileSync(std, 'id: T\n');
      // An entry that lists no dependencies at all (the shape a poisoned entry had: `deps: []`).
      writeStandardCache(std, new Dependencies(), { value: 1 }, {});
      expect(readStandardCache(std)).toBeUndefined();
      const deps = new Dependencies();
      deps.file(std, 'id: T\n');
      deps.schemas();
      writeStandardCache(std, deps, { value: 1 }, {});
      expect(readStandardCache(std)?.result).toEqual({ value: 1 });
      // The standard's text is part of the key: a changed standard finds no entry, whatever the entry says.
      writeFileSync(std, 'id: U\n');
      expect(readStandardCache(std)).toBeUndefined();
    } finally {
      delete process.env['RINGFENCE_CACHE_DIR'];
    }
  });

  it('refuses a key or a folder others can read or write, with one warning, and works without the cache', () => {
    const dir = tempDir('cache-key');
    process.env['RINGFENCE_CACHE_DIR'] = `${dir}/cache`;
    const warnings: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (warnings.push(String(s)), true));
    try {
      const std = `${dir}/std.yaml`;
      writeFileSync(std, 'id: T\n');
      const deps = new Dependencies();
      deps.file(std, 'id: T\n');
      deps.schemas();
      writeStandardCache(std, deps, { value: 1 }, {});
      expect(statSync(`${dir}/cache`).mode & 0o777).toBe(0o700);
      expect(statSync(`${dir}/cache/key`).mode & 0o777).toBe(0o600);
      expect(readStandardCache(std)?.result).toEqual({ value: 1 });
      expect(warnings).toEqual([]);
      chmodSync(`${dir}/cache/key`, 0o644);
      expect(readStandardCache(std)).toBeUndefined();
      expect(readStandardCache(std)).toBeUndefined();
      expect(warnings).toEqual([expect.stringMatching(/^ringfence: warning: the cache folder .*cache cannot be used \(its key .*key is readable or writable by other users\); running without the cache\n$/)]);
    } finally {
      spy.mockRestore();
      delete process.env['RINGFENCE_CACHE_DIR'];
    }
  });

  it('keeps the rules\' test cases apart, reads them on first use, and reloads them when that part is gone', () => {
    const dir = tempDir('cache-cold');
    const cacheDir = `${dir}/cache`;
    process.env['RINGFENCE_CACHE_DIR'] = cacheDir;
    try {
      const file = 'standards/kdus-critical-infrastructure/1.1.yaml';
      const fresh = loadStandard(file);
      const cached = loadStandard(file);
      expect(cached).toEqual(fresh);
      const tests = (r: typeof fresh) => r.standard!.areas.flatMap((a) => a.controls.map((c) => [c.id, c.rule?.tests]));
      expect(tests(cached)).toEqual(tests(fresh));
      const entry = readdirSync(cacheDir).find((f) => f.startsWith('standard-') && !f.endsWith('.cold.json'))!;
      const text = readFileSync(path.join(cacheDir, entry), 'utf8');
      expect(text).not.toContain('"tests":[');
      // Every schema is a dependency: a changed schema changes how rules are typed and checked.
      for (const schema of readdirSync('schemas')) expect(text).toContain(path.resolve('schemas', schema));
      rmSync(path.join(cacheDir, entry.replace(/\.json$/, '.cold.json')));
      expect(tests(loadStandard(file))).toEqual(tests(fresh));
      writeFileSync(path.join(cacheDir, entry.replace(/\.json$/, '.cold.json')), '{"key":"x","coldId":"y","cold":{}}');
      expect(tests(loadStandard(file))).toEqual(tests(fresh));
    } finally {
      delete process.env['RINGFENCE_CACHE_DIR'];
    }
  });

  it('writes entries in ASCII and reads back every character', () => {
    const dir = tempDir('cache-ascii');
    process.env['RINGFENCE_CACHE_DIR'] = `${dir}/cache`;
    try {
      mkdirSync(`${dir}/rules`, { recursive: true });
      writeFileSync(
        `${dir}/rules/small-first-ring.yaml`,
        'name: small-first-ring\ntitle: "Première vague — petite … 😀"\nappliesTo: VendorManifest\nassert: "true"\nmessage: "é — 😀"\nrationale: "\\u2028 ünïcödé"\nremediation: r\ntests: [{ name: "ça", doc: {}, expect: pass }]\n',
      );
      writeFileSync(`${dir}/std.yaml`, 'id: T\nversion: 1.0.0\ntitle: "Ťitle ✓"\nruleDirs: [rules]\nareas:\n  - id: A\n    title: "Área"\n    controls:\n      - { id: T-1, rule: small-first-ring, severity: high, level: 1 }\n');
      const fresh = loadStandard(`${dir}/std.yaml`);
      expect(fresh.problems).toEqual([]);
      for (const f of readdirSync(`${dir}/cache`)) expect(readFileSync(`${dir}/cache/${f}`, 'latin1'), f).toMatch(/^[\x00-\x7f]*$/);
      const cached = loadStandard(`${dir}/std.yaml`);
      expect(cached).toEqual(fresh);
      expect(cached.standard!.areas[0]!.controls[0]!.title).toBe('Première vague — petite … 😀');
    } finally {
      delete process.env['RINGFENCE_CACHE_DIR'];
    }
  });
});
