import type { Problem } from '../model/problem.js';
import { artifactKindOf } from './kinds.js';
import type { ArtifactContext, ArtifactFile, ManifestView, ObservationBasis, TargetedObservation, TargetedRollouts } from './types.js';

export type { ArtifactContext, ArtifactFile, ArtifactOrigin, ArtifactReader, Observation, ObservationBasis, TargetedObservation, TargetedRollouts } from './types.js';

/** A vendor manifest of the run, as the artifacts stage needs it: its value and what ties an artifact to it. */
export interface ArtifactTarget extends ManifestView {
  /** SHA-256s its evidence list pins. */
  pinned: ReadonlySet<string>;
}

/**
 * Reads every artifact and sets it beside the manifests it concerns. An artifact concerns a manifest when the
 * manifest's evidence list pins its SHA-256 (the vendor committed to that very file), or when the run checks one
 * vendor manifest only. With several manifests and no pin, the artifact is not used, and a warning says how to tie
 * it. Each observation carries its basis: an unpinned, unsigned file of the vendor's bundle contradicts, but its
 * support lifts nothing (a warning says so). Never throws: an artifact that cannot be read is a problem, and the
 * rest of the run goes on.
 */
export async function readArtifacts(files: readonly ArtifactFile[], targets: readonly ArtifactTarget[], context: ArtifactContext = {}): Promise<{ observations: TargetedObservation[]; rollouts: TargetedRollouts[]; problems: Problem[]; read: { file: string; kind: string }[] }> {
  const observations: TargetedObservation[] = [];
  const rollouts: TargetedRollouts[] = [];
  const problems: Problem[] = [];
  const read: { file: string; kind: string }[] = [];
  const shaOf = new Map<string, string>();
  for (const file of files) {
    shaOf.set(file.file, file.sha256);
    const kind = artifactKindOf(file.file, file.bytes);
    if (!kind) continue;
    const reader = await kind.load();
    let result: ReturnType<typeof reader.read>;
    try {
      result = reader.read(file, context);
    } catch (error) {
      // A reader bug must not cost the run: the artifact is reported unread.
      problems.push({ severity: 'error', code: 'artifact-reader', file: file.file, message: `the ${reader.title} reader failed on this file and it was not used: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    problems.push(...result.problems);
    if (result.facts === undefined) continue;
    read.push({ file: file.file, kind: reader.kind });
    const tied = targets.filter((t) => t.pinned.has(file.sha256));
    const concerned = tied.length > 0 ? tied : targets.length === 1 ? targets : [];
    if (concerned.length === 0) {
      problems.push({
        severity: 'warning',
        code: 'artifact-untied',
        file: file.file,
        message:
          targets.length === 0
            ? 'no vendor manifest among the inputs for this artifact to be set beside'
            : `${targets.length} vendor manifests are checked and none pins this artifact's SHA-256 (${file.sha256}) in its evidence list, so it is not used: add an evidence entry for it to the manifest it belongs to`,
      });
      continue;
    }
    for (const t of concerned) {
      let seen: ReturnType<typeof reader.observe>;
      let timeline: ReturnType<NonNullable<typeof reader.timeline>> = [];
      let signer: string | undefined;
      try {
        seen = reader.observe(result.facts, t);
        if (reader.timeline) timeline = reader.timeline(result.facts, t);
        if (reader.signer) signer = reader.signer(result.facts, t);
      } catch (error) {
        problems.push({ severity: 'error', code: 'artifact-reader', file: file.file, message: `the ${reader.title} reader failed on this file and it was not used: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      const basis = basisOf(file, t, signer);
      for (const o of seen) observations.push({ ...o, observed: oneLine(o.observed), target: { file: t.file, documentIndex: t.documentIndex }, basis, ...(basis === 'signed' && signer ? { signer } : {}) });
      if (timeline.length) rollouts.push({ target: { file: t.file, documentIndex: t.documentIndex }, rollouts: timeline });
      const supports = seen.filter((o) => o.result === 'observed').length;
      if (basis === 'unpinned' && supports > 0) {
        problems.push({
          severity: 'warning',
          code: 'artifact-unpinned',
          file: file.file,
          message: `shows ${supports} claim(s) of ${t.file} as declared, but nothing ties this file to that manifest, so they are not lifted to observed: pin its SHA-256 (${file.sha256}) in the manifest's evidence list, sign it with a trust-policy key, or name it with --artifact (a file handed over with a manifest could have been written for the occasion; its contradictions count all the same)`,
        });
      }
    }
  }
  return { observations: settleSbomFormats(observations, targets, shaOf, problems), rollouts, problems, read };
}

