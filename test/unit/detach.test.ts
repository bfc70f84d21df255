import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/util/detach.js';

describe('detach', () => {
  it('returns the same characters for any string: lone surrogates, NULs, escapes and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(detach(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the same characters for the slices and concatenations it is meant for', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 20, maxLength: 200 }), fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % s.length;
        const to = from + (b % (s.length - from + 1));
        expect(detach(s.slice(from, to))).toBe(s.slice(from, to));
        expect(detach(`${s}: ${from} of ${s}`)).toBe(`${s}: ${from} of ${s}`);
      }),
      { numRuns: 500 },
    );
  });
});
