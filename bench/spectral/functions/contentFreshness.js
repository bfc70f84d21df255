// KDUS-DC-04 (content-freshness-guardrails): content delays within min(maxContentDelayHours, guardrails), content
// pins no older than maxContentPinAgeDays, sensor pins no older than min(maxPinAgeDays, guardrails), and every
// pause either expired or ending within min(maxPauseDays, guardrails) days. Dates and minima across two parts
// of the document are beyond JSON Schema.
import { asList, daysBetween, daysSince, ge, gt, isDefined, isObject, le, min } from './lib/kdus.js';

export default function contentFreshness(doc, o) {
  const g = doc?.guardrails;
  const results = [];
  const maxDelay = min([o.maxContentDelayHours, g?.maxContentDelayHours]);
  const maxPin = min([o.maxPinAgeDays, g?.maxPinAgeDays]);
  const maxPause = min([o.maxPauseDays, g?.maxPauseDays]);
  asList(doc?.rings).forEach((r, i) => {
    for (const [category, e] of Object.entries(isObject(r?.content) ? r.content : {})) {
      if (gt(e?.delayHours, maxDelay)) results.push({ message: `ring ${r?.name}: ${category} content delayed ${e.delayHours} hours, more than ${maxDelay}`, path: ['rings', i, 'content', category, 'delayHours'] });
      if (isDefined(e?.pinnedVersion) && !le(daysSince(e?.pinnedSince), o.maxContentPinAgeDays)) results.push({ message: `ring ${r?.name}: ${category} content pinned since ${e?.pinnedSince ?? '(no date)'}, more than ${o.maxContentPinAgeDays} days`, path: ['rings', i, 'content', category] });
    }
    if ((isDefined(r?.sensor?.pinnedVersion) || r?.sensor?.version === 'pinned') && !le(daysSince(r?.sensor?.pinnedSince), maxPin)) {
      results.push({ message: `ring ${r?.name}: sensor pinned since ${r?.sensor?.pinnedSince ?? '(no date)'}, more than ${maxPin} days`, path: ['rings', i, 'sensor'] });
    }
  });
  asList(doc?.pauses).forEach((p, i) => {
    const left = isDefined(p?.createdAt) ? daysBetween(p?.expiresAt, p?.createdAt) : daysSince(p?.expiresAt);
    if (!(ge(daysSince(p?.expiresAt), 0) || ge(left, -maxPause))) results.push({ message: `pause on ${p?.category}: ${p?.expiresAt ? `lasts past ${maxPause} days` : 'never expires'}`, path: ['pauses', i] });
  });
  return results;
}
