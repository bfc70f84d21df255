import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

/**
 * What a user installs: the packed tarball, installed globally into an empty prefix with production dependencies
 * only, then run from a folder that has nothing of this repository in it. `npm test` builds dist/ first, so the
 * tarball is packed without running the build again (--ignore-scripts) and never rebuilds what other tests read.
 */
describe('the npm package', () => {
  it('packs the built CLI, schemas, standards, rules and templates — no tests, sources or examples — and runs once installed', () => {
    const dir = tempDir('package');
    const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    for (const needed of ['bin/ringfence.js', 'dist/src/cli/main.js', 'schemas/vendor-manifest.schema.json', 'standards/kdus/1.1.yaml', 'rules/staged-rollout/channel-rollout-staged.yaml', 'templates/vendor-manifest.yaml', 'README.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(test|src|bench|examples|scripts|docs)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    // No source maps (they would carry the build machine's paths), no TypeScript build info.
    expect(files.filter((f) => /\.(map|tsbuildinfo)$/.test(f))).toEqual([]);

    const prefix = path.join(dir, 'global');
    const installed = npm(['install', '--global', '--prefix', prefix, '--omit=dev', '--prefer-offline', '--no-audit', path.join(dir, info!.filename)], dir);
    expect(installed.status, installed.stderr).toBe(0);
    expect(existsSync(path.join(prefix, 'lib', 'node_modules', 'ringfence', 'node_modules', 'vitest'))).toBe(false);

    const work = tempDir('package-user');
    const cli = path.join(prefix, 'bin', 'ringfence');
    const run = (args: string[]) => spawnSync(cli, args, { cwd: work, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const init = run(['init', 'vendor', '-o', 'vendor.yaml']);
    expect(init.status, init.stderr).toBe(0);
    // The editor modeline points, relative to the written file, at the schema inside the installed package.
    const home = realpathSync(path.join(prefix, 'lib', 'node_modules', 'ringfence'));
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(path.join(work, 'vendor.yaml'), 'utf8'));
    expect(modeline).not.toBeNull();
    const schema = path.resolve(work, modeline![1]!);
    expect(schema).toBe(path.join(home, 'schemas', 'vendor-manifest.schema.json'));
    expect(JSON.parse(readFileSync(schema, 'utf8')).$id).toBe('urn:ringfence:schema:vendor-manifest');
    const printed = run(['init', 'deployment']);
    expect(printed.stdout.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.join(home, 'schemas', 'deployment-config.schema.json')}`);
    const r = run(['check', path.join(root, 'examples', 'vendors', 'aegis-exemplary.yaml'), '--as-of', '2026-11-25', '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { standard: { id: string; version: string }; subjects: { grade: string }[] };
    expect(report.standard).toMatchObject({ id: 'KDUS', version: '1.1.0' });
    expect(report.subjects).toHaveLength(1);
    expect(readdirSync(work)).toEqual(['vendor.yaml']);
  }, 300_000);
});
