#!/usr/bin/env node
// Part of `npm test`: the browser tests open the HTML reports in a real headless Chromium, Debian's package
// (playwright-core downloads no browser). Where it is missing, root on a Debian-like system gets it installed
// with apt-get; anyone else gets one line saying how. Never a stack trace.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const say = (line) => process.stderr.write(`ringfence tests: ${line}\n`);

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (executable(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  say(`CHROMIUM_PATH is ${JSON.stringify(wanted)}, which is not an executable file; point it at a Chromium binary or unset it.`);
  process.exit(1);
}
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (process.getuid?.() !== 0 || !hasApt) {
  say('the browser tests need Chromium at /usr/bin/chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.');
  process.exit(1);
}
say('installing Debian\'s chromium for the browser tests (apt-get install chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
  const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    const reason = (r.stderr || r.error?.message || '').trim().split('\n').filter(Boolean).pop() ?? `exit ${r.status}`;
    say(`apt-get ${args[0]} failed (${reason}); install Chromium yourself (apt-get install chromium) or set CHROMIUM_PATH, then run npm test again.`);
    process.exit(1);
  }
}
if (!executable(wanted)) {
  say('apt-get installed chromium, but /usr/bin/chromium is still missing; set CHROMIUM_PATH to the Chromium binary.');
  process.exit(1);
}
say('chromium installed.');
