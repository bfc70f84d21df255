import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { standardsDir } from '../paths.js';
import { didYouMean } from '../util/did-you-mean.js';

/**
 * Bundled standards by name: `--standard kdus`, `kdus-ci`, `kdus-critical-infrastructure`, `kdus@1.1`.
 *
 * A bare word (no `/` or `\`, not ending in .yaml, .yml or .json) always names a bundled standard, even when a
 * file of that name exists in the working folder: that folder may be a repository someone else wrote, and a file
 * called `kdus` there must not stand in for the standard the command line asked for. A local file is named as a
 * path: `./kdus`, `my/standard.yaml`.
 */

/** Short names for bundled standards (the folder names under standards/ are names too). */
export const standardAliases: Readonly<Record<string, string>> = { 'kdus-ci': 'kdus-critical-infrastructure' };

/** The bundled standards' names: their folders under standards/, sorted. */
export function bundledStandardNames(): string[] {
  try {
    return readdirSync(standardsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The versions bundled for a name (file names without .yaml), newest first. */
function versionsOf(name: string): string[] {
  let files: string[];
  try {
    files = readdirSync(path.join(standardsDir, name));
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort(compareVersions)
    .reverse();
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a --standard value is a bundled standard's name (rather than a path). */
export function isStandardName(value: string): boolean {
  return value !== '' && !/[\\/]/.test(value) && !/\.(ya?ml|json)$/i.test(value) && value !== '.' && value !== '..';
}

/** The list shown when a name is unknown: `kdus, kdus-ci (kdus-critical-infrastructure), kdus-critical-infrastructure`. */
export function bundledStandardsList(): string {
  const names = bundledStandardNames();
  const aliases = Object.entries(standardAliases).filter(([, target]) => names.includes(target));
  return [...names.map((n) => `${n} (${versionsOf(n).join(', ')})`), ...aliases.map(([alias, target]) => `${alias} (= ${target})`)].sort().join(', ');
}

export class StandardNameError extends Error {}

/**
 * The file a --standard value stands for: a bundled standard's file for a name (`kdus`, `kdus-ci@1.1`), else the
 * value itself as a path. Throws StandardNameError for a name that is not bundled, with the likely meaning.
 */
export function resolveStandard(value: string): { file: string; bundled?: string; shadowed?: boolean } {
  if (!isStandardName(value)) return { file: value };
  const at = value.indexOf('@');
  const given = at < 0 ? value : value.slice(0, at);
  const version = at < 0 ? undefined : value.slice(at + 1);
  const names = bundledStandardNames();
  const name = standardAliases[given.toLowerCase()] ?? given.toLowerCase();
  if (!names.includes(name)) {
    const hint = didYouMean(given, [...names, ...Object.keys(standardAliases)]);
    const local = existsSync(value) ? `; a file named "${value}" here is not used: name it as a path, ./${value}` : '; a standard file is named as a path (with a / or a .yaml ending)';
    throw new StandardNameError(`unknown standard "${value}"${hint ? `; did you mean "${hint}"?` : ''}; bundled: ${bundledStandardsList()}${local}`);
  }
  const versions = versionsOf(name);
  const chosen = version === undefined ? versions[0] : versions.find((v) => v === version);
  if (chosen === undefined) {
    throw new StandardNameError(`standard ${name} has no bundled version "${version ?? ''}"; bundled: ${versions.join(', ') || 'none'}`);
  }
  // A local file of the same name is not used; the caller says so, so that nobody wonders why their edit has no effect.
  return { file: path.join(standardsDir, name, `${chosen}.yaml`), bundled: `${name}@${chosen}`, ...(existsSync(value) ? { shadowed: true } : {}) };
}
