import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
      expect(readFileSync(path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('standard-'))!), 'utf8')).toContain('"T-1"');
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
});
