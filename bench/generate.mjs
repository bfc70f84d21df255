// Generates N synthetic vendor manifests and deployment configs from a seed: the bundled examples, with names
// made unique and numbers and flags perturbed, so that the batch mixes passing and failing documents of
// realistic size. Deterministic for a given seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(dir, n, seed = 1) {
  const random = rng(seed);
  const templates = ['vendors', 'deployments'].flatMap((kind) =>
    readdirSync(path.join(root, 'examples', kind))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ kind, text: readFileSync(path.join(root, 'examples', kind, f), 'utf8') })),
  );
  const vendors = templates.filter((t) => t.kind === 'vendors');
  const deployments = templates.filter((t) => t.kind === 'deployments');
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    // Four vendor manifests for every deployment config, as in a procurement batch with some fleets.
    const t = i % 5 === 4 ? deployments[Math.floor(random() * deployments.length)] : vendors[Math.floor(random() * vendors.length)];
    let text = t.text
      // Vendor manifests get a name of their own; a deployment config keeps naming the vendor it deploys.
      .replace(/^(\s+vendor: ).*$/m, (m, k) => (t.kind === 'vendors' ? `${k}Vendor ${i}` : m))
      .replace(/^(\s+organization: ).*$/m, `$1Organisation ${i}`)
      .replace(/(populationPct: )(\d+(?:\.\d+)?)/g, (m, k, v) => (random() < 0.1 && Number(v) < 100 ? `${k}${Math.min(99, Number(v) * (0.5 + random() * 2)).toFixed(2)}` : m))
      .replace(/(bakeMinutes: )(\d+)/g, (m, k, v) => (random() < 0.1 ? `${k}${Math.round(Number(v) * (0.3 + random()))}` : m))
      .replace(/: (true|false)(\s|,|\})/g, (m, v, end) => (random() < 0.03 ? `: ${v === 'true' ? 'false' : 'true'}${end}` : m));
    const file = path.join(dir, `${String(i).padStart(6, '0')}-${t.kind === 'vendors' ? 'vendor' : 'deployment'}.yaml`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, bytes };
}
