import type { Problem, Range } from '../model/problem.js';

/**
 * The import stage (DESIGN §9): configuration customers already have — CrowdStrike Falcon policies in Terraform or
 * exported from the API, Microsoft Intune and Defender for Endpoint exports, Kubernetes manifests that roll a
 * sensor out — mapped onto the DeploymentConfig model, keeping for every mapped value its position in the file it
 * came from, so that findings sit on the customer's own line (`delay_hours = 0` in their `.tf` file).
 *
 * Each format is one folder under src/import/ behind this interface, listed in src/import/kinds.ts and loaded only
 * when a file of its kind is among the inputs:
 * - `recognise` looks at a file's name and first bytes (cheap: it runs on every input file a folder scan meets);
 * - `map` turns the files of that kind — all of one folder at once, since a Terraform module is a folder — into
 *   DeploymentConfig values, each with the positions of its values (`locate`), or positioned problems. Foreign input
 *   is untrusted: bounded while read (the loader hands over text within the input limits), never evaluated, never
 *   thrown on;
 * - what the format cannot say (host counts of dynamic groups, criticality, recovery readiness) is listed in
 *   `unknown`, for the overlay document (kind DeploymentOverlay) to supply or for the rules to report as missing.
 */
export interface Importer {
  /** Machine name of the format: `falcon-terraform`. */
  readonly kind: string;
  /** In words, for messages and reports: "CrowdStrike Falcon policies (Terraform)". */
  readonly title: string;
  recognise(name: string, head: string): boolean;
  /**
   * `context` holds what the overlay of the folder says, for an importer whose mapping depends on it (a Kubernetes
   * rolling update of 10% needs the node count to say how many nodes a wave is); most importers ignore it, and the
   * overlay is merged into their documents afterwards (src/import/overlay).
   */
  map(files: readonly ForeignFile[], context?: ImportContext): { documents: ImportedDeployment[]; problems: Problem[] };
}

/** What the overlay of a folder says, given to `map` (see Importer.map). */
export interface ImportContext {
  /** Host counts the overlay gives, by host-group id (an id the import makes, or an alias of it). */
  hosts: ReadonlyMap<string, number>;
  fleetSize?: number;
}

/** A foreign file as the loader read it: its path as reports show it, and its text (already bounded and decoded). */
export interface ForeignFile {
  file: string;
  text: string;
}

/** Where a mapped value came from: a file (one of the foreign files, or the overlay) and a range in it. */
export interface ForeignPosition {
  file: string;
  range: Range;
}

/** One DeploymentConfig mapped from foreign files. */
export interface ImportedDeployment {
  /**
   * The DeploymentConfig as plain data: `apiVersion: ringfence.dev/v1`, `kind: DeploymentConfig`, `metadata`,
   * `hostGroups`, `rings`, `pauses`, … — exactly what a hand-written document would hold, so that the schema, the
   * rules and `ringfence import` treat it like one.
   */
  value: Record<string, unknown>;
  /**
   * JSON Pointer (into `value`) → the position of the foreign text it was mapped from. Every value the importer
   * mapped has one; a value without one (a default the importer filled in) is located at its nearest ancestor that
   * has one. `''` (the document) should be located at the file's first relevant block.
   */
  positions: ReadonlyMap<string, ForeignPosition>;
  /** What the format cannot say, for the overlay or the report: a JSON Pointer and why (one line). */
  unknown: readonly { pointer: string; why: string }[];
  /** The files it was mapped from, in order (the first names the document in reports). */
  sources: readonly string[];
  /**
   * Names an overlay may use for host groups the import split or renamed: alias → the ids of the imported host
   * groups it stands for (a Kubernetes DaemonSet `sensor` rolled in waves is host groups `sensor-wave-1`, …; the
   * overlay describes `sensor`, and its criticality, os and tags apply to every wave).
   */
  groupAliases?: Readonly<Record<string, readonly string[]>>;
}