const sbomFormatClaim = '/memorySafety/sbom/format';

/**
 * A vendor may publish its SBOM in both formats, so an SBOM in the other format is not by itself a contradiction of
 * `memorySafety.sbom.format` when an SBOM in the declared format is there too, with support that counts (pinned,
 * signed or given): it is taken as a second SBOM of the release, and a warning says so. It still contradicts when the
 * manifest ties that very file to its declared SBOM — an evidence entry pinning its SHA-256 under `/memorySafety/sbom`
 * (or above), or at the declared SBOM's URL — or when nothing in the declared format supports the declaration (an
 * unpinned file lifts nothing, so it cannot excuse one either).
 */
function settleSbomFormats(observations: TargetedObservation[], targets: readonly ArtifactTarget[], shaOf: ReadonlyMap<string, string>, problems: Problem[]): TargetedObservation[] {
  const isFormat = (o: TargetedObservation) => o.artifact.kind === 'sbom' && o.claim === sbomFormatClaim;
  if (!observations.some((o) => isFormat(o) && o.result === 'contradicted')) return observations;
  const dropped = new Set<TargetedObservation>();
  for (const t of targets) {
    const mine = observations.filter((o) => isFormat(o) && o.target.file === t.file && o.target.documentIndex === t.documentIndex);
    const support = mine.find((o) => o.result === 'observed' && o.basis !== 'unpinned');
    if (!support) continue;
    for (const o of mine) {
      if (o.result !== 'contradicted' || tiedToDeclaredSbom(t, shaOf.get(o.artifact.at.file))) continue;
      dropped.add(o);
      problems.push({
        severity: 'warning',
        code: 'artifact-other-sbom',
        file: o.artifact.at.file,
        range: o.artifact.at.region,
        message: `${o.observed.replace(/^the SBOM is /, 'this SBOM is ')}; ${support.artifact.at.file} is in the declared format and supports ${t.file}'s declaration, so this one is taken as another SBOM of the release, not a contradiction (pin its SHA-256 under /memorySafety/sbom if it is the declared one)`,
      });
    }
  }
  return dropped.size === 0 ? observations : observations.filter((o) => !dropped.has(o));
}

/** Whether the manifest's evidence list pins this SHA-256 as its declared SBOM: under memorySafety.sbom (or above), or at its URL. */
function tiedToDeclaredSbom(t: ArtifactTarget, sha256: string | undefined): boolean {
  if (sha256 === undefined) return false;
  const m = isRecord(t.value) ? t.value : {};
  const ms = isRecord(m['memorySafety']) ? m['memorySafety'] : {};
  const url = isRecord(ms['sbom']) ? ms['sbom']['url'] : undefined;
  const evidence = Array.isArray(m['evidence']) ? (m['evidence'] as unknown[]) : [];
  return evidence.some((e) => {
    if (!isRecord(e) || typeof e['sha256'] !== 'string' || e['sha256'].toLowerCase() !== sha256.toLowerCase()) return false;
    const claim = e['claim'];
    if (typeof claim === 'string' && ['', '/', '/memorySafety', '/memorySafety/sbom', sbomFormatClaim].includes(claim)) return true;
    return typeof url === 'string' && e['url'] === url;
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Why an artifact's support counts for one manifest (see ObservationBasis): the manifest pinned it or named it, a
 * trust-policy key signed it, or the reader named it; else it is an unpinned file of the vendor's bundle.
 */
function basisOf(file: ArtifactFile, target: ArtifactTarget, signer: string | undefined): ObservationBasis {
  if (file.origin === 'manifest-path' || target.pinned.has(file.sha256)) return 'pinned';
  if (signer !== undefined) return 'signed';
  if (file.origin === 'command-line') return 'given';
  return 'unpinned';
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}
