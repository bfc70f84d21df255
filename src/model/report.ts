import type { Problem, Range } from './problem.js';
import type { Assurance } from '../evidence/levels.js';

export type { Assurance } from '../evidence/levels.js';

/**
 * The versioned result of a run. Every reporter is a function of this object alone: reporters never reach
 * back into the engine. It is plain JSON; `ringfence check --format json` writes it as is. Documented in
 * docs/report.md. Bump `reportVersion` on any incompatible change.
 */
export interface Report {
  reportVersion: 2;
  /** informationUri: the package's homepage or repository from package.json, only when it names one. `config`: the config file the run used (.ringfence.yaml, or --config), when it used one. */
  tool: { name: 'ringfence'; version: string; informationUri?: string; config?: { file: string; sha256: string } };
  /** The date that date-based checks were evaluated against (YYYY-MM-DD). */
  asOf: string;
  /** Who the report is for and why (--title, --organization, --purpose): given by whoever ran the check. */
  about?: ReportAbout;
  standard: StandardInfo;
  subjects: Subject[];
  /** Input, rule and standard problems. Any `error` makes the exit code 2. */
  problems: Problem[];
  /** The waiver register(s) given with --waivers, each waiver with what it matched. */
  waivers: WaiverStatus[];
  /** Present when a baseline was given with --baseline. */
  baseline?: BaselineSummary;
  gate: Gate;
  /** Only in the part a `check --shard i/n` writes: what `ringfence merge` needs to combine the parts (docs/scale-out.md). */
  shard?: ShardInfo;
}

/** One subject of a shard's part, in the order the part lists the subjects. */
export interface ShardSubject {
  /** The subject's entry in the batch (its file's position in input order, counted over the whole run). */
  entry: number;
  /** Why it fails the gate, as decided before its findings past the cap were left out. */
  reasons?: string[];
  /** Its schema problems, as the text report lists them before its findings. */
  schema?: Problem[];
}

/** What a part of a sharded run carries beyond the report of its documents. */
export interface ShardInfo {
  /** This part's shard, 1-based. */
  index: number;
  /** How many shards the run was cut into. */
  count: number;
  /** Digest of what every shard of the run must share (inputs, settings, waivers, baseline, gate, count). */
  run: string;
  /** Entries in the whole batch. */
  files: number;
  /** The run was given --allow-empty (a shard's own gate never fails for having no documents). */
  allowEmpty?: true;
  /** Column of each waiver, in the order of `waivers`. */
  waiverColumns: number[];
  subjects: ShardSubject[];
  /** The run's own problems (standard, config, waiver registers, baseline, evidence, inputs): the same in every part. */
  runProblems: Problem[];
  /** The problems of this part's documents, as evaluated. */
  documentProblems: Problem[];
}

/** What a report states before its subjects: known before any document is evaluated. */
export type ReportHeader = Pick<Report, 'reportVersion' | 'tool' | 'asOf' | 'about' | 'standard'>;

/** What the person who ran the check says the report is: each present only when given (one line each). */
export interface ReportAbout {
  /** The report's title (--title). */
  title?: string;
  /** The organisation the assessment was made by or for (--organization). */
  organization?: string;
  /** Why the assessment was made (--purpose): procurement, renewal, an audit. */
  purpose?: string;
}

/** What a report states after its subjects: known once every document has been evaluated. */
export interface ReportFooter extends Pick<Report, 'problems' | 'waivers' | 'gate' | 'baseline' | 'shard'> {
  /** How many subjects the report has. */
  documents: number;
}

/** A report without its subjects, as a streamed check returns it (the subjects went to the outputs). */
export type ReportSummary = ReportHeader & ReportFooter;

/** One entry of a waiver register (kind: Waivers), with where it is written. */
export interface WaiverEntry {
  file: string;
  line: number;
  control: string;
  documents: string;
  pointer?: string;
  reason: string;
  owner: string;
  ticket?: string;
  expires: string;
}

export interface WaiverStatus extends WaiverEntry {
  /** active; expiring (within 30 days); expired (fails the gate); unmatched (matched no finding); invalid. */
  status: 'active' | 'expiring' | 'expired' | 'unmatched' | 'invalid';
  /** Findings it waived. */
  matched: number;
  /** For invalid waivers: what is wrong. */
  note?: string;
}

