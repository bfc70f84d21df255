import path from 'node:path';
import { compileGlob } from '../../engine/glob.js';
import { defaultLimits, type LoadLimits } from '../../load/limits.js';
import type { ParsedDocument } from '../../load/parse-yaml.js';
import { parseYamlText } from '../../load/parse-yaml.js';
import { escapePointerToken, resolvesPointer, yamlPath } from '../../load/pointer.js';
import { displayPath } from '../../load/read-inputs.js';
import { rangeFor, validateDocument } from '../../load/validate.js';
import type { Problem, Range } from '../../model/problem.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { ForeignPosition, ImportContext, ImportedDeployment } from '../types.js';

/**
 * The overlay (kind DeploymentOverlay, schemas/deployment-overlay.schema.json): what a foreign format cannot say,
 * written once by the customer. It applies to the importable files of its own folder, or to those its `appliesTo`
 * globs name (relative to its folder). Merge rules (docs/importers.md): the overlay fills and adds; it never
 * replaces. A value both the import and the overlay give is an error at the overlay's line and the imported value
 * stays — what the foreign files say is what runs. It cannot give rings or pauses (its schema has none), an
 * overlay host group must be one the import found, and a host count is at least 1: a careless or hostile overlay
 * cannot turn a failing rollout into a passing one by restating it.
 */
export interface Overlay {
  /** As reports show it. */
  file: string;
  /** The absolute folder `appliesTo` is relative to. */
  folder: string;
  value: Record<string, unknown>;
  doc: ParsedDocument;
  lines: string[];
  /** The range of the document, for problems about the whole overlay. */
  root: Range;
}

/** Reads and validates an overlay; one that is not valid is reported and not used (nothing of it is half-applied). */
export function readOverlay(text: string, file: string, limits: LoadLimits = defaultLimits): { overlay?: Overlay; problems: Problem[] } {
  const shown = displayPath(file);
  const parsed = parseYamlText(text, shown, limits);
  const problems = [...parsed.problems];
  if (parsed.documents.length !== 1) {
    if (!problems.length) problems.push({ severity: 'error', code: 'overlay-invalid', file: shown, message: `an overlay file holds exactly one document (this one holds ${parsed.documents.length})` });
    return { problems };
  }
  const doc = parsed.documents[0]!;
  const schema = validateDocument(doc, 'deployment-overlay', 'overlay-schema');
  if (schema.length) return { problems: [...problems, ...schema.map((p) => ({ ...p, message: `${p.message} (the overlay is not used)` }))] };
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    overlay: { file: shown, folder: path.dirname(path.resolve(file)), value: doc.value as Record<string, unknown>, doc, lines: text.split(/\r?\n/), root: rangeFor(doc.locations, '') },
    problems,
  };
}

/** Whether the overlay applies to a group of foreign files (absolute or relative paths) in `folder`. */
export function overlayAppliesTo(o: Overlay, folder: string, files: readonly string[]): boolean {
  const globs = o.value['appliesTo'] as string[] | undefined;
  if (!globs) return path.resolve(folder) === o.folder;
  const tests = globs.map((g) => compileGlob(g));
  return files.some((f) => {
    const rel = path.relative(o.folder, path.resolve(f)).split(path.sep).join('/');
    return tests.some((t) => t(rel));
  });
}

/** What the importer is told of the overlay: host counts by id, and the fleet size. */
export function overlayContext(o: Overlay): ImportContext {
  const hosts = new Map<string, number>();
  for (const g of (o.value['hostGroups'] as { id: string; hosts?: number }[] | undefined) ?? []) if (typeof g.hosts === 'number') hosts.set(g.id, g.hosts);
  const meta = o.value['metadata'] as { fleetSize?: number } | undefined;
  return { hosts, ...(typeof meta?.fleetSize === 'number' ? { fleetSize: meta.fleetSize } : {}) };
}

const sections = ['metadata', 'pairs', 'healthMonitoring', 'recovery', 'guardrails', 'incidentResponse'] as const;

type Json = unknown;
const isMapping = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Merges the overlay into every document of a group (the overlay of a folder describes the fleet the folder's
 * files roll out to). An overlay host group must be known to at least one of the documents.
 */
