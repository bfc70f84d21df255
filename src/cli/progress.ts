/**
 * A progress line for long batches: one line on standard error that updates in place, at most ten times a
 * second, and only when standard error is a terminal and not in CI. Small runs never show it.
 */
export function progressLine(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): { update: (phase: 'read' | 'evaluate', done: number, total: number) => void; done: () => void } {
  const enabled = stream.isTTY === true && !env['CI'] && env['TERM'] !== 'dumb';
  let last = 0;
  let shown = false;
  return {
    update(phase, done, total) {
      if (!enabled || total < 50) return;
      const t = now();
      if (t - last < 100 && done + 1 < total) return;
      last = t;
      shown = true;
      const verb = phase === 'read' ? 'reading' : 'evaluating';
      stream.write(`\r\u001b[2Kringfence: ${verb} ${done + 1}/${total} ${phase === 'read' ? 'files' : 'documents'}`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
