// --interactive from the command line: refused without a terminal, run for real in a pseudo-terminal, and
// never loaded (nor ink, nor React) when not asked for.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module shared with the benchmark
import { generate } from '../../bench/generate.mjs';
import { bin, loadedModules, root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];

describe('--interactive without a terminal', () => {
  it.each([
    ['check', ['check', 'examples/vendors/aegis-exemplary.yaml', '--interactive', ...asOf]],
    ['check -i', ['check', 'examples/vendors/aegis-exemplary.yaml', '-i']],
    ['compare', ['compare', 'examples/vendors', '-i', ...asOf]],
  ])('%s is refused with a usage error (exit 2)', (_name, args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ringfence: --interactive needs a terminal/);
    expect(r.stdout).toBe('');
  });

  it('help describes --interactive for check and compare, and compare\'s options', () => {
    const checkHelp = runCli(['check', '--help']).stdout;
    expect(checkHelp).toMatch(/-i, --interactive {9}browse the results in the terminal/);
    const compareHelp = runCli(['help', 'compare']).stdout;
    expect(compareHelp).toMatch(/^ringfence compare <files or folders…> \[options\]/);
    for (const option of ['--standard NAME|FILE', '--format NAME[=FILE]', 'text (default), markdown, json, html', '--as-of YYYY-MM-DD', '-i, --interactive']) expect(compareHelp).toContain(option);
    expect(runCli(['compare', '--help']).stdout).toBe(compareHelp);
    expect(runCli(['--help']).stdout).toMatch(/ringfence compare <files or folders…>/);
  });
});

