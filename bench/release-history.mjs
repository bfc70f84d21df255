// `node bench/release-history.mjs [releases=1000] [runs=5]`: reading a release history (kind ReleaseHistory) and setting
// it beside the exemplary manifest, as `check --artifact` does, in YAML and in JSON Lines; the median of `runs` after
// one warm-up, in this process (the reader is loaded once, as in a check). Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const { history } = await import(path.join(root, 'dist/src/artifacts/release-history/index.js'));
const manifest = { value: parse(readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8')), file: 'aegis-exemplary.yaml', documentIndex: 0 };

// The exemplary vendor's rapid-response channel: five rings, each with its gate, bakes respected.
const rings = [['internal', 4150, 90], ['canary', 21000, 95], ['early', 143000, 125], ['broad', 1092000, 130], ['ga', 7100000, 0]];
const releases = [];
for (let i = 0; i < n; i++) {
  let t = Date.UTC(2024, 0, 1) + i * 86_400_000;
  const out = [];
  for (const [name, hosts, bake] of rings) {
    const start = t;
    const end = t + 15 * 60_000;
    out.push({ name, start: new Date(start).toISOString(), end: new Date(end).toISOString(), hostsReached: hosts, gates: [{ at: new Date(end + bake * 60_000 - 60_000).toISOString(), verdict: 'pass', signal: 'host_crash_rate' }] });
    t = end + bake * 60_000;
  }
  releases.push({ id: `rr-${i}`, channel: 'rapid-response', rings: out });
}
const header = { apiVersion: 'ringfence.dev/v1', kind: 'ReleaseHistory', metadata: { vendor: 'Aegis Sentinel Systems', product: 'Aegis Sentinel' } };
const yamlText = `apiVersion: ringfence.dev/v1\nkind: ReleaseHistory\nmetadata: { vendor: Aegis Sentinel Systems, product: Aegis Sentinel }\nreleases:\n${releases
  .map((r) => `  - id: ${r.id}\n    channel: ${r.channel}\n    rings:\n${r.rings.map((g) => `      - name: ${g.name}\n        start: "${g.start}"\n        end: "${g.end}"\n        hostsReached: ${g.hostsReached}\n        gates:\n          - { at: "${g.gates[0].at}", verdict: pass, signal: host_crash_rate }\n`).join('')}`)
  .join('')}`;
const jsonlText = [header, ...releases].map((x) => JSON.stringify(x)).join('\n');
// `--write DIR` also writes the two histories there (for timing `ringfence check --artifact` end to end).
const writeTo = process.argv.indexOf('--write') > 0 ? process.argv[process.argv.indexOf('--write') + 1] : undefined;
if (writeTo) {
  writeFileSync(path.join(writeTo, 'bench.release-history.yaml'), yamlText);
  writeFileSync(path.join(writeTo, 'bench.release-history.jsonl'), jsonlText);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The JSON Lines history signed by a release-system key the reader's policy lists (a DSSE envelope): decoding,
// the signature check and the signer's scope check come on top of reading it.
const { generateKeyPairSync, createHash, sign } = await import('node:crypto');
const keys = generateKeyPairSync('ed25519');
const keyid = createHash('sha256').update(keys.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
const signedType = 'application/vnd.ringfence.release-history+jsonl';
const body = Buffer.from(jsonlText);
const pae = Buffer.concat([Buffer.from(`DSSEv1 ${signedType.length} ${signedType} ${body.length} `), body]);
const envelopeText = JSON.stringify({ payloadType: signedType, payload: body.toString('base64'), signatures: [{ keyid, sig: sign(null, pae, keys.privateKey).toString('base64') }] });
const policy = { file: 'bench-trust.yaml', keys: [{ name: 'release', party: 'Aegis Sentinel Systems', role: 'vendor', key: keys.publicKey, keyid, claims: ['/updateChannels'], file: 'bench-trust.yaml', line: 1, column: 1 }] };

for (const [label, name, text] of [['YAML', 'bench.release-history.yaml', yamlText], ['JSON Lines', 'bench.release-history.jsonl', jsonlText], ['DSSE jsonl', 'bench.release-history.dsse.json', envelopeText]]) {
  const file = { file: name, bytes: Buffer.from(text), sha256: '' };
  const times = [];
  let observations = 0;
  for (let k = 0; k <= runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = history.read(file, { policy });
    if (r.problems.length > 0) throw new Error(`bench history has problems: ${JSON.stringify(r.problems[0])}`);
    observations = history.observe(r.facts, manifest).length;
    if (label.startsWith('DSSE') && history.signer(r.facts, manifest) !== 'release') throw new Error('bench envelope not signed');
    if (k > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  // The floor: the same text parsed to plain values and nothing else (yaml.parse; JSON.parse of each line).
  const floor = [];
  for (let k = 0; k <= runs; k++) {
    const t0 = process.hrtime.bigint();
    if (label === 'YAML') parse(text);
    else for (const line of (label.startsWith('DSSE') ? jsonlText : text).split('\n')) JSON.parse(line);
    if (k > 0) floor.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(
    `  release history, ${n} releases × ${rings.length} rings, ${label.padEnd(10)} ${(file.bytes.length / 1024 / 1024).toFixed(1).padStart(5)} MB   read + observe ${median(times).toFixed(0).padStart(6)} ms (median of ${runs}), ${(median(times) / median(floor)).toFixed(1)}× the parse floor (${median(floor).toFixed(0)} ms)   ${observations} observations`,
  );
}
