import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ForeignFile, ImportedDeployment } from '../../src/import/types.js';
import { root } from '../helpers.js';

export const example = 'examples/deployments/falcon-terraform';
export const fixtures = 'test/fixtures/import/falcon';

/** The files of a folder (relative to the repository) with the given ending, as the loader would hand them over. */
export function folder(dir: string, ending: string): ForeignFile[] {
  return readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(ending))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') }));
}

export function file(rel: string): ForeignFile {
  return { file: rel, text: readFileSync(path.join(root, rel), 'utf8') };
}

export function yamlFile(rel: string): Record<string, unknown> {
  return parse(readFileSync(path.join(root, rel), 'utf8')) as Record<string, unknown>;
}

type Obj = Record<string, unknown>;

/**
 * The overlay as drafted in docs/importers-falcon.md, applied for the tests until the import stage lands: metadata
 * and host groups (by id) are filled in where the import left a value out; the blocks Falcon cannot say are taken.
 * A value both sides give must agree (the overlay adds, never overrides).
 */
export function applyOverlay(doc: ImportedDeployment, overlay: Obj): Obj {
  const value = structuredClone(doc.value) as Obj;
  const fill = (target: Obj, extra: Obj, where: string): void => {
    for (const [k, v] of Object.entries(extra)) {
      if (k === 'id') continue;
      if (target[k] !== undefined && JSON.stringify(target[k]) !== JSON.stringify(v)) throw new Error(`${where}/${k}: the overlay says ${JSON.stringify(v)}, the import ${JSON.stringify(target[k])}`);
      target[k] = v;
    }
  };
  fill(value.metadata as Obj, (overlay.metadata ?? {}) as Obj, '/metadata');
  for (const g of (overlay.hostGroups ?? []) as Obj[]) {
    const target = (value.hostGroups as Obj[]).find((x) => x.id === g.id);
    if (!target) throw new Error(`overlay names host group ${String(g.id)}, which the import does not have`);
    fill(target, g, `/hostGroups/${String(g.id)}`);
  }
  for (const k of ['pairs', 'pauses', 'healthMonitoring', 'recovery', 'guardrails', 'incidentResponse']) if (overlay[k] !== undefined) value[k] = overlay[k];
  return value;
}

/** Every leaf pointer of a value. */
export function leaves(v: unknown, pointer = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${pointer}/${i}`));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => leaves(x, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return [pointer];
}

/** The 1-based line of the n-th (0-based) occurrence of a text in a file's text. */
export function lineOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return text.slice(0, at).split('\n').length;
}
