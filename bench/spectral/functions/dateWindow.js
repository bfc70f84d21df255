// A date must lie between minDaysAgo and maxDaysAgo days before today (UTC), like ringfence's daysSince() with
// the default as-of date. With `some: <key>`, the target is a list and at least one item's <key> must qualify.
// Says nothing when the target is missing: the rule's `defined` check reports that (missing evidence).
import { asList, daysSince, isDefined, show } from './lib/kdus.js';

const within = (d, o) => {
  const n = daysSince(d);
  return n !== undefined && (o.minDaysAgo === undefined || n >= o.minDaysAgo) && (o.maxDaysAgo === undefined || n <= o.maxDaysAgo);
};

export default function dateWindow(value, options) {
  if (!isDefined(value)) return;
  const range = `${options.minDaysAgo ?? '-∞'} to ${options.maxDaysAgo ?? '∞'} days before today`;
  if (options.some) {
    if (!asList(value).some((x) => within(x?.[options.some], options))) return [{ message: `no item has a ${options.some} ${range}` }];
    return;
  }
  if (!within(value, options)) return [{ message: `${show(value)} is not ${range} (${daysSince(value) ?? 'not a date'})` }];
}
