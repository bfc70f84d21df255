/**
 * Where ringfence's built files are, for code that loads them by path: the worker thread's script, the
 * streaming formats (loaded by URL, also in worker threads), the precompiled schema validators, the build id
 * and the CLI entry. This is the layout of `npm run build` (dist/ beside src/). The GitHub Action's bundle
 * (scripts/bundle-action.mjs) puts src/layout-action.ts in this module's place, so that the bundle finds
 * these files among its own chunks and never in dist/, which is not committed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from './paths.js';

const dist = path.join(packageRoot, 'dist');

/** The script each worker thread of a parallel check runs. */
export const workerScript = (): string => path.join(dist, 'src', 'engine', 'worker.js');

/** The URL of a format's module (reporters/NAME.ts built), which exports its streaming form. */
export const reporterModule = (name: string): string => pathToFileURL(path.join(dist, 'reporters', `${name}.js`)).href;

/** The precompiled validator of a bundled schema (scripts/build-validators.mjs). */
export const validatorFile = (name: string): string => path.join(dist, 'validators', `${name}.cjs`);

/** The digest of the built code (scripts/build-id.mjs); the compiled-rule cache is keyed on it. */
export const buildIdFile = (): string => path.join(dist, 'build-id');

/** The command line's entry script, for code that runs ringfence as a child process. */
export const cliEntry = (): string => path.join(packageRoot, 'bin', 'ringfence.js');
