import type { Subject } from '../src/model/report.js';

/** Who vouched for the subject's claims (statements the reader's trust policy accepted), by party; '' when none. */
export function signedStatements(subject: Subject): string {
  const by = new Map<string, { role: string; verified: Set<string>; contradicted: Set<string> }>();
  for (const c of subject.controls) {
    for (const s of c.statements ?? []) {
      const key = s.signedBy.party;
      const entry = by.get(key) ?? { role: s.signedBy.role, verified: new Set<string>(), contradicted: new Set<string>() };
      (s.result === 'contradicted' ? entry.contradicted : entry.verified).add(s.claim);
      by.set(key, entry);
    }
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([party, x]) => {
      const parts = [x.verified.size ? `${x.verified.size} claim${x.verified.size === 1 ? '' : 's'} verified` : '', x.contradicted.size ? `${x.contradicted.size} contradicted` : ''].filter(Boolean);
      return `${party} (${x.role === 'vendor' ? "the vendor's own key" : x.role}): ${parts.join(', ')}`;
    })
    .join('; ');
}

/**
 * What the vendor's own files showed (artifacts; src/artifacts), in one line; '' when none was read: how many
 * claims they showed as declared and on what basis, how many they contradicted, and how many were shown only by
 * files nothing ties to the manifest — those lift nothing, and a reader should know they were there.
 */
export function artifactSummary(subject: Subject): string {
  const files = new Set<string>();
  const observed = new Map<string, Set<string>>();
  const contradicted = new Set<string>();
  const unpinnedOnly = new Set<string>();
  for (const c of subject.controls) {
    for (const o of c.observations ?? []) {
      files.add(o.artifact.file);
      if (o.result === 'contradicted') contradicted.add(o.claim);
      else if (o.basis === 'unpinned') unpinnedOnly.add(o.claim);
      else observed.set(o.claim, (observed.get(o.claim) ?? new Set<string>()).add(o.basis === 'signed' && o.signer ? `signed by "${o.signer}"` : o.basis));
    }
  }
  if (files.size === 0) return '';
  for (const claim of observed.keys()) unpinnedOnly.delete(claim);
  const bases = new Set([...observed.values()].flatMap((s) => [...s]));
  const parts = [
    observed.size ? `${observed.size} claim${observed.size === 1 ? '' : 's'} observed (${[...bases].sort().join(', ')})` : '',
    contradicted.size ? `${contradicted.size} contradicted` : '',
    unpinnedOnly.size ? `${unpinnedOnly.size} shown only by files the manifest does not pin (counted nothing)` : '',
  ].filter(Boolean);
  return `${files.size} file${files.size === 1 ? '' : 's'}: ${parts.join('; ')}`;
}
