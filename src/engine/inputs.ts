import { defaultLimits } from '../load/limits.js';
import { expandPaths } from '../load/read-inputs.js';
import { importInputs, type ImportedGroup } from '../import/index.js';
import { importOnlyExtensions } from '../import/kinds.js';
import type { Problem } from '../model/problem.js';
import type { CheckOptions } from './options.js';

export interface Inputs {
  files: string[];
  explicit: Set<string>;
  /** Problems found while expanding the paths. */
  problems: Problem[];
  /** The groups of foreign files the import stage mapped, by their entry in `files` (see src/import). */
  imported?: Record<string, ImportedGroup>;
}

/** The inputs of a check, without the import stage (the synchronous check(); see importedInputs). */
export function expandInputs(options: CheckOptions): Inputs {
  const { files, problems, explicit } = expandPaths(options.paths, options.limits ?? defaultLimits, options.ignore);
  return { files, explicit, problems };
}

/**
 * The inputs of a check with the import stage (DESIGN §9): foreign files (Kubernetes manifests, Terraform, exports)
 * that an importer claims are mapped, on this thread, into DeploymentConfigs the batch evaluates like the others.
 * Importers are loaded only when a file of their kind is present.
 */
export async function importedInputs(options: CheckOptions): Promise<Inputs> {
  const limits = options.limits ?? defaultLimits;
  const { files, problems, explicit } = expandPaths(options.paths, limits, options.ignore, importOnlyExtensions);
  const result = await importInputs(files, explicit, limits);
  // A file an importer claimed is read for its ringfence documents only, as a folder scan reads it.
  for (const f of result.claimed) explicit.delete(f);
  return { files: result.files, explicit, problems: [...problems, ...result.problems], ...(Object.keys(result.imported).length ? { imported: result.imported } : {}) };
}
