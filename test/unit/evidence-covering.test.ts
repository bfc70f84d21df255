import { describe, expect, it } from 'vitest';
import { backClaims, type DocumentEvidence, type EvidenceEntry } from '../../src/evidence/index.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import type { InputDocument } from '../../src/load/read-inputs.js';

/**
 * The entries that back a claim are found by comparing the claim with each entry when a document has a few (up to
 * 8), and through an index of claims and their ancestors when it has more. Both must find the same entries, at the
 * same levels: ancestors, the claim itself, entries under it, a key with a slash or a tilde, and near misses
 * (a sibling whose name starts like the claim's).
 */
const text = 'kind: VendorManifest\nupdateChannels:\n  - id: c\n    rollout: { rings: [a, b] }\n  - id: d\nsupplyChain: { slsaBuildLevel: 3 }\n"a/b": { "~c": 1 }\n';
const doc = { ...parseYamlText(text, 'vendor.yaml').documents[0]!, kind: 'VendorManifest' } as InputDocument;

const claims = ['/updateChannels', '/updateChannels/0', '/updateChannels/0/rollout', '/updateChannels/0/rollout/rings/1', '/updateChannels/1', '/supplyChain/slsaBuildLevel', '/a~1b/~0c', '/updateChannels/0/rollou'];
const entry = (index: number, claim: string, level: EvidenceEntry['level']): EvidenceEntry => ({ index, claim, level });
const entries: EvidenceEntry[] = [
  entry(0, '/updateChannels', 'linked'),
  entry(1, '/updateChannels/0/rollout', 'verified'),
  entry(2, '/updateChannels/0/rollout/rings/1', 'linked'),
  entry(3, '/a~1b', 'verified'),
  entry(4, '/updateChannels/0/rollou', 'verified'),
  entry(5, '/supplyChain', 'declared'),
];
// Entries no claim above lies on, under or over: they take the document past 8 entries and change nothing.
const unrelated = Array.from({ length: 6 }, (_, i) => entry(6 + i, `/nowhere/${i}`, 'linked'));

function backing(list: EvidenceEntry[]) {
  const evidence: DocumentEvidence = { entries: list, problems: [], filesGiven: false, vouches: [], observations: [] };
  return backClaims(
    doc,
    evidence,
    claims.map((c, i) => ({ id: `C-${i}`, capsGrade: i % 2 === 0, instances: [{ outcome: 'pass', claims: [c] }] })),
  );
}

describe('the entries covering a claim, with few entries and with many', () => {
  it('are the same entries at the same levels', () => {
    const few = backing(entries);
    const many = backing([...entries, ...unrelated]);
    expect(entries.length).toBeLessThanOrEqual(8);
    expect(entries.length + unrelated.length).toBeGreaterThan(8);
    for (let i = 0; i < claims.length; i++) {
      const a = few.controls.get(`C-${i}`)!;
      const b = many.controls.get(`C-${i}`)!;
      expect(b.assurance, claims[i]).toBe(a.assurance);
      expect(b.evidence.map((e) => e.index), claims[i]).toEqual(a.evidence.map((e) => e.index));
    }
    // What each claim is backed by, spelled out: an entry at the claim or above it, and those under it.
    const indexes = (i: number) => few.controls.get(`C-${i}`)!.evidence.map((e) => e.index);
    expect(indexes(0)).toEqual([0, 1, 2, 4]);
    expect(indexes(2)).toEqual([0, 1, 2]);
    expect(few.controls.get('C-2')!.assurance).toBe('verified');
    expect(indexes(3)).toEqual([0, 1, 2]);
    expect(indexes(4)).toEqual([0]);
    expect(indexes(5)).toEqual([5]);
    expect(few.controls.get('C-5')!.assurance).toBe('declared');
    expect(indexes(6)).toEqual([3]);
    expect(indexes(7)).toEqual([0, 4]);
    expect(few.assurance).toBe(many.assurance);
    expect(few.unbackedCritical).toEqual(many.unbackedCritical);
  });
});
