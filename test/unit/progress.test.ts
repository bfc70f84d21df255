import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => (writes.push(s), true) } as never, writes };
}

describe('the progress line', () => {
  it('updates one line in place on a terminal, throttled, and clears it at the end', () => {
    const { stream, writes } = fakeStream(true);
    let t = 0;
    const p = progressLine(stream, {}, () => t);
    for (let i = 0; i < 200; i++) {
      t += 10;
      p.update('evaluate', i, 200);
    }
    p.done();
    // Every 100 ms of 2 s, plus the last document, then the clearing.
    expect(writes.length).toBeGreaterThan(15);
    expect(writes.length).toBeLessThan(25);
    expect(writes.every((w) => w.startsWith('\r\u001b[2K'))).toBe(true);
    expect(writes.at(-2)).toBe('\r\u001b[2Kringfence: evaluating 200/200 documents');
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('is silent when not a terminal, in CI, or for small runs', () => {
    for (const [tty, env, total] of [[false, {}, 500], [true, { CI: 'true' }, 500], [true, {}, 10]] as const) {
      const { stream, writes } = fakeStream(tty);
      const p = progressLine(stream, env, () => 0);
      for (let i = 0; i < total; i++) p.update('read', i, total);
      p.done();
      expect(writes).toEqual([]);
    }
  });
});
