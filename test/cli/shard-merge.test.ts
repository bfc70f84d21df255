import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardOfName } from '../../src/engine/shard.js';
import { root, runCli, tempDir } from '../helpers.js';

const formats = ['text', 'json', 'jsonl', 'sarif', 'markdown', 'html', 'junit', 'oscal'] as const;
const ext: Record<(typeof formats)[number], string> = { text: 'txt', json: 'json', jsonl: 'jsonl', sarif: 'sarif', markdown: 'md', html: 'html', junit: 'xml', oscal: 'oscal.json' };
const asOf = ['--as-of', '2026-11-25'];

let dir: string;
/** Options every run of the batch shares: the same inputs, waivers, baseline and gate. */
let common: string[];

const run = (args: string[]) => runCli(args, { cwd: dir, timeout: 120_000 });
const outputsOf = (prefix: string) => formats.flatMap((f) => ['--format', `${f}=out/${prefix}.${ext[f]}`]);
const read = (name: string) => readFileSync(path.join(dir, 'out', name));

const waivers = `apiVersion: ringfence.dev/v1
kind: Waivers
waivers:
  - control: KDUS-CU-01
    documents: "vendors/borealis-*.yaml"
    reason: Accepted while the vendor moves content onto the code pipeline.
    owner: procurement@example.org
    ticket: RISK-12
    expires: 2027-06-30
  - control: KDUS-DC-06
    documents: "deployments/*.yaml"
    reason: Matched by documents in more than one shard.
    owner: infra@example.org
    expires: 2026-12-10
  - control: KDUS-SR-01
    documents: "nowhere/*.yaml"
    reason: Matches nothing, in any shard.
    owner: procurement@example.org
    expires: 2027-01-31
  - control: KDUS-DC-07
    documents: "deployments/*.yaml"
    reason: Expired before the as-of date.
    owner: infra@example.org
    expires: 2026-10-01
`;

beforeAll(() => {
  dir = tempDir('shard');
  mkdirSync(path.join(dir, 'vendors'));
  mkdirSync(path.join(dir, 'deployments'));
  mkdirSync(path.join(dir, 'registers'));
  for (const v of ['aegis-exemplary', 'borealis-typical', 'cobalt-pre-incident', 'cobalt-remediated']) copyFileSync(path.join(root, 'examples/vendors', `${v}.yaml`), path.join(dir, 'vendors', `${v}.yaml`));
  for (const d of ['harbor-bank', 'smallco', 'st-brigid-hospital']) copyFileSync(path.join(root, 'examples/deployments', `${d}.yaml`), path.join(dir, 'deployments', `${d}.yaml`));
  const harbor = readFileSync(path.join(root, 'examples/deployments/harbor-bank.yaml'), 'utf8');
  const brigid = readFileSync(path.join(root, 'examples/deployments/st-brigid-hospital.yaml'), 'utf8');
  // Two documents in one file: they stay together, in one shard.
  writeFileSync(path.join(dir, 'deployments/two-banks.yaml'), `${harbor}\n---\n${brigid}`);
  // Problems: a file that is not YAML, and a deployment the schema refuses.
  writeFileSync(path.join(dir, 'deployments/broken.yaml'), 'apiVersion: ringfence.dev/v1\nkind: DeploymentConfig\nmetadata: {organization: "unclosed\n');
  writeFileSync(path.join(dir, 'deployments/bad-schema.yaml'), readFileSync(path.join(root, 'examples/deployments/smallco.yaml'), 'utf8').replace('  fleetSize: 60', '  fleetSize: sixty'));
  writeFileSync(path.join(dir, 'registers/waivers.yaml'), waivers);
  // The baseline: a run that also had a vendor now gone (its findings are absent) and lacked one now there (new).
  copyFileSync(path.join(root, 'examples/vendors/cobalt-pre-incident.yaml'), path.join(dir, 'vendors/gone.yaml'));
  rmSync(path.join(dir, 'vendors/cobalt-remediated.yaml'));
  const before = run(['check', 'vendors', 'deployments', ...asOf, '--format', 'sarif=registers/baseline.sarif', '-q']);
  expect(before.code, before.stderr).not.toBe(-1);
  rmSync(path.join(dir, 'vendors/gone.yaml'));
  copyFileSync(path.join(root, 'examples/vendors/cobalt-remediated.yaml'), path.join(dir, 'vendors/cobalt-remediated.yaml'));
  common = ['vendors', 'deployments', ...asOf, '--waivers', 'registers/waivers.yaml', '--baseline', 'registers/baseline.sarif', '--max-results', '40'];
});

