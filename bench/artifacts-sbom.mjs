// Reading artifacts (issue 16): an SBOM of 10,000 components (CycloneDX 1.6, about 4.6 MB with hashes and licences)
// read and set beside a manifest, in-process (the reader alone) and through the CLI (`check --artifact`, beside the
// same check without it). Run by bench/run.mjs, or alone: `node bench/artifacts-sbom.mjs [--runs 5]` after a build.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, components: { type: 'string', default: '10000' } } });
const runs = Number(values.runs);
const n = Number(values.components);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A CycloneDX SBOM of `n` cargo crates plus the agent itself. */
export function sbomText(count) {
  const components = [{ type: 'application', 'bom-ref': 'win-agent', name: 'aegis-agent', version: '9.4.0', purl: 'pkg:cargo/aegis-agent@9.4.0' }];
  for (let i = 0; i < count; i++) {
    components.push({ type: 'library', 'bom-ref': `pkg:cargo/crate-${i}@1.0.${i}`, name: `crate-${i}`, version: `1.0.${i}`, purl: `pkg:cargo/crate-${i}@1.0.${i}`, hashes: [{ alg: 'SHA-256', content: createHash('sha256').update(String(i)).digest('hex') }], licenses: [{ license: { id: 'MIT' } }] });
  }
  return JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { component: { type: 'application', name: 'aegis-sentinel-windows', version: '9.4.0' } }, components }, null, 2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'ringfence-bench-sbom-'));
try {
  const text = sbomText(n);
  const file = path.join(work, 'sensor.cdx.json');
  writeFileSync(file, text);
  const { readSbom, observeSbom } = await import(pathToFileURL(path.join(root, 'dist/src/artifacts/sbom/index.js')).href);
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const manifest = { value: parse(readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8')), file: 'aegis.yaml', documentIndex: 0 };
  const bytes = Buffer.from(text);
  const reader = [];
  const parseOnly = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    JSON.parse(text);
    parseOnly.push(performance.now() - t);
    t = performance.now();
    const r = readSbom({ file: 'sensor.cdx.json', bytes, sha256: '' });
    observeSbom(r.facts, manifest);
    reader.push(performance.now() - t);
  }
  const cli = (args) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'bin/ringfence.js'), 'check', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', 'sarif=/dev/null', ...args], { cwd: root, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`check ${args.join(' ')} exited ${r.status}`);
    return performance.now() - t;
  };
  const plain = [];
  const withSbom = [];
  for (let i = 0; i < runs; i++) {
    plain.push(cli([]));
    withSbom.push(cli(['--artifact', file]));
  }
  console.log(`reading artifacts (median of ${runs})`);
  console.log(`  SBOM of ${n.toLocaleString('en')} components (${(bytes.length / 1e6).toFixed(1)} MB), read and observed   ${median(reader).toFixed(0).padStart(6)} ms   (JSON.parse alone ${median(parseOnly).toFixed(0)} ms: ${(median(reader) / median(parseOnly)).toFixed(1)}×)`);
  console.log(`  check aegis-exemplary.yaml, without / with --artifact it              ${median(plain).toFixed(0).padStart(6)} ms / ${median(withSbom).toFixed(0)} ms   (+${(median(withSbom) - median(plain)).toFixed(0)} ms)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
