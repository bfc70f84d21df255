import type { TrustPolicy } from '../evidence/trust-policy.js';
import type { Problem, Range } from '../model/problem.js';
import type { ObservedRollout } from '../model/report.js';

/**
 * The artifacts stage (DESIGN §9): facts read from what the vendor really ships and runs — a driver package's INF,
 * an SBOM, build provenance, the release system's history, a source tree — set beside what its manifest claims.
 * Each kind of artifact is one folder behind this interface:
 * - `recognise` looks at a file's name and first bytes, and claims it or not (cheap: it runs on every evidence file);
 * - `read` turns the bytes into plain facts, each with its position in the artifact, or positioned problems —
 *   untrusted input, bounded while it is read, never thrown;
 * - `observe` sets the facts beside one manifest and says, claim by claim (a JSON Pointer into the manifest),
 *   whether the artifact shows the claimed value (observed) or another one (contradicted).
 * Facts are plain data; readers run once per run, before the batch, in the main thread, and their observations
 * travel to the worker threads with the evidence (EvidenceFiles.observations).
 */
export interface ArtifactReader<Facts = unknown> {
  /** Short name of the kind, used in messages and reports: "Windows driver package (INF)". */
  readonly title: string;
  /** Machine name of the kind: `windows-inf`. */
  readonly kind: string;
  recognise(name: string, head: string): boolean;
  read(file: ArtifactFile, context?: ArtifactContext): { facts?: Facts; problems: Problem[] };
  observe(facts: Facts, manifest: ManifestView): Observation[];
  /** For kinds that record rollouts (a release history): the releases as the report's timeline shows them. */
  timeline?(facts: Facts, manifest: ManifestView): ObservedRollout[];
  /**
   * For kinds that can be signed (a DSSE envelope): the name of the reader's trust-policy key whose signature over
   * the whole artifact verified, within that key's scope for this manifest; undefined when none did.
   */
  signer?(facts: Facts, manifest: ManifestView): string | undefined;
}

/**
 * What a reader may know of the run besides the artifact: the reader's trust policy (whose keys' signatures count —
 * never the vendor's word), the as-of date, and the evidence files by digest (an artifact that names others by
 * SHA-256, like build provenance's subjects, can say which of them the evidence holds).
 */
export interface ArtifactContext {
  policy?: TrustPolicy;
  asOf?: string;
  evidence?: readonly { name: string; sha256: string }[];
}

/**
 * How an artifact reached ringfence, which decides what its support is worth (its contradictions always count):
 * - `evidence`: a file of the evidence folder or archive — the bundle the vendor handed over;
 * - `command-line`: named by the reader with `--artifact` (a buyer's copy from its own test host, say);
 * - `manifest-path`: named by the manifest itself (`evidence[].path`, read with `--sources`).
 */
export type ArtifactOrigin = 'evidence' | 'command-line' | 'manifest-path';

/** An artifact's bytes and where it came from (the evidence folder or archive, or the command line). */
export interface ArtifactFile {
  /** As reports show it: `bundle.tgz!/driver/acme.inf`, `evidence/acme.inf`. */
  file: string;
  bytes: Buffer;
  sha256: string;
  /** Where it came from; `evidence` when not said. */
  origin?: ArtifactOrigin;
}

/**
 * Why an artifact's support counts, or that it does not (DESIGN §9; src/artifacts/index.ts decides):
 * - `pinned`: the manifest committed to this very file — its evidence list pins the SHA-256, or names it by path;
 * - `signed`: a key of the reader's trust policy signed it (a release system's or builder's key);
 * - `given`: the reader named it on the command line (`--artifact`, or the source folders of `--sources`);
 * - `unpinned`: a file the vendor handed over that nothing ties to the manifest — anyone could have written it for
 *   the occasion. Its contradictions count (the vendor's own file disagrees with it); its support lifts nothing.
 */
export type ObservationBasis = 'pinned' | 'signed' | 'given' | 'unpinned';

/** What an observer may read of a manifest: its value, read-only. */
export interface ManifestView {
  value: unknown;
  file: string;
  documentIndex: number;
}

/** A position in an artifact (1-based line and column), for findings and SARIF related locations. */
export interface ArtifactPosition {
  file: string;
  region: Range;
}

/** One claim of a manifest set beside an artifact. */
export interface Observation {
  /** The claim (a JSON Pointer into the manifest). An observation covers the claim and everything under it. */
  claim: string;
  result: 'observed' | 'contradicted';
  /** What the artifact shows, in words: `StartType 0 (boot start)`. One line, at most 300 characters. */
  observed: string;
  /** The artifact kind's title, and where in it the value is. */
  artifact: { kind: string; title: string; at: ArtifactPosition };
}

/** An observation about one manifest document of the run (like a signed statement's target). */
export interface TargetedObservation extends Observation {
  target: { file: string; documentIndex: number };
  /** Why its support counts (or does not); see ObservationBasis. The source-tree census is always `given`. */
  basis: ObservationBasis;
  /** The trust-policy key that signed the artifact, when basis is `signed`. */
  signer?: string;
}

/** A manifest document's observed rollouts (like TargetedObservation). */
export interface TargetedRollouts {
  target: { file: string; documentIndex: number };
  rollouts: ObservedRollout[];
}

/** A range covering one line from `column` for `length` characters. */
export function lineRange(line: number, column: number, length: number): Range {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + Math.max(1, length) };
}

/** A problem in an artifact, positioned when a position is known. */
export function artifactProblem(file: string, code: string, message: string, range?: Range, severity: Problem['severity'] = 'error'): Problem {
  return { severity, code, file, message, ...(range ? { range } : {}) };
}
