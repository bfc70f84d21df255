// Shared helpers for the KDUS Spectral functions: the value semantics of ringfence's rule expressions
// (src/expr/compile.ts), so that a custom function computes what the rule's `assert` computes.
//   - a missing value (undefined or null) is never ordered: `undefined >= 3` is false;
//   - ordering is defined only between two numbers or two strings;
//   - undefined and null are equal under === (and unequal under !==);
//   - sum/min/max take the numbers of a list and ignore everything else;
//   - daysSince/daysBetween read YYYY-MM-DD (optionally with a time) and count whole days, as of today (UTC).

export const isDefined = (v) => v !== undefined && v !== null;
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const asList = (v) => (Array.isArray(v) ? v : []);
export const eq = (a, b) => a === b || (!isDefined(a) && !isDefined(b));

const comparable = (a, b) =>
  (typeof a === 'number' && typeof b === 'number' && !Number.isNaN(a) && !Number.isNaN(b)) || (typeof a === 'string' && typeof b === 'string');
export const le = (a, b) => comparable(a, b) && a <= b;
export const ge = (a, b) => comparable(a, b) && a >= b;
export const gt = (a, b) => comparable(a, b) && a > b;
export const num = (v) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : NaN);

/** A member access that never throws: get(doc, 'a.b.c'). */
export function get(obj, path) {
  let v = obj;
  for (const k of path.split('.')) {
    if (v === null || v === undefined) return undefined;
    v = v[k];
  }
  return v;
}

export function numbers(xs, f) {
  const out = [];
  asList(xs).forEach((x, i) => {
    const v = f ? f(x, i) : x;
    if (typeof v === 'number' && !Number.isNaN(v)) out.push(v);
  });
  return out;
}
export const sum = (xs, f) => numbers(xs, f).reduce((s, n) => s + n, 0);
export const min = (xs, f) => {
  const ns = numbers(xs, f);
  return ns.length ? Math.min(...ns) : undefined;
};
export const max = (xs, f) => {
  const ns = numbers(xs, f);
  return ns.length ? Math.max(...ns) : undefined;
};
export const values = (o) => (isObject(o) ? Object.values(o) : []);

const dayMs = 86_400_000;
function parseDate(v) {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return undefined;
  const t = Date.parse(m[4] ? v.trim().replace(' ', 'T') + (m[7] ? '' : 'Z') : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}
/** ringfence's default as-of date: today, UTC midnight (KDUS_AS_OF=YYYY-MM-DD overrides it, like --as-of). */
const asOf = Date.parse(`${process.env.KDUS_AS_OF ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
export function daysSince(d) {
  const t = parseDate(d);
  return t === undefined ? undefined : Math.floor((asOf - t) / dayMs);
}
export function daysBetween(a, b) {
  const ta = parseDate(a);
  const tb = parseDate(b);
  return ta === undefined || tb === undefined ? undefined : Math.floor((tb - ta) / dayMs);
}

export const show = (v) => (v === undefined ? 'not declared' : JSON.stringify(v));
