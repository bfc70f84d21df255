/**
 * The layout of the GitHub Action's bundle (action/dist, built by scripts/bundle-action.mjs), which takes the
 * place of src/layout.ts there: every file is one of the bundle's own, in the folder of the chunk this module
 * is bundled into. The bundle has no dist/ to look in (dist/ is built output, not committed).
 */
import { fileURLToPath } from 'node:url';

const here = (file: string): URL => new URL(file, import.meta.url);

export const workerScript = (): string => fileURLToPath(here('./worker.js'));
export const reporterModule = (name: string): string => here(`./format-${name}.js`).href;
export const validatorFile = (name: string): string => fileURLToPath(here(`./validators/${name}.cjs`));
export const buildIdFile = (): string => fileURLToPath(here('./build-id'));
export const cliEntry = (): string => fileURLToPath(here('./ringfence.js'));