export interface BaselineSummary {
  file: string;
  new: number;
  unchanged: number;
  /** Findings of the baseline that this run no longer has. */
  absent: { control: string; file: string; pointer: string; message: string; fingerprint: string }[];
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type ControlStatus = 'pass' | 'fail' | 'missing_evidence' | 'error' | 'not_applicable';

export interface StandardInfo {
  id: string;
  version: string;
  title: string;
  description?: string;
  url?: string;
  file: string;
  digest: string;
  extends: string[];
  levels: { level: number; name: string; description?: string }[];
  grading: { bands: { grade: string; min: number }[]; criticalCap: string; instances: 'mean' | 'worst'; weighting: 'areas' | 'severity'; minimumAssurance?: 'declared' | 'linked' | 'verified' | 'observed' | 'independently_verified'; unbackedCap?: string };
  areas: { id: string; title: string; weight: number; description?: string; controls: string[] }[];
  controls: ControlInfo[];
}

export interface ControlInfo {
  id: string;
  title: string;
  area: string;
  severity: Severity;
  weight: number;
  level: number;
  capsGrade: boolean;
  rule: string;
  appliesTo?: 'VendorManifest' | 'DeploymentConfig';
  params: Record<string, unknown>;
  rationale: string;
  remediation: string;
  references: Reference[];
  mappings: Mapping[];
  source: { file: string; line: number };
  /** Present when the control could not be evaluated (its rule is missing or broken). */
  broken?: string;
}

/** The figures that sum a document up (what scoring computes, what a comparison ranks by). */
export type SubjectStanding = Pick<Subject, 'score' | 'grade' | 'uncappedGrade' | 'cappedBy' | 'criticalFailures' | 'level' | 'evidenceCoverage'>;


/** One evaluated document: a vendor manifest or a deployment config, scored on its own. */
export interface Subject {
  /** `file#documentIndex`: stable across runs. */
  id: string;
  file: string;
  documentIndex: number;
  kind: 'VendorManifest' | 'DeploymentConfig';
  /** Vendor and product, or organisation: as written in the document (untrusted text). */
  name: string;
  /** 0–100, or null when no control applied. */
  score: number | null;
  grade: string;
  /** The grade the score alone would give, before any critical cap. */
  uncappedGrade: string;
  /** Failing grade-capping controls; non-empty when the grade was capped. */
  cappedBy: string[];
  /** Every grade-capping control that does not pass, whether or not it changed the grade. */
  criticalFailures: string[];
  /** Highest level whose controls (and all lower levels') all pass; 0 when level 1 is not met. */
  level: number;
  /**
   * Why a vendor manifest whose controls would reach level 1 or above is at level 0: its critical controls are
   * backed below the standard's grading.minimumAssurance.
   */
  levelLimitedBy?: string;
  /** Present when the standard's grading.unbackedCap held the grade down: why, in words. */
  gradeLimitedBy?: string;
  /**
   * Declaration coverage: share (0–1) of applicable controls whose fields are all declared (no missing evidence);
   * null when none applied. It says the fields were filled in, not that anything backs them (see assurance).
   */
  evidenceCoverage: number | null;
  /**
   * The assurance ringfence computed (src/evidence): the level the document's applicable critical controls reach.
   * `declared` means nothing ringfence could check backs them. Never read from the manifest.
   */
  assurance: Assurance;
  /** What the manifest says of itself in metadata.assurance, if anything (untrusted; a finding when it overclaims). */
  declaredAssurance?: string;
  /** Share (0–1) of backed controls (applicable, and not themselves about backing) at linked or better; null when none. */
  linkedCoverage: number | null;
  /** Share (0–1) of the same controls at verified or better; null when none. */
  verifiedCoverage: number | null;
  areas: SubjectArea[];
  controls: SubjectControl[];
  /** Schema problems of this document (also listed in Report.problems). */
  schemaErrors: number;
  /** A deployment config's rollout: who receives sensor and content updates when (absent for vendor manifests). */
  timeline?: Timeline;
  /** The rollouts a release history among the artifacts shows for this manifest (the last releases of each history), for the timeline chart. */
  observedRollouts?: ObservedRollout[];
}

/**
 * When each host group of a deployment config receives updates, as the config declares it: one row per host group
 * and ring it is in (a group in no ring has one row with no ring). Content is timed from the vendor's release of
 * each category to its general-availability (GA) ring; the sensor by how many versions behind the latest it runs.
 */
export interface Timeline {
  /** Content categories named by some ring, sorted, then "*" (every other category) when any ring sets it. At most 50. */
  categories: string[];
  /** In the order of the config's hostGroups (then groups only rings name), each ring in promotion order. At most 500. */
  rows: TimelineRow[];
  /** Rows left out past 500. */
  rowsOmitted?: number;
}

export interface TimelineRow {
  group: string;
  /** How many hosts the group has, as declared. */
  hosts?: number;
  criticality?: string;
  /** The ring's name; absent when the group is in no ring. */
  ring?: string;
  /** The ring's place in promotion order (1 = first); absent when in no ring. */
  ringIndex?: number;
  sensor: SensorTiming;
  /** One per `categories`, in the same order. */
  content: ContentTiming[];
}

export interface SensorTiming {
  /** n (the latest), n-1, n-2, pinned, or unset (the ring states no sensor policy). */
  version: 'n' | 'n-1' | 'n-2' | 'pinned' | 'unset';
  /** Releases behind the latest: 0, 1, 2; null when pinned or unset. */
  behind: number | null;
  pinnedVersion?: string;
  pinnedSince?: string;
}

export interface ContentTiming {
  /** ea (before GA), ga, pause (the ring takes the category from the vendor's pause ring), or unset. */
  ring: 'ea' | 'ga' | 'pause' | 'unset';
  /**
   * Hours after the vendor's GA release of the category (the ring's delayHours, 0 when none); null when it does not
   * come from GA: early access (ea, before GA), paused, pinned, or unset.
   */
  hoursAfterGa: number | null;
  pinnedVersion?: string;
  /** A pause of the config's pauses list that holds this category back in this ring. */
  paused?: { reason?: string; expiresAt?: string };
}

/** One release's rollout as the vendor's release history recorded it (src/artifacts/release-history). */
export interface ObservedRollout {
  /** The history file, as reports show it. */
  artifact: string;
  release: string;
  /** The manifest's updateChannels[].id. */
  channel: string;
  emergency: boolean;
  /**
   * The rings in the order the release entered them: start and end (RFC 3339, UTC), and the share of the channel's
   * hosts reached once the ring was done, in percent (from the hosts the history counts; the ring's declared
   * populationPct, with declaredPct, when it counts none; null when neither is known).
   */
  rings: { name: string; start: string; end?: string; pct: number | null; declaredPct?: true }[];
  halted?: string;
  rolledBack?: string;
}

export interface SubjectArea {
  id: string;
  /** 0–100, or null when no control of the area applied. */
  score: number | null;
  weight: number;
  /** Σ weight of applicable controls, the denominator of the area score. */
  applicableWeight: number;
}

export interface SubjectControl {
  id: string;
  status: ControlStatus;
  /** By the standard's `grading.instances`: worst (1 when every judged instance passes, else 0) or mean (passed / judged); 0 for error; null when not applicable. */
  score: number | null;
  counts: Record<'pass' | 'fail' | 'missing_evidence' | 'not_applicable' | 'error', number>;
  /** Points (of 100) this control took off the overall score. */
  pointsLost: number;
  /** At most 100 per control and document (in document order); the rest are counted in `findingsOmitted`. */
  findings: Finding[];
  /**
   * Present when findings were left out of `findings` (past 100): how many, and how many of those a waiver
   * accepts. They cost their points, fail the gate and match waivers and the baseline like the listed ones.
   */
  findingsOmitted?: { count: number; waived: number };
  /** Claims of the related evidence entries (covering its claims or part of them) that are linked or better; at most 100. */
  linkedEvidence: string[];
  /** For a passing control: the document values its asserts read (JSON Pointer, value), at most 20, by pointer. */
  declared?: { pointer: string; value: string | number | boolean | null }[];
  /** How many more declared values there were. */
  declaredOmitted?: number;
  /**
   * The weakest backing of the claims this control read; null when it did not apply, or when it judges the
   * backing itself (a rule that reads `backing`).
   */
  assurance: Assurance | null;
  /** The evidence entries related to this control's claims (at most 100, in list order), with the level each gives (declared: it backs nothing). */
  evidence: ControlEvidence[];
  /** How many related entries were left out of `evidence` (past 100). */
  evidenceOmitted?: number;
  /** The trusted signed statements (--evidence with --trust-policy) that vouch for or contradict its claims. */
  statements?: ControlStatement[];
  /** What artifacts (--evidence, --artifact) show about its claims, in support or contradiction. */
  observations?: ControlObservation[];
}

/** What an artifact of the vendor's own shows about a claim (src/artifacts). */
export interface ControlObservation {
  claim: string;
  result: 'observed' | 'contradicted';
  observed: string;
  artifact: { kind: string; title: string; file: string; line: number; column: number };
  /**
   * Why its support counts: the manifest pinned or named the file (pinned), a trust-policy key signed it (signed),
   * the reader named it (given); or nothing ties it to the manifest (unpinned) — then it contradicts, but its
   * support lifts nothing.
   */
  basis: 'pinned' | 'signed' | 'given' | 'unpinned';
  /** The trust-policy key that signed the artifact, when basis is signed. */
  signer?: string;
}

/** A signed statement about a claim, verified against the reader's trust policy. */
export interface ControlStatement {
  /** The claim it is about (a JSON Pointer into the manifest; it covers everything under it). */
  claim: string;
  result: 'verified' | 'contradicted';
  /** What it lifts the claim to: verified (the vendor's key), independently_verified (a lab or auditor), or contradicted. */
  level: Assurance;
  /** The statement's file in the evidence. */
  file: string;
  signedBy: { name: string; party: string; role: 'vendor' | 'lab' | 'auditor'; keyid: string };
  verifier: string;
  checkedOn: string;
  found?: string;
}

/** An evidence entry of the manifest, as it bears on one control. */
export interface ControlEvidence {
  /** The entry's claim (a JSON Pointer into the document). */
  claim: string;
  url?: string;
  sha256?: string;
  /** verified (a given file matched its digest), linked (usable URL and real digest), or declared (backs nothing). */
  level: Assurance;
  /** The file of the --evidence folder that matched, relative to it. */
  file?: string;
}

export interface Finding {
  status: 'fail' | 'missing_evidence' | 'error';
  message: string;
  location: SourceLocation;
  /** Lines around the finding, for reports that show the YAML. */
  excerpt?: { startLine: number; lines: string[] };
  /** sha256 of (control, file, document index, JSON pointer): stable when lines move. */
  fingerprint: string;
  /**
   * The other side(s) of a contradiction, when the rule names them (at most 20): each position with a short label.
   * Not part of the fingerprint. A deployment config's finding may point into its vendor manifest here.
   */
  related?: RelatedLocation[];
  /** Present when a waiver accepts this finding: it still costs its points, but does not fail the gate. */
  waiver?: { file: string; line: number; reason: string; owner: string; ticket?: string; expires: string };
  /** Present when a baseline was given. */
  baselineState?: 'new' | 'unchanged';
}

/** A position a finding also reports, with what is there ("declared here: privilege user"). */
export interface RelatedLocation {
  /** One line, at most 2,000 characters. */
  message: string;
  location: SourceLocation;
}

export interface SourceLocation {
  file: string;
  documentIndex: number;
  /** JSON Pointer into the document. */
  pointer: string;
  region: Range;
}

export interface Gate {
  passed: boolean;
  failOn: Severity | 'none';
  minScore?: number;
  minLevel?: number;
  /** Only findings new since the baseline count against --fail-on. */
  failOnNew?: boolean;
  /** Why the gate failed, one line each. */
  reasons: string[];
}

export interface Reference {
  title: string;
  url?: string;
}

/** A framework task or control a control maps to, e.g. NIST-SSDF PW.8.2. */
export interface Mapping {
  framework: string;
  id: string;
  title?: string;
}

export const severityOrder: Severity[] = ['critical', 'high', 'medium', 'low'];
