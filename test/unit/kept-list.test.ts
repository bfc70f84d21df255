import { ftruncateSync, readdirSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptRun } from '../../src/engine/kept.js';
import type { Problem } from '../../src/model/problem.js';
import { KeptList } from '../../src/util/kept-list.js';
import { tempDir } from '../helpers.js';

const dirs: string[] = [];
const scratch = (): string => {
  const d = tempDir('kept');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const warning = (i: number, file: string): Problem => ({
  severity: 'warning',
  code: i % 2 ? 'evidence-url' : 'evidence-digest',
  message: i % 2 ? 'evidence URL https://vendor.example/trust/a.pdf is on a reserved host name' : 'evidence entry has no sha256',
  file,
  documentIndex: 0,
  pointer: `/evidence/${i % 3}`,
  range: { startLine: 10 + (i % 3), startColumn: 5, endLine: 10 + (i % 3), endColumn: 40 },
});

describe('KeptList', () => {
  it('gives back every value, in order, whatever its characters (line breaks, lone surrogates, NULs), in memory and spilled', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 })), { maxLength: 60 }), fc.boolean(), (values, spill) => {
        const dir = scratch();
        const list = new KeptList<unknown>(spill ? 64 : 1 << 20, 32, dir);
        for (const v of values) list.push(v);
        expect(list.length).toBe(values.length);
        expect([...list]).toEqual(values);
        // Read twice: the same again.
        expect([...list]).toEqual(values);
        list.close();
        expect(readdirSync(dir)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('goes to a temporary file past its memory limit, leaves no file behind on this system, and is empty once closed', () => {
    const dir = scratch();
    const list = new KeptList<{ n: number; s: string }>(1000, 100, dir);
    for (let n = 0; n < 500; n++) list.push({ n, s: 'é€𝄞 line\nbreak '.repeat(n % 4) });
    expect(list.spilled).toBe(true);
    // Removed as soon as it was open (POSIX): a run that dies leaves nothing behind.
    if (process.platform !== 'win32') expect(readdirSync(dir)).toEqual([]);
    const back = [...list];
    expect(back.map((v) => v.n)).toEqual(Array.from({ length: 500 }, (_, n) => n));
    expect(back[7]!.s).toBe('é€𝄞 line\nbreak '.repeat(3));
    list.close();
    expect(list.length).toBe(0);
    expect([...list]).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stays in memory when no temporary file can be made', () => {
    const list = new KeptList<number>(10, 4, '/nonexistent-ringfence-dir/below');
    for (let n = 0; n < 100; n++) list.push(n);
    expect(list.spilled).toBe(false);
    expect([...list]).toEqual(Array.from({ length: 100 }, (_, n) => n));
  });

  it('says so when its temporary file was cut short, instead of giving back part of the list', () => {
    const list = new KeptList<number>(10, 4, scratch());
    for (let n = 0; n < 100; n++) list.push(n);
    ftruncateSync((list as unknown as { file: { fd: number } }).file.fd, 20);
    expect(() => [...list]).toThrow(/ended early/);
    list.close();
  });

  it('refuses a value with no JSON form rather than losing it', () => {
    const list = new KeptList<unknown>();
    expect(() => list.push(undefined)).toThrow(/no JSON form/);
  });
});

describe('KeptRun', () => {
  it('gives back every problem and gate reason in order, byte for byte, with equal ranges shared, spilled or not', () => {
    for (const inMemory of [1 << 20, 200]) {
      const dir = scratch();
      const kept = new KeptRun(inMemory, dir);
      const problems: Problem[] = [];
      const reasons: string[] = [];
      for (let d = 0; d < 300; d++) {
        const file = `fleet/${String(d).padStart(4, '0')}-vendor.yaml`;
        const ps = [warning(d, file), warning(d + 1, file)];
        // A problem whose keys come in another order (documentFailure's): the order is kept.
        if (d % 50 === 0) ps.push({ severity: 'error', code: 'document-failed', file, documentIndex: 1, message: 'this document could not be evaluated (x: y)' });
        kept.addProblems(ps);
        problems.push(...ps);
        const rs = d % 7 === 0 ? [] : [`${file}: 2 controls of severity high or higher not passing (KDUS-SR-01, KDUS-SR-02)`, 'no colon here', `:${d} starts with a colon`];
        kept.addReasons(rs);
        reasons.push(...rs);
      }
      expect(kept.spilled).toBe(inMemory === 200);
      const taken = kept.take();
      expect(JSON.stringify(taken.problems)).toBe(JSON.stringify(problems));
      expect(taken.reasons).toEqual(reasons);
      expect(taken.problems[0]!.range).toBe(taken.problems[6]!.range);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
