// `node bench/import-falcon.mjs [runs=20]`: the Falcon Terraform importer on the example module
// (examples/deployments/falcon-terraform) and on a generated module of 3,000 host groups and one policy listing them
// all: the cost of loading the importer, of parsing (src/import/falcon/hcl.ts) and of parsing and mapping, the median
// of `runs` after one warm-up, and the resident memory the process grew by. Run `npm run build` first.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 20);
const dir = 'examples/deployments/falcon-terraform';
const files = readdirSync(path.join(root, dir))
  .filter((f) => f.endsWith('.tf'))
  .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') }));
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const { parseHcl } = await import(path.join(root, 'dist/src/import/falcon/hcl.js'));
const { falconTerraformImporter } = await import(path.join(root, 'dist/src/import/falcon/index.js'));
const loadMs = performance.now() - t;

const groups = Array.from({ length: 3000 }, (_, i) => `resource "crowdstrike_host_group" "g${i}" {\n  name        = "Group ${i}"\n  description = "x"\n  type        = "static"\n  hostnames   = ["h${i}.example"]\n}\n`).join('');
const refs = Array.from({ length: 3000 }, (_, i) => `crowdstrike_host_group.g${i}.id`).join(',\n    ');
const policy = `resource "crowdstrike_content_update_policy" "all" {\n  name = "All"\n  description = "x"\n  host_groups = [\n    ${refs}\n  ]\n  sensor_operations = { ring_assignment = "ga", delay_hours = 4 }\n  system_critical = { ring_assignment = "ga", delay_hours = 4 }\n  vulnerability_management = { ring_assignment = "ga", delay_hours = 4 }\n  rapid_response = { ring_assignment = "ga", delay_hours = 4 }\n}\n`;
const big = [{ file: 'big/groups.tf', text: groups }, { file: 'big/policy.tf', text: policy }];

function median(f) {
  f();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    f();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return +times[Math.floor(times.length / 2)].toFixed(2);
}

const out = {
  loadImporterMs: +loadMs.toFixed(1),
  example: {
    bytes: files.reduce((n, f) => n + f.text.length, 0),
    parseMs: median(() => files.forEach((f) => parseHcl(f.text))),
    parseAndMapMs: median(() => falconTerraformImporter.map(files)),
  },
  big: {
    bytes: big.reduce((n, f) => n + f.text.length, 0),
    parseMs: median(() => big.forEach((f) => parseHcl(f.text))),
    parseAndMapMs: median(() => falconTerraformImporter.map(big)),
  },
  rssGrowthMB: +((process.memoryUsage().rss - rss0) / 1e6).toFixed(1),
};
console.log(JSON.stringify(out, null, 2));