describe('a run without --interactive loads neither ink nor React', () => {
  const traced = (args: string[]) => loadedModules(args, { ...process.env, NO_COLOR: '1' });
  const loadsInk = (urls: string[]) => urls.filter((u) => /\/node_modules\/(ink|react|react-reconciler|ink-testing-library)\//.test(u) || u.includes('/reporters/interactive/') || /\/dist\/cli\/run-[\w-]+\.cjs$/.test(u));

  it('the hook sees ink and React when the view is loaded (so the checks below can fail)', () => {
    const app = pathToFileURL(path.join(root, 'dist/reporters/interactive/App.js')).href;
    const { urls, code } = traced(['--input-type=module', '-e', `await import(${JSON.stringify(app)});`]);
    expect(code).toBe(0);
    expect(urls.some((u) => u.includes('/node_modules/ink/'))).toBe(true);
    expect(urls.some((u) => u.includes('/node_modules/react/'))).toBe(true);
  });

  it.each([
    ['check', ['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf]],
    ['check --format json', ['check', 'examples/vendors', '--format', 'json', ...asOf]],
    ['compare', ['compare', 'examples/vendors', ...asOf]],
  ])('%s', (_name, args) => {
    const { urls, code, stdout } = traced([bin, ...args]);
    expect([0, 1]).toContain(code);
    expect(stdout.length).toBeGreaterThan(100);
    // The hook did see the CLI's own modules (bundled in dist/cli, or dist/src without the bundle)…
    expect(urls.some((u) => /\/dist\/(src\/cli\/check-command\.js|cli\/check-command-[\w-]+\.cjs)$/.test(u))).toBe(true);
    // …and nothing of the interactive view.
    expect(loadsInk(urls)).toEqual([]);
  });
});

/** `script` (util-linux) gives the CLI a pseudo-terminal, as a user's shell would. */
const hasScript = process.platform === 'linux' && spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('--interactive in a pseudo-terminal', () => {
  /** Starts the command in a pty, sends each key once the screen shows `when`, and resolves on exit. */
  function inPty(command: string, steps: { when: RegExp; send: string }[]): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve, reject) => {
      const p = spawn('script', ['-qfec', `stty cols 120 rows 40; ${command}`, '/dev/null'], {
        cwd: root,
        env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1', CI: '' },
      });
      let out = '';
      // The terminal's output comes in pieces that can split a character: decoded across them.
      const utf8 = new StringDecoder('utf8');
      let step = 0;
      let seenUpTo = 0;
      const timer = setTimeout(() => {
        p.kill();
        reject(new Error(`timed out at step ${step}; screen so far:\n${out.slice(-3000)}`));
      }, 30_000);
      p.stdout.on('data', (d: Buffer) => {
        out += utf8.write(d);
        const s = steps[step];
        if (s && s.when.test(out.slice(seenUpTo))) {
          seenUpTo = out.length;
          step++;
          setTimeout(() => p.stdin.write(s.send), 50);
        }
      });
      p.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, out });
      });
    });
  }

  it('check -i opens on the alternate screen, navigates, and on q restores the terminal with the gate\'s exit code', async () => {
    const dir = tempDir('interactive');
    const json = path.join(dir, 'report.json');
    const { code, out } = await inPty(`node ${JSON.stringify(bin)} check examples/vendors/borealis-typical.yaml -i --as-of 2026-11-25 --format json=${JSON.stringify(json)}`, [
      { when: /Borealis Guard 5\.8/, send: '\r' },
      { when: /SR Staged rollout/, send: '\r' },
      { when: /KDUS-SR-01/, send: 'q' },
    ]);
    // The gate fails for borealis (exit 1), as without --interactive.
    expect(code).toBe(1);
    expect(out).toMatch(/\u001B\[\?1049h/);
    // The last thing written leaves the alternate screen, with the cursor shown.
    const leave = out.lastIndexOf('\u001B[?1049l');
    expect(leave).toBeGreaterThan(out.indexOf('\u001B[?1049h'));
    expect(out.slice(leave)).not.toMatch(/[^\s\u001B[\]?0-9;a-zA-Z]/);
    expect(out.lastIndexOf('\u001B[?25h')).toBeGreaterThan(out.lastIndexOf('\u001B[?25l'));
    // A --format with a file is still written.
    expect(existsSync(json)).toBe(true);
    expect(JSON.parse(readFileSync(json, 'utf8')).subjects[0].name).toBe('Borealis Cyber Ltd Borealis Guard 5.8');
  });

  it('compare -i shows the ranking; Esc at the top quits with exit 0', async () => {
    const { code, out } = await inPty(`node ${JSON.stringify(bin)} compare examples/vendors -i --as-of 2026-11-25`, [
      { when: /Why this order/, send: 'd' },
      { when: /Controls on which they differ/, send: '\u001B' },
      { when: /Why this order/, send: '\u001B' },
    ]);
    expect(code).toBe(0);
    expect(out.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(out.lastIndexOf('Why this order'));
  });

  it('a plain check on a terminal prints the text report as it goes, with no progress line breaking into it', async () => {
    const dir = tempDir('tty-text');
    // Enough documents for the progress line, which a batch written only to files shows on a terminal.
    (generate as (d: string, n: number, seed: number) => unknown)(`${dir}/in`, 60, 9);
    const { code, out } = await inPty(`node ${JSON.stringify(bin)} check ${JSON.stringify(`${dir}/in`)} --as-of 2026-11-25`, []);
    expect(code).toBe(1);
    expect(out).not.toMatch(/evaluating \d+\/\d+ documents/);
    expect(runCli(['check', `${dir}/in`, '--as-of', '2026-11-25', '--format', `text=${dir}/out.txt`]).code).toBe(1);
    // The terminal shows exactly the report a file gets (the pseudo-terminal turns line feeds into CR LF).
    expect(out.replace(/\r\n/g, '\n')).toBe(readFileSync(`${dir}/out.txt`, 'utf8'));
  });

  it('--interactive refuses a format on standard output, which the view would overwrite', async () => {
    const { code, out } = await inPty(`node ${JSON.stringify(bin)} check examples/vendors/aegis-exemplary.yaml -i --format json`, []);
    expect(code).toBe(2);
    expect(out).toMatch(/--interactive uses the terminal; give --format json a file/);
  });
});
