/**
 * src/cache/code.ts as the GitHub Action's bundle has it (scripts/bundle-action.mjs puts this module in its place,
 * as it does src/layout-action.ts for src/layout.ts): the Action runs once per job on a fresh runner, where a code
 * cache would be written and never read, so its modules are simply required.
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';

const require = createRequire(import.meta.url);

export type Own = (file: string) => boolean;

export function requireCompiled(file: string): unknown {
  return require(file);
}

export function setV8Flag(flag: string, _reset: string): void {
  v8.setFlagsFromString(flag);
}

export function runBundle(): never {
  throw new Error('the GitHub Action runs from its own bundle, not the CLI\'s');
}
