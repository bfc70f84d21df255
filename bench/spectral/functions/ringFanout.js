// KDUS-SR-03 (ring-fanout-bounded), per staged channel: the declared fan-out factor is within the limit for the
// channel's kind, and each ring's populationPct is at most (1 + factor) × the previous ring's. Comparing each
// array item with the one before it is beyond JSONPath and JSON Schema.
import { asList, isDefined, le, num } from './lib/kdus.js';

export default function ringFanout(channel, o, context) {
  const rollout = channel?.rollout;
  const rings = rollout?.rings;
  if (!isDefined(rings)) return; // missing evidence: reported by the rule's `defined` check
  const limit = o.codeKinds.includes(channel.kind) ? o.maxFanoutCode : o.maxFanoutContent;
  const results = [];
  if (!le(rollout.fanoutFactorMax ?? 0, limit)) {
    results.push({ message: `fanoutFactorMax ${rollout.fanoutFactorMax} exceeds ${limit} for a ${channel.kind} channel`, path: [...context.path, 'rollout', 'fanoutFactorMax'] });
  }
  if (!Array.isArray(rings)) return [...results, { message: 'rollout.rings is not a list', path: [...context.path, 'rollout', 'rings'] }];
  const factor = rollout.fanoutFactorMax ?? limit;
  asList(rings).forEach((r, i) => {
    if (i === 0 || (o.exemptFinalRing && i === rings.length - 1)) return;
    const bound = (1 + num(factor)) * num(rings[i - 1]?.populationPct);
    if (!le(r?.populationPct, bound)) {
      results.push({ message: `ring ${i} reaches ${r?.populationPct}% after ${rings[i - 1]?.populationPct}%, more than ${1 + num(factor)}×`, path: [...context.path, 'rollout', 'rings', i, 'populationPct'] });
    }
  });
  return results;
}
