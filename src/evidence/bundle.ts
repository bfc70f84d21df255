import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, realpathSync, constants } from 'node:fs';
import path from 'node:path';
import { hashRegularFile, inside } from '../attest/subjects.js';
import { defaultLimits, type LoadLimits } from '../load/limits.js';
import { resolvesPointer } from '../load/pointer.js';
import { artifactKindOf, artifactKindTitles, isSlsaProvenanceEnvelope, signedHistoryName, type ArtifactFile } from '../artifacts/kinds.js';
import { describeFsError, displayPath, formatBytes, loadInputText, readTextFile, expandPaths } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import { archiveKindOf, readArchive } from './archive.js';
import { readEvidenceDir, type EvidenceFiles } from './files.js';
import type { TrustPolicy } from './trust-policy.js';
import { looksLikeEnvelope, readVouches, type BundleEntry, type ManifestRef } from './vouches.js';

/**
 * What `check --evidence` hands the engine, read once before the batch: the evidence files as digests (a folder, or
 * an archive read in memory — nothing is extracted) and the signed statements among them, verified against the
 * reader's trust policy and the manifests being checked. The result is plain data, so worker threads get it with
 * their options.
 */
export async function readEvidence(
  given: string | undefined,
  policy: TrustPolicy | undefined,
  inputs: readonly string[],
  asOf: string,
  limits: LoadLimits = defaultLimits,
  /** Artifact files named on the command line (--artifact), read beside those found in the evidence. */
  artifactPaths: readonly string[] = [],
  /** Count the languages of the source folders the manifests' components name (check --sources). */
  sources = false,
): Promise<{ evidence: EvidenceFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  let evidence: EvidenceFiles;
  let envelopes: BundleEntry[];
  const artifacts: ArtifactFile[] = [];
  if (given === undefined) {
    evidence = { dir: '', files: [], noFiles: true };
    envelopes = [];
  } else if (archiveKindOf(given) !== undefined) {
    const read = await readArchive(given);
    problems.push(...read.problems);
    evidence = { dir: displayPath(given), files: read.files.map((f) => ({ name: f.name, sha256: f.sha256 })) };
    envelopes = read.files.filter((f) => !signedHistoryName.test(f.name) && looksLikeEnvelope(f.bytes) && !isSlsaProvenanceEnvelope(f.bytes)).map((f) => ({ name: f.name, bytes: f.bytes }));
    for (const f of read.files) if (artifactKindOf(f.name, f.bytes) !== undefined) artifacts.push({ file: `${displayPath(given)}!/${f.name}`, bytes: f.bytes, sha256: f.sha256, origin: 'evidence' });
  } else {
    const read = readEvidenceDir(given, limits);
    problems.push(...read.problems);
    evidence = read.evidence;
    envelopes = [];
    let root: string | undefined;
    try {
      root = realpathSync(given);
    } catch {
      root = undefined;
    }
    for (const f of read.evidence.files) {
      if (root === undefined) break;
      const envelope = reopenInside(path.join(given, f.name), root, 16 * 1024 * 1024, (head) => /^\s*\{/.test(head.toString('utf8')) && head.includes('"payloadType"'));
      if (envelope && !signedHistoryName.test(f.name) && looksLikeEnvelope(envelope) && !isSlsaProvenanceEnvelope(envelope)) envelopes.push({ name: f.name, bytes: envelope });
      const artifact = reopenInside(path.join(given, f.name), root, limits.maxFileBytes, (head) => artifactKindOf(f.name, head) !== undefined);
      if (artifact) artifacts.push({ file: displayPath(path.join(given, f.name)), bytes: artifact, sha256: f.sha256, origin: 'evidence' });
    }
  }
  for (const p of artifactPaths) {
    const bytes = readArtifactArgument(p, limits.maxFileBytes, problems);
    if (bytes === undefined) continue;
    if (artifactKindOf(path.basename(p), bytes) === undefined) {
      problems.push({ severity: 'error', code: 'artifact-kind', file: displayPath(p), message: `--artifact: ringfence reads no artifact of this kind (it reads: ${artifactKindTitles().join('; ')})` });
      continue;
    }
    artifacts.push({ file: displayPath(p), bytes, sha256: createHash('sha256').update(bytes).digest('hex'), origin: 'command-line' });
  }
  const needManifests = envelopes.length > 0 && policy !== undefined;
  const manifests = needManifests || artifacts.length > 0 || sources ? manifestRefs(inputs, limits) : [];
  if (envelopes.length > 0) {
    const read = readVouches(envelopes, policy, needManifests ? manifests : [], asOf);
    problems.push(...read.problems);
    if (read.vouches.length) evidence.vouches = read.vouches;
  }
  if (sources) {
    // The files the manifests name in their own repository (evidence[].path) are artifacts of those manifests:
    // each is tied to its manifest as if the manifest pinned it.
    for (const m of manifests) {
      for (const f of manifestPathArtifacts(m.file, m.value, limits, problems)) {
        artifacts.push(f);
        const pinned = new Set(m.pinned ?? []);
        pinned.add(f.sha256);
        m.pinned = pinned;
      }
    }
  }
  if (artifacts.length > 0) {
    // Loaded only when an artifact is present: the readers and their libraries cost a plain check nothing.
    const { readArtifacts } = await import('../artifacts/index.js');
    const read = await readArtifacts(
      artifacts,
      manifests.map((m) => ({ file: m.file, documentIndex: m.documentIndex ?? 0, value: m.value, pinned: m.pinned ?? new Set<string>() })),
      { ...(policy ? { policy } : {}), asOf, evidence: evidence.files },
    );
    problems.push(...read.problems);
    if (read.observations.length) evidence.observations = read.observations;
    if (read.rollouts.length) evidence.rollouts = read.rollouts;
  }
  if (sources) {
    // Loaded only with --sources: the census library is the heaviest reader.
    const { observeSources } = await import('../artifacts/source-tree/index.js');
    for (const m of manifests) {
      const read = await observeSources({ file: m.file, documentIndex: m.documentIndex ?? 0, value: m.value, path: m.file });
      problems.push(...read.problems);
      if (read.observations.length) evidence.observations = [...(evidence.observations ?? []), ...read.observations.map((o) => ({ ...o, target: { file: m.file, documentIndex: m.documentIndex ?? 0 }, basis: 'given' as const }))];
    }
  }
  return { evidence, problems };
}

/** A file named with --artifact: a regular file within the size limit, or a problem. */
function readArtifactArgument(p: string, maxBytes: number, problems: Problem[]): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    problems.push({ severity: 'error', code: 'artifact-unreadable', file: displayPath(p), message: `--artifact: ${describeFsError(error)}` });
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      problems.push({ severity: 'error', code: 'artifact-unreadable', file: displayPath(p), message: '--artifact needs a regular file (a folder, device or pipe is not read)' });
      return undefined;
    }
    if (st.size > maxBytes) {
      problems.push({ severity: 'error', code: 'artifact-too-large', file: displayPath(p), message: `--artifact: the file is ${formatBytes(st.size)}; at most ${formatBytes(maxBytes)} is read` });
      return undefined;
    }
    return readAll(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return bytes.subarray(0, at);
}

