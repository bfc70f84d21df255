#!/usr/bin/env node
// The published entry: built JavaScript only, so a run never pays for a TypeScript loader.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('ringfence: not built yet; run `npm run build` (npm ci and npm install do it for you)\n');
  process.exit(2);
}
await import(main.href);
