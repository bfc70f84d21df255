import { parseJsonText, rangeAt, type JsonLocations } from '../../load/json.js';
import { joinPointer } from '../../load/pointer.js';
import { tooDeep } from '../../artifacts/json-input.js';
import type { Problem } from '../../model/problem.js';
import type { ForeignFile, ForeignPosition } from '../types.js';
import {
  apiCategoryIds,
  contentCategories,
  firstRange,
  importProblem,
  sensorSelectorOf,
  type ContentCategory,
  type FalconCategorySetting,
  type FalconContentPolicy,
  type FalconHostGroup,
  type FalconModel,
  type FalconSensorPolicy,
  type GroupRef,
  type Located,
} from './model.js';

/**
 * The two JSON sources of the Falcon model: `terraform show -json` (a plan or a state) and what the Falcon API
 * returns (as PSFalcon or FalconPy write it out). Each value is located by its JSON Pointer in the file.
 */

export const planKind = 'falcon-terraform-json';
export const apiKind = 'falcon-api';

const maxDepth = 64;

type Json = unknown;
function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Doc {
  file: string;
  value: Json;
  locations: JsonLocations;
}

function parse(f: ForeignFile, problems: Problem[]): Doc | undefined {
  const source = f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text;
  const deep = tooDeep(source, maxDepth);
  if (deep !== undefined) {
    problems.push(importProblem('import-too-deep', `lists and mappings nest more than ${maxDepth} deep here; the file was not read`, { file: f.file, range: rangeAt(source, deep) }));
    return undefined;
  }
  const parsed = parseJsonText(source, f.file, 'import-syntax', true);
  if (parsed.problem) {
    problems.push(parsed.problem);
    return undefined;
  }
  return { file: f.file, value: parsed.value, locations: parsed.locations };
}

function at(d: Doc, pointer: string): ForeignPosition {
  return { file: d.file, range: d.locations.get(pointer)?.value ?? firstRange };
}

function str(d: Doc, o: Record<string, Json>, base: string, key: string): Located<string> | undefined {
  const v = o[key];
  if (typeof v === 'string') return { value: v, at: at(d, joinPointer(base, key)) };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: String(v), at: at(d, joinPointer(base, key)) };
  return undefined;
}

function bool(d: Doc, o: Record<string, Json>, base: string, key: string): Located<boolean> | undefined {
  const v = o[key];
  return typeof v === 'boolean' ? { value: v, at: at(d, joinPointer(base, key)) } : undefined;
}

function emptyModel(kind: string, sources: string[], first: ForeignPosition): FalconModel {
  return { kind, sources, at: first, hostGroups: [], contentPolicies: [], sensorPolicies: [], contentPrecedenceKnown: false, sensorPrecedenceKnown: false, notes: [] };
}

/** One category setting of a policy: Terraform's shape (ring_assignment, delay_hours) in both sources. */
function category(d: Doc, v: Json, pointer: string, name: string, problems: Problem[], absentIsUnknown = false): FalconCategorySetting | undefined {
  if (!isObject(v)) return undefined;
  // In a plan, a value known only after apply is left out of `values` (null is a value: not set).
  if (absentIsUnknown && v.ring_assignment === 'ga' && !('delay_hours' in v)) {
    problems.push(importProblem('import-value', `${name}: delay_hours is known only after apply; run the import on the state (terraform show -json after apply) or set it literally`, at(d, pointer)));
    return undefined;
  }
  const s: FalconCategorySetting = { at: at(d, pointer) };
  const ring = str(d, v, pointer, 'ring_assignment');
  if (ring) {
    if (['ea', 'ga', 'pause'].includes(ring.value)) s.ring = ring;
    else problems.push(importProblem('import-value', `${name}: ring_assignment must be ga, ea or pause, not "${ring.value}"`, ring.at));
  }
  const raw = v.delay_hours;
  if (raw !== undefined && raw !== null && raw !== '') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
    const dat = at(d, joinPointer(pointer, 'delay_hours'));
    if (!Number.isInteger(n) || n < 0) problems.push(importProblem('import-value', `${name}: delay_hours must be a whole number of hours, not ${JSON.stringify(raw).slice(0, 40)}`, dat));
    else s.delayHours = { value: n, at: dat };
  }
  const pinned = str(d, v, pointer, 'pinned_content_version');
  if (pinned && pinned.value !== '') s.pinnedContentVersion = pinned;
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// terraform show -json

