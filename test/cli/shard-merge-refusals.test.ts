import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

// The merge reads each part once, writing its outputs as the subjects pass: a part found wrong at its last byte must
// still leave nothing behind — no output, no partial output, no temporary file — and the destinations as they were.

const asOf = ['--as-of', '2026-11-25'];
let dir: string;
const run = (args: string[]) => runCli(args, { cwd: dir, timeout: 120_000 });
const at = (...p: string[]) => path.join(dir, ...p);
const parts: string[] = [];

interface Part {
  subjects: { documentIndex: number; file: string }[];
  shard: { index: number; subjects: { entry: number }[] };
  [key: string]: unknown;
}
const readPart = (file: string) => JSON.parse(readFileSync(at(file), 'utf8')) as Part;

/** Line (1-based) and column of the `{` of subject `i` of a part as ringfence lays it out (4 spaces in). */
function subjectStart(text: string, i: number): { offset: number; line: number; column: number } {
  let offset = text.indexOf('"subjects": [');
  for (let k = 0; k <= i; k++) offset = text.indexOf('\n    {', offset + 1);
  return { offset: offset + 5, line: text.slice(0, offset + 1).split('\n').length, column: 5 };
}

/** Every file under a folder, relative to it, sorted. */
function tree(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

beforeAll(() => {
  dir = tempDir('merge-refusals');
  mkdirSync(at('vendors'));
  mkdirSync(at('deployments'));
  for (const v of ['aegis-exemplary', 'borealis-typical', 'cobalt-pre-incident', 'cobalt-remediated']) copyFileSync(path.join(root, 'examples/vendors', `${v}.yaml`), at('vendors', `${v}.yaml`));
  for (const d of ['harbor-bank', 'smallco', 'st-brigid-hospital']) copyFileSync(path.join(root, 'examples/deployments', `${d}.yaml`), at('deployments', `${d}.yaml`));
  const harbor = readFileSync(path.join(root, 'examples/deployments/harbor-bank.yaml'), 'utf8');
  const brigid = readFileSync(path.join(root, 'examples/deployments/st-brigid-hospital.yaml'), 'utf8');
  writeFileSync(at('deployments/two-banks.yaml'), `${harbor}\n---\n${brigid}`);
  mkdirSync(at('parts'));
  const full = run(['check', 'vendors', 'deployments', ...asOf, '-q', '--format', 'json=out/full.json', '--format', 'sarif=out/full.sarif', '--format', 'text=out/full.txt']);
  expect([0, 1], full.stderr).toContain(full.code);
  for (let i = 1; i <= 3; i++) {
    const file = `parts/part-${i}.json`;
    const r = run(['check', 'vendors', 'deployments', ...asOf, '-q', '--shard', `${i}/3`, '--format', `json=${file}`]);
    expect([0, 1], r.stderr).toContain(r.code);
    parts.push(file);
  }
  // What the tests below rely on: every part holds subjects, one of them two documents of one file.
  for (const p of parts) expect(readPart(p).subjects.length, p).toBeGreaterThan(0);
  expect(parts.some((p) => readPart(p).subjects.filter((s) => s.file === 'deployments/two-banks.yaml').length === 2)).toBe(true);
});

/** The part holding the batch's last entry: its last subject is the last the merge reads. */
function lastPart(): string {
  return parts.reduce((best, p) => (Math.max(...readPart(p).shard.subjects.map((s) => s.entry)) > Math.max(...readPart(best).shard.subjects.map((s) => s.entry)) ? p : best));
}

/** Parts with one replaced by `text` (written to `bad/NAME`). */
function withPart(replaced: string, name: string, text: string): string[] {
  mkdirSync(at('bad'), { recursive: true });
  writeFileSync(at('bad', name), text);
  return parts.map((p) => (p === replaced ? `bad/${name}` : p));
}

describe('ringfence merge, one pass: nothing half-written', () => {
  it('merges the parts as one run writes them, and leaves no temporary file beside the outputs', () => {
    const r = run(['merge', ...parts, '-q', '--format', 'json=good/merged.json', '--format', 'sarif=good/merged.sarif']);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(at('good/merged.json')).equals(readFileSync(at('out/full.json')))).toBe(true);
    expect(readFileSync(at('good/merged.sarif')).equals(readFileSync(at('out/full.sarif')))).toBe(true);
    expect(tree(at('good'))).toEqual(['merged.json', 'merged.sarif']);
    // Standard output, held until every part proved valid, then written whole.
    const text = run(['merge', ...parts, '-q', '--format', 'text']);
    expect(text.code).toBe(r.code);
    expect(text.stdout).toBe(readFileSync(at('out/full.txt'), 'utf8'));
  });

  it('a part that is not a regular file (a folder, a pipe) is refused: it is read from both ends', () => {
    const r = run(['merge', parts[0]!, parts[1]!, 'parts', '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^parts: error: not a regular file/m);
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('a subject the schema refuses as the last one read, in the last part: exit 2, file:line:column, no output nor partial output, no folder made', () => {
    const last = lastPart();
    const text = readFileSync(at(last), 'utf8');
    const n = readPart(last).subjects.length;
    const start = subjectStart(text, n - 1);
    // The subject's score made a string: still JSON, and the same length, but not what a report holds.
    const end = text.indexOf('\n    }', start.offset);
    const subject = text.slice(start.offset, end);
    const tampered = subject.replace(/"score": (-?[\d.]+|null)/, (_m, v: string) => `"score": "${v}"`);
    expect(tampered).not.toBe(subject);
    const args = withPart(last, 'schema.json', text.slice(0, start.offset) + tampered + text.slice(end));
    const r = run(['merge', ...args, '--format', 'json=fresh/deep/merged.json', '--format', 'sarif=fresh/merged.sarif', '--format', 'text']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/schema\\.json:${start.line}:${start.column}: error: not a ringfence JSON report .*subject ${n}: .*score`));
    expect(r.stderr).toMatch(/nothing was merged/);
    expect(r.stdout).toBe(''); // the text output went to standard output: spooled, and never written
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('a subject that is not JSON in the last part, and a subject that is not UTF-8: the same', () => {
    const last = lastPart();
    const text = readFileSync(at(last), 'utf8');
    const n = readPart(last).subjects.length;
    const start = subjectStart(text, n - 1);
    const broken = withPart(last, 'broken.json', `${text.slice(0, start.offset)}{"id": ,${text.slice(start.offset + 1)}`);
    let r = run(['merge', ...broken, '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/broken\\.json:${start.line}:${start.column}: error: subject ${n} is not JSON`));
    expect(existsSync(at('fresh'))).toBe(false);
    const bytes = readFileSync(at(last));
    const name = bytes.indexOf('"name": "', Buffer.byteLength(text.slice(0, start.offset))) + 9;
    const latin1 = Buffer.concat([bytes.subarray(0, name), Buffer.from([0xe9]), bytes.subarray(name + 1)]);
    mkdirSync(at('bad'), { recursive: true });
    writeFileSync(at('bad/latin1.json'), latin1);
    r = run(['merge', ...parts.map((p) => (p === last ? 'bad/latin1.json' : p)), '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/latin1\\.json:${start.line}:${start.column}: error: .*not UTF-8`));
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('a part truncated mid-subject (an upload cut short): exit 2, positioned, nothing written', () => {
    const last = lastPart();
    const text = readFileSync(at(last), 'utf8');
    const n = readPart(last).subjects.length;
    const start = subjectStart(text, n - 1);
    const cut = text.slice(0, start.offset + Math.floor((text.indexOf('\n    }', start.offset) - start.offset) / 2));
    const args = withPart(last, 'truncated.json', cut);
    const r = run(['merge', ...args, '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/bad\/truncated\.json:\d+:\d+: error: .*ends before its JSON does/);
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('two parts claiming the same document: exit 2, both parts named', () => {
    const [a, b] = [parts[0]!, parts[1]!];
    const pa = readPart(a);
    const pb = readPart(b);
    // Part b also carries part a's first document, on the same entry of the batch, in input order.
    const entry = pa.shard.subjects[0]!.entry;
    const merged = [...pb.subjects.map((s, i) => ({ s, x: pb.shard.subjects[i]! })), { s: pa.subjects[0]!, x: pa.shard.subjects[0]! }].sort((p, q) => p.x.entry - q.x.entry);
    const doubled = { ...pb, subjects: merged.map((m) => m.s), shard: { ...pb.shard, subjects: merged.map((m) => m.x) } };
    const args = withPart(b, 'doubled.json', `${JSON.stringify(doubled, null, 2)}\n`);
    const r = run(['merge', ...args, '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/doubled\\.json: error: .*bad/doubled\\.json and ${a.replace('.', '\\.')} both hold documents of entry ${entry} of the batch`));
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('a part holding one subject more, or one fewer, than its shard member describes', () => {
    const last = lastPart();
    const p = readPart(last);
    const fewer = { ...p, subjects: p.subjects.slice(0, -1) };
    let r = run(['merge', ...withPart(last, 'fewer.json', `${JSON.stringify(fewer, null, 2)}\n`), '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/fewer\\.json:\\d+:\\d+: error: the part lists ${p.subjects.length - 1} subjects?, but its shard member describes ${p.subjects.length}`));
    expect(existsSync(at('fresh'))).toBe(false);
    const more = { ...p, subjects: [...p.subjects, p.subjects[p.subjects.length - 1]] };
    r = run(['merge', ...withPart(last, 'more.json', `${JSON.stringify(more, null, 2)}\n`), '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/bad\/more\.json:\d+:5: error: the part holds more subjects than its shard member describes/);
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('two documents of one file out of order within their part', () => {
    const holder = parts.find((p) => readPart(p).subjects.filter((s) => s.file === 'deployments/two-banks.yaml').length === 2)!;
    const p = readPart(holder);
    const i = p.subjects.findIndex((s) => s.file === 'deployments/two-banks.yaml');
    const swapped = [...p.subjects];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    const r = run(['merge', ...withPart(holder, 'swapped.json', `${JSON.stringify({ ...p, subjects: swapped }, null, 2)}\n`), '--format', 'json=fresh/merged.json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`bad/swapped\\.json:\\d+:5: error: subject ${i + 2} is out of input order`));
    expect(existsSync(at('fresh'))).toBe(false);
  });

  it('the destinations are left as they were when the merge is refused, and replaced whole when it is not', () => {
    mkdirSync(at('dest'), { recursive: true });
    writeFileSync(at('dest/merged.json'), 'sentinel json\n');
    writeFileSync(at('dest/merged.sarif'), 'sentinel sarif\n');
    const last = lastPart();
    const text = readFileSync(at(last), 'utf8');
    const start = subjectStart(text, readPart(last).subjects.length - 1);
    const args = withPart(last, 'sentinel.json', `${text.slice(0, start.offset)}{"id": 7}${text.slice(text.indexOf('\n    }', start.offset) + 6)}`);
    const r = run(['merge', ...args, '--format', 'json=dest/merged.json', '--format', 'sarif=dest/merged.sarif']);
    expect(r.code, r.stderr).toBe(2);
    expect(readFileSync(at('dest/merged.json'), 'utf8')).toBe('sentinel json\n');
    expect(readFileSync(at('dest/merged.sarif'), 'utf8')).toBe('sentinel sarif\n');
    expect(tree(at('dest'))).toEqual(['merged.json', 'merged.sarif']);
    const ok = run(['merge', ...parts, '-q', '--format', 'json=dest/merged.json', '--format', 'sarif=dest/merged.sarif']);
    expect([0, 1], ok.stderr).toContain(ok.code);
    expect(readFileSync(at('dest/merged.json')).equals(readFileSync(at('out/full.json')))).toBe(true);
    expect(tree(at('dest'))).toEqual(['merged.json', 'merged.sarif']);
  });

  it('parts laid out otherwise (compact, members reordered, a member given twice) merge to the same bytes', () => {
    const [a, b, c] = parts as [string, string, string];
    const pa = readPart(a);
    const pb = readPart(b);
    // Compact: no tail where ringfence puts it; read through first.
    const compact = `bad/compact.json`;
    withPart(a, 'compact.json', JSON.stringify(pa));
    // The shard member before the subjects, and `waivers` both before and after `problems`: the tail found from the
    // end of the file (after the first `waivers`) describes a skeleton the forward read does not meet, so the merge
    // plans again from a read-through, and the outputs of the first attempt are dropped.
    const { subjects, shard, waivers, problems, ...rest } = pb;
    const member = (k: string, v: unknown) => `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`;
    const reordered = `{\n${[...Object.entries(rest).map(([k, v]) => member(k, v)), member('shard', shard), member('subjects', subjects), member('waivers', waivers), member('problems', problems), member('waivers', waivers)].join(',\n')}\n}\n`;
    expect(reordered).toContain('],\n  "problems": ');
    expect(JSON.parse(reordered)).toEqual(pb);
    withPart(b, 'reordered.json', reordered);
    const r = run(['merge', compact, 'bad/reordered.json', c, '-q', '--format', 'json=odd/merged.json', '--format', 'sarif=odd/merged.sarif']);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(at('odd/merged.json')).equals(readFileSync(at('out/full.json')))).toBe(true);
    expect(readFileSync(at('odd/merged.sarif')).equals(readFileSync(at('out/full.sarif')))).toBe(true);
    expect(tree(at('odd'))).toEqual(['merged.json', 'merged.sarif']);
  });
});
