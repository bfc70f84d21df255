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

const packageJson = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string; homepage?: unknown; repository?: unknown };

export const toolVersion: string = packageJson.version;

/**
 * The package's public page as package.json names it — `homepage`, else `repository` (a URL, `{ url }`, or npm's
 * `github:owner/name` / `owner/name` shorthand) — as an https URL, or undefined when it names none. Reports link
 * only this: ringfence owns no domain, and an address it made up would lead nowhere, or to whoever registers it.
 */
export const toolHomepage: string | undefined = packageHomepage(packageJson);

export function packageHomepage(pkg: { homepage?: unknown; repository?: unknown }): string | undefined {
  const home = httpsUrl(pkg.homepage);
  if (home) return home;
  const repo = typeof pkg.repository === 'object' && pkg.repository !== null ? (pkg.repository as { url?: unknown }).url : pkg.repository;
  if (typeof repo !== 'string') return undefined;
  const short = /^(?:github:)?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(repo);
  if (short) return `https://github.com/${short[1]}/${short[2]!.replace(/\.git$/, '')}`;
  const url = httpsUrl(repo.replace(/^git\+/, ''));
  return url?.replace(/\.git$/, '');
}

/** `value` when it is an https URL with a host, normalised; otherwise undefined. */
function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export const schemasDir = path.join(packageRoot, 'schemas');
export const rulesDir = path.join(packageRoot, 'rules');
export const standardsDir = path.join(packageRoot, 'standards');
export const defaultStandardPath = path.join(standardsDir, 'kdus', '1.1.yaml');
