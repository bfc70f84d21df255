import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, jsonStream } from '../../reporters/json.js';
import { jsonl, jsonlStream } from '../../reporters/jsonl.js';
import { sarif, sarifStream } from '../../reporters/sarif.js';
import { asText, eachChunk, nested, Spool } from '../../reporters/stream-kit.js';
import { html, htmlStream } from '../../reporters/html.js';
import { junit, junitStream } from '../../reporters/junit.js';
import { oscal, oscalStream } from '../../reporters/oscal.js';
import { markdown, markdownStream } from '../../reporters/markdown.js';
import type { Chunks, Reporter, ReporterOptions, StreamingReporter } from '../../reporters/types.js';
import { check, evaluateDocuments, type CheckOptions } from '../../src/engine/check.js';
import { displayPath, expandPaths, loadInputText } from '../../src/load/read-inputs.js';
import { loadWaivers } from '../../src/engine/waivers.js';
import { checkStream, reportHeader } from '../../src/engine/stream.js';
import type { Report } from '../../src/model/report.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root } from '../helpers.js';

const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
const asOf = '2026-11-25';

/** A streaming reporter fed by the streamed engine, as the CLI does on one thread. */
function streamed<P>(reporter: StreamingReporter<P>, options: CheckOptions, render: ReporterOptions): string {
  const header = reportHeader(standard!, options.asOf);
  const writer = reporter.writer(header, render);
  const part = reporter.part(header, render);
  const out: Chunks[] = [writer.begin()];
  const summary = checkStream(standard!, problems, options, (s) => out.push(writer.add(part(s))));
  out.push(writer.end(summary));
  return out.flatMap((c) => [...eachChunk(c)]).map(asText).join('');
}

const reporters: [string, Reporter, StreamingReporter<never>][] = [
  ['json', json, jsonStream as StreamingReporter<never>],
  ['sarif', sarif, sarifStream as StreamingReporter<never>],
  ['jsonl', jsonl, jsonlStream as StreamingReporter<never>],
  ['markdown', markdown, markdownStream as StreamingReporter<never>],
  ['junit', junit, junitStream as StreamingReporter<never>],
  ['html', html, htmlStream as StreamingReporter<never>],
  ['oscal', oscal, oscalStream as StreamingReporter<never>],
];

