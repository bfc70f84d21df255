// KDUS-SR-04 (ring-bake-times-sufficient), per staged channel: code channels bake every ring but the last for
// at least minBakeMinutesCode; content channels bake the first ring for minFirstBakeMinutesContent and all
// rings but the last for minTotalBakeMinutesContent in total; bake times never decrease from ring to ring.
// A sum over an array and a comparison with the previous item are beyond JSONPath and JSON Schema.
import { ge, isDefined, sum } from './lib/kdus.js';

export default function bakeTimes(channel, o, context) {
  const rings = channel?.rollout?.rings;
  if (!isDefined(rings)) return; // missing evidence: reported by the rule's `defined` check
  const at = (i) => [...context.path, 'rollout', 'rings', i, 'bakeMinutes'];
  if (!Array.isArray(rings)) return [{ message: 'rollout.rings is not a list', path: [...context.path, 'rollout', 'rings'] }];
  const results = [];
  const inner = rings.slice(0, -1);
  if (o.codeKinds.includes(channel.kind)) {
    inner.forEach((r, i) => {
      if (!ge(r?.bakeMinutes, o.minBakeMinutesCode)) results.push({ message: `ring ${i} bakes ${r?.bakeMinutes} minutes, less than ${o.minBakeMinutesCode}`, path: at(i) });
    });
  } else {
    if (!ge(rings[0]?.bakeMinutes, o.minFirstBakeMinutesContent)) results.push({ message: `the first ring bakes ${rings[0]?.bakeMinutes} minutes, less than ${o.minFirstBakeMinutesContent}`, path: at(0) });
    const total = sum(inner, (r) => r?.bakeMinutes);
    if (!ge(total, o.minTotalBakeMinutesContent)) results.push({ message: `rings bake ${total} minutes in all, less than ${o.minTotalBakeMinutesContent}`, path: [...context.path, 'rollout', 'rings'] });
  }
  inner.forEach((r, i) => {
    if (i > 0 && !ge(r?.bakeMinutes, rings[i - 1]?.bakeMinutes)) results.push({ message: `ring ${i} bakes ${r?.bakeMinutes} minutes, less than the ring before it (${rings[i - 1]?.bakeMinutes})`, path: at(i) });
  });
  return results;
}
