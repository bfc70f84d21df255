import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { hashRegularFile, inside } from '../attest/subjects.js';
import { defaultLimits, type LoadLimits } from '../load/limits.js';
import { compareStrings, describeFsError, displayPath } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { TargetedObservation, TargetedRollouts } from '../artifacts/types.js';
import type { Vouch } from './vouches.js';

/**
 * The evidence files a reader was handed (`--evidence DIR`), as digests: plain data, so that worker threads get
 * it with their options. Only regular files inside DIR are read — a symbolic link is followed only when its
 * target stays inside DIR, a FIFO or device is never opened for reading — each within the input size limit.
 */
export interface EvidenceFiles {
  /** DIR as given (for messages). */
  dir: string;
  /** Every file read, by its path relative to DIR (with `/`), in name order. */
  files: { name: string; sha256: string }[];
  /**
   * The signed statements among the files that verified against the reader's trust policy (--trust-policy), each
   * about one manifest document of the run (src/evidence/vouches.ts). Absent without a policy.
   */
  vouches?: Vouch[];
  /**
   * What the vendor's own artifacts among the files (or named with --artifact) show about claims of the manifests
   * being checked (src/artifacts): each observation supports (observed) or contradicts one claim.
   */
  observations?: TargetedObservation[];
  /** The releases a release history shows, per manifest document, for the report's timeline (Subject.observedRollouts). */
  rollouts?: TargetedRollouts[];
  /** No evidence folder was given, only artifacts (--artifact): evidence entries are not matched against files. */
  noFiles?: true;
}

/** Most files one evidence folder may hold; the rest are not read (and said so). */
export const maxEvidenceFiles = 10_000;
/** Most bytes read from one evidence folder in all (each file is also held to the input size limit). */
export const maxEvidenceBytes = 1024 * 1024 * 1024;

/** Reads and hashes the files of an evidence folder. Never throws: what cannot be read is a problem. */
export function readEvidenceDir(dir: string, limits: LoadLimits = defaultLimits): { evidence: EvidenceFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const evidence: EvidenceFiles = { dir, files: [] };
  let root: string;
  try {
    root = realpathSync(dir);
    if (!lstatSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    problems.push({ severity: 'error', code: 'evidence-dir', file: displayPath(dir), message: `--evidence needs a folder of evidence files or an archive of them (.tar, .tar.gz, .tgz, .zip): ${describeFsError(error)}` });
    return { evidence, problems };
  }
  const visited = new Set([root]);
  let bytes = 0;
  let stopped = false;
  const walk = (real: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (error) {
      problems.push({ severity: 'error', code: 'evidence-unreadable', file: displayPath(path.join(dir, rel)), message: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      const shown = displayPath(path.join(dir, name));
      if (stopped) return;
      if (evidence.files.length >= maxEvidenceFiles) {
        problems.push({ severity: 'error', code: 'evidence-limit', file: displayPath(dir), message: `more than ${maxEvidenceFiles} files in the evidence folder; the rest are not read` });
        stopped = true;
        return;
      }
      let target: string;
      try {
        target = realpathSync(path.join(real, entry.name));
      } catch (error) {
        problems.push({ severity: 'warning', code: 'evidence-unreadable', file: shown, message: `broken or looping symbolic link (${describeFsError(error)}); not read` });
        continue;
      }
      if (!inside(target, root)) {
        problems.push({ severity: 'warning', code: 'evidence-outside', file: shown, message: 'a symbolic link to a file outside the evidence folder; not read' });
        continue;
      }
      let st;
      try {
        st = lstatSync(target);
      } catch (error) {
        problems.push({ severity: 'warning', code: 'evidence-unreadable', file: shown, message: describeFsError(error) });
        continue;
      }
      if (st.isDirectory()) {
        if (visited.has(target)) continue;
        visited.add(target);
        walk(target, name);
        continue;
      }
      if (st.isFile() && bytes + st.size > maxEvidenceBytes) {
        problems.push({ severity: 'error', code: 'evidence-limit', file: displayPath(dir), message: `the evidence folder holds more than ${maxEvidenceBytes} bytes; the files from ${name} on are not read` });
        stopped = true;
        return;
      }
      if (st.isFile()) bytes += st.size;
      const h = hashRegularFile(target, limits.maxFileBytes);
      if (h.sha256 === undefined) {
        problems.push({ severity: 'warning', code: 'evidence-unreadable', file: shown, message: `${h.message ?? 'cannot be read'}` });
        continue;
      }
      evidence.files.push({ name, sha256: h.sha256 });
    }
  };
  walk(root, '');
  return { evidence, problems };
}
