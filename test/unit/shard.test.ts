import { describe, expect, it } from 'vitest';
import { ownedEntries, shardOfName } from '../../src/engine/shard.js';

const files = Array.from({ length: 400 }, (_, i) => `fleet/customer-${i}.yaml`);

describe('shard assignment', () => {
  it('puts every file in exactly one shard, about evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let s = 1; s <= 4; s++) {
      const owned = ownedEntries(files, undefined, { index: s, count: 4 });
      owned.forEach((o) => (counts[s - 1]! += o));
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(files.length);
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });

  it('is stable under file additions: adding files moves no other file to another shard', () => {
    const before = ownedEntries(files, undefined, { index: 2, count: 5 });
    const more = [...files.slice(0, 200), 'fleet/new-a.yaml', ...files.slice(200), 'fleet/new-b.yaml'];
    const after = ownedEntries(more, undefined, { index: 2, count: 5 });
    const owned = (list: readonly string[], o: Uint8Array) => list.filter((_, i) => o[i] === 1);
    expect(owned(more, after).filter((f) => !f.startsWith('fleet/new-'))).toEqual(owned(files, before));
  });

  it('depends on the name alone, 1-based', () => {
    expect(shardOfName('vendors/a.yaml', 1)).toBe(1);
    expect(shardOfName('vendors/a.yaml', 7)).toBe(shardOfName('vendors/a.yaml', 7));
    const seen = new Set(files.map((f) => shardOfName(f, 7)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
