import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers.js';

type Step = { id?: string; uses?: string; if?: string; with?: Record<string, unknown> };
const file = path.join(root, 'examples', 'github', 'ringfence-sharded.yml');
const workflow = parse(readFileSync(file, 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string | string[]; if?: string; strategy?: { 'fail-fast'?: boolean; matrix: { shard: number[] } }; steps: Step[] }>;
};

describe('the sample sharded workflow (examples/github/ringfence-sharded.yml)', () => {
  const shard = workflow.jobs['shard']!;
  const merge = workflow.jobs['merge']!;

  it('pins every action by commit and asks for no more than the upload needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => u !== undefined && !u.startsWith('your-org/')));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const u of uses) expect(u).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  it('runs a matrix of N shards, each writing shard i/N under a name the merge job downloads', () => {
    const n = shard.strategy!.matrix.shard.length;
    expect(shard.strategy!.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(shard.strategy!['fail-fast']).toBe(false);
    const check = shard.steps.find((s) => s.uses?.startsWith('your-org/ringfence@'))!;
    expect(check.with!['shard']).toBe(`\${{ matrix.shard }}/${n}`);
    // Every shard checks against the same date: the merge refuses parts with different as-of dates.
    expect(check.with!['as-of']).toBe('${{ needs.date.outputs.as-of }}');
    const upload = shard.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with!['path']).toBe(check.with!['json-file']);
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(String(upload.with!['name']).startsWith(String(download.with!['pattern']).replace(/\*$/, ''))).toBe(true);
    expect(download.with!['merge-multiple']).toBe(true);
    const merged = merge.steps.find((s) => s.uses?.startsWith('your-org/ringfence@'))!;
    expect(merged.with!['merge']).toBe(download.with!['path']);
    expect(merged.with!['shard']).toBeUndefined();
  });

  it('merges even when a shard job failed, so that a missing part fails the gate rather than skipping it', () => {
    expect(merge.needs).toBe('shard');
    expect(merge.if).toBe('always()');
  });
});