interface PlanResource {
  address: string;
  type: string;
  values: Record<string, Json>;
  pointer: string;
  /** configuration expressions' references, by attribute, when the plan has them. */
  references: Map<string, string[]>;
}

export function readPlanJson(f: ForeignFile): { model?: FalconModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const d = parse(f, problems);
  if (!d) return { problems };
  if (!isObject(d.value)) return { problems: [importProblem('import-format', 'expected the JSON object `terraform show -json` writes', { file: f.file, range: firstRange })] };
  const root = d.value;
  const base = isObject(root.planned_values) ? '/planned_values' : isObject(root.values) ? '/values' : undefined;
  if (!base) return { problems: [importProblem('import-format', 'neither planned_values (a plan) nor values (a state): not the output of `terraform show -json`', { file: f.file, range: firstRange })] };
  const refs = configurationReferences(root);
  const resources: PlanResource[] = [];
  const walk = (mod: Json, pointer: string, depth: number): void => {
    if (!isObject(mod) || depth > 16) return;
    if (Array.isArray(mod.resources)) {
      mod.resources.forEach((r, i) => {
        if (!isObject(r) || r.mode === 'data' || typeof r.type !== 'string' || typeof r.address !== 'string') return;
        if (!r.type.startsWith('crowdstrike_')) return;
        const p = `${pointer}/resources/${i}`;
        if (!isObject(r.values)) {
          problems.push(importProblem('import-format', `${r.address}: no values`, at(d, p)));
          return;
        }
        resources.push({ address: r.address, type: r.type, values: r.values, pointer: `${p}/values`, references: refs.get(r.address) ?? new Map() });
      });
    }
    if (Array.isArray(mod.child_modules)) mod.child_modules.forEach((c, i) => walk(c, `${pointer}/child_modules/${i}`, depth + 1));
  };
  walk((root as Record<string, Record<string, Json>>)[base.slice(1)]!.root_module, `${base}/root_module`, 0);

  const first = resources[0] ? at(d, resources[0].pointer.replace(/\/values$/, '')) : { file: f.file, range: firstRange };
  const model = emptyModel(planKind, [f.file], first);
  const addresses = new Set(resources.map((x) => x.address));
  const byId = new Map<string, string>();
  for (const r of resources) if (typeof r.values.id === 'string') byId.set(r.values.id, r.address);

  /** A list attribute's references to resources of `type`: by id (a state) or by the configuration (a plan). */
  const refsTo = (r: PlanResource, attr: string, type: string): GroupRef[] => {
    const list = r.values[attr];
    const out: GroupRef[] = [];
    if (Array.isArray(list)) {
      list.forEach((id, j) => {
        const p = `${r.pointer}/${attr}/${j}`;
        const address = typeof id === 'string' ? byId.get(id) : undefined;
        if (address && address.split('.').at(-2) === type) out.push({ key: address, at: at(d, p) });
        else problems.push(importProblem('import-reference', `${r.address}: ${attr}[${j}] names ${JSON.stringify(id).slice(0, 60)}, which is no ${type} in this file`, at(d, p)));
      });
      return out;
    }
    const pattern = new RegExp(`^(.*\\b${type}\\.[A-Za-z0-9_-]+)\\.id$`);
    for (const ref of r.references.get(attr) ?? []) {
      const m = pattern.exec(ref);
      if (m && addresses.has(m[1]!)) out.push({ key: m[1]!, at: at(d, r.pointer) });
    }
    return out;
  };

  const contentPrecedence: string[] = [];
  const sensorPrecedence: string[] = [];
  const attachmentsLater: (() => void)[] = [];
  for (const r of resources) {
    const v = r.values;
    const rat = at(d, r.pointer.replace(/\/values$/, ''));
    if (r.type === 'crowdstrike_host_group') {
      const name = str(d, v, r.pointer, 'name');
      if (!name) continue;
      const g: FalconHostGroup = { key: r.address, name, at: rat };
      const t = str(d, v, r.pointer, 'type');
      if (t) g.type = t;
      const rule = str(d, v, r.pointer, 'assignment_rule');
      if (rule) g.assignmentRule = rule;
      const desc = str(d, v, r.pointer, 'description');
      if (desc) g.description = desc;
      const listKey = t?.value === 'staticByID' ? 'host_ids' : 'hostnames';
      const listed = v[listKey];
      if (Array.isArray(listed) && t?.value !== 'dynamic') g.listedHosts = { value: new Set(listed.map((x) => JSON.stringify(x))).size, at: at(d, `${r.pointer}/${listKey}`) };
      model.hostGroups.push(g);
    } else if (r.type === 'crowdstrike_content_update_policy' || r.type === 'crowdstrike_default_content_update_policy') {
      const isDefault = r.type === 'crowdstrike_default_content_update_policy';
      const name = isDefault ? { value: 'Default', at: rat } : str(d, v, r.pointer, 'name');
      if (!name) continue;
      const p: FalconContentPolicy = { key: r.address, name, isDefault, categories: {}, hostGroups: isDefault ? [] : refsTo(r, 'host_groups', 'crowdstrike_host_group'), at: rat };
      const enabled = bool(d, v, r.pointer, 'enabled');
      if (enabled) p.enabled = enabled;
      const description = str(d, v, r.pointer, 'description');
      if (description) p.description = description;
      for (const c of contentCategories) {
        if (!(c in v) && !isDefault) problems.push(importProblem('import-value', `${r.address}: ${c} is known only after apply (or not set)`, rat));
        const s = category(d, v[c], `${r.pointer}/${c}`, `${r.address}: ${c}`, problems, true);
        if (s) p.categories[c] = s;
      }
      model.contentPolicies.push(p);
    } else if (r.type === 'crowdstrike_sensor_update_policy' || r.type === 'crowdstrike_default_sensor_update_policy') {
      const isDefault = r.type === 'crowdstrike_default_sensor_update_policy';
      const platform = str(d, v, r.pointer, 'platform_name');
      const name = isDefault ? { value: `Default (${platform?.value ?? 'platform unknown'})`, at: rat } : str(d, v, r.pointer, 'name');
      if (!name) continue;
      const p: FalconSensorPolicy = { key: r.address, name, isDefault, hostGroups: isDefault ? [] : refsTo(r, 'host_groups', 'crowdstrike_host_group'), at: rat };
      if (platform) p.platform = platform;
      const enabled = bool(d, v, r.pointer, 'enabled');
      if (enabled) p.enabled = enabled;
      const build = str(d, v, r.pointer, 'build');
      if (build) p.build = { value: sensorSelectorOf(build.value), at: build.at };
      else {
        // In a plan, a build taken from the sensor-builds data source may be unknown; its reference says which.
        const ref = (r.references.get('build') ?? []).find((x) => /\.(latest|n1|n2)\.build$/.test(x));
        const which = ref ? /\.(latest|n1|n2)\.build$/.exec(ref)![1] : undefined;
        if (which) p.build = { value: { selector: which === 'latest' ? 'n' : which === 'n1' ? 'n-1' : 'n-2' }, at: rat };
      }
      model.sensorPolicies.push(p);
    } else if (r.type === 'crowdstrike_content_update_policy_attachment' || r.type === 'crowdstrike_sensor_update_policy_host_group_attachment') {
      const isContent = r.type.startsWith('crowdstrike_content');
      const policyType = isContent ? 'crowdstrike_content_update_policy' : 'crowdstrike_sensor_update_policy';
      const target = (typeof v.id === 'string' ? byId.get(v.id) : undefined) ?? (r.references.get('id') ?? []).map((x) => /^(.*)\.id$/.exec(x)?.[1]).find((x) => x?.split('.').at(-2) === policyType);
      const list: (FalconContentPolicy | FalconSensorPolicy)[] = isContent ? model.contentPolicies : model.sensorPolicies;
      // Policies are read in file order; an attachment may come first, so it is applied after the loop.
      attachmentsLater.push(() => {
        const p = list.find((x) => x.key === target);
        if (!p) {
          problems.push(importProblem('import-reference', `${r.address}: its policy is not in this file`, rat));
          return;
        }
        for (const g of refsTo(r, 'host_groups', 'crowdstrike_host_group')) if (!p.hostGroups.some((x) => x.key === g.key)) p.hostGroups.push(g);
      });
    } else if (r.type === 'crowdstrike_content_update_policy_precedence' || r.type === 'crowdstrike_sensor_update_policy_precedence') {
      const isContent = r.type.startsWith('crowdstrike_content');
      const ids = v.ids;
      const order = Array.isArray(ids) ? ids.map((x) => (typeof x === 'string' ? byId.get(x) : undefined)) : (r.references.get('ids') ?? []).filter((x) => x.endsWith('.id')).map((x) => x.slice(0, -3));
      (isContent ? contentPrecedence : sensorPrecedence).push(...order.filter((x): x is string => x !== undefined));
    }
  }
  for (const later of attachmentsLater) later();
  const rank = (order: string[], policies: (FalconContentPolicy | FalconSensorPolicy)[]): boolean => {
    for (const p of policies) {
      const n = order.indexOf(p.key);
      if (n >= 0) p.precedence = n + 1;
    }
    return order.length > 0 && policies.every((p) => p.isDefault || p.precedence !== undefined);
  };
  model.contentPrecedenceKnown = rank(contentPrecedence, model.contentPolicies);
  model.sensorPrecedenceKnown = rank(sensorPrecedence, model.sensorPolicies);
  return { model, problems };
}

