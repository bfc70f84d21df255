import { compileGlob } from '../engine/glob.js';
import { detach } from '../util/detach.js';
import { openSync, readSync, closeSync, fstatSync, readdirSync, realpathSync, statSync, constants } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model/problem.js';
import { defaultLimits, type LoadLimits } from './limits.js';
import { parseYamlText, type ParsedDocument } from './parse-yaml.js';
import type { DocumentOrigins } from './locate.js';

export const documentKinds = ['VendorManifest', 'DeploymentConfig'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const apiVersion = 'ringfence.dev/v1';

/** ringfence kinds that go with a check rather than into it, and how to give each. */
const companionKinds: Readonly<Record<string, string>> = {
  ReleaseHistory: 'it is an artifact of the vendor, set beside its manifest with --artifact FILE or in --evidence',
  TrustPolicy: "it is the reader's list of trusted keys, given with --trust-policy FILE",
  DeploymentOverlay: 'it completes the foreign files (Kubernetes manifests) that `ringfence check` and `ringfence import` map, beside it or named by its appliesTo (docs/importers.md)',
};

/** A parsed input document whose `kind` is known. */
export interface InputDocument extends ParsedDocument {
  kind: DocumentKind;
  /** Of a document mapped from foreign files (src/import): where each value came from (see src/load/locate.ts). */
  origins?: DocumentOrigins;
}

/** The file name endings a folder scan reads. */
export const inputExtensions: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json']);

const noExtensions: ReadonlySet<string> = new Set();

/** A folder scan passes over hidden files and folders and node_modules. */
export function skippedByScan(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * A pattern of files and folders to leave out (--ignore, or `ignore:` in a config file): a glob (src/engine/glob.ts,
 * matched without backtracking, as a config file may come from anyone) tested against a path relative to `base`;
 * a pattern that matches a folder leaves out everything in it. Paths outside `base` never match.
 */
export interface IgnoreRule {
  pattern: string;
  /** The absolute folder the pattern is relative to: the config file's, or the working folder for --ignore. */
  base: string;
  /** Where the pattern comes from, for messages: the config file, or `--ignore`. */
  source: string;
}

type IgnoreTest = ((file: string) => IgnoreRule | undefined) & { counts?: Map<IgnoreRule, number> };

function ignoreTest(rules: readonly IgnoreRule[]): IgnoreTest | undefined {
  if (rules.length === 0) return undefined;
  const compiled = rules.map((r) => ({ rule: r, test: compileGlob(r.pattern.replace(/\/+$/, '')) }));
  const counts = new Map<IgnoreRule, number>();
  const test: IgnoreTest = (file) => {
    const abs = path.resolve(file);
    for (const c of compiled) {
      const rel = path.relative(c.rule.base, abs);
      if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) continue;
      if (c.test(rel.split(path.sep).join('/'))) return c.rule;
    }
    return undefined;
  };
  test.counts = counts;
  return test;
}

/**
 * Expands files and directories into a sorted list of input files. Directories are walked recursively for
 * .yaml/.yml/.json files, skipping dot-folders and node_modules; a symbolic link is followed only when its
 * target stays inside the scanned directory, and each real directory is visited once (so loops end).
 */
export function expandPaths(
  paths: readonly string[],
  limits: LoadLimits = defaultLimits,
  ignore: readonly IgnoreRule[] = [],
  /** More file name endings a folder scan collects (the import stage's `.tf`: read by an importer, never as YAML). */
  alsoExtensions: ReadonlySet<string> = noExtensions,
): { files: string[]; problems: Problem[]; explicit: Set<string> } {
  const files = new Set<string>();
  const explicit = new Set<string>();
  const problems: Problem[] = [];
  const ignored = ignoreTest(ignore);
  for (const given of paths) {
    // Named on the command line and ignored all the same: skipped, with a warning that says why (as ESLint does),
    // so that a pattern never drops a file without a word.
    const rule = ignored?.(given);
    if (rule) {
      problems.push({
        severity: 'warning',
        code: 'input-ignored',
        file: displayPath(given),
        message: `ignored because of a matching ignore pattern ("${rule.pattern}" from ${rule.source}); use --no-ignore to check it`,
      });
      continue;
    }
    let st;
    try {
      st = statSync(given);
    } catch (error) {
      problems.push({ severity: 'error', code: 'input-missing', file: displayPath(given), message: describeFsError(error) });
      continue;
    }
    if (st.isDirectory()) {
      const root = realpathSync(given);
      walkDirectory(given, root, new Set([root]), files, problems, limits, ignored, alsoExtensions);
    } else {
      files.add(given);
      explicit.add(given);
    }
  }
  // What a config file's patterns left out of the folders is said, once: the file is its author's, who may not be
  // the one running the check. (--ignore patterns are the runner's own and are not reported.)
  const fromFiles = [...(ignored?.counts ?? [])].filter(([r]) => r.source !== '--ignore');
  for (const source of [...new Set(fromFiles.map(([r]) => r.source))]) {
    const mine = fromFiles.filter(([r]) => r.source === source);
    const total = mine.reduce((n, [, c]) => n + c, 0);
    problems.push({
      severity: 'warning',
      code: 'input-ignored',
      file: source,
      message: `its ignore patterns left ${total} file${total === 1 ? '' : 's'} or folder${total === 1 ? '' : 's'} out of the folders checked: ${mine.map(([r, c]) => `"${r.pattern}" (${c})`).join(', ')}; --no-ignore checks them`,
    });
  }
  const sorted = [...files].sort(compareStrings);
  if (sorted.length > limits.maxFiles) {
    problems.push({
      severity: 'error',
      code: 'limit-files',
      message: `${sorted.length} input files exceed the limit of ${limits.maxFiles}; only the first ${limits.maxFiles} are read`,
    });
    sorted.length = limits.maxFiles;
  }
  return { files: sorted, problems, explicit };
}

function walkDirectory(
  dir: string,
  root: string,
  visited: Set<string>,
  files: Set<string>,
  problems: Problem[],
  limits: LoadLimits,
  ignored: IgnoreTest | undefined,
  alsoExtensions: ReadonlySet<string> = noExtensions,
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ severity: 'error', code: 'input-unreadable', file: displayPath(dir), message: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    if (files.size > limits.maxFiles) return;
    const full = path.join(dir, entry.name);
    if (skippedByScan(entry.name)) continue;
    const rule = ignored?.(full);
    if (rule) {
      // Counted when it is something the walk would have read: a folder, a link, or a file named like an input.
      if (entry.isDirectory() || entry.isSymbolicLink() || inputExtensions.has(path.extname(entry.name).toLowerCase())) ignored!.counts?.set(rule, (ignored!.counts.get(rule) ?? 0) + 1);
      continue;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(full);
      } catch (error) {
        problems.push({ severity: 'error', code: 'input-symlink', file: displayPath(full), message: `broken or looping symbolic link (${describeFsError(error)})` });
        continue;
      }
      if (real !== root && !real.startsWith(root + path.sep)) {
        problems.push({
          severity: 'error',
          code: 'input-symlink',
          file: displayPath(full),
          message: 'symbolic link points outside the scanned directory; not followed (name the target itself to check it)',
        });
        continue;
      }
      const st = statSync(real);
      isDir = st.isDirectory();
      isFile = st.isFile();
      if (isDir) {
        if (visited.has(real)) continue;
        visited.add(real);
      }
    } else if (isDir) {
      const real = realpathSync(full);
      if (visited.has(real)) continue;
      visited.add(real);
    }
    if (isDir) walkDirectory(full, root, visited, files, problems, limits, ignored, alsoExtensions);
    else if (inputExtensions.has(path.extname(entry.name).toLowerCase()) || alsoExtensions.has(path.extname(entry.name).toLowerCase())) {
      // Kept for the whole run, one per file: its own copy, not the pieces path.join built it from.
      if (isFile) files.add(detach(full));
      // A FIFO, socket or device named like an input is reported, as it is when named on the command line.
      else problems.push({ severity: 'error', code: 'input-not-file', file: displayPath(full), message: 'not a regular file (a FIFO, socket or device); skipped' });
    }
  }
}

