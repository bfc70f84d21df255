#!/usr/bin/env node
// The published entry: built JavaScript only, so a run never pays for a TypeScript loader. It runs the bundle
// (dist/cli, scripts/bundle.mjs: CommonJS, loaded with V8's code cache by dist/cli/boot.cjs), which starts faster
// than the modules of dist/src, unless the bundle is missing or older than them: tsc rewrites every module, so after
// a bare `tsc` the modules are newer and run instead.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const modules = new URL('../dist/src/cli/main.js', import.meta.url);
const bundle = new URL('../dist/cli/main.cjs', import.meta.url);
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
if (bundled !== undefined && bundled >= built) {
  // The bundle's code is compiled by vm.Script, which has no import() of its own: it borrows this module's.
  createRequire(import.meta.url)('../dist/cli/boot.cjs').runBundle(fileURLToPath(bundle), (specifier) => import(specifier));
} else {
  await import(modules.href);
}
