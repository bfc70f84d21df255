import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, root, runCli, tempDir } from '../helpers.js';

describe('bin/ringfence.js', () => {
  /** A copy of the entry beside a stand-in dist/: each main module prints which one it is. */
  function layout(files: Record<string, number>): string {
    const dir = tempDir('entry');
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(bin, path.join(dir, 'bin', 'ringfence.js'));
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    for (const [file, mtime] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), `process.stdout.write(${JSON.stringify(file)});\n`);
      utimesSync(path.join(dir, file), mtime, mtime);
    }
    // The bundle's loader (src/cache/code.ts), standing in: it runs the bundle's entry it is given.
    if ('dist/cli/main.cjs' in files) writeFileSync(path.join(dir, 'dist/cli/boot.cjs'), 'exports.runBundle = (main) => require(main);\n');
    return dir;
  }
  const run = (dir: string) => spawnSync(process.execPath, [path.join(dir, 'bin', 'ringfence.js')], { encoding: 'utf8' });

  it('runs the bundle when it is at least as new as the modules', () => {
    expect(run(layout({ 'dist/src/cli/main.js': 1_600_000_000, 'dist/cli/main.cjs': 1_600_000_001 })).stdout).toBe('dist/cli/main.cjs');
  });

  it('runs the modules when the bundle is older (tsc ran without the bundling step) or missing', () => {
    expect(run(layout({ 'dist/src/cli/main.js': 1_600_000_001, 'dist/cli/main.cjs': 1_600_000_000 })).stdout).toBe('dist/src/cli/main.js');
    expect(run(layout({ 'dist/src/cli/main.js': 1_600_000_000 })).stdout).toBe('dist/src/cli/main.js');
  });

  it('says how to build when nothing is built', () => {
    const r = run(layout({}));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not built yet; run `npm run build`/);
  });

  it.skipIf(!existsSync(path.join(root, 'dist', 'cli', 'main.cjs')))('gives the same reports bundled as from the modules', () => {
    for (const format of ['sarif', 'json', 'text']) {
      const args = ['check', 'examples', '--as-of', '2026-11-25', '--format', format];
      const modules = spawnSync(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'main.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 });
      const bundled = runCli(args);
      expect(bundled.code).toBe(modules.status);
      expect(bundled.stdout).toBe(modules.stdout);
    }
  });
});