/**
 * The buffer files are read into, reused: a fresh buffer for every file costs its zeroing and, in a batch, page
 * faults on new memory, which worker threads of one process take in turn. Nothing read stays in it: the text
 * is decoded into a string before the next read.
 */
let scratchBuffer: Buffer | undefined;
function scratch(size: number): Buffer {
  if (scratchBuffer === undefined || scratchBuffer.length < size) scratchBuffer = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024, (scratchBuffer?.length ?? 0) * 2));
  return scratchBuffer;
}

/** Reads one file as UTF-8 text within the size limit. Never throws; returns a problem instead. */
/** One decoder for every file: decoding without `stream` keeps no state from one call to the next. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readTextFile(
  file: string,
  limits: LoadLimits = defaultLimits,
): { text?: string; problem?: Problem } {
  // The name shown is worked out only for a problem: most files have none.
  const shown = (): string => displayPath(file);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: { severity: 'error', code: 'input-unreadable', file: shown(), message: describeFsError(error) } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      return { problem: { severity: 'error', code: 'input-not-file', file: shown(), message: 'not a regular file (a FIFO, socket or device); skipped' } };
    }
    if (st.size > limits.maxFileBytes) {
      return {
        problem: {
          severity: 'error',
          code: 'limit-size',
          file: shown(),
          message: `file is ${formatBytes(st.size)}, over the ${formatBytes(limits.maxFileBytes)} limit; skipped`,
        },
      };
    }
    const buffer = scratch(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { problem: { severity: 'error', code: 'input-encoding', file: shown(), range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, message: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' } };
    }
    if (bytes.includes(0)) {
      return { problem: { severity: 'error', code: 'input-binary', file: shown(), message: 'binary file (contains NUL bytes); skipped' } };
    }
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      const at = firstInvalidUtf8(bytes);
      return {
        problem: {
          severity: 'error',
          code: 'input-encoding',
          file: shown(),
          range: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 1 },
          message: `invalid UTF-8 at byte ${at.offset}; the file must be UTF-8 text`,
        },
      };
    }
  } catch (error) {
    return { problem: { severity: 'error', code: 'input-unreadable', file: shown(), message: describeFsError(error) } };
  } finally {
    closeSync(fd);
  }
}

/** Parses and classifies the documents of one text. */
export function loadInputText(
  text: string,
  file: string,
  limits: LoadLimits = defaultLimits,
  /** Found by scanning a folder: documents that are not ringfence documents are skipped, not errors. */
  scanned = false,
): { documents: InputDocument[]; problems: Problem[] } {
  const parsed = parseYamlText(text, file, limits);
  const problems = [...parsed.problems];
  const documents: InputDocument[] = [];
  if (parsed.documents.length === 0 && parsed.problems.length === 0 && !scanned) {
    problems.push({ severity: 'error', code: 'input-empty', file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: 'the file is empty: it contains no YAML or JSON document' });
  }
  for (const doc of parsed.documents) {
    const root = doc.locations.get('')!;
    const v = doc.value;
    const isMapping = v !== null && typeof v === 'object' && !Array.isArray(v);
    const api = isMapping ? (v as Record<string, unknown>)['apiVersion'] : undefined;
    // A folder holds other YAML too (workflows, Kubernetes objects); only ringfence documents are inputs there.
    if (scanned && !(typeof api === 'string' && api.startsWith('ringfence.dev/'))) continue;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      problems.push({
        severity: 'error',
        code: 'input-root',
        file,
        documentIndex: doc.documentIndex,
        range: root.value,
        message: `the document is ${Array.isArray(v) ? 'a sequence' : v === null ? 'empty' : `a ${typeof v}`}; expected a mapping with apiVersion and kind`,
      });
      continue;
    }
    const kind = (v as Record<string, unknown>)['kind'];
    if (kind === 'Waivers') {
      problems.push({ severity: 'warning', code: 'input-waivers', file, documentIndex: doc.documentIndex, range: doc.locations.get('/kind')?.value ?? root.value, message: 'a waiver register is not evaluated; apply it with --waivers' });
      continue;
    }
    // The companions of a check, found in a folder beside the documents (an evidence folder holds the vendor's
    // release history): not documents, and not a mistake there either. Named on the command line, they are.
    const companion = typeof kind === 'string' ? companionKinds[kind] : undefined;
    if (companion !== undefined) {
      if (scanned) continue;
      problems.push({ severity: 'error', code: 'input-kind', file, documentIndex: doc.documentIndex, range: doc.locations.get('/kind')?.value ?? root.value, pointer: '/kind', message: `a ${kind} is not a document to evaluate: ${companion}` });
      continue;
    }
    if (typeof kind === 'string' && (documentKinds as readonly string[]).includes(kind)) {
      documents.push({ ...doc, kind: kind as DocumentKind });
      continue;
    }
    const at = doc.locations.get('/kind');
    problems.push({
      severity: 'error',
      code: 'input-kind',
      file,
      documentIndex: doc.documentIndex,
      range: at ? { ...at.value } : root.value,
      pointer: at ? '/kind' : '',
      message:
        kind === undefined
          ? `the document has no "kind"; expected one of ${documentKinds.join(', ')}`
          : `unknown kind ${JSON.stringify(kind)}; expected one of ${documentKinds.join(', ')}`,
    });
  }
  return { documents, problems };
}

/** Paths in reports are relative to the working directory and use forward slashes, so output is portable. */
export function displayPath(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : path.normalize(file);
  const shown = rel === '' ? '.' : rel;
  return shown.split(path.sep).join('/');
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EISDIR': return 'is a directory';
    default: return e.code ? `cannot read (${e.code})` : String(e.message ?? e);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { offset: i, line, column };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, line, column };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column += need === 3 ? 2 : 1;
    i += need + 1;
  }
  return { offset: i, line, column };
}

