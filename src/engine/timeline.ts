import type { ContentTiming, SensorTiming, Timeline, TimelineRow } from '../model/report.js';

/** Bounds: a config is written by its organisation, but nothing stops it listing a million groups or categories. */
export const maxTimelineRows = 500;
export const maxTimelineCategories = 50;
const maxText = 120;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? clip(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

function clip(s: string): string {
  return s.length <= maxText ? s : `${s.slice(0, maxText - 1)}…`;
}

const behindOf: Record<string, number> = { n: 0, 'n-1': 1, 'n-2': 2 };

/**
 * Who receives sensor and content updates when, from a deployment config's host groups, rings, per-category
 * content policy and pauses (as of `asOfMs`: a pause that has expired holds nothing back). Pure; reads only
 * values of the right type, so a config that does not match its schema should not be given (its timeline would
 * rest on fields the schema refuses).
 */
export function deploymentTimeline(config: unknown, asOfMs: number): Timeline {
  const doc = isObj(config) ? config : {};
  const rings = list(own(doc, 'rings')).filter(isObj);
  const groups = list(own(doc, 'hostGroups')).filter(isObj);
  const pauses = list(own(doc, 'pauses')).filter(isObj).filter((p) => {
    const expires = str(own(p, 'expiresAt'));
    return expires === undefined || !(Date.parse(expires) <= asOfMs);
  });

  const named = new Set<string>();
  let star = false;
  for (const r of rings) {
    const content = own(r, 'content');
    if (!isObj(content)) continue;
    for (const k of Object.keys(content)) {
      if (k === '*') star = true;
      else named.add(clip(k));
    }
  }
  const categories = [...named].sort().slice(0, star ? maxTimelineCategories - 1 : maxTimelineCategories);
  if (star) categories.push('*');

  const rowsOf = (id: string, group: Obj | undefined): TimelineRow[] => {
    const base = {
      group: id,
      ...(group && typeof own(group, 'hosts') === 'number' ? { hosts: own(group, 'hosts') as number } : {}),
      ...(group && str(own(group, 'criticality')) !== undefined ? { criticality: str(own(group, 'criticality'))! } : {}),
    };
    const inRings = rings.map((r, i) => ({ r, i })).filter(({ r }) => list(own(r, 'hostGroups')).includes(id));
    if (!inRings.length) return [{ ...base, sensor: { version: 'unset', behind: null }, content: categories.map(() => ({ ring: 'unset', hoursAfterGa: null })) }];
    return inRings.map(({ r, i }) => {
      const name = str(own(r, 'name'));
      return {
        ...base,
        ...(name !== undefined ? { ring: name } : {}),
        ringIndex: i + 1,
        sensor: sensorOf(own(r, 'sensor')),
        content: categories.map((c) => contentOf(r, name, c, pauses)),
      };
    });
  };

  const rows: TimelineRow[] = [];
  let total = 0;
  const push = (more: TimelineRow[]) => {
    total += more.length;
    for (const row of more) if (rows.length < maxTimelineRows) rows.push(row);
  };
  const seen = new Set<string>();
  for (const g of groups) {
    const id = own(g, 'id');
    if (typeof id !== 'string' || seen.has(id)) continue;
    seen.add(id);
    push(rowsOf(id, g));
  }
  // Groups that rings name but the config does not list: they are still given updates, on the ring's terms.
  for (const r of rings) {
    for (const id of list(own(r, 'hostGroups'))) {
      if (typeof id !== 'string' || seen.has(id)) continue;
      seen.add(id);
      push(rowsOf(id, undefined));
    }
  }
  return { categories, rows: rows.map((row) => ({ ...row, group: clip(row.group) })), ...(total > rows.length ? { rowsOmitted: total - rows.length } : {}) };
}

function sensorOf(v: unknown): SensorTiming {
  if (!isObj(v)) return { version: 'unset', behind: null };
  const version = own(v, 'version');
  const pinnedVersion = str(own(v, 'pinnedVersion'));
  const pinnedSince = str(own(v, 'pinnedSince'));
  const pins = { ...(pinnedVersion !== undefined ? { pinnedVersion } : {}), ...(pinnedSince !== undefined ? { pinnedSince } : {}) };
  if (version === 'pinned') return { version: 'pinned', behind: null, ...pins };
  if (typeof version === 'string' && Object.hasOwn(behindOf, version)) return { version: version as SensorTiming['version'], behind: behindOf[version]!, ...pins };
  return { version: 'unset', behind: null, ...pins };
}

function contentOf(ring: Obj, name: string | undefined, category: string, pauses: Obj[]): ContentTiming {
  const content = own(ring, 'content');
  const policy = isObj(content) ? (own(content, category) ?? own(content, '*')) : undefined;
  const pause = pauses.find((p) => {
    const c = own(p, 'category');
    const rings = own(p, 'rings');
    return (c === category || c === '*') && (!Array.isArray(rings) || (name !== undefined && rings.includes(name)));
  });
  const paused = pause
    ? { paused: { ...(str(own(pause, 'reason')) !== undefined ? { reason: str(own(pause, 'reason'))! } : {}), ...(str(own(pause, 'expiresAt')) !== undefined ? { expiresAt: str(own(pause, 'expiresAt'))! } : {}) } }
    : {};
  if (!isObj(policy)) return { ring: 'unset', hoursAfterGa: null, ...paused };
  const r = own(policy, 'ring');
  const ringOf: ContentTiming['ring'] = r === 'ea' || r === 'ga' || r === 'pause' ? r : 'unset';
  const pinnedVersion = str(own(policy, 'pinnedVersion'));
  const delay = own(policy, 'delayHours');
  const hours = ringOf === 'ga' && pinnedVersion === undefined && !pause ? (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? delay : 0) : null;
  return { ring: ringOf, hoursAfterGa: hours, ...(pinnedVersion !== undefined ? { pinnedVersion } : {}), ...paused };
}
