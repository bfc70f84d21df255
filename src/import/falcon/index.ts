import type { Problem } from '../../model/problem.js';
import type { ForeignFile, ImportedDeployment, Importer } from '../types.js';
import { apiKind, planKind, readApiJson, readPlanJson } from './json-sources.js';
import { mapFalcon } from './map.js';
import type { FalconModel } from './model.js';
import { recogniseFalconApi, recogniseFalconTerraform, recogniseFalconTerraformJson } from './recognise.js';
import { readTerraformModule, terraformKind } from './terraform.js';

/**
 * CrowdStrike Falcon update policies, from three sources read into one model (model.ts) and mapped by one mapper
 * (map.ts): Terraform HCL using CrowdStrike's provider, `terraform show -json`, and the Falcon API's JSON as
 * PSFalcon or FalconPy export it. See docs/importers-falcon.md.
 */

function dirname(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : file.slice(0, i);
}

function finish(read: { model?: FalconModel; problems: Problem[] }): { documents: ImportedDeployment[]; problems: Problem[] } {
  if (!read.model) return { documents: [], problems: read.problems };
  // Not a Falcon module (a folder of other Terraform): no document, and nothing to say.
  if (read.model.hostGroups.length + read.model.contentPolicies.length + read.model.sensorPolicies.length === 0 && read.problems.length === 0) return { documents: [], problems: [] };
  const { document, problems } = mapFalcon(read.model);
  return { documents: [document], problems: [...read.problems, ...problems] };
}

/** A Terraform module: the `.tf` files of one folder are one module, one DeploymentConfig. */
export const falconTerraformImporter: Importer = {
  kind: terraformKind,
  title: 'CrowdStrike Falcon policies (Terraform)',
  recognise: recogniseFalconTerraform,
  map(files: readonly ForeignFile[]) {
    const folders = new Map<string, ForeignFile[]>();
    for (const f of files) {
      const d = dirname(f.file);
      folders.set(d, [...(folders.get(d) ?? []), f]);
    }
    const documents: ImportedDeployment[] = [];
    const problems: Problem[] = [];
    for (const group of [...folders.keys()].sort()) {
      // A folder of other Terraform (no CrowdStrike resource or data source) is not this importer's to judge.
      if (!folders.get(group)!.some((f) => f.text.includes('crowdstrike_'))) continue;
      const r = finish(readTerraformModule([...folders.get(group)!].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))));
      documents.push(...r.documents);
      problems.push(...r.problems);
    }
    return { documents, problems };
  },
};

/** `terraform show -json` of a plan or a state: one file, one DeploymentConfig. */
export const falconTerraformJsonImporter: Importer = {
  kind: planKind,
  title: 'CrowdStrike Falcon policies (terraform show -json)',
  recognise: recogniseFalconTerraformJson,
  map(files: readonly ForeignFile[]) {
    const documents: ImportedDeployment[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const r = finish(readPlanJson(f));
      documents.push(...r.documents);
      problems.push(...r.problems);
    }
    return { documents, problems };
  },
};

/** The Falcon API's JSON: all files of one folder are one export (host groups and policies may be apart). */
export const falconApiImporter: Importer = {
  kind: apiKind,
  title: 'CrowdStrike Falcon policies (API export)',
  recognise: recogniseFalconApi,
  map(files: readonly ForeignFile[]) {
    const folders = new Map<string, ForeignFile[]>();
    for (const f of files) folders.set(dirname(f.file), [...(folders.get(dirname(f.file)) ?? []), f]);
    const documents: ImportedDeployment[] = [];
    const problems: Problem[] = [];
    for (const key of [...folders.keys()].sort()) {
      const r = finish(readApiJson(folders.get(key)!));
      documents.push(...r.documents);
      problems.push(...r.problems);
    }
    return { documents, problems };
  },
};

export const falconImporters: readonly Importer[] = [falconTerraformImporter, falconTerraformJsonImporter, falconApiImporter];
/** The Terraform importer, under the name the task gave it. */
export const falconImporter = falconTerraformImporter;
