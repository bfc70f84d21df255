// KDUS-MS-01 (memory-safety-roadmap-published), per component in a memory-unsafe (or undeclared) language: the
// roadmap is published at an http(s) URL, dated no later than `publishedBy` or the product's GA date and not in
// the future, and it names the component. Dates and a lookup by id are beyond JSON Schema.
import { asList, daysBetween, daysSince, eq, get } from './lib/kdus.js';

export default function roadmapCovers(component, o, context) {
  const doc = context.document.data;
  const roadmap = get(doc, 'memorySafety.roadmap');
  const results = [];
  const at = ['memorySafety', 'roadmap'];
  if (!(typeof roadmap?.url === 'string' && /^https?:\/\//.test(roadmap.url))) results.push({ message: `component ${component?.id}: no memory-safety roadmap published at an http(s) URL`, path: [...context.path, 'id'] });
  const published = roadmap?.publishedDate;
  const byDeadline = daysBetween(published, o.publishedBy) >= 0 || daysBetween(published, get(doc, 'metadata.productGaDate')) >= 0;
  if (!(byDeadline && daysSince(published) >= 0)) results.push({ message: `component ${component?.id}: roadmap dated ${published ?? '(no date)'}, not by ${o.publishedBy} or the product's GA date, or in the future`, path: [...context.path, 'id'] });
  if (!asList(roadmap?.components).some((c) => eq(c?.id, component?.id))) results.push({ message: `component ${component?.id} is not in the memory-safety roadmap`, path: [...context.path, 'id'] });
  return results.length ? results : undefined;
}
