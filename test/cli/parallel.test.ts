import { cpSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module shared with the benchmark
import { generate } from '../../bench/generate.mjs';
import { runCli, tempDir } from '../helpers.js';

describe('worker threads and streaming', () => {
  it('a batch spread over worker threads gives the same bytes as one thread', () => {
    const dir = tempDir('parallel');
    (generate as (d: string, n: number, seed: number) => unknown)(`${dir}/in`, 60, 7);
    // The vendors' own manifests sort after the deployments that need them: those are found ahead, in whichever thread.
    cpSync('examples/vendors', `${dir}/zz-vendors`, { recursive: true });
    const out = (jobs: number) => {
      const r = runCli(['check', `${dir}/in`, `${dir}/zz-vendors`, '--as-of', '2026-11-25', '--jobs', String(jobs), '--format', `json=${dir}/r${jobs}.json`, '--format', `sarif=${dir}/r${jobs}.sarif`], { timeout: 120_000 });
      expect([0, 1]).toContain(r.code);
      return [readFileSync(`${dir}/r${jobs}.json`, 'utf8'), readFileSync(`${dir}/r${jobs}.sarif`, 'utf8')];
    };
    const one = out(1);
    const three = out(3);
    expect(three[0]).toBe(one[0]);
    expect(three[1]).toBe(one[1]);
    const report = JSON.parse(one[0]!) as { subjects: { kind: string; controls: { id: string; status: string }[] }[] };
    expect(report.subjects).toHaveLength(64);
    // Deployment configs whose vendor manifest comes later in the batch were still paired with it.
    const dc = report.subjects.filter((s) => s.kind === 'DeploymentConfig');
    expect(dc.length).toBeGreaterThan(5);
    expect(dc.every((s) => s.controls.find((c) => c.id === 'KDUS-DC-02')!.status !== 'missing_evidence')).toBe(true);
  });
});