describe('check --shard i/n and ringfence merge', () => {
  it('the batch is cut so that a deployment and its vendor manifest are in different shards, and every shard has documents', () => {
    expect(shardOfName('deployments/harbor-bank.yaml', 3)).not.toBe(shardOfName('vendors/borealis-typical.yaml', 3));
    expect(shardOfName('deployments/smallco.yaml', 3)).not.toBe(shardOfName('vendors/cobalt-pre-incident.yaml', 3));
    expect(new Set(['vendors/aegis-exemplary.yaml', 'deployments/harbor-bank.yaml', 'deployments/two-banks.yaml'].map((n) => shardOfName(n, 3)))).toEqual(new Set([1, 2, 3]));
  });

  it('merges 3 shards, and 1, into every format byte for byte as one unsharded run writes it: waivers, baseline, pairing, problems, caps', () => {
    const full = run(['check', ...common, ...outputsOf('full')]);
    expect(full.code, full.stderr).toBe(2); // a YAML syntax error and a schema error: the run is incomplete
    const report = JSON.parse(read('full.json').toString()) as { waivers: { status: string }[]; baseline: { new: number; unchanged: number; absent: unknown[] }; problems: { code: string }[]; subjects: { file: string; controls: { id: string; findings: { message: string; waiver?: unknown }[] }[] }[] };
    // What the comparison covers is really there.
    expect(report.waivers.map((w) => w.status)).toEqual(['active', 'expiring', 'unmatched', 'expired']);
    expect(report.baseline.absent.length).toBeGreaterThan(0);
    expect(report.baseline.new).toBeGreaterThan(0);
    expect(report.baseline.unchanged).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['schema', 'waiver-unmatched', 'waiver-expiring', 'waiver-expired']));
    expect(report.problems.some((p) => p.code.startsWith('yaml'))).toBe(true);
    const harbor = report.subjects.find((s) => s.file === 'deployments/harbor-bank.yaml')!;
    expect(JSON.stringify(harbor)).not.toContain('no VendorManifest');
    expect(report.subjects.filter((s) => s.file === 'deployments/two-banks.yaml')).toHaveLength(2);

    for (const n of [1, 3]) {
      const parts: string[] = [];
      for (let i = 1; i <= n; i++) {
        const r = run(['check', ...common, '--shard', `${i}/${n}`, '--format', `json=out/part-${i}-of-${n}.json`, '-q']);
        expect([0, 1, 2], r.stderr).toContain(r.code);
        parts.push(`out/part-${i}-of-${n}.json`);
      }
      // Parts in any order.
      const merged = run(['merge', ...parts.reverse(), '--max-results', '40', ...outputsOf(`merged-${n}`)]);
      expect(merged.code, merged.stderr).toBe(full.code);
      for (const f of formats) expect(read(`merged-${n}.${ext[f]}`).equals(read(`full.${ext[f]}`)), `${f}, ${n} shard(s)`).toBe(true);
    }
  });

  it('a shard evaluated by worker threads writes the same part as on one thread', () => {
    const one = run(['check', ...common, '--shard', '2/3', '--jobs', '1', '--format', 'json=out/p2-one.json', '-q']);
    const two = run(['check', ...common, '--shard', '2/3', '--jobs', '2', '--format', 'json=out/p2-two.json', '-q']);
    expect(two.code).toBe(one.code);
    expect(read('p2-two.json').equals(read('p2-one.json'))).toBe(true);
  });

  describe('refuses parts that do not belong together (exit 2, the part named and positioned, nothing written)', () => {
    const shards = (n: number, extra: string[] = [], prefix = 'r') =>
      Array.from({ length: n }, (_, k) => {
        const file = `out/${prefix}-${k + 1}-of-${n}.json`;
        run(['check', ...common, ...extra, '--shard', `${k + 1}/${n}`, '--format', `json=${file}`, '-q']);
        return file;
      });
    const refused = (args: string[], message: RegExp) => {
      const r = run(['merge', ...args, '--format', 'json=out/refused.json']);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(() => read('refused.json')).toThrow();
    };

    it('a missing shard, a shard given twice, a part of a run cut in another number of shards', () => {
      const p = shards(3);
      refused([p[0]!, p[1]!], /shard 3 of 3 is missing/);
      copyFileSync(path.join(dir, p[0]!), path.join(dir, 'out/copy.json'));
      refused([p[0]!, 'out/copy.json', p[1]!, p[2]!], /shard 1 of 3 is given twice: out\/r-1-of-3.json and out\/copy.json/);
      const q = shards(2, [], 'two');
      refused([p[0]!, q[1]!, p[2]!], /out\/two-2-of-2.json: error: .*shard 2 of 2.*shard of 3.*\(at \/shard\/count\)/);
    });

    it('parts of runs with another as-of date, other inputs', () => {
      const p = shards(2, [], 'base');
      const date = shards(2, ['--as-of', '2026-11-26'], 'date');
      refused([p[0]!, date[1]!], /out\/date-2-of-2.json: error: .*as-of date 2026-11-26 ≠ 2026-11-25/);
      const inputs = Array.from({ length: 2 }, (_, k) => {
        const file = `out/in-${k + 1}.json`;
        run(['check', 'vendors', ...asOf, '--waivers', 'registers/waivers.yaml', '--baseline', 'registers/baseline.sarif', '--shard', `${k + 1}/2`, '--format', `json=${file}`, '-q']);
        return file;
      });
      refused([p[0]!, inputs[1]!], /out\/in-2.json: error: .*another run.*\(at \/shard\/run\)/);
    });

    it('a tampered part, a report that is not a part, a part larger than the limit, a file that is not JSON', () => {
      const p = shards(1, [], 'one');
      const part = JSON.parse(readFileSync(path.join(dir, p[0]!), 'utf8')) as { shard: { index: unknown; subjects: { entry: number }[] } };
      writeFileSync(path.join(dir, 'out/tampered.json'), JSON.stringify({ ...part, shard: { ...part.shard, index: 'one' } }, null, 2));
      refused(['out/tampered.json'], /out\/tampered.json: error: not a ringfence JSON report.*shard\.index is string "one"/);
      const reordered = { ...part, shard: { ...part.shard, subjects: [...part.shard.subjects].reverse() } };
      writeFileSync(path.join(dir, 'out/reordered.json'), JSON.stringify(reordered, null, 2));
      refused(['out/reordered.json'], /out\/reordered.json: error: .*subject 2 is out of input order \(at \/shard\/subjects\/1\/entry\)/);
      refused(['out/full.json'], /out\/full.json.*not a shard's part/);
      writeFileSync(path.join(dir, 'out/big.json'), `{"pad": "${'x'.repeat(1_200_000)}"}`);
      refused(['out/big.json', '--max-part-mb', '1'], /out\/big.json.*error/);
      // A subject the schema refuses, and one that is not JSON, are named by their line and column in the part.
      const text = readFileSync(path.join(dir, p[0]!), 'utf8');
      const second = text.indexOf('\n    {', text.indexOf('"subjects": [') + 20);
      const line = text.slice(0, second + 1).split('\n').length;
      writeFileSync(path.join(dir, 'out/bad-subject.json'), `${text.slice(0, second)}\n    {"id": 7}${text.slice(text.indexOf('\n    }', second) + 6)}`);
      refused(['out/bad-subject.json'], new RegExp(`out/bad-subject.json:${line}:5: error: not a ringfence JSON report.*subject 2`));
      writeFileSync(path.join(dir, 'out/broken-subject.json'), `${text.slice(0, second)}\n    {"id": }${text.slice(text.indexOf('\n    }', second) + 6)}`);
      refused(['out/broken-subject.json'], new RegExp(`out/broken-subject.json:${line}:5: error: subject 2 is not JSON`));
      writeFileSync(path.join(dir, 'out/missing-comma.json'), text.replace('\n    },\n    {', '\n    }\n    {'));
      refused(['out/missing-comma.json'], /out\/missing-comma.json:\d+:5: error: .*a missing "," between subjects/);
      writeFileSync(path.join(dir, 'out/garbage.json'), '{"reportVersion": 2,\n  "tool": [}');
      refused(['out/garbage.json'], /out\/garbage.json:2:\d+: error/);
    });

    it('usage: --shard needs i/n within bounds and a JSON part', () => {
      for (const bad of ['0/3', '4/3', '3', 'a/b', '1/999']) {
        const r = run(['check', ...common, '--shard', bad, '--format', 'json=out/u.json']);
        expect(r.code, bad).toBe(2);
        expect(r.stderr).toMatch(/--shard takes i\/n/);
      }
      const r = run(['check', ...common, '--shard', '1/2', '--format', 'sarif=out/u.sarif']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/add --format json=part-1-of-2.json/);
    });
  });
});
