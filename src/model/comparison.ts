import type { ControlStatus, Report, Severity, Subject, SubjectStanding } from './report.js';

/**
 * Several documents of one kind (usually vendor manifests) side by side: the procurement view. Built from a
 * Report by src/engine/compare.ts; every compare format is a function of it. `report` carries the full
 * evaluation, so a view can drill down to each finding.
 */
export interface Comparison {
  comparisonVersion: 1;
  kind: 'VendorManifest' | 'DeploymentConfig';
  /**
   * Best first: by grade (which carries the critical cap), then backing (computed assurance, verified coverage, linked
   * coverage), then score and level. Entries equal on all of these share a rank (`tied`), listed by file name.
   */
  entries: ComparedEntry[];
  /** Controls whose status is not the same for every entry, most severe and most costly first. */
  differences: ControlDifference[];
  /** Why each entry ranks above the next, in words. */
  reasons: string[];
  /** Subjects left out of the comparison (of the other kind). */
  excluded: { file: string; kind: string; name: string }[];
  report: Report;
}

export interface ComparedEntry extends SubjectStanding, Pick<Subject, 'file' | 'name' | 'assurance' | 'verifiedCoverage' | 'linkedCoverage'> {
  /** 1 + the number of entries ranked strictly above it: tied entries share a rank (1, 2, 2, 4). */
  rank: number;
  /** Another entry has the same grade, backing, score and level. */
  tied: boolean;
  /** Subject id in the report (file#documentIndex). */
  subject: string;
  /** Area id → score (null when no control of the area applied). */
  areas: Record<string, number | null>;
  passed: number;
  notPassing: number;
}

export interface ControlDifference {
  control: string;
  title: string;
  area: string;
  severity: Severity;
  level: number;
  /** One per entry, in entry order. */
  statuses: ControlStatus[];
  pointsLost: number[];
}
