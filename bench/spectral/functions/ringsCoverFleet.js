// KDUS-DC-01 (deployment-rings-cover-fleet), the arithmetic part: the first ring holds some hosts but at most
// maxFirstRingPct% of the fleet (metadata.fleetSize, or the sum of all host groups), and every host group is in
// some ring. Summing hosts over the groups a ring names is beyond JSON Schema.
import { asList, isDefined, le, sum } from './lib/kdus.js';

const has = (list, x) => Array.isArray(list) && list.includes(x);

export default function ringsCoverFleet(doc, o) {
  const rings = doc?.rings;
  const groups = doc?.hostGroups;
  if (!isDefined(rings) || !isDefined(groups)) return; // missing evidence: reported by the rule's `defined` checks
  const results = [];
  const first = sum(asList(groups).filter((g) => has(asList(rings)[0]?.hostGroups, g?.id)), (g) => g?.hosts);
  const fleet = doc.metadata?.fleetSize ?? sum(groups, (g) => g?.hosts);
  if (!(first > 0 && le(first * 100, o.maxFirstRingPct * fleet))) {
    results.push({ message: `the first ring holds ${first} hosts of ${fleet}: it must hold some, and at most ${o.maxFirstRingPct}%`, path: ['rings', 0] });
  }
  if (Array.isArray(groups)) {
    groups.forEach((g, i) => {
      if (!(Array.isArray(rings) && rings.some((r) => has(r?.hostGroups, g?.id)))) results.push({ message: `host group ${g?.id} is in no ring`, path: ['hostGroups', i] });
    });
  } else results.push({ message: 'hostGroups is not a list', path: ['hostGroups'] });
  return results;
}
