// npm lifecycle scripts (package.json):
//   prepare  (npm ci / npm install in a clone, a git dependency): builds dist/, so that bin/ringfence.js runs.
//   prepack  (npm pack / npm publish, --pack here): a clean build, so that the tarball holds exactly what the
//            sources build — no module left in dist/ by a source deleted since — and is built once: npm runs
//            prepare after prepack for pack and publish, and prepare then has nothing to do.
// An install of the packed tarball (npm install -g ./ringfence-*.tgz) runs neither: the tarball carries dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pack = process.argv.includes('--pack');
if (!pack && ['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);
if (pack) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const npm = process.env.npm_execpath;
const r = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (r.error) {
  process.stderr.write(`ringfence: could not run the build: ${r.error.message}\n`);
  process.exit(1);
}
process.exit(r.status ?? 1);
