/**
 * Backing levels (DESIGN §9): how well ringfence itself could check a claim, never what the manifest says of
 * itself. In order, weakest first:
 * - `declared`: the manifest states a value and nothing ringfence can check stands behind it;
 * - `linked`: a sound evidence entry covers the claim — an https URL on a public host and a real SHA-256
 *   (not a placeholder) — so a reader can fetch the document and know it is the one the vendor pinned;
 * - `verified`: the file with that SHA-256 was handed to ringfence (`--evidence DIR`) and its bytes match;
 * - `observed`: an artifact of the vendor's own making that ringfence read — a driver package's INF, an SBOM, build
 *   provenance, the release system's history, a source tree (src/artifacts) — shows the claimed value;
 * - `independently_verified`: verified, and signed by a party other than the vendor that the reader's trust
 *   policy names (`check --trust-policy`): a signed statement (`ringfence vouch`) by a lab or auditor key.
 * `contradicted`: a trusted signed statement, or an artifact, found the claim (or a value in it) false; the
 * instances resting on that claim fail (src/evidence/index.ts backClaims).
 */
export const assuranceLevels = ['declared', 'linked', 'verified', 'observed', 'independently_verified'] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];
export type Assurance = AssuranceLevel | 'contradicted';

/** Rank of a level: 0 declared … 4 independently verified; contradicted is below declared. */
export function assuranceRank(a: Assurance): number {
  return a === 'contradicted' ? -1 : assuranceLevels.indexOf(a);
}

/** The weaker of two levels. */
export function weakest(a: Assurance, b: Assurance): Assurance {
  return assuranceRank(a) <= assuranceRank(b) ? a : b;
}

/**
 * What a manifest's own `metadata.assurance` claims, as a level: self_attested is declared, evidence_linked is
 * linked, third_party_verified is independently verified (a third party vouched for the claims).
 */
export const declaredAssuranceLevel: Readonly<Record<string, AssuranceLevel>> = {
  self_attested: 'declared',
  evidence_linked: 'linked',
  third_party_verified: 'independently_verified',
};

/** Words for a level in human reports. */
export function assuranceWords(a: Assurance): string {
  return a === 'declared' ? 'declared by the vendor' : a.replace(/_/g, ' ');
}
