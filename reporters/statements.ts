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
