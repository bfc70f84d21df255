#!/usr/bin/env node
// The published entry: built JavaScript only, so a run never pays for a TypeScript loader. It runs the bundle
// (dist/cli, scripts/bundle.mjs), which loads faster than the modules of dist/src, unless the bundle is missing
// or older than them: tsc rewrites every module, so after a bare `tsc` the modules are newer and run instead.
import { statSync } from 'node:fs';

const modules = new URL('../dist/src/cli/main.js', import.meta.url);
const bundle = new URL('../dist/cli/main.js', import.meta.url);
const modified = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
};
const built = modified(modules);
if (built === undefined) {
  process.stderr.write('ringfence: not built yet; run `npm run build` (npm ci and npm install do it for you)\n');
  process.exit(2);
}
const bundled = modified(bundle);
await import((bundled !== undefined && bundled >= built ? bundle : modules).href);
