import { describe, expect, it } from 'vitest';
import { asOfProblem } from '../../src/attest/statement.js';
import { inside, namedOutside } from '../../src/attest/subjects.js';

describe('the attested as-of date', () => {
  const today = '2026-12-05';
  it('is a real calendar date in YYYY-MM-DD', () => {
    for (const d of ['2026-02-29', '2026-02-31', '2026-13-01', '2026-1-01', '2026-12-05T00:00:00Z', '', '+02026-01-01']) expect(asOfProblem(d, today)).toMatch(/is not a date/);
    expect(asOfProblem('2024-02-29', today)).toBeUndefined();
  });
  it('is no later than tomorrow and no more than ten years before today', () => {
    expect(asOfProblem('2026-12-06', today)).toBeUndefined();
    expect(asOfProblem('2026-12-07', today)).toMatch(/in the future/);
    expect(asOfProblem('2016-12-05', today)).toBeUndefined();
    expect(asOfProblem('2016-12-04', today)).toMatch(/more than 10 years before today/);
  });
});

describe('subject names', () => {
  it('outside by their spelling: absolute or climbing', () => {
    for (const n of ['/etc/passwd', '../m.yaml', 'a/../../m.yaml', 'a/..', '..\\m.yaml']) expect(namedOutside(n)).toBe(true);
    for (const n of ['m.yaml', 'a/b.yaml', '..m.yaml', 'a/..b/c.yaml']) expect(namedOutside(n)).toBe(false);
  });
  it('inside a folder by their real path, not a shared prefix', () => {
    expect(inside('/work/a/m.yaml', '/work/a')).toBe(true);
    expect(inside('/work/a', '/work/a')).toBe(true);
    expect(inside('/work/ab/m.yaml', '/work/a')).toBe(false);
    expect(inside('/etc/passwd', '/')).toBe(true);
  });
});
