import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

// ajv-formats is CommonJS; its default export is the plugin function (as src/load/validate.ts loads it).
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

const schemaFile = path.join(root, 'schemas/report.schema.json');
const asOf = ['--as-of', '2026-11-25'];

let validate: ReturnType<Ajv2020['compile']>;

beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
});

function errorsOf(report: unknown): string {
  if (validate(report)) return '';
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** Runs `check … --format json` and parses its report; exit codes 0–2 all write a report. */
function check(args: string[]): Report {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  expect([0, 1, 2], r.stderr).toContain(r.code);
  expect(r.stdout, `exit ${r.code}, no report on stdout: ${r.stderr}`).not.toBe('');
  return JSON.parse(r.stdout) as Report;
}

describe('schemas/report.schema.json', () => {
  it('is what `ringfence schema Report` prints', () => {
    const r = runCli(['schema', 'Report']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(schemaFile, 'utf8')));
  });

  it('accepts the report of the examples', () => {
    const report = check(['examples']);
    expect(report.subjects.length).toBeGreaterThan(0);
    expect(errorsOf(report)).toBe('');
  });

  it('accepts a report with waivers and a baseline', () => {
    const dir = tempDir('report-schema');
    // A document only the baseline run sees, so that the baseline has absent findings; the baseline run
    // leaves out the deployments, so that their findings are new.
    const gone = path.join(dir, 'gone.yaml');
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), gone);
    const sarif = path.join(dir, 'base.sarif');
    const base = runCli(['check', 'examples/vendors', path.relative(root, gone), ...asOf, '--format', `sarif=${sarif}`]);
    expect([0, 1], base.stderr).toContain(base.code);
    const waivers = path.join(dir, 'waivers.yaml');
    writeFileSync(
      waivers,
      [
        'apiVersion: ringfence.dev/v1',
        'kind: Waivers',
        'waivers:',
        '  - control: KDUS-SR-01',
        '    documents: "examples/**"',
        '    reason: Staged rollout is contractually agreed for the next release.',
        '    owner: procurement@example.org',
        '    ticket: RISK-12',
        '    expires: 2027-01-31',
        '',
      ].join('\n'),
    );
    const report = check(['examples', '--waivers', path.relative(root, waivers), '--baseline', path.relative(root, sarif)]);
    expect(report.waivers).toHaveLength(1);
    expect(report.waivers[0]!.matched).toBeGreaterThan(0);
    expect(report.subjects.some((s) => s.controls.some((c) => c.findings.some((f) => f.waiver)))).toBe(true);
    expect(report.baseline).toBeDefined();
    expect(report.baseline!.new).toBeGreaterThan(0);
    expect(report.baseline!.unchanged).toBeGreaterThan(0);
    expect(report.baseline!.absent.length).toBeGreaterThan(0);
    expect(errorsOf(report)).toBe('');
  });

  it('accepts a report of a standard with broken rules, problems and errors', () => {
    const report = check(['examples', '--standard', 'test/fixtures/faulty-standard/standard.yaml']);
    expect(report.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(report.standard.controls.some((c) => c.broken)).toBe(true);
    expect(report.subjects.some((s) => s.controls.some((c) => c.status === 'error'))).toBe(true);
    expect(errorsOf(report)).toBe('');
  });

  it('rejects an unknown top-level field and an unknown control status', () => {
    const report = check(['examples']);
    expect(errorsOf({ ...report, extra: true })).toContain('must NOT have additional properties');
    const bad = structuredClone(report) as unknown as { subjects: { controls: { status: string }[] }[] };
    bad.subjects[0]!.controls[0]!.status = 'passed';
    expect(errorsOf(bad)).toContain('/subjects/0/controls/0/status must be equal to one of the allowed values');
  });
});
