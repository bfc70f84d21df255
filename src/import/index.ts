import { closeSync, openSync, readSync, constants } from 'node:fs';
import path from 'node:path';
import { defaultLimits, type LoadLimits } from '../load/limits.js';
import { locationsFrom, originsFrom } from '../load/locate.js';
import { indexPointers } from '../load/pointer.js';
import { displayPath, expandPaths, loadInputText, readTextFile, type InputDocument } from '../load/read-inputs.js';
import type { Problem, Range } from '../model/problem.js';
import { importerKindOf, importerTitles, importOnlyExtensions, recogniseOverlay, type ImporterKind } from './kinds.js';
import { mergeOverlay, overlayContext, overlayAppliesTo, readOverlay, type Overlay } from './overlay/index.js';
import type { ForeignFile, ImportedDeployment } from './types.js';

/**
 * What the import stage hands to the batch for one group of foreign files (one folder, one importer): the mapped
 * DeploymentConfigs with the position of every value, as plain data, so that a worker thread can be given it
 * (structured cloning) and make the documents itself.
 */
export interface ImportedGroup {
  importer: string;
  documents: {
    value: Record<string, unknown>;
    /** [pointer, file, range], the file as reports show it. */
    positions: [string, string, Range][];
    sources: string[];
    unknown: { pointer: string; why: string }[];
  }[];
  /** The lines of every file a position names (foreign files and overlay), for excerpts. */
  lines: [string, string[]][];
}

/** What the import stage changed in a batch's inputs. */
export interface ImportResult {
  /** The batch's files, each group of foreign files replaced by one entry (a name no real file has) at its first file's place. */
  files: string[];
  /** The groups, by their entry in `files`. */
  imported: Record<string, ImportedGroup>;
  problems: Problem[];
}

/** The entries of `files` that stand for an imported group start with this (a NUL: no file name holds one). */
export const importedEntryPrefix = '\u0000import:';

export function isImportedEntry(file: string): boolean {
  return file.startsWith(importedEntryPrefix);
}

const headBytes = 4096;

