import { closeSync, fstatSync, openSync, readSync, realpathSync, constants } from 'node:fs';
import path from 'node:path';
import { hashRegularFile, inside } from '../attest/subjects.js';
import { defaultLimits, type LoadLimits } from '../load/limits.js';
import { resolvesPointer } from '../load/pointer.js';
import { displayPath, loadInputText, readTextFile, expandPaths } from '../load/read-inputs.js';
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
  given: string,
  policy: TrustPolicy | undefined,
  inputs: readonly string[],
  asOf: string,
  limits: LoadLimits = defaultLimits,
): Promise<{ evidence: EvidenceFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  let evidence: EvidenceFiles;
  let envelopes: BundleEntry[];
  if (archiveKindOf(given) !== undefined) {
    const read = await readArchive(given);
    problems.push(...read.problems);
    evidence = { dir: displayPath(given), files: read.files.map((f) => ({ name: f.name, sha256: f.sha256 })) };
    envelopes = read.files.filter((f) => looksLikeEnvelope(f.bytes)).map((f) => ({ name: f.name, bytes: f.bytes }));
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
      const bytes = envelopeBytes(path.join(given, f.name), root);
      if (bytes) envelopes.push({ name: f.name, bytes });
    }
  }
  if (envelopes.length === 0) return { evidence, problems };
  const manifests = policy ? manifestRefs(inputs, limits) : [];
  const read = readVouches(envelopes, policy, manifests, asOf);
  problems.push(...read.problems);
  if (read.vouches.length) evidence.vouches = read.vouches;
  return { evidence, problems };
}

/**
 * A folder file's bytes when it looks like a DSSE envelope (a JSON object naming payloadType), else undefined. The
 * file is opened again after the folder walk, so it is located again the same way: its real path must still lie
 * inside the evidence folder, and that path is opened without following a link (a link swapped in meanwhile is not).
 */
function envelopeBytes(file: string, root: string): Buffer | undefined {
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
    if (!st.isFile() || st.size > 16 * 1024 * 1024) return undefined;
    const head = Buffer.alloc(Math.min(st.size, 4096));
    readSync(fd, head, 0, head.length, 0);
    if (!/^\s*\{/.test(head.toString('utf8')) || !head.includes('"payloadType"')) return undefined;
    const bytes = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, bytes, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    const all = bytes.subarray(0, at);
    return looksLikeEnvelope(all) ? all : undefined;
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
        ...(typeof vendor === 'string' ? { vendor } : {}),
        resolves: (pointer) => resolvesPointer(value, pointer),
      });
    }
  }
  return refs;
}
