import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/**
 * Docker is not available where the tests run, so the image is not built here. What can be checked without it:
 * the Dockerfile's shape (two stages, production dependencies only at run time, not root, the entry point) and
 * that its build stage copies every source `npm pack` needs, none of which .dockerignore leaves out.
 */
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const stages: { from: string; lines: string[] }[] = [];
for (const line of instructions) {
  if (line.startsWith('FROM ')) stages.push({ from: line, lines: [] });
  else stages.at(-1)!.lines.push(line);
}
const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('the Dockerfile', () => {
  it('builds in one stage and runs, from a slim Node 20, with production dependencies only and not as root', () => {
    expect(stages.map((s) => s.from)).toEqual(['FROM node:20-slim AS build', 'FROM node:20-slim AS runtime']);
    const [build, runtime] = stages as [(typeof stages)[0], (typeof stages)[0]];
    expect(build.lines.some((l) => /^RUN npm ci\b/.test(l))).toBe(true);
    // The production install happens in the build stage, for the runtime stage to copy.
    expect(build.lines.join('\n')).toMatch(/npm ci --omit=dev --omit=optional --ignore-scripts/);
    expect(runtime.lines.filter((l) => /\bnpm\b/.test(l))).toEqual([]);
    expect(runtime.lines).toContain('COPY --from=build /package /opt/ringfence');
    expect(runtime.lines).toContain('USER node');
    expect(runtime.lines).toContain('WORKDIR /src');
    expect(runtime.lines).toContain('ENTRYPOINT ["ringfence"]');
    expect(runtime.lines.indexOf('USER node')).toBeLessThan(runtime.lines.indexOf('ENTRYPOINT ["ringfence"]'));
  });

  it('copies sources that exist and that .dockerignore lets through', () => {
    const sources = stages[0]!.lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const s of sources) {
      expect(existsSync(path.join(root, s)), s).toBe(true);
      expect(ignored.some((i) => i === s || s.startsWith(`${i}/`)), `${s} is in .dockerignore`).toBe(false);
    }
  });

  it('gives npm pack in the image every file it packs here: each comes from a copied source or the build', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const packed = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const sources = new Set(stages[0]!.lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from')).flatMap((l) => l.split(/\s+/).slice(1, -1)));
    // dist/ is what `npm run build` makes in the image from src/, reporters/ and scripts/.
    const missing = packed.filter((f) => !sources.has(f) && !sources.has(f.split('/')[0]!) && !f.startsWith('dist/'));
    expect(missing).toEqual([]);
    expect(packed.some((f) => f.startsWith('dist/'))).toBe(true);
    for (const dir of ['src', 'reporters', 'scripts', 'tsconfig.json']) expect(sources.has(dir), dir).toBe(true);
  });
});
