/**
 * The interactive terminal view (`ringfence check -i`, `ringfence compare -i`). This is the one entry to ink
 * and React: the commands import it dynamically, and only with --interactive, so every other run stays free of
 * them. The screens are in App.tsx, their logic in model.ts.
 */
import type { Comparison } from '../../src/model/comparison.js';
import type { Report } from '../../src/model/report.js';
import { importModule } from '../../src/util/import-module.js';

/** Switch to the terminal's alternate screen, and back: the shell's screen and scrollback come back intact. */
const enterAltScreen = '\u001B[?1049h\u001B[H';
const leaveAltScreen = '\u001B[?1049l';

export async function runInteractive(input: { report?: Report; comparison?: Comparison }): Promise<void> {
  if (!input.report && !input.comparison) throw new Error('runInteractive needs a report or a comparison');
  // ink decides once, when it is loaded, whether it runs in CI (the CI variable), and then draws nothing until
  // it exits. Whoever asked for --interactive on a terminal wants to see it: hide the variable while ink loads.
  const ciVars = ['CI', 'CONTINUOUS_INTEGRATION'] as const;
  const saved = ciVars.map((k) => [k, process.env[k]] as const);
  for (const k of ciVars) delete process.env[k];
  // ink's colours come from chalk, which reads FORCE_COLOR but not NO_COLOR: honour NO_COLOR through it.
  if (process.env['NO_COLOR'] && process.env['FORCE_COLOR'] === undefined) process.env['FORCE_COLOR'] = '0';
  let ink: typeof import('ink');
  let react: typeof import('react');
  let app: typeof import('./App.js');
  try {
    // The view by its URL, as ink and React are loaded: in the CLI's CommonJS bundle it would otherwise be a chunk
    // that require()s ink while import() loads it.
    [ink, react, app] = await Promise.all([importModule<typeof import('ink')>('ink'), importModule<typeof import('react')>('react'), importModule<typeof import('./App.js')>(new URL('./App.js', import.meta.url).href)]);
  } finally {
    for (const [k, v] of saved) if (v !== undefined) process.env[k] = v;
  }

  const stdout = process.stdout;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(leaveAltScreen);
  };
  stdout.write(enterAltScreen);
  // Whatever happens, the terminal gets its screen back (ink itself restores the cursor and raw mode).
  process.once('exit', restore);
  let instance: ReturnType<typeof ink.render> | undefined;
  const onSignal = () => instance?.unmount();
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    instance = ink.render(react.createElement(app.App, { ...input }), { exitOnCtrlC: true, patchConsole: true });
    await instance.waitUntilExit();
  } finally {
    instance?.cleanup();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('exit', restore);
    restore();
  }
}
