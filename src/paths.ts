import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root (where package.json, schemas/, rules/ and standards/ live). */
export const packageRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'schemas'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('ringfence: cannot find the package root');
    dir = up;
  }
})();

export const toolVersion: string = (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

export const schemasDir = path.join(packageRoot, 'schemas');
export const rulesDir = path.join(packageRoot, 'rules');
export const standardsDir = path.join(packageRoot, 'standards');
export const defaultStandardPath = path.join(standardsDir, 'kdus', '1.1.yaml');
