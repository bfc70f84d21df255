import { describe, expect, it } from 'vitest';
import type { TargetedObservation } from '../../src/artifacts/types.js';
import { backClaims, type DocumentEvidence } from '../../src/evidence/index.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import type { InputDocument } from '../../src/load/read-inputs.js';

/**
 * backClaims and an artifact's basis: support lifts a claim to observed only when something ties the file to the
 * manifest (pinned), to a trust-policy key (signed) or to the reader (given); a file of the vendor's bundle that
 * nothing ties (unpinned) lifts nothing, while its contradiction fails the claim all the same.
 */
const text = 'kind: VendorManifest\nsupplyChain:\n  slsaBuildLevel: 3\n';
const doc = { ...parseYamlText(text, 'vendor.yaml').documents[0]!, kind: 'VendorManifest' } as InputDocument;

function observation(result: 'observed' | 'contradicted', basis: TargetedObservation['basis']): TargetedObservation {
  return {
    claim: '/supplyChain/slsaBuildLevel',
    result,
    observed: 'SLSA provenance',
    artifact: { kind: 'slsa-provenance', title: 'SLSA build provenance', at: { file: 'p.intoto.jsonl', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } },
    target: { file: 'vendor.yaml', documentIndex: 0 },
    basis,
  };
}

function levelWith(observations: TargetedObservation[]) {
  const evidence: DocumentEvidence = { entries: [], problems: [], filesGiven: true, vouches: [], observations };
  return backClaims(doc, evidence, [{ id: 'SI-03', capsGrade: true, instances: [{ outcome: 'pass', claims: ['/supplyChain/slsaBuildLevel'] }] }]);
}

describe('what an observation lifts, by its basis', () => {
  it.each(['pinned', 'signed', 'given'] as const)('support from a %s artifact: observed', (basis) => {
    const b = levelWith([observation('observed', basis)]);
    expect(b.controls.get('SI-03')!.assurance).toBe('observed');
    expect(b.assurance).toBe('observed');
  });

  it('support from an unpinned file of the bundle: still declared, the observation listed', () => {
    const b = levelWith([observation('observed', 'unpinned')]);
    expect(b.controls.get('SI-03')!.assurance).toBe('declared');
    expect(b.controls.get('SI-03')!.observations).toHaveLength(1);
    expect(b.unbackedCritical).toEqual(['SI-03']);
  });

  it('an unpinned contradiction contradicts, and a pinned support beside it does not rescue the claim', () => {
    const b = levelWith([observation('observed', 'pinned'), observation('contradicted', 'unpinned')]);
    expect(b.controls.get('SI-03')!.assurance).toBe('contradicted');
    expect(b.contradictions).toHaveLength(1);
  });
});
