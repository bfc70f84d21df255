// KDUS-DC-02 (critical-groups-content-delayed) — APPROXIMATED. ringfence evaluates this control against the
// vendor's manifest too (the first content ring's bake time of each of the vendor's content channels); Spectral
// lints each document on its own, so this checks the deployment side only: a ring that holds a critical or
// protected host group is not the first ring, and for each content category it names (and '*'), it is not on
// early access and is either paused or delayed, relative to the first ring, by at least minBakeMinutes (60, the
// KDUS minimum first-ring bake for content, standing in for the vendor's own figure).
import { asList, ge, isDefined, isObject, num } from './lib/kdus.js';

const entry = (ring, category) => (isObject(ring?.content) ? ring.content[category] ?? ring.content['*'] : undefined);

export default function criticalGroupsDelayed(ring, o, context) {
  const doc = context.document.data;
  const index = context.path[context.path.length - 1];
  const protectedRing = asList(doc.hostGroups).some(
    (g) => asList(ring?.hostGroups).includes(g?.id) && (o.protectedCriticalities.includes(g?.criticality) || o.protectedTags.some((t) => asList(g?.tags).includes(t))),
  );
  if (!protectedRing) return;
  if (index === 0) return [{ message: `ring ${ring?.name} holds critical host groups but is the first ring`, path: context.path }];
  const results = [];
  const categories = isObject(ring?.content) ? Object.keys(ring.content) : ['*'];
  for (const category of categories) {
    const e = entry(ring, category);
    const e0 = entry(asList(doc.rings)[0], category);
    const base = e0?.ring === 'ga' ? e0?.delayHours ?? 0 : 0;
    const ok = e?.ring !== 'ea' && (e?.ring === 'pause' || ge((num(e?.delayHours ?? 0) - num(base)) * 60, o.minBakeMinutes));
    if (!ok) results.push({ message: `ring ${ring?.name} holds critical host groups but gets ${category} content ${e?.ring === 'ea' ? 'on early access' : `${e?.delayHours ?? 0} hours after the first ring's ${base}`}`, path: isDefined(e) ? [...context.path, 'content', category] : context.path });
  }
  return results;
}
