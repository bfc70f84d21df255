// KDUS-DC-03 (immediate-content-exposure-capped): for each content category, the hosts in rings that take it at
// once (GA with no delay, or early access) are at most min(maxImmediateSharePct, guardrails.maxZeroDelayGaSharePct)
// percent of the fleet. Sums over rings and host groups are beyond JSON Schema.
import { asList, isObject, le, min, sum } from './lib/kdus.js';

export default function immediateExposure(doc, o) {
  const rings = asList(doc?.rings);
  const groups = doc?.hostGroups;
  const hostsIn = (r) => sum(asList(groups).filter((g) => Array.isArray(r?.hostGroups) && r.hostGroups.includes(g?.id)), (g) => g?.hosts);
  const cap = min([o.maxImmediateSharePct, doc?.guardrails?.maxZeroDelayGaSharePct]);
  const fleet = doc?.metadata?.fleetSize ?? sum(groups, (g) => g?.hosts);
  const results = [];
  for (const category of o.categories) {
    const exposed = sum(
      rings.filter((r) => {
        const e = isObject(r?.content) ? r.content[category] ?? r.content['*'] : undefined;
        return (e?.ring ?? 'ga') === 'ga' ? (e?.delayHours ?? 0) === 0 : e?.ring === 'ea' && o.countEarlyAccess;
      }),
      hostsIn,
    );
    if (!le(exposed * 100, cap * fleet)) results.push({ message: `${exposed} of ${fleet} hosts take ${category} content at once, more than ${cap}%`, path: ['rings'] });
  }
  return results;
}