export function mergeOverlay(documents: readonly ImportedDeployment[], o: Overlay): { documents: ImportedDeployment[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (pointer: string, prefer: 'key' | 'value' = 'value'): ForeignPosition => ({ file: o.file, range: rangeFor(o.doc.locations, pointer, prefer) });
  const problem = (pointer: string, code: string, message: string, prefer: 'key' | 'value' = 'value'): void => {
    if (problems.some((p) => p.pointer === pointer && p.code === code && p.message === message)) return;
    problems.push({ severity: 'error', code, file: o.file, pointer, range: at(pointer, prefer).range, message });
  };
  const out: ImportedDeployment[] = [];
  const groups = (o.value['hostGroups'] as Record<string, Json>[] | undefined) ?? [];
  const knownAnywhere = new Set<string>();
  const aliasAnywhere = new Set<string>();
  for (const d of documents) {
    for (const g of (d.value['hostGroups'] as Record<string, Json>[] | undefined) ?? []) if (typeof g['id'] === 'string') knownAnywhere.add(g['id']);
    for (const a of Object.keys(d.groupAliases ?? {})) aliasAnywhere.add(a);
  }
  groups.forEach((g, i) => {
    const id = g['id'] as string;
    if (knownAnywhere.has(id) || aliasAnywhere.has(id)) return;
    const hint = didYouMean(id, [...knownAnywhere, ...aliasAnywhere]);
    const known = [...aliasAnywhere, ...knownAnywhere].sort();
    problem(`/hostGroups/${i}/id`, 'overlay-unknown-group', `host group "${id}" is not one the import found${hint ? `; did you mean "${hint}"?` : known.length ? `; the import found ${known.slice(0, 20).join(', ')}` : '; the import found no host groups'} (its values are not used)`);
  });

  for (const d of documents) {
    const value = structuredClone(d.value);
    const positions = new Map(d.positions);
    const source = (pointer: string): string => {
      const p = positions.get(pointer);
      return p ? `${p.file}:${p.range.startLine}` : d.sources[0]!;
    };
    /** Puts the overlay's subtree at `pointer` (its positions too). */
    const put = (pointer: string, overlayPointer: string, v: Json): void => {
      positions.set(pointer, at(overlayPointer));
      if (Array.isArray(v)) v.forEach((x, k) => put(`${pointer}/${k}`, `${overlayPointer}/${k}`, x));
      else if (isMapping(v)) for (const [k, x] of Object.entries(v)) put(`${pointer}/${escapePointerToken(k)}`, `${overlayPointer}/${escapePointerToken(k)}`, x);
    };
    /** Fills `target` with what `given` adds; a value both have is a conflict (the imported one stays). */
    const fill = (target: Record<string, Json>, given: Record<string, Json>, pointer: string, overlayPointer: string): void => {
      for (const [k, v] of Object.entries(given)) {
        const p = `${pointer}/${escapePointerToken(k)}`;
        const op = `${overlayPointer}/${escapePointerToken(k)}`;
        if (!Object.hasOwn(target, k)) {
          target[k] = structuredClone(v);
          put(p, op, v);
        } else if (isMapping(target[k]) && isMapping(v)) {
          fill(target[k] as Record<string, Json>, v, p, op);
        } else if (JSON.stringify(target[k]) !== JSON.stringify(v)) {
          problem(op, 'overlay-conflict', `${yamlPath(p)} is already mapped from ${source(p)} (${short(target[k])}); an overlay adds what the import cannot say and does not replace it, so ${short(v)} is not used`, 'key');
        }
      }
    };
    for (const s of sections) {
      if (!Object.hasOwn(o.value, s)) continue;
      const v = o.value[s];
      if (!Object.hasOwn(value, s)) {
        value[s] = structuredClone(v);
        put(`/${s}`, `/${s}`, v);
      } else if (isMapping(value[s]) && isMapping(v)) fill(value[s] as Record<string, Json>, v, `/${s}`, `/${s}`);
      else problem(`/${s}`, 'overlay-conflict', `${s} is already mapped from ${source(`/${s}`)}; an overlay does not replace it, so its ${s} is not used`, 'key');
    }
    const imported = (value['hostGroups'] as Record<string, Json>[] | undefined) ?? [];
    groups.forEach((g, i) => {
      const id = g['id'] as string;
      const targets = imported.map((x, k) => [x, k] as const).filter(([x]) => x['id'] === id || (d.groupAliases?.[id] ?? []).includes(x['id'] as string));
      const viaAlias = !imported.some((x) => x['id'] === id);
      for (const [target, k] of targets) {
        const given: Record<string, Json> = {};
        for (const [key, v] of Object.entries(g)) {
          if (key === 'id') continue;
          // A workload split into waves: its host count was used by the importer to size the waves.
          if (viaAlias && key === 'hosts') continue;
          given[key] = v;
        }
        fillGroup(target, given, `/hostGroups/${k}`, `/hostGroups/${i}`);
      }
    });
    function fillGroup(target: Record<string, Json>, given: Record<string, Json>, pointer: string, overlayPointer: string): void {
      fill(target, given, pointer, overlayPointer);
    }
    // What the overlay gave is no longer unknown.
    out.push({ ...d, value, positions, unknown: d.unknown.filter((u) => !resolvesPointer(value, u.pointer)) });
  }
  return { documents: out, problems };
}

function short(v: Json): string {
  const t = JSON.stringify(v) ?? String(v);
  return t.length <= 60 ? t : `${t.slice(0, 59)}…`;
}
