// Differential check of the fast reader against yaml: shared by the unit test and the property test.
import { parseYamlText, type ParseResult } from '../../src/load/parse-yaml.js';

/** Every pointer of a value (containers and scalars), with a few that do not exist. */
export function allPointers(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) {
      value.forEach((v, i) => allPointers(v, `${base}/${i}`, out));
      out.push(`${base}/${value.length}`, `${base}/x`);
    } else {
      for (const [k, v] of Object.entries(value)) allPointers(v, `${base}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
      out.push(`${base}/no-such-key`);
    }
  }
  return out;
}

export interface Difference {
  what: string;
  fast: unknown;
  yaml: unknown;
}

/** undefined when the fast reader declined; [] when it agreed with yaml on everything. */
export function compareReaders(text: string): Difference[] | undefined {
  const fast = parseYamlText(text, 'f.yaml', undefined, 'auto');
  const slow = parseYamlText(text, 'f.yaml', undefined, 'yaml');
  if (!usedFast(fast, slow)) return undefined;
  const diffs: Difference[] = [];
  if (slow.problems.length > 0) diffs.push({ what: 'yaml reported problems', fast: fast.problems, yaml: slow.problems });
  if (fast.documents.length !== slow.documents.length) {
    diffs.push({ what: 'document count', fast: fast.documents.length, yaml: slow.documents.length });
    return diffs;
  }
  fast.documents.forEach((f, d) => {
    const s = slow.documents[d]!;
    if (f.documentIndex !== s.documentIndex) diffs.push({ what: `doc ${d} index`, fast: f.documentIndex, yaml: s.documentIndex });
    const fv = canonical(f.value);
    const sv = canonical(s.value);
    if (fv !== sv) diffs.push({ what: `doc ${d} value`, fast: fv, yaml: sv });
    for (const p of allPointers(s.value)) {
      const a = JSON.stringify(f.locations.get(p));
      const b = JSON.stringify(s.locations.get(p));
      if (a !== b) diffs.push({ what: `doc ${d} location ${p}`, fast: a, yaml: b });
    }
    comparePointers(f.value, s.value, f.pointers, s.pointers, diffs, d);
  });
  return diffs;
}

function usedFast(fast: ParseResult, slow: ParseResult): boolean {
  // The fast reader never reports problems: when there are none and the locations objects differ in kind, it read the text.
  return fast.documents.length > 0 && fast.documents[0]!.locations.constructor !== slow.documents[0]?.locations.constructor;
}

/** JSON with prototypes, -0, NaN and infinities made visible. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'number') return Object.is(x, -0) ? '-0' : Number.isFinite(x) ? x : String(x);
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      const proto = Object.getPrototypeOf(x) === null ? 'null' : 'object';
      return { '<proto>': proto, ...Object.fromEntries(Object.entries(x)) };
    }
    return x;
  });
}

function comparePointers(a: unknown, b: unknown, pa: WeakMap<object, string>, pb: WeakMap<object, string>, diffs: Difference[], d: number): void {
  if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return;
  if (pa.get(a) !== pb.get(b)) diffs.push({ what: `doc ${d} pointer of container`, fast: pa.get(a), yaml: pb.get(b) });
  const ka = Object.keys(a);
  for (const k of ka) comparePointers((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], pa, pb, diffs, d);
}