/**
 * A folder file's bytes when its first bytes pass `wanted` (a DSSE envelope, an artifact). The file is opened again
 * after the folder walk, so it is located again the same way: its real path must still lie inside the evidence
 * folder, and that path is opened without following a link (a link swapped in meanwhile is not).
 */
function reopenInside(file: string, root: string, maxBytes: number, wanted: (head: Buffer) => boolean): Buffer | undefined {
  let fd: number;
  try {
    const real = realpathSync(file);
    if (!inside(real, root)) return undefined;
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const head = Buffer.alloc(Math.min(st.size, 4096));
    readSync(fd, head, 0, head.length, 0);
    if (!wanted(head)) return undefined;
    return readAll(fd, st.size);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The vendor manifests among the inputs, as statements about them need them: the sha-256 of each file's bytes (what
 * `ringfence vouch` signs), each document's vendor, and pointer resolution. Read problems are left to the check,
 * which reads the same files.
 */
export function manifestRefs(inputs: readonly string[], limits: LoadLimits = defaultLimits): ManifestRef[] {
  const refs: ManifestRef[] = [];
  const { files, explicit } = expandPaths(inputs, limits);
  for (const file of files) {
    const { text } = readTextFile(file, limits);
    if (text === undefined) continue;
    const h = hashRegularFile(file, limits.maxFileBytes);
    if (h.sha256 === undefined) continue;
    const { documents } = loadInputText(text, displayPath(file), limits, !explicit.has(file));
    for (const doc of documents) {
      if (doc.kind !== 'VendorManifest') continue;
      const meta = (doc.value as Record<string, unknown>)['metadata'];
      const vendor = meta !== null && typeof meta === 'object' ? (meta as Record<string, unknown>)['vendor'] : undefined;
      const value = doc.value;
      refs.push({
        file: doc.file,
        documentIndex: doc.documentIndex,
        sha256: h.sha256,
        value,
        pinned: pinnedDigests(value),
        ...(typeof vendor === 'string' ? { vendor } : {}),
        resolves: (pointer) => resolvesPointer(value, pointer),
      });
    }
  }
  return refs;
}

/** The SHA-256s a manifest's evidence list pins. */
function pinnedDigests(value: unknown): Set<string> {
  const out = new Set<string>();
  const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['evidence'] : undefined;
  if (!Array.isArray(list)) return out;
  for (const e of list) {
    const sha = e !== null && typeof e === 'object' ? (e as Record<string, unknown>)['sha256'] : undefined;
    if (typeof sha === 'string') out.add(sha.toLowerCase());
  }
  return out;
}

/**
 * The artifact files a manifest names by path in its evidence list (evidence[].path, relative to the manifest): each
 * must resolve inside the manifest's folder (no "..", no link out), be a regular file within the size limit, and be
 * of a kind ringfence reads; a pinned sha256 that does not match is an error. Read with `check --sources`.
 */
function manifestPathArtifacts(manifestFile: string, value: unknown, limits: LoadLimits, problems: Problem[]): ArtifactFile[] {
  const out: ArtifactFile[] = [];
  const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['evidence'] : undefined;
  if (!Array.isArray(list)) return out;
  let base: string;
  try {
    base = realpathSync(path.dirname(manifestFile));
  } catch {
    return out;
  }
  list.forEach((e, i) => {
    const rel = e !== null && typeof e === 'object' ? (e as Record<string, unknown>)['path'] : undefined;
    if (typeof rel !== 'string') return;
    const file = path.join(path.dirname(manifestFile), rel);
    const shown = displayPath(file);
    const where = `evidence[${i}].path ${JSON.stringify(rel.slice(0, 200))} of ${manifestFile}`;
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      problems.push({ severity: 'error', code: 'evidence-path', file: shown, message: `${where}: ${describeFsError(error)}` });
      return;
    }
    if (!inside(real, base)) {
      problems.push({ severity: 'error', code: 'evidence-path', file: shown, message: `${where}: the file resolves outside the manifest's folder (${base}), so it is not read` });
      return;
    }
    const bytes = readArtifactArgument(real, limits.maxFileBytes, problems);
    if (bytes === undefined) return;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const pinned = (e as Record<string, unknown>)['sha256'];
    if (typeof pinned === 'string' && pinned.toLowerCase() !== sha256) {
      problems.push({ severity: 'error', code: 'evidence-mismatch', file: shown, message: `${where}: the file has SHA-256 ${sha256}, not the ${pinned} the entry pins` });
      return;
    }
    if (artifactKindOf(path.basename(rel), bytes) === undefined) return;
    out.push({ file: shown, bytes, sha256, origin: 'manifest-path' });
  });
  return out;
}
