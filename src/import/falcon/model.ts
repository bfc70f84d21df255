import type { Problem, Range } from '../../model/problem.js';
import type { ForeignPosition } from '../types.js';

/**
 * One model of a Falcon estate's update policies, whatever it was read from (Terraform HCL, `terraform show -json`,
 * an API export): host groups, content-update policies, sensor-update policies, their host-group assignments and
 * precedence. Every value keeps where it was read. The mapper (map.ts) turns it into a DeploymentConfig.
 */

export interface Located<T> {
  value: T;
  at: ForeignPosition;
}

/** Falcon's four content categories, by the names the Terraform provider gives them (also our content keys). */
export const contentCategories = ['sensor_operations', 'system_critical', 'vulnerability_management', 'rapid_response'] as const;
export type ContentCategory = (typeof contentCategories)[number];

/** The API's category ids (ring_assignment_settings[].id) → our names. */
export const apiCategoryIds: Readonly<Record<string, ContentCategory>> = {
  sensor_operations: 'sensor_operations',
  system_critical: 'system_critical',
  vulnerability_management: 'vulnerability_management',
  rapid_response_al_bl_listing: 'rapid_response',
};

export interface FalconHostGroup {
  /** How policies refer to it: a Terraform address (`crowdstrike_host_group.dc`) or the API id. */
  key: string;
  name: Located<string>;
  /** static, dynamic or staticByID. */
  type?: Located<string>;
  assignmentRule?: Located<string>;
  description?: Located<string>;
  /** Hosts listed by a static group (hostnames or host_ids); unknown for a dynamic group. */
  listedHosts?: Located<number>;
  at: ForeignPosition;
}

export interface FalconCategorySetting {
  at: ForeignPosition;
  ring?: Located<string>;
  delayHours?: Located<number>;
  pinnedContentVersion?: Located<string>;
}

/** A reference from a policy to a host group, where it was written. */
export interface GroupRef {
  key: string;
  at: ForeignPosition;
}

export interface FalconContentPolicy {
  key: string;
  name: Located<string>;
  description?: Located<string>;
  isDefault: boolean;
  enabled?: Located<boolean>;
  categories: Partial<Record<ContentCategory, FalconCategorySetting>>;
  hostGroups: GroupRef[];
  /** 1 is the highest; undefined when the source does not say. The default policy always comes last. */
  precedence?: number;
  at: ForeignPosition;
}

/** n, n-1, n-2 (tracking the vendor's releases), pinned (one build) or off (sensor updates turned off). */
export type SensorSelector = 'n' | 'n-1' | 'n-2' | 'pinned' | 'off';

export interface FalconSensorPolicy {
  key: string;
  name: Located<string>;
  isDefault: boolean;
  enabled?: Located<boolean>;
  platform?: Located<string>;
  build?: Located<{ selector: SensorSelector; build?: string }>;
  hostGroups: GroupRef[];
  precedence?: number;
  at: ForeignPosition;
}

export interface FalconModel {
  /** The importer kind that read it, e.g. falcon-terraform. */
  kind: string;
  /** The files it was read from, in order. */
  sources: string[];
  /** Where the document is located: the first relevant block. */
  at: ForeignPosition;
  hostGroups: FalconHostGroup[];
  contentPolicies: FalconContentPolicy[];
  sensorPolicies: FalconSensorPolicy[];
  /** True when the source states the order of content (sensor) policies: a precedence resource, an API field. */
  contentPrecedenceKnown: boolean;
  sensorPrecedenceKnown: boolean;
  /** What the reader could not say, beyond what the mapper works out (pointer-free notes become unknown entries). */
  notes: { why: string; at?: ForeignPosition }[];
}

export const firstRange: Range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

export function importProblem(code: string, message: string, at: ForeignPosition | { file: string; range?: Range }, severity: Problem['severity'] = 'error'): Problem {
  return { severity, code, message, file: at.file, ...(at.range ? { range: at.range } : {}) };
}

/** A sensor build as Falcon writes it: `20709|n|tagged|17` (n), `…|n-1|…`, `…|n-2|…`, a build number (pinned), "" (off). */
export function sensorSelectorOf(build: string): { selector: SensorSelector; build?: string } {
  const parts = build.split('|');
  if (parts.length > 1) {
    const sel = parts[1];
    if (sel === 'n' || sel === 'n-1' || sel === 'n-2') return { selector: sel };
  }
  if (build.trim() === '') return { selector: 'off' };
  // The provider strips a version prefix ("7.24.19507" → "19507"); the API and the state hold the build number.
  const b = parts[0]!.trim();
  const m = /^\d+\.\d+\.(\d+)$/.exec(b);
  return { selector: 'pinned', build: m ? m[1]! : b };
}
