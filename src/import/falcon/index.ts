import type { Problem } from '../../model/problem.js';
import type { ForeignFile, ImportedDeployment, Importer } from '../types.js';
import { apiKind, planKind, readApiJson, readPlanJson } from './json-sources.js';
import { mapFalcon } from './map.js';
import type { FalconModel } from './model.js';
import { readTerraformModule, terraformKind } from './terraform.js';

/**
 * CrowdStrike Falcon update policies, from three sources read into one model (model.ts) and mapped by one mapper
 * (map.ts): Terraform HCL using CrowdStrike's provider, `terraform show -json`, and the Falcon API's JSON as
 * PSFalcon or FalconPy export it. See docs/importers-falcon.md.
 */

const resourceTypes = /\bresource\s+"crowdstrike_(content_update_policy|default_content_update_policy|sensor_update_policy|default_sensor_update_policy|host_group)"/;

function dirname(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : file.slice(0, i);
}

function finish(read: { model?: FalconModel; problems: Problem[] }): { documents: ImportedDeployment[]; problems: Problem[] } {
  if (!read.model) return { documents: [], problems: read.problems };
  const { document, problems } = mapFalcon(read.model);
  return { documents: [document], problems: [...read.problems, ...problems] };
}

/** A Terraform module: the `.tf` files of one folder are one module, one DeploymentConfig. */
export const falconTerraformImporter: Importer = {
  kind: terraformKind,
  title: 'CrowdStrike Falcon policies (Terraform)',
  recognise(name: string, head: string): boolean {
    // A module's other files (providers.tf, variables.tf) belong to it: a .tf file is taken when its folder
    // holds a Falcon resource — the loader passes every .tf file of such a folder; this sees one head at a time.
    return name.endsWith('.tf') && (resourceTypes.test(head) || /\bcrowdstrike\b/.test(head));
  },
  map(files: readonly ForeignFile[]) {
    const folders = new Map<string, ForeignFile[]>();
    for (const f of files) {
      const d = dirname(f.file);
      folders.set(d, [...(folders.get(d) ?? []), f]);
    }
    const documents: ImportedDeployment[] = [];
    const problems: Problem[] = [];
    for (const group of [...folders.keys()].sort()) {
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
  recognise(name: string, head: string): boolean {
    return name.endsWith('.json') && /"format_version"/.test(head) && /"(planned_values|values|terraform_version)"/.test(head) && /crowdstrike/.test(head);
  },
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
  recognise(name: string, head: string): boolean {
    return name.endsWith('.json') && /"(ring_assignment_settings|group_type|platform_default)"|"settings"\s*:\s*\{\s*"build"/.test(head);
  },
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
