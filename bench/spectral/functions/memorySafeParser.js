// KDUS-MS-02 (input-parsers-memory-safe), per component that parses input: its parser is written in a
// memory-safe language, or it is on the roadmap with a target date not yet passed, bounds-checked and fuzzed.
// The exception combines a lookup by id, a date and a list elsewhere in the document: beyond JSON Schema.
import { asList, daysSince, eq, get, isDefined } from './lib/kdus.js';

export default function memorySafeParser(component, o, context) {
  const lang = component?.contentParsing?.parserLanguage;
  if (!isDefined(lang)) return; // missing evidence: reported by the rule's `defined` check
  if (o.memorySafeLanguages.includes(lang)) return;
  const doc = context.document.data;
  const onRoadmap = asList(get(doc, 'memorySafety.roadmap.components')).some((r) => eq(r?.id, component.id) && daysSince(r?.targetDate) <= 0);
  const fuzzed = asList(get(doc, 'testing.fuzzing.targets')).includes(component.id) && Array.isArray(get(doc, 'testing.fuzzing.targets'));
  if (onRoadmap && component.contentParsing.boundsChecked === true && fuzzed) return;
  return [{ message: `component ${component.id} parses input in ${lang}, not a memory-safe language, without a current roadmap entry, bounds checks and fuzzing`, path: [...context.path, 'contentParsing', 'parserLanguage'] }];
}