describe('streaming reporters', () => {
  const waivers = loadWaivers([path.join(root, 'test/fixtures/streamed-waivers.yaml')]);
  const options: CheckOptions = { paths: [path.join(root, 'examples')], asOf, waivers: waivers.waivers };
  const report = check(standard!, problems, options);

  it('write, streamed, the bytes the in-memory reporters write from the whole report', () => {
    expect(waivers.problems).toEqual([]);
    expect(report.subjects.some((s) => s.controls.some((c) => c.findings.some((f) => f.waiver)))).toBe(true);
    for (const render of [{ color: false }, { color: false, maxResults: 9 }, { color: false, omitWaived: true }] as ReporterOptions[]) {
      for (const [name, whole, stream] of reporters) {
        expect(streamed(stream, options, render), `${name} ${JSON.stringify(render)}`).toBe(whole(report, render));
      }
    }
  });

  it('the streamed engine gives the report of the whole batch evaluated at once (same pairing, same order)', () => {
    const { files } = expandPaths([path.join(root, 'examples')]);
    const documents = files.flatMap((f) => loadInputText(readFileSync(f, 'utf8'), displayPath(f)).documents);
    expect(documents[0]!.kind).toBe('DeploymentConfig');
    expect(evaluateDocuments(standard!, documents, problems, options)).toEqual(report);
  });

  it('html: every document takes its place in ids and links, and no placeholder is left', () => {
    const page = html(report, { color: false });
    expect(page).not.toContain('<!--');
    const sections = [...page.matchAll(/<section class="doc" id="(d\d+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(report.subjects.map((_, i) => `d${i + 1}`));
    for (const id of sections) expect(page).toContain(`<a href="#${id}" class="vname">`);
  });

  it('a spool gives back every byte in order, from memory or from its temporary file, and leaves no file behind', () => {
    const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith('ringfence-spool-')).sort();
    const before = spools();
    for (const inMemory of [1 << 20, 1_000, 0]) {
      const spool = new Spool(inMemory);
      const pieces = Array.from({ length: 300 }, (_, i) => Uint8Array.from({ length: (i * 37) % 101 }, (_, j) => (i * 7 + j) & 255));
      for (const p of pieces) spool.add(p);
      const back = Buffer.concat([...spool.chunks()]);
      expect(back.equals(Buffer.concat(pieces)), `in memory up to ${inMemory}`).toBe(true);
      expect([...spool.chunks()]).toEqual([]);
      // Records come back one by one as they were added, empty ones included.
      const again = new Spool(inMemory);
      for (const p of pieces) again.add(p);
      expect([...again.records()].map((r) => Buffer.from(r).toString('hex'))).toEqual(pieces.map((p) => Buffer.from(p).toString('hex')));
    }
    // More than a megabyte comes back in pieces of at most one.
    const big = new Spool(0);
    for (let i = 0; i < 5; i++) big.add(new Uint8Array(700_000).fill(i));
    const pieces = [...big.chunks()];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.byteLength <= 1 << 20)).toBe(true);
    expect(Buffer.concat(pieces).equals(Buffer.concat(Array.from({ length: 5 }, (_, i) => new Uint8Array(700_000).fill(i))))).toBe(true);
    expect(spools()).toEqual(before);
  });

  it('a spool keeps everything in memory where no temporary file can be made', () => {
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = path.join(root, 'test/.tmp/no-such-folder/deeper');
    try {
      const pieces = Array.from({ length: 50 }, (_, i) => new Uint8Array(1000 + i).fill(i));
      const spool = new Spool(0);
      for (const p of pieces) spool.add(p);
      expect([...spool.records()].map((r) => r.byteLength)).toEqual(pieces.map((p) => p.byteLength));
      const again = new Spool(2_000);
      for (const p of pieces) again.add(p);
      expect(Buffer.concat([...again.chunks()]).equals(Buffer.concat(pieces))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  it('nested(): a value as JSON.stringify writes it inside a larger document, at any depth', () => {
    const values = [{ a: 1, b: [1, { c: 'x\ny', d: {} }], e: [] }, [], {}, 'text', 3, null, [1, [2, [3]]], { 'é…': '\u2028' }];
    for (const value of values) {
      for (let depth = 0; depth < 7; depth++) expect(nested(value, depth)).toBe(JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`));
      // As it sits in a document seven levels down.
      expect(JSON.stringify({ k: [[[[[[value]]]]]] }, null, 2)).toContain(`${'  '.repeat(7)}${nested(value, 7)}`);
    }
  });

  it('json: exactly JSON.stringify of the report, as before it streamed', () => {
    expect(json(report, { color: false })).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const empty: Report = { ...report, subjects: [], problems: [], waivers: [] };
    expect(json(empty, { color: false })).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it('sarif: the cap keeps the most severe results, earliest first within a severity, in their order', () => {
    const all = JSON.parse(sarif(report, { color: false, maxResults: 25_000 })).runs[0].results as { level: string; partialFingerprints: Record<string, string> }[];
    const rank: Record<string, number> = { error: 0, warning: 1, note: 2 };
    expect(new Set(all.map((r) => r.level)).size).toBeGreaterThan(1);
    for (const max of [1, 9, 40, all.length - 1]) {
      const capped = JSON.parse(sarif(report, { color: false, maxResults: max })).runs[0] as { results: typeof all; invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] };
      const keep = new Set([...all].sort((a, b) => rank[a.level]! - rank[b.level]!).slice(0, max));
      expect(capped.results).toEqual(all.filter((r) => keep.has(r)));
      expect(capped.invocations[0]!.toolExecutionNotifications.at(-1)!.message.text).toMatch(new RegExp(`^${all.length - max} results were left out`));
    }
  });

  it('sarif: once a result is suppressed, every result says whether it is', () => {
    const results = JSON.parse(sarif(report, { color: false })).runs[0].results as { suppressions?: unknown[] }[];
    expect(results.some((r) => r.suppressions!.length > 0)).toBe(true);
    expect(results.every((r) => Array.isArray(r.suppressions))).toBe(true);
    const plain = JSON.parse(sarif(check(standard!, problems, { paths: [path.join(root, 'examples')], asOf }), { color: false })).runs[0].results as { suppressions?: unknown[] }[];
    expect(plain.every((r) => r.suppressions === undefined)).toBe(true);
  });

  it('sarif: an empty batch gives an empty, well-formed run', () => {
    const empty: Report = { ...report, subjects: [], problems: [], waivers: [] };
    const run = JSON.parse(sarif(empty, { color: false })).runs[0];
    expect(run.results).toEqual([]);
    expect(run.properties.subjects).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });
});