/** The first bytes of a file, as text (never throws: a file that cannot be read has no head, and is read later as usual). */
function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const buffer = Buffer.allocUnsafe(headBytes);
    const n = readSync(fd, buffer, 0, headBytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The import stage (DESIGN §9), on the main thread before the batch: the input files an importer claims (by name and
 * first bytes; no importer is loaded for a file it does not claim) are grouped by folder and importer, mapped once,
 * the overlay of their folder merged in, and handed on as one batch entry per group. Overlays (kind
 * DeploymentOverlay) are taken out of the batch too. A `.tf` file that no importer claims is left out: named on the
 * command line, that is an error; met in a folder, it is not an input.
 */
export async function importInputs(files: readonly string[], explicit: ReadonlySet<string>, limits: LoadLimits = defaultLimits): Promise<ImportResult> {
  const problems: Problem[] = [];
  const claimed = new Map<string, { kind: ImporterKind; folder: string; files: string[] }>();
  const overlayFiles: string[] = [];
  const claimOf = new Map<string, string>();
  const dropped = new Set<string>();
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    const importOnly = importOnlyExtensions.has(ext);
    if (!importOnly && ext !== '.yaml' && ext !== '.yml' && ext !== '.json') continue;
    const head = readHead(file);
    const name = path.basename(file);
    if (!importOnly && recogniseOverlay(name, head)) {
      overlayFiles.push(file);
      dropped.add(file);
      continue;
    }
    const kind = importerKindOf(name, head);
    if (!kind) {
      if (importOnly) {
        dropped.add(file);
        if (explicit.has(file)) problems.push({ severity: 'error', code: 'input-kind', file: displayPath(file), message: `no importer reads this file; ringfence imports ${importerKindTitles()}` });
      }
      continue;
    }
    const folder = path.dirname(path.resolve(file));
    const key = `${folder}\u0000${kind.kind}`;
    let group = claimed.get(key);
    if (!group) claimed.set(key, (group = { kind, folder, files: [] }));
    group.files.push(file);
    claimOf.set(file, key);
  }
  if (claimed.size === 0 && overlayFiles.length === 0) return { files: [...files], imported: {}, problems };

  const overlays: Overlay[] = [];
  for (const file of overlayFiles) {
    const read = readTextFile(file, limits);
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const o = readOverlay(read.text!, file, limits);
    problems.push(...o.problems);
    if (o.overlay) overlays.push(o.overlay);
  }

  const imported: Record<string, ImportedGroup> = {};
  const entryOf = new Map<string, string>();
  const used = new Set<Overlay>();
  let n = 0;
  for (const [key, group] of claimed) {
    const foreign: ForeignFile[] = [];
    for (const file of group.files) {
      const read = readTextFile(file, limits);
      if (read.problem) problems.push(read.problem);
      else foreign.push({ file: displayPath(file), text: read.text! });
    }
    const entry = `${importedEntryPrefix}${n++}`;
    entryOf.set(key, entry);
    if (!foreign.length) continue;
    const applying = overlays.filter((o) => overlayAppliesTo(o, group.folder, group.files));
    for (const extra of applying.slice(1)) {
      problems.push({ severity: 'error', code: 'overlay-ambiguous', file: extra.file, range: extra.root, message: `${foreign[0]!.file} already has the overlay ${applying[0]!.file}; one overlay applies to a set of files (narrow appliesTo, or merge the two)` });
    }
    const overlay = applying[0];
    if (overlay) used.add(overlay);
    let mapped: { documents: ImportedDeployment[]; problems: Problem[] };
    try {
      const importer = await group.kind.load();
      mapped = importer.map(foreign, overlay ? overlayContext(overlay) : { hosts: new Map() });
    } catch (error) {
      // An importer must not throw on foreign input; if one does, the files are not checked and the run says so.
      problems.push({ severity: 'error', code: 'import-failed', file: foreign[0]!.file, message: `${group.kind.title}: these files could not be imported (${String((error as Error)?.message ?? error).slice(0, 300)}); they are in no report` });
      continue;
    }
    problems.push(...mapped.problems);
    const lines = new Map<string, string[]>(foreign.map((f) => [f.file, f.text.split(/\r?\n/)]));
    if (overlay) lines.set(overlay.file, overlay.lines);
    const documents: ImportedGroup['documents'] = [];
    const merged = overlay ? mergeOverlay(mapped.documents, overlay) : { documents: mapped.documents, problems: [] };
    problems.push(...merged.problems);
    for (const doc of merged.documents) {
      documents.push({
        value: doc.value,
        positions: [...doc.positions].map(([p, at]) => [p, at.file, at.range]),
        sources: [...doc.sources],
        unknown: [...doc.unknown],
      });
    }
    if (!documents.length) continue;
    imported[entry] = { importer: group.kind.kind, documents, lines: [...lines].filter(([f]) => documents.some((d) => d.positions.some((p) => p[1] === f))) };
  }
  for (const o of overlays) {
    if (!used.has(o)) problems.push({ severity: 'warning', code: 'overlay-unused', file: o.file, range: o.root, message: 'this overlay applies to no imported file (it applies to the importable files of its own folder, or to those its appliesTo names); it was not used' });
  }

  const out: string[] = [];
  const placed = new Set<string>();
  for (const file of files) {
    if (dropped.has(file)) continue;
    const key = claimOf.get(file);
    if (key === undefined) {
      out.push(file);
      continue;
    }
    const entry = entryOf.get(key)!;
    if (placed.has(entry) || !imported[entry]) continue;
    placed.add(entry);
    out.push(entry);
  }
  return { files: out, imported, problems };
}

function importerKindTitles(): string {
  return importerTitles().join('; ');
}

/** The documents of an imported group, as the batch evaluates them: positions into the foreign files and the overlay. */
export function documentsOfImport(group: ImportedGroup): InputDocument[] {
  const lines = new Map<string, readonly string[]>(group.lines);
  return group.documents.map((d, documentIndex) => {
    const positions = new Map(d.positions.map(([p, file, range]) => [p, { file, range }]));
    return {
      kind: 'DeploymentConfig' as const,
      file: d.sources[0]!,
      documentIndex,
      value: d.value,
      locations: locationsFrom(positions),
      pointers: indexPointers(d.value),
      lines: lines.get(d.sources[0]!) ?? [],
      origins: originsFrom(positions, lines),
    };
  });
}

/**
 * Every document among `paths`, foreign files imported (for `explain` and `import`, which hold all documents at
 * once): the files in input order, an imported group at its first file's place.
 */
export async function loadAllDocuments(
  paths: readonly string[],
  limits: LoadLimits = defaultLimits,
  /** As `check` reads a folder (documents that are not ringfence documents skipped), or every document an input (explain). */
  scan: 'check' | 'strict' = 'check',
): Promise<{ documents: InputDocument[]; problems: Problem[]; imported: ImportedGroup[] }> {
  const expanded = expandPaths(paths, limits, [], importOnlyExtensions);
  const result = await importInputs(expanded.files, expanded.explicit, limits);
  const problems = [...expanded.problems, ...result.problems];
  const documents: InputDocument[] = [];
  const imported: ImportedGroup[] = [];
  for (const file of result.files) {
    const group = result.imported[file];
    if (group) {
      imported.push(group);
      documents.push(...documentsOfImport(group));
      continue;
    }
    const { text, problem } = readTextFile(file, limits);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const r = loadInputText(text!, displayPath(file), limits, scan === 'check' && !expanded.explicit.has(file));
    problems.push(...r.problems);
    documents.push(...r.documents);
  }
  return { documents, problems, imported };
}