/** configuration.root_module.resources[].expressions.<attr>.references, by resource address. */
function configurationReferences(root: Record<string, Json>): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const conf = isObject(root.configuration) ? root.configuration.root_module : undefined;
  if (!isObject(conf) || !Array.isArray(conf.resources)) return out;
  for (const r of conf.resources) {
    if (!isObject(r) || typeof r.address !== 'string' || !isObject(r.expressions)) continue;
    const m = new Map<string, string[]>();
    for (const [k, e] of Object.entries(r.expressions)) {
      if (isObject(e) && Array.isArray(e.references)) m.set(k, e.references.filter((x): x is string => typeof x === 'string'));
    }
    out.set(r.address, m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The Falcon API's entities, as PSFalcon or FalconPy write them out.

/**
 * The entities of an API export: a list of them, an API response body (`{"resources": [...]}`), or an object
 * whose values are such lists (one file holding host groups and both kinds of policy). Each is told by its shape:
 * a host group has group_type; a content-update policy settings.ring_assignment_settings; a sensor-update policy
 * settings.build.
 */
export function readApiJson(files: readonly ForeignFile[]): { model?: FalconModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const docs: Doc[] = [];
  for (const f of files) {
    const d = parse(f, problems);
    if (d) docs.push(d);
  }
  if (problems.some((p) => p.severity === 'error')) {
    problems.push(importProblem('import-incomplete', `the Falcon API export ${files.map((f) => f.file).join(', ')} was not mapped, since part of it could not be read`, { file: files[0]!.file, range: firstRange }));
    return { problems };
  }
  const entities: { d: Doc; o: Record<string, Json>; pointer: string }[] = [];
  for (const d of docs) {
    const lists: [Json, string][] = [];
    if (Array.isArray(d.value)) lists.push([d.value, '']);
    else if (isObject(d.value)) {
      for (const [k, v] of Object.entries(d.value)) if (Array.isArray(v)) lists.push([v, joinPointer('', k)]);
    }
    for (const [list, p] of lists) (list as Json[]).forEach((o, i) => isObject(o) && entities.push({ d, o, pointer: `${p}/${i}` }));
  }
  if (entities.length === 0) return { problems: [importProblem('import-format', 'no Falcon host groups or policies found in the file', { file: files[0]!.file, range: firstRange })] };
  const model = emptyModel(apiKind, files.map((f) => f.file), at(entities[0]!.d, entities[0]!.pointer));
  const groups = new Map<string, FalconHostGroup>();
  const addGroup = (d: Doc, o: Record<string, Json>, pointer: string): string | undefined => {
    const id = typeof o.id === 'string' ? o.id : undefined;
    const name = str(d, o, pointer, 'name');
    if (!id || !name) {
      problems.push(importProblem('import-format', 'a host group without id or name', at(d, pointer)));
      return undefined;
    }
    if (!groups.has(id)) {
      const g: FalconHostGroup = { key: id, name, at: at(d, pointer) };
      const t = str(d, o, pointer, 'group_type');
      if (t) g.type = t;
      const rule = str(d, o, pointer, 'assignment_rule');
      if (rule) g.assignmentRule = rule;
      const desc = str(d, o, pointer, 'description');
      if (desc) g.description = desc;
      groups.set(id, g);
    }
    return id;
  };
  // Host groups first (policies embed theirs too; the group's own entity is the better position).
  for (const { d, o, pointer } of entities) if (typeof o.group_type === 'string') addGroup(d, o, pointer);
  for (const { d, o, pointer } of entities) {
    if (typeof o.group_type === 'string') continue;
    const settings = isObject(o.settings) ? o.settings : undefined;
    const name = str(d, o, pointer, 'name');
    if (!name) continue;
    const isDefault = name.value === 'platform_default';
    const refs: GroupRef[] = [];
    if (Array.isArray(o.groups)) {
      o.groups.forEach((g, j) => {
        const gp = `${pointer}/groups/${j}`;
        const id = isObject(g) ? addGroup(d, g, gp) : typeof g === 'string' && groups.has(g) ? g : undefined;
        if (id) refs.push({ key: id, at: at(d, gp) });
        else if (!isObject(g)) problems.push(importProblem('import-reference', `policy "${name.value}" names host group ${JSON.stringify(g).slice(0, 60)}, which is not in the export`, at(d, gp)));
      });
    }
    const precedence = typeof o.precedence === 'number' && Number.isInteger(o.precedence) ? o.precedence : undefined;
    const enabled = bool(d, o, pointer, 'enabled');
    if (settings && Array.isArray(settings.ring_assignment_settings)) {
      const p: FalconContentPolicy = { key: typeof o.id === 'string' ? o.id : pointer, name, isDefault, categories: {}, hostGroups: refs, at: at(d, pointer) };
      if (enabled) p.enabled = enabled;
      const description = str(d, o, pointer, 'description');
      if (description) p.description = description;
      if (precedence !== undefined) p.precedence = precedence;
      settings.ring_assignment_settings.forEach((s, k) => {
        const sp = `${pointer}/settings/ring_assignment_settings/${k}`;
        const id = isObject(s) && typeof s.id === 'string' ? s.id : undefined;
        const c: ContentCategory | undefined = id ? apiCategoryIds[id] : undefined;
        if (!c) {
          problems.push(importProblem('import-note', `policy "${name.value}": content category ${JSON.stringify(id ?? null)} is not one ringfence knows; it was not mapped`, at(d, sp), 'warning'));
          return;
        }
        const setting = category(d, s, sp, `policy "${name.value}": ${c}`, problems);
        if (setting) p.categories[c] = setting;
      });
      model.contentPolicies.push(p);
    } else if (settings && typeof settings.build === 'string') {
      const platform = str(d, o, pointer, 'platform_name');
      const p: FalconSensorPolicy = { key: typeof o.id === 'string' ? o.id : pointer, name: isDefault ? { value: `Default (${platform?.value ?? 'platform unknown'})`, at: name.at } : name, isDefault, hostGroups: refs, at: at(d, pointer) };
      if (platform) p.platform = platform;
      if (enabled) p.enabled = enabled;
      if (precedence !== undefined) p.precedence = precedence;
      p.build = { value: sensorSelectorOf(settings.build), at: at(d, `${pointer}/settings/build`) };
      model.sensorPolicies.push(p);
    } else {
      problems.push(importProblem('import-note', `"${name.value}" is neither a host group, a content-update policy nor a sensor-update policy; it was not mapped`, at(d, pointer), 'warning'));
    }
  }
  model.hostGroups = [...groups.values()];
  model.contentPrecedenceKnown = model.contentPolicies.every((p) => p.isDefault || p.precedence !== undefined);
  model.sensorPrecedenceKnown = model.sensorPolicies.every((p) => p.isDefault || p.precedence !== undefined);
  return { model, problems };
}
