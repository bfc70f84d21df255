import type { Problem } from '../model/problem.js';
import { artifactKindOf } from './kinds.js';
import type { ArtifactContext, ArtifactFile, ManifestView, TargetedObservation, TargetedRollouts } from './types.js';

export type { ArtifactContext, ArtifactFile, ArtifactReader, Observation, TargetedObservation, TargetedRollouts } from './types.js';

/** A vendor manifest of the run, as the artifacts stage needs it: its value and what ties an artifact to it. */
export interface ArtifactTarget extends ManifestView {
  /** SHA-256s its evidence list pins. */
  pinned: ReadonlySet<string>;
}

/**
 * Reads every artifact and sets it beside the manifests it concerns. An artifact concerns a manifest when the
 * manifest's evidence list pins its SHA-256 (the vendor committed to that very file), or when the run checks one
 * vendor manifest only. With several manifests and no pin, the artifact is not used, and a warning says how to tie
 * it. Never throws: an artifact that cannot be read is a problem, and the rest of the run goes on.
 */
export async function readArtifacts(files: readonly ArtifactFile[], targets: readonly ArtifactTarget[], context: ArtifactContext = {}): Promise<{ observations: TargetedObservation[]; rollouts: TargetedRollouts[]; problems: Problem[]; read: { file: string; kind: string }[] }> {
  const observations: TargetedObservation[] = [];
  const rollouts: TargetedRollouts[] = [];
  const problems: Problem[] = [];
  const read: { file: string; kind: string }[] = [];
  for (const file of files) {
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
      try {
        seen = reader.observe(result.facts, t);
        if (reader.timeline) timeline = reader.timeline(result.facts, t);
      } catch (error) {
        problems.push({ severity: 'error', code: 'artifact-reader', file: file.file, message: `the ${reader.title} reader failed on this file and it was not used: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      for (const o of seen) observations.push({ ...o, observed: oneLine(o.observed), target: { file: t.file, documentIndex: t.documentIndex } });
      if (timeline.length) rollouts.push({ target: { file: t.file, documentIndex: t.documentIndex }, rollouts: timeline });
    }
  }
  return { observations, rollouts, problems, read };
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}
