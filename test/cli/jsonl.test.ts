import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { runCli, tempDir } from '../helpers.js';

describe('streamed JSON Lines (--format jsonl)', () => {
  it('writes a header, one line per document as it is evaluated, and a summary — the same results as the report', () => {
    const dir = tempDir('jsonl');
    const r = runCli(['check', 'examples', '--as-of', '2026-11-25', '--format', `jsonl=${dir}/out.jsonl`]);
    const full = JSON.parse(runCli(['check', 'examples', '--as-of', '2026-11-25', '--format', 'json']).stdout) as Report;
    expect(r.code).toBe(1);
    const lines = readFileSync(`${dir}/out.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string } & Record<string, unknown>);
    expect(lines[0]!.type).toBe('header');
    expect(lines.at(-1)!.type).toBe('summary');
    const subjects = lines.filter((l) => l.type === 'subject').map(({ type: _type, ...s }) => s as unknown as Subject);
    expect(subjects).toHaveLength(full.subjects.length);
    const byId = new Map(full.subjects.map((s) => [s.id, s]));
    for (const s of subjects) expect(s).toEqual(byId.get(s.id));
    const summary = lines.at(-1) as unknown as { documents: number; gate: Report['gate']; problems: Report['problems'] };
    expect(summary.documents).toBe(full.subjects.length);
    expect(summary.problems).toEqual(full.problems);
    expect(summary.gate.passed).toBe(false);
    expect([...summary.gate.reasons].sort()).toEqual([...full.gate.reasons].sort());
  });

  it('combines with other formats and a baseline: the same subjects, in the same order, as the JSON report', () => {
    const dir = tempDir('jsonl-combined');
    const base = runCli(['check', 'examples/vendors', '--as-of', '2026-11-25', '--format', `sarif=${dir}/base.sarif`]);
    expect(base.code).toBe(1);
    const r = runCli(['check', 'examples', '--as-of', '2026-11-25', '--baseline', `${dir}/base.sarif`, '--format', `jsonl=${dir}/out.jsonl`, '--format', `json=${dir}/out.json`]);
    expect(r.code).toBe(1);
    const full = JSON.parse(readFileSync(`${dir}/out.json`, 'utf8')) as Report;
    const lines = readFileSync(`${dir}/out.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string } & Record<string, unknown>);
    const subjects = lines.filter((l) => l.type === 'subject').map(({ type: _type, ...s }) => s as unknown as Subject);
    expect(subjects).toEqual(full.subjects);
    const summary = lines.at(-1) as unknown as { documents: number; baseline: Report['baseline']; gate: Report['gate'] };
    expect(summary.documents).toBe(full.subjects.length);
    expect(summary.baseline).toEqual(full.baseline);
    expect(summary.baseline!.unchanged).toBeGreaterThan(0);
    expect(summary.baseline!.new).toBeGreaterThan(0);
    expect(summary.gate).toEqual(full.gate);
  });
});
