// Preloaded with `node --require bench/loaded-modules.cjs` (or NODE_OPTIONS): when the process exits, writes every
// CommonJS module it loaded (require.cache: packages such as yauzl, tar-stream or linguist-js come this way) as one
// line `ringfence-bench-cjs <path>` each on standard error. With NODE_DEBUG=esm beside it (`Storing <url>` lines),
// that names every module a command loaded: bench/run.mjs and test/bench/plain-check-loads.test.ts read it to show
// that a plain check loads no artifact reader, archive reader, SBOM library, linguist, importer or HCL parser.
'use strict';
process.on('exit', () => {
  const lines = Object.keys(require.cache).sort().map((f) => `ringfence-bench-cjs ${f}\n`);
  require('node:fs').writeSync(2, lines.join(''));
});
