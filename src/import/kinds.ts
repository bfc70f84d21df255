import { recogniseFalconApi, recogniseFalconTerraform, recogniseFalconTerraformJson } from './falcon/recognise.js';
import { recogniseMicrosoft } from './microsoft/recognise.js';
import type { Importer } from './types.js';

export type { ForeignFile, ImportedDeployment, Importer } from './types.js';

/**
 * The foreign formats ringfence imports (DESIGN §9), each one folder (src/import/<kind>/) loaded only when a file of
 * its kind is among the inputs. Telling kinds apart — by file name and first bytes — loads no importer, so a plain
 * check pays for none of them. A new format is one entry here: its kind, its title, the cheap `recognise` and the
 * lazy `load`.
 */
export interface ImporterKind {
  kind: string;
  title: string;
  /** `name`: the file's last path segment; `head`: its first 4 KiB as text. Must agree with the importer's own recognise. */
  recognise(name: string, head: string): boolean;
  load(): Promise<Importer>;
}

/** The file name endings a folder scan collects for importers only (never read as YAML or JSON documents). */
export const importOnlyExtensions: ReadonlySet<string> = new Set(['.tf']);

export const importerKinds: readonly ImporterKind[] = [
  {
    kind: 'kubernetes',
    title: 'Kubernetes DaemonSets and Argo Rollouts (*.yaml, *.yml, *.json)',
    recognise: recogniseKubernetes,
    load: async () => (await import('./kubernetes/index.js')).kubernetes,
  },
  {
    kind: 'falcon-terraform',
    title: 'CrowdStrike Falcon policies in Terraform (*.tf)',
    recognise: recogniseFalconTerraform,
    load: async () => (await import('./falcon/index.js')).falconTerraformImporter,
  },
  {
    kind: 'falcon-terraform-json',
    title: 'CrowdStrike Falcon policies from terraform show -json (*.json)',
    recognise: recogniseFalconTerraformJson,
    load: async () => (await import('./falcon/index.js')).falconTerraformJsonImporter,
  },
  {
    kind: 'falcon-api',
    title: 'CrowdStrike Falcon host groups and update policies exported from the API (*.json)',
    recognise: recogniseFalconApi,
    load: async () => (await import('./falcon/index.js')).falconApiImporter,
  },
  {
    kind: 'microsoft-intune',
    title: 'Microsoft Intune exports: Windows Update rings and Defender for Endpoint update channels (*.json)',
    recognise: recogniseMicrosoft,
    load: async () => (await import('./microsoft/index.js')).microsoftImporter,
  },
];

/**
 * A Kubernetes manifest that may roll a sensor out: YAML or JSON naming apps/v1 or argoproj.io/v1alpha1 and the kind
 * DaemonSet or Rollout in its first bytes. (A file of many objects with the workload past its first 4 KiB is not
 * recognised: put it first, or in a file of its own.)
 */
export function recogniseKubernetes(name: string, head: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(name)) return false;
  // Most files a scan meets are neither: a plain search rules them out before the patterns run.
  if (!head.includes('DaemonSet') && !head.includes('Rollout')) return false;
  return /(^|[\s{,])"?apiVersion"?\s*:\s*"?(apps\/v1|argoproj\.io\/v1alpha1)"?\s*($|[,}\n\r])/m.test(head) && /(^|[\s{,])"?kind"?\s*:\s*"?(DaemonSet|Rollout)"?\s*($|[,}\n\r#])/m.test(head);
}

/** The overlay (kind DeploymentOverlay): what foreign formats cannot say, written once by the customer. */
export function recogniseOverlay(name: string, head: string): boolean {
  return /\.(ya?ml|json)$/i.test(name) && head.includes('DeploymentOverlay') && /(^|[\s{,])"?kind"?\s*:\s*"?DeploymentOverlay"?\s*($|[,}\n\r#])/m.test(head) && /ringfence\.dev\//.test(head);
}

/** The importer kind of a file, by its name (last path segment) and first bytes; undefined when none claims it. */
export function importerKindOf(name: string, head: string): ImporterKind | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  return importerKinds.find((k) => k.recognise(base, head));
}

/** The kinds, in words, for messages and help. */
export function importerTitles(): string[] {
  return importerKinds.map((k) => k.title);
}
