import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module shared with the benchmark
import { generate } from '../../bench/generate.mjs';
import { reporters, type ReporterOptions } from '../../reporters/index.js';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * A batch with everything the streamed path must get right: deployment configs before the vendor manifests they
 * deploy, an unreadable file and a schema error (problems, and SARIF results made from them), waivers that match,
 * match nothing or expire soon, a baseline, and enough files for two threads to take chunks out of order.
 */
function batch(): { dir: string; args: string[] } {
  const dir = tempDir('streamed');
  const rel = (p: string) => path.relative(root, p);
  cpSync(path.join(root, 'examples/deployments'), `${dir}/in/a-deployments`, { recursive: true });
  writeFileSync(`${dir}/in/b-broken.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: [unclosed\n');
  const typo = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8').replace('\nmetadata:', '\nbogusField: 1\nmetadata:');
  writeFileSync(`${dir}/in/c-typo.yaml`, typo);
  cpSync(path.join(root, 'examples/vendors'), `${dir}/in/d-vendors`, { recursive: true });
  (generate as (d: string, n: number, seed: number) => unknown)(`${dir}/in/e-generated`, 24, 3);
  mkdirSync(`${dir}/base`);
  expect(runCli(['check', rel(`${dir}/in/d-vendors`), '--as-of', '2026-11-25', '--format', `sarif=${dir}/base/base.sarif`]).code).toBe(1);
  const waiver = (control: string, documents: string, expires: string) =>
    `  - control: ${control}\n    documents: "${documents}"\n    reason: Accepted while the vendor fixes it.\n    owner: procurement@example.org\n    expires: ${expires}\n`;
  writeFileSync(
    `${dir}/waivers.yaml`,
    `apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n${waiver('KDUS-CU-01', '**/d-vendors/borealis-*.yaml', '2027-06-30')}${waiver('KDUS-SR-01', '**/e-generated/*.yaml', '2026-12-10')}${waiver('KDUS-SR-01', 'nowhere/*.yaml', '2027-01-31')}`,
  );
  return { dir, args: [rel(`${dir}/in`), '--as-of', '2026-11-25', '--waivers', rel(`${dir}/waivers.yaml`), '--baseline', rel(`${dir}/base/base.sarif`)] };
}

const formats = ['text', 'json', 'sarif', 'jsonl', 'markdown', 'junit', 'html', 'oscal'] as const;

/** Runs check writing every format to files. */
function outputs(dir: string, args: string[], name: string, jobs: number, extra: string[] = []): { code: number; files: Record<(typeof formats)[number], string> } {
  const out = `${dir}/${name}`;
  const r = runCli(['check', ...args, ...extra, '--jobs', String(jobs), ...formats.flatMap((f) => ['--format', `${f}=${out}.${f}`])], { timeout: 120_000 });
  return { code: r.code, files: Object.fromEntries(formats.map((f) => [f, readFileSync(`${out}.${f}`, 'utf8')])) as Record<(typeof formats)[number], string> };
}

/** Each format as its reporter writes it from the whole report in memory: the report is what the JSON output holds. */
async function inMemory(files: Record<(typeof formats)[number], string>, options: ReporterOptions): Promise<Record<(typeof formats)[number], string>> {
  const report = JSON.parse(files.json) as Report;
  return Object.fromEntries(await Promise.all(formats.map(async (f) => [f, (await reporters[f]!())(report, options)]))) as Record<(typeof formats)[number], string>;
}

describe('streamed reports (every format, written or spooled as documents are evaluated)', () => {
  it('give the same bytes as the reports made from the whole report in memory, on one thread or two', async () => {
    const { dir, args } = batch();
    const streamed1 = outputs(dir, args, 's1', 1);
    const streamed2 = outputs(dir, args, 's2', 2);
    const memory = await inMemory(streamed1.files, { color: false });
    // An input problem (the unreadable file) makes the exit code 2, however the reports were written.
    for (const r of [streamed1, streamed2]) expect(r.code).toBe(2);
    for (const f of formats) {
      expect(streamed2.files[f], f).toBe(streamed1.files[f]);
      expect(memory[f], f).toBe(streamed1.files[f]);
    }
    // Standard output streams the same bytes as a file: SARIF, and the text report a plain `check` prints.
    expect(runCli(['check', ...args, '--jobs', '2', '--format', 'sarif'], { timeout: 120_000 }).stdout).toBe(streamed1.files.sarif);
    expect(runCli(['check', ...args, '--jobs', '2'], { timeout: 120_000 }).stdout).toBe(streamed1.files.text);
    // The text report has every document, waivers, the baseline, problems and the gate.
    expect(streamed1.files.text).toMatch(/Waivers \(3\)[\s\S]*Baseline [\s\S]*Problems \([\s\S]*Gate failed/);

    const report = JSON.parse(streamed1.files.json) as Report;
    // Everything the batch was built to exercise is in it.
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['yaml-syntax', 'schema', 'waiver-unmatched', 'waiver-expiring']));
    expect(report.waivers.map((w) => w.status)).toEqual(['active', 'expiring', 'unmatched']);
    expect(report.baseline!.unchanged).toBeGreaterThan(0);
    expect(report.baseline!.new).toBeGreaterThan(0);
    // Subjects in input order (file, then document), and each deployment config paired with the manifest that comes
    // after it: the cross-document control does not report missing evidence.
    const order = report.subjects.map((s) => `${s.file}\0${String(s.documentIndex).padStart(4, '0')}`);
    expect(order).toEqual([...order].sort());
    // The hand-written ones (the folder's Kubernetes examples are imported, and pair with no manifest of the batch).
    const deployments = report.subjects.filter((s) => /\/a-deployments\/[^/]+$/.test(s.file));
    expect(deployments).toHaveLength(3);
    for (const s of deployments) expect(s.controls.find((c) => c.id === 'KDUS-DC-02')!.status).not.toBe('missing_evidence');
    // The JSON Lines carry the same subjects, and the summary what the report ends with.
    const lines = streamed1.files.jsonl.trim().split('\n').map((l) => JSON.parse(l) as { type: string } & Record<string, unknown>);
    expect(lines.filter((l) => l.type === 'subject').map(({ type: _t, ...s }) => s)).toEqual(report.subjects);
    expect(lines.at(-1)).toEqual({ type: 'summary', documents: report.subjects.length, problems: report.problems, waivers: report.waivers, gate: report.gate, baseline: report.baseline });
    // What is known only at the end follows the subjects and results.
    expect(Object.keys(report)).toEqual(['reportVersion', 'tool', 'asOf', 'standard', 'subjects', 'problems', 'waivers', 'gate', 'baseline']);
    const run = JSON.parse(streamed1.files.sarif).runs[0] as Record<string, unknown>;
    expect(Object.keys(run)).toEqual(['tool', 'taxonomies', 'automationDetails', 'originalUriBaseIds', 'columnKind', 'results', 'invocations', 'properties']);
  });

  it('keep the most severe results under the cap, and leave waived ones out on request, as the in-memory reports do', async () => {
    const { dir, args } = batch();
    const extra = ['--max-results', '40', '--omit-waived'];
    const streamed = outputs(dir, args, 's', 2, extra);
    const memory = await inMemory(streamed.files, { color: false, maxResults: 40, omitWaived: true });
    expect(streamed.files.sarif).toBe(memory.sarif);
    const run = JSON.parse(streamed.files.sarif).runs[0] as { results: { level: string; suppressions?: unknown[] }[]; invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] };
    expect(run.results).toHaveLength(40);
    expect(run.results.every((r) => r.level === 'error' && r.suppressions === undefined)).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.descriptor.id)).toContain('result-limit');
  });
});
