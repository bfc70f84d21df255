// Writes dist/build-id: a digest of the built code (dist/src and dist/validators). The compiled-standard cache
// is keyed on it, so that a rebuilt ringfence never reads what another build compiled. Run by `npm run build`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const hash = createHash('sha256');
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (/\.(c|m)?js$/.test(e.name)) hash.update(path.relative(dist, full)).update('\0').update(readFileSync(full)).update('\0');
  }
};
walk(path.join(dist, 'src'));
walk(path.join(dist, 'validators'));
writeFileSync(path.join(dist, 'build-id'), `${hash.digest('hex')}\n`);
