import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

// The cold-start ratio holds only while a plain check pays for nothing it does not read: artifact readers, archive
// readers, the SBOM, provenance, INF and kernel-module readers, linguist, the expression parser's TypeScript, and
// (when they land) importers and an HCL parser are loaded only when their input is present. This names every
// module a check loads — ES modules from NODE_DEBUG=esm, CommonJS ones from bench/loaded-modules.cjs — and
// asserts it, beside the same check with the aegis evidence folder, which must load the readers (so that the
// detection itself is shown to work).

/** Every module (file path or package path) the command loaded. */
function loaded(args: string[]): string[] {
  const r = runCli(args, { env: { NODE_DEBUG: 'esm', NODE_OPTIONS: `--require ${path.join(root, 'bench/loaded-modules.cjs')}` }, timeout: 60_000 });
  expect([0, 1], r.stderr).toContain(r.code);
  const esm = [...r.stderr.matchAll(/Storing (file:\/\/\S+)/g)].map((m) => decodeURIComponent(new URL(m[1]!).pathname));
  const cjs = [...r.stderr.matchAll(/^ringfence-bench-cjs (.+)$/gm)].map((m) => m[1]!);
  expect(cjs).toContain(path.join(root, 'bench/loaded-modules.cjs')); // the preload ran
  return [...new Set([...esm, ...cjs])].map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

// Modules a plain check must not load: the readers (bundled as chunks of these names, or unbundled under these
// folders), the archive reader, and the packages behind them.
const lazy = /(^|\/)(artifacts|readers|json-input|sbom|release-history|slsa-provenance|linux-module|windows-inf|source-tree|archive)[-/.]|\/src\/import\/|node_modules\/(yauzl|tar-stream|linguist-js|@typescript-eslint|[^/]*hcl[^/]*)\//;
// Packages a plain check may load: the schema validators' runtime. A new one needs a reason (and a lazy import).
const allowedPackages = new Set(['ajv', 'ajv-formats', 'fast-deep-equal', 'yaml', 'picomatch']);
const engineTwice = /^dist\/src\/(engine\/(check|stream|batch|evaluate|vendor-scan)|expr|load|score|evidence|standard)[/.]/;
const packageOf = (f: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1];

describe('a plain check loads no reader it does not need', () => {
  const aegis = 'examples/vendors/aegis-exemplary.yaml';
  // The first check after a build compiles the standard (its expressions need the TypeScript parser) and caches
  // it; a plain check is one that finds the cache, as every check after the first does. Warm it, as a fresh clone's
  // first test run would otherwise measure the compile.
  beforeAll(() => {
    for (const s of ['kdus', 'kdus-ci']) runCli(['check', aegis, '--standard', s, '--as-of', '2026-11-25', '--format', 'json=/dev/null'], { timeout: 120_000 });
  }, 240_000);
  it.each([
    ['one vendor manifest, SARIF', [aegis, '--format', 'sarif=/dev/null']],
    ['one vendor manifest, text', [aegis]],
    ['a deployment config', ['examples/deployments/harbor-bank.yaml']],
    ['a folder of manifests, JSON', ['examples/vendors', '--format', 'json=/dev/null']],
  ])('%s', (_, args) => {
    const modules = loaded(['check', ...args, '--as-of', '2026-11-25']);
    expect(modules.filter((f) => lazy.test(f))).toEqual([]);
    expect([...new Set(modules.map(packageOf).filter((p) => p !== undefined && !allowedPackages.has(p)))]).toEqual([]);
    // With the bundle, the engine is in it: a reporter that imports the engine from dist/src loads it a second time
    // (the text reporter did, through the gate functions: 46 modules instead of 17 for one file).
    if (modules.includes('dist/cli/main.cjs')) expect(modules.filter((f) => engineTwice.test(f))).toEqual([]);
  });

  it('a check with the evidence folder loads the readers (the detection works)', () => {
    const modules = loaded(['check', aegis, '--evidence', 'examples/evidence/aegis', '--format', 'sarif=/dev/null', '--as-of', '2026-11-25']);
    const readers = modules.filter((f) => lazy.test(f));
    for (const name of ['sbom', 'release-history', 'slsa-provenance', 'linux-module', 'windows-inf']) expect(readers.join(' ')).toContain(name);
  });
});
