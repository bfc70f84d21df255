import { readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { streamCheck } from '../../src/engine/parallel.js';
import { checkSequential, expandInputs, reportHeader } from '../../src/engine/stream.js';
import type { Report, Subject } from '../../src/model/report.js';
import { loadStandard, type Standard } from '../../src/standard/standard.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * Issue 13: what one document writes is bounded, and one document's failure is its own. A manifest under every
 * input limit can still fail the same control thousands of times; before, a 7 MB one ended the whole run with
 * "internal error: Invalid string length" (the good file beside it in no report, JSON and SARIF cut off), and a
 * 949 KB one wrote a 504 MB JSON report.
 */

/**
 * The pre-incident manifest with its update channels replaced by `n` copies of a failing content channel (no
 * staging, nothing declared), each with a distinct id of about `idLength` characters. Three nodes a channel keeps
 * 31,000 channels under the node limit.
 */
function manyChannels(n: number, idLength: number): string {
  const lines = readFileSync(path.join(root, 'examples/vendors/cobalt-pre-incident.yaml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('updateChannels:'));
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const id = 'rapid-response-channel-file-291-'.repeat(Math.ceil(idLength / 32)).slice(0, idLength);
  const channels = Array.from({ length: n }, (_, i) => `  - { id: ${id}-${i}, kind: content }`);
  return [...lines.slice(0, start + 1), ...channels, ...lines.slice(end)].join('\n');
}

function setUp(name: string, n: number, idLength: number): string {
  const dir = tempDir(name);
  copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), `${dir}/good.yaml`);
  writeFileSync(`${dir}/many.yaml`, manyChannels(n, idLength));
  return dir;
}

/** Every finding of a control is either listed or counted. */
function expectBounded(report: Report, file: string): void {
  const subject = report.subjects.find((s) => s.file === file)!;
  expect(subject).toBeDefined();
  let omitted = 0;
  for (const c of subject.controls) {
    expect(c.findings.length).toBeLessThanOrEqual(100);
    expect(c.findings.length + (c.findingsOmitted?.count ?? 0)).toBe(c.counts.fail + c.counts.missing_evidence + c.counts.error);
    omitted += c.findingsOmitted?.count ?? 0;
  }
  expect(omitted).toBeGreaterThan(0);
}

describe('per-document output bounds', () => {
  it('a 7 MB manifest with 31,000 failing channels: every output complete and valid, the good file beside it reported', () => {
    const dir = setUp('channels-7mb', 31_000, 200);
    expect(statSync(`${dir}/many.yaml`).size).toBeGreaterThan(7_000_000);
    const r = runCli(
      ['check', 'good.yaml', 'many.yaml', '--as-of', '2026-11-25', '-f', 'text', '-f', 'json=report.json', '-f', 'sarif=report.sarif', '-f', 'markdown=report.md', '-f', 'html=report.html', '-f', 'junit=report.xml'],
      { cwd: dir, timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    // Rules over their budget on this document are errors (exit 2); the run itself completes.
    expect(r.code).toBe(2);
    const report = JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as Report;
    expect(report.subjects.map((s) => [s.file, s.grade])).toEqual([
      ['good.yaml', 'A'],
      ['many.yaml', 'F'],
    ]);
    expectBounded(report, 'many.yaml');
    expect(statSync(`${dir}/report.json`).size).toBeLessThan(30_000_000);
    const sarif = JSON.parse(readFileSync(`${dir}/report.sarif`, 'utf8')) as { runs: { properties: { subjects: { file: string }[] }; invocations: { toolExecutionNotifications?: { descriptor: { id: string }; message: { text: string } }[] }[] }[] };
    expect(sarif.runs[0]!.properties.subjects.map((s) => s.file)).toEqual(['good.yaml', 'many.yaml']);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications?.find((n) => n.descriptor.id === 'finding-limit')?.message.text).toMatch(/^\d+ findings were left out: at most 100 are listed per control and document/);
    const sr01 = report.subjects[1]!.controls.find((c) => c.id === 'KDUS-SR-01')!;
    expect(sr01.findingsOmitted?.count).toBeGreaterThan(30_000);
    expect(r.stdout).toContain(`      … and ${sr01.counts.fail + sr01.counts.missing_evidence + sr01.counts.error - 5} more`);
    expect(readFileSync(`${dir}/report.md`, 'utf8')).toMatch(/findings? more/);
    const html = readFileSync(`${dir}/report.html`, 'utf8');
    expect(html).toMatch(/… and \d+ more/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const junit = readFileSync(`${dir}/report.xml`, 'utf8');
    expect(junit).toMatch(/… and \d+ more/);
    expect(junit.trimEnd().endsWith('</testsuites>')).toBe(true);
  }, 120_000);

  it('a 949 KB manifest writes a JSON report of a few megabytes, not hundreds', () => {
    const dir = setUp('channels-949kb', 3_900, 200);
    const r = runCli(['check', 'good.yaml', 'many.yaml', '--as-of', '2026-11-25', '-f', 'json=report.json'], { cwd: dir, timeout: 60_000 });
    expect(r.stderr).toBe('');
    const report = JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as Report;
    expect(report.subjects.map((s) => s.file)).toEqual(['good.yaml', 'many.yaml']);
    expectBounded(report, 'many.yaml');
    expect(statSync(`${dir}/report.json`).size).toBeLessThan(15_000_000);
    // The report schema describes the new field (and the cap).
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/report.schema.json'), 'utf8')) as object);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }, 120_000);
});

describe('per-document problem bounds', () => {
  it('lists at most 100 schema errors of one document and counts the rest', () => {
    const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
    const dir = tempDir('schema-bounds');
    writeFileSync(`${dir}/many.yaml`, manyChannels(500, 10).replace(/kind: content \}/g, 'kind: content, bogus: 1 }'));
    const report = check(standard!, problems, { paths: [`${dir}/many.yaml`], asOf: '2026-11-25' });
    const schema = report.problems.filter((p) => p.code === 'schema');
    expect(schema).toHaveLength(101);
    expect(schema.filter((p) => p.message.startsWith('unknown field "bogus"'))).toHaveLength(100);
    expect(schema.find((p) => p.message.startsWith('and '))!.message).toBe('and 400 more schema errors in this document (at most 100 are listed)');
    expect(report.subjects[0]!.schemaErrors).toBe(500);
  });
});

describe("one document's failure is that document's problem", () => {
  const asOf = '2026-11-25';
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));

  /** A folder with a failing manifest (a-bad.yaml) before a good one (b-good.yaml). */
  function folder(name: string): string {
    const dir = tempDir(name);
    copyFileSync(path.join(root, 'examples/vendors/cobalt-pre-incident.yaml'), `${dir}/a-bad.yaml`);
    copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), `${dir}/b-good.yaml`);
    return dir;
  }

  it('an exception while evaluating one document: the others are fully reported, the failure is an error on that document', () => {
    const dir = folder('fail-evaluate');
    // The first control's rule throws when it is first read while the first file is evaluated (as running out of
    // memory or string length would), and only then.
    let armed = false;
    const area = standard!.areas[0]!;
    const control = area.controls[0]!;
    const failing = Object.defineProperty({ ...control }, 'rule', {
      enumerable: true,
      get: () => {
        if (armed) {
          armed = false;
          throw new RangeError('Invalid string length');
        }
        return control.rule;
      },
    });
    const broken: Standard = { ...standard!, areas: [{ ...area, controls: [failing, ...area.controls.slice(1)] }, ...standard!.areas.slice(1)] };
    const report = check(broken, problems, { paths: [dir], asOf, progress: (phase, done) => void (armed = phase === 'evaluate' && done === 0) });
    const good = check(standard!, problems, { paths: [`${dir}/b-good.yaml`], asOf }).subjects[0]!;
    expect(report.subjects).toEqual([good]);
    const failure = report.problems.filter((p) => p.code === 'document-failed');
    expect(failure).toEqual([
      {
        severity: 'error',
        code: 'document-failed',
        file: path.relative(process.cwd(), `${dir}/a-bad.yaml`),
        documentIndex: 0,
        range: expect.objectContaining({ startLine: 26, startColumn: 1 }),
        message: 'this document could not be evaluated (Invalid string length); it is in no report, and the run is incomplete',
      },
    ]);
  });

  it('an exception while rendering one document: left out of every output, reported, and still counted by the gate', () => {
    const dir = folder('fail-render');
    const render = {
      render: (s: Subject) => {
        if (s.file.endsWith('a-bad.yaml')) throw new RangeError('Invalid string length');
        return [s.file];
      },
      feedback: () => {},
    };
    const parts: unknown[] = [];
    const options = { paths: [dir], asOf };
    const summary = checkSequential(standard!, problems, expandInputs(options), options, reportHeader(standard!, asOf), render, (p) => void parts.push(p));
    const bad = path.relative(process.cwd(), `${dir}/a-bad.yaml`);
    expect(parts).toEqual([[path.relative(process.cwd(), `${dir}/b-good.yaml`)]]);
    expect(summary.documents).toBe(1);
    expect(summary.problems.filter((p) => p.code === 'document-failed')).toEqual([
      expect.objectContaining({ file: bad, documentIndex: 0, message: 'this document could not be written (Invalid string length); it was evaluated but is left out of every output, and the run is incomplete' }),
    ]);
    // Its findings still fail the gate: leaving it out of the outputs never turns it into a pass.
    expect(summary.gate.passed).toBe(false);
    expect(summary.gate.reasons.some((r) => r.startsWith(`${bad}:`))).toBe(true);
  });

  it('the same in worker threads', async () => {
    const dir = folder('fail-render-workers');
    const parts: unknown[] = [];
    const summary = await streamCheck(standard!, problems, { paths: [dir], asOf, jobs: 2, render: [{ module: new URL('../fixtures/renderers/throwing.mjs', import.meta.url).href, export: 'throwing' }] }, (p) => void parts.push(p));
    const bad = path.relative(process.cwd(), `${dir}/a-bad.yaml`);
    expect(parts).toEqual([[path.relative(process.cwd(), `${dir}/b-good.yaml`)]]);
    expect(summary.documents).toBe(1);
    expect(summary.problems.filter((p) => p.code === 'document-failed')).toEqual([expect.objectContaining({ file: bad, documentIndex: 0 })]);
    expect(summary.gate.reasons.some((r) => r.startsWith(`${bad}:`))).toBe(true);
  }, 60_000);
});
