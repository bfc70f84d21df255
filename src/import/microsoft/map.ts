import path from 'node:path';
import { parseYamlText, type SourceLocations } from '../../load/parse-yaml.js';
import { joinPointer } from '../../load/pointer.js';
import type { Problem } from '../../model/problem.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { ForeignFile, ForeignPosition, ImportedDeployment } from '../types.js';
import { acceptedValues, categoryOfDefinition, categoryOfOmaUri, channelOf, type Channel, type DefenderCategory } from './channels.js';

/**
 * Maps Microsoft Intune exports (Microsoft Graph JSON) onto a DeploymentConfig:
 * - Windows Update for Business rings (`#microsoft.graph.windowsUpdateForBusinessConfiguration`) → `osUpdateRings`;
 * - Microsoft Defender for Endpoint update channels for engine, platform and security intelligence, from a
 *   settings-catalog policy (`configurationPolicies` with `settings`) or a custom OMA-URI profile
 *   (`#microsoft.graph.windows10CustomConfiguration`) → `rings` with per-category `content`, in the order the
 *   channels receive updates (Beta first);
 * - the Entra ID groups they are assigned to → `hostGroups`.
 * Everything is read from the parsed JSON, never evaluated; every mapped value keeps its position in the export.
 */

export const microsoftLimits = {
  /** Most policies (array entries) read from one file. */
  maxEntries: 1_000,
  /** Most assignments read from one policy. */
  maxAssignments: 1_000,
  /** Most distinct host groups in one folder. */
  maxHostGroups: 5_000,
  /** Deepest nesting of settings-catalog setting instances followed. */
  maxSettingDepth: 16,
};

const wufbType = '#microsoft.graph.windowsUpdateForBusinessConfiguration';
const omaType = '#microsoft.graph.windows10CustomConfiguration';
const catalogType = '#microsoft.graph.deviceManagementConfigurationPolicy';
const knownTypes = [wufbType, omaType, catalogType];
const product = 'Microsoft Defender for Endpoint';
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One parsed export file. */
interface Source {
  file: string;
  locations: SourceLocations;
}

/** A value together with where it is. */
interface At {
  src: Source;
  pointer: string;
}

interface Assigned {
  id: string;
  at: At;
  description?: string;
}

interface OsRing {
  name: string;
  description?: string;
  at: At;
  nameAt: At;
  groups: Assigned[];
  assignmentsAt: At;
  fields: { path: string; value: unknown; at: At }[];
}

interface DefenderPolicy {
  name: string;
  description?: string;
  at: At;
  nameAt: At;
  groups: Assigned[];
  assignmentsAt: At;
  settingsAt: At;
  content: Partial<Record<DefenderCategory, { channel: Channel; at: At }>>;
  order: number;
}

class Context {
  readonly problems: Problem[] = [];
  /** Positions looked up once per source and pointer: a value is often the position of several mapped values. */
  private readonly cache = new Map<Source, Map<string, ForeignPosition | undefined>>();

  position(at: At): ForeignPosition | undefined {
    let bySource = this.cache.get(at.src);
    if (!bySource) this.cache.set(at.src, (bySource = new Map()));
    if (bySource.has(at.pointer)) return bySource.get(at.pointer);
    const loc = at.src.locations.get(at.pointer);
    const p = loc ? { file: at.src.file, range: loc.value } : undefined;
    bySource.set(at.pointer, p);
    return p;
  }

  report(severity: 'error' | 'warning', at: At, message: string): void {
    const loc = at.src.locations.get(at.pointer);
    // A problem about a key's value sits on the value; about an entry that is not there, on its parent.
    this.problems.push({
      severity,
      code: 'import',
      file: at.src.file,
      ...(loc ? { range: loc.value } : {}),
      pointer: at.pointer,
      message,
    });
  }
}

/** `configurationPolicies[3].settings[0]`: a pointer as a reader finds it in the export. */
export function describePointer(pointer: string): string {
  if (pointer === '') return 'the document';
  let out = '';
  for (const t of pointer.slice(1).split('/')) {
    const token = t.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^(0|[1-9]\d*)$/.test(token) ? `[${token}]` : /^[A-Za-z_@$][\w@.$]*$/.test(token) ? (out === '' ? token : `.${token}`) : `[${JSON.stringify(token)}]`;
  }
  return out;
}

const child = (at: At, token: string | number): At => ({ src: at.src, pointer: joinPointer(at.pointer, token) });
const where = (at: At) => describePointer(at.pointer);
const show = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : isObj(v) ? 'an object' : String(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

/** Maps the Microsoft export files of one folder (or several folders: one DeploymentConfig per folder). */
export function mapMicrosoft(files: readonly ForeignFile[]): { documents: ImportedDeployment[]; problems: Problem[] } {
  const byFolder = new Map<string, ForeignFile[]>();
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const dir = path.dirname(f.file);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f]);
  }
  const documents: ImportedDeployment[] = [];
  const problems: Problem[] = [];
  for (const group of byFolder.values()) {
    const r = mapFolder(group);
    if (r.document) documents.push(r.document);
    problems.push(...r.problems);
  }
  return { documents, problems };
}

function mapFolder(files: readonly ForeignFile[]): { document?: ImportedDeployment; problems: Problem[] } {
  const ctx = new Context();
  const osRings: OsRing[] = [];
  const policies: DefenderPolicy[] = [];
  let first: At | undefined;

  for (const f of files) {
    const trimmed = f.text.replace(/^\ufeff/, '').trimStart();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
      ctx.problems.push({
        severity: 'error',
        code: 'import',
        file: f.file,
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
        message: 'not JSON: an Intune export from Microsoft Graph is a JSON object (one policy, or a "value" list of policies) or a JSON list; nothing in this file was imported',
      });
      continue;
    }
    const parsed = parseYamlText(f.text, f.file);
    ctx.problems.push(...parsed.problems.map((p) => ({ ...p, message: `${p.message} (the export was not imported)` })));
    const doc = parsed.documents[0];
    if (!doc || parsed.problems.some((p) => p.severity === 'error')) continue;
    const src: Source = { file: f.file, locations: doc.locations };
    const root: At = { src, pointer: '' };
    const entries: { value: Obj; at: At; single: boolean }[] = [];
    const list = Array.isArray(doc.value) ? { items: doc.value, at: root } : isObj(doc.value) && Array.isArray(doc.value['value']) && !('@odata.type' in doc.value) ? { items: doc.value['value'] as Json[], at: child(root, 'value') } : undefined;
    if (list) {
      if (list.items.length > microsoftLimits.maxEntries) {
        ctx.report('error', list.at, `${where(list.at) === 'the document' ? 'the list' : where(list.at)} has ${list.items.length} entries; at most ${microsoftLimits.maxEntries} policies are read from one file: split the export (nothing in this file was imported)`);
        continue;
      }
      list.items.forEach((v, i) => {
        if (isObj(v)) entries.push({ value: v, at: child(list.at, i), single: false });
        else ctx.report('error', child(list.at, i), `${where(child(list.at, i))} is ${show(v)}; expected a policy (a JSON object)`);
      });
    } else if (isObj(doc.value)) {
      entries.push({ value: doc.value, at: root, single: true });
    } else {
      ctx.report('error', root, `the file holds ${show(doc.value)}; expected an Intune policy (a JSON object), a Graph "value" list or a JSON list of policies`);
      continue;
    }

    const skipped = new Map<string, number>();
    for (const e of entries) {
      const type = e.value['@odata.type'];
      if (type === wufbType) {
        const r = readWufb(ctx, e.value, e.at);
        if (r) osRings.push(r);
        first ??= e.at;
      } else if (type === omaType) {
        const r = readOma(ctx, e.value, e.at, policies.length);
        if (r) policies.push(r);
        first ??= e.at;
      } else if ((type === undefined || type === catalogType) && Array.isArray(e.value['settings'])) {
        const r = readCatalog(ctx, e.value, e.at, policies.length);
        if (r) policies.push(r);
        first ??= e.at;
      } else if (typeof type === 'string' && type.startsWith('#microsoft.graph.') && !knownTypes.some((k) => k.toLowerCase() === type.toLowerCase()) && !e.single) {
        // A Graph list of every device configuration holds other kinds too: they are not rings, and are counted.
        skipped.set(type, (skipped.get(type) ?? 0) + 1);
      } else {
        const hint = typeof type === 'string' ? didYouMean(type, knownTypes) : undefined;
        ctx.report(
          'error',
          typeof type === 'string' ? child(e.at, '@odata.type') : e.at,
          typeof type === 'string'
            ? `${where(child(e.at, '@odata.type'))} is ${show(type)}${hint ? ` (did you mean "${hint}"?)` : ''}, which is not a kind this importer reads: "${wufbType}" (a Windows Update for Business ring), "${omaType}" (OMA-URI settings) or a settings-catalog policy with "settings"; this policy was not imported`
            : `${where(e.at)} has no "@odata.type" and no "settings": it is neither a Windows Update for Business ring nor a Defender settings-catalog policy; it was not imported`,
        );
      }
    }
    if (skipped.size > 0) {
      const kinds = [...skipped].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n} × ${t.slice('#microsoft.graph.'.length)}`);
      ctx.report('warning', list ? list.at : root, `${[...skipped.values()].reduce((a, b) => a + b, 0)} polic${[...skipped.values()].reduce((a, b) => a + b, 0) === 1 ? 'y' : 'ies'} of other kinds skipped (${kinds.slice(0, 10).join(', ')}${kinds.length > 10 ? ', …' : ''}): only update rings and Defender update channels are imported`);
    }
  }

  if (!first || osRings.length + policies.length === 0) {
    if (!ctx.problems.some((p) => p.severity === 'error') && files[0]) {
      // A folder of Intune exports about other things is not an error in itself; nothing is mapped from it.
      ctx.problems.push({ severity: 'warning', code: 'import', file: files[0].file, message: 'no Windows Update for Business ring and no Defender update-channel setting was found in the Intune export(s) of this folder: nothing was imported' });
    }
    return { problems: ctx.problems };
  }
  return { document: build(ctx, first, osRings, policies, files.map((f) => f.file)), problems: ctx.problems };
}

function text(ctx: Context, obj: Obj, at: At, key: string, required: boolean): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    if (required) ctx.report('error', at, `${where(at)} has no "${key}"; every policy in an export is named`);
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') {
    ctx.report('error', child(at, key), `${where(child(at, key))} is ${show(v)}; expected a name (text)`);
    return undefined;
  }
  return v.trim();
}

/** The groups a policy is assigned to (its `assignments`, exported with `$expand=assignments`). */
function readAssignments(ctx: Context, obj: Obj, at: At): { groups: Assigned[]; at: At } | undefined {
  const aAt = child(at, 'assignments');
  const list = obj['assignments'];
  if (list === undefined) {
    ctx.report('error', at, `${where(at) === 'the document' ? 'the policy' : where(at)} has no "assignments", so the groups it reaches are unknown: export it with $expand=assignments (Graph) — it was not imported`);
    return undefined;
  }
  if (!Array.isArray(list)) {
    ctx.report('error', aAt, `${where(aAt)} is ${show(list)}; expected a list of assignments`);
    return undefined;
  }
  if (list.length > microsoftLimits.maxAssignments) {
    ctx.report('error', aAt, `${where(aAt)} has ${list.length} assignments; at most ${microsoftLimits.maxAssignments} are read: the policy was not imported`);
    return undefined;
  }
  const included: Assigned[] = [];
  const excluded: Assigned[] = [];
  let ok = true;
  list.forEach((a, i) => {
    const target = isObj(a) ? a['target'] : undefined;
    const tAt = child(child(aAt, i), 'target');
    if (!isObj(target)) {
      ctx.report('error', child(aAt, i), `${where(child(aAt, i))} has no "target" object`);
      ok = false;
      return;
    }
    const type = target['@odata.type'];
    const filterType = target['deviceAndAppManagementAssignmentFilterType'];
    if ((filterType === 'include' || filterType === 'exclude') && typeof target['deviceAndAppManagementAssignmentFilterId'] === 'string') {
      ctx.report('warning', child(tAt, 'deviceAndAppManagementAssignmentFilterType'), `${where(tAt)} has an assignment filter (${filterType}), which is not evaluated: the whole group is counted as assigned`);
    }
    if (type === '#microsoft.graph.groupAssignmentTarget' || type === '#microsoft.graph.exclusionGroupAssignmentTarget') {
      const id = target['groupId'];
      const idAt = child(tAt, 'groupId');
      if (typeof id !== 'string' || !guid.test(id)) {
        ctx.report('error', typeof id === 'string' ? idAt : tAt, `${where(idAt)} is ${show(id)}; expected an Entra ID group object id (a GUID such as 0c8f7d3e-1a2b-4c5d-8e9f-00aa11bb22cc)`);
        ok = false;
        return;
      }
      (type === '#microsoft.graph.groupAssignmentTarget' ? included : excluded).push({ id: id.toLowerCase(), at: idAt });
    } else if (type === '#microsoft.graph.allDevicesAssignmentTarget') {
      included.push({ id: 'all-devices', at: child(tAt, '@odata.type'), description: 'Every device enrolled in Intune (the built-in "All devices" assignment).' });
    } else if (type === '#microsoft.graph.allLicensedUsersAssignmentTarget') {
      included.push({ id: 'all-users', at: child(tAt, '@odata.type'), description: 'The devices of every licensed user (the built-in "All users" assignment).' });
    } else {
      ctx.report('error', typeof type === 'string' ? child(tAt, '@odata.type') : tAt, `${where(child(tAt, '@odata.type'))} is ${show(type)}; expected a group, exclusion-group, all-devices or all-users assignment target`);
      ok = false;
    }
  });
  if (!ok) return undefined;
  const groups: Assigned[] = [];
  for (const g of included) {
    if (excluded.some((x) => x.id === g.id)) continue; // Intune: an exclusion of the same group wins.
    if (!groups.some((x) => x.id === g.id)) groups.push(g);
  }
  for (const x of excluded) {
    if (!included.some((g) => g.id === x.id)) {
      ctx.report('warning', x.at, `group ${x.id} is excluded from this policy but not one of its included groups; membership is not known here, so the exclusion is not applied to the included groups`);
    }
  }
  return { groups, at: aAt };
}

interface NumberField {
  key: string;
  path: string;
  min: number;
  max: number;
}

const wufbNumbers: readonly NumberField[] = [
  { key: 'qualityUpdatesDeferralPeriodInDays', path: 'quality/deferralDays', min: 0, max: 30 },
  { key: 'featureUpdatesDeferralPeriodInDays', path: 'feature/deferralDays', min: 0, max: 365 },
  { key: 'deadlineForQualityUpdatesInDays', path: 'quality/deadlineDays', min: 0, max: 30 },
  { key: 'deadlineForFeatureUpdatesInDays', path: 'feature/deadlineDays', min: 0, max: 30 },
  { key: 'deadlineGracePeriodInDays', path: 'gracePeriodDays', min: 0, max: 7 },
];

function readWufb(ctx: Context, obj: Obj, at: At): OsRing | undefined {
  const name = text(ctx, obj, at, 'displayName', true);
  const description = typeof obj['description'] === 'string' && obj['description'].trim() !== '' ? obj['description'].trim() : undefined;
  const assigned = readAssignments(ctx, obj, at);
  const fields: OsRing['fields'] = [];
  let ok = name !== undefined && assigned !== undefined;
  for (const f of wufbNumbers) {
    const v = obj[f.key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < f.min || v > f.max) {
      ctx.report('error', child(at, f.key), `${where(child(at, f.key))} is ${show(v)}; Intune accepts whole days from ${f.min} to ${f.max}; this ring was not imported`);
      ok = false;
      continue;
    }
    fields.push({ path: f.path, value: v, at: child(at, f.key) });
  }
  for (const kind of ['quality', 'feature'] as const) {
    const key = `${kind}UpdatesPaused`;
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') {
      ctx.report('error', child(at, key), `${where(child(at, key))} is ${show(v)}; expected true or false; this ring was not imported`);
      ok = false;
      continue;
    }
    fields.push({ path: `${kind}/paused`, value: v, at: child(at, key) });
    const eKey = `${kind}UpdatesPauseExpiryDateTime`;
    const e = obj[eKey];
    if (!v || e === undefined || e === null) continue;
    if (typeof e !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(e) || Number.isNaN(Date.parse(e))) {
      ctx.report('error', child(at, eKey), `${where(child(at, eKey))} is ${show(e)}; expected a date and time such as 2026-12-24T00:00:00Z; this ring was not imported`);
      ok = false;
      continue;
    }
    // Graph writes 0001-01-01T00:00:00Z for "no expiry recorded": the pause's end is then not known.
    if (e.startsWith('0001-')) continue;
    fields.push({ path: `${kind}/pausedUntil`, value: new Date(Date.parse(e)).toISOString().replace('.000Z', 'Z'), at: child(at, eKey) });
  }
  if (!ok || name === undefined || assigned === undefined) return undefined;
  const order = ['deferralDays', 'paused', 'pausedUntil', 'deadlineDays'];
  fields.sort((a, b) => (a.path.split('/')[0]! < b.path.split('/')[0]! ? -1 : a.path.split('/')[0]! > b.path.split('/')[0]! ? 1 : 0) || order.indexOf(a.path.split('/')[1] ?? '') - order.indexOf(b.path.split('/')[1] ?? ''));
  if (assigned.groups.length === 0) {
    ctx.report('warning', assigned.at, `update ring "${name}" is assigned to no group: it reaches no device and is not imported as a ring`);
    return undefined;
  }
  return { name, ...(description ? { description } : {}), at, nameAt: child(at, 'displayName'), groups: assigned.groups, assignmentsAt: assigned.at, fields };
}

function readChannel(ctx: Context, policy: DefenderPolicy, category: DefenderCategory, raw: unknown, at: At, label: string): boolean {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : undefined;
  const channel = value === undefined ? undefined : channelOf(category, value);
  if (!channel) {
    ctx.report('error', at, `${label} is ${show(raw)}, which is not a Defender ${category.replace('_', ' ')} update channel; the channels are ${acceptedValues(category)}; this policy was not imported`);
    return false;
  }
  if (policy.content[category]) {
    ctx.report('error', at, `${label}: the ${category.replace('_', ' ')} update channel is set twice in this policy (also at line ${ctx.position(policy.content[category]!.at)?.range.startLine ?? '?'})`);
    return false;
  }
  policy.content[category] = { channel, at };
  return true;
}

function readCatalog(ctx: Context, obj: Obj, at: At, order: number): DefenderPolicy | undefined {
  const settings = obj['settings'] as Json[];
  const settingsAt = child(at, 'settings');
  const policy: DefenderPolicy = { name: '', at, nameAt: child(at, 'name'), groups: [], assignmentsAt: child(at, 'assignments'), settingsAt, content: {}, order };
  let ok = true;
  let found = false;
  const visit = (instance: Json, iAt: At, depth: number) => {
    if (!isObj(instance) || depth > microsoftLimits.maxSettingDepth) return;
    const id = instance['settingDefinitionId'];
    if (typeof id === 'string') {
      const category = categoryOfDefinition(id);
      if (category) {
        found = true;
        const choice = instance['choiceSettingValue'];
        const vAt = child(child(iAt, 'choiceSettingValue'), 'value');
        const raw = isObj(choice) ? choice['value'] : undefined;
        const prefix = `${id.toLowerCase()}_`;
        if (typeof raw !== 'string' || !raw.toLowerCase().startsWith(prefix)) {
          ctx.report('error', isObj(choice) && raw !== undefined ? vAt : iAt, `${where(iAt)} sets ${id} to ${show(raw)}; expected a choice value "${prefix}<n>" with n one of ${acceptedValues(category)}`);
          ok = false;
        } else {
          ok = readChannel(ctx, policy, category, raw.slice(prefix.length), vAt, `${where(vAt)} ("${raw}")`) && ok;
        }
      } else if (/update_?s?channel/i.test(id)) {
        const hint = didYouMean(id, ['device_vendor_msft_defender_configuration_engineupdateschannel', 'device_vendor_msft_defender_configuration_platformupdateschannel', 'device_vendor_msft_defender_configuration_securityintelligenceupdateschannel']);
        ctx.report('warning', child(iAt, 'settingDefinitionId'), `setting ${show(id)} looks like an update channel but is not one ringfence knows${hint ? `; did you mean "${hint}"?` : ''}: it was not imported`);
      }
    }
    // Setting instances nest: a choice's children, a group collection's children.
    const nested: { list: Json; at: At }[] = [];
    const choice = instance['choiceSettingValue'];
    if (isObj(choice)) nested.push({ list: choice['children'], at: child(child(iAt, 'choiceSettingValue'), 'children') });
    const group = instance['groupSettingCollectionValue'];
    if (Array.isArray(group)) group.forEach((g, i) => isObj(g) && nested.push({ list: g['children'], at: child(child(child(iAt, 'groupSettingCollectionValue'), i), 'children') }));
    for (const n of nested) if (Array.isArray(n.list)) n.list.forEach((c, i) => visit(c, child(n.at, i), depth + 1));
  };
  settings.forEach((s, i) => {
    if (isObj(s)) visit(s['settingInstance'], child(child(settingsAt, i), 'settingInstance'), 0);
  });
  if (!found) return undefined; // a settings-catalog policy about something else: not a ring
  const name = text(ctx, obj, at, 'name', true);
  const description = typeof obj['description'] === 'string' && obj['description'].trim() !== '' ? obj['description'].trim() : undefined;
  const assigned = readAssignments(ctx, obj, at);
  if (!ok || name === undefined || assigned === undefined) return undefined;
  return finish(ctx, { ...policy, name, ...(description ? { description } : {}), groups: assigned.groups, assignmentsAt: assigned.at });
}

function readOma(ctx: Context, obj: Obj, at: At, order: number): DefenderPolicy | undefined {
  const list = obj['omaSettings'];
  const settingsAt = child(at, 'omaSettings');
  if (!Array.isArray(list)) {
    ctx.report('error', Array.isArray(list) || list === undefined ? at : settingsAt, `${where(at) === 'the document' ? 'the profile' : where(at)} has no "omaSettings" list`);
    return undefined;
  }
  const policy: DefenderPolicy = { name: '', at, nameAt: child(at, 'displayName'), groups: [], assignmentsAt: child(at, 'assignments'), settingsAt, content: {}, order };
  let ok = true;
  let found = false;
  list.forEach((s, i) => {
    if (!isObj(s) || typeof s['omaUri'] !== 'string') return;
    const category = categoryOfOmaUri(s['omaUri']);
    if (!category) return;
    found = true;
    const vAt = child(child(settingsAt, i), 'value');
    ok = readChannel(ctx, policy, category, s['value'], s['value'] === undefined ? child(settingsAt, i) : vAt, `${where(vAt)} (${s['omaUri'].trim()})`) && ok;
  });
  if (!found) return undefined; // custom OMA-URI settings about something else
  const name = text(ctx, obj, at, 'displayName', true);
  const description = typeof obj['description'] === 'string' && obj['description'].trim() !== '' ? obj['description'].trim() : undefined;
  const assigned = readAssignments(ctx, obj, at);
  if (!ok || name === undefined || assigned === undefined) return undefined;
  return finish(ctx, { ...policy, name, ...(description ? { description } : {}), groups: assigned.groups, assignmentsAt: assigned.at });
}

function finish(ctx: Context, p: DefenderPolicy): DefenderPolicy | undefined {
  if (p.groups.length === 0) {
    // An unassigned Beta policy would otherwise become an empty, "small" first ring.
    ctx.report('warning', p.assignmentsAt, `Defender update policy "${p.name}" is assigned to no group: it reaches no device and is not imported as a ring`);
    return undefined;
  }
  return p;
}

/** Earliest first: the channel that gets updates first decides, then the latest one, then the export order. */
function ringOrder(a: DefenderPolicy, b: DefenderPolicy): number {
  const ranks = (p: DefenderPolicy) => Object.values(p.content).map((c) => c.channel.rank);
  const [ra, rb] = [ranks(a), ranks(b)];
  return Math.min(...ra) - Math.min(...rb) || Math.max(...ra) - Math.max(...rb) || a.order - b.order;
}

function build(ctx: Context, first: At, osRings: OsRing[], policies: DefenderPolicy[], sources: string[]): ImportedDeployment {
  const positions = new Map<string, ForeignPosition>();
  const put = (pointer: string, at: At) => {
    if (positions.has(pointer)) return;
    const p = ctx.position(at);
    if (p) positions.set(pointer, p);
  };
  const unknown: { pointer: string; why: string }[] = [];
  const hostGroups: Record<string, unknown>[] = [];
  const groupIndex = new Map<string, number>();
  const addGroup = (g: Assigned): string => {
    if (!groupIndex.has(g.id)) {
      if (groupIndex.size >= microsoftLimits.maxHostGroups) {
        if (groupIndex.size === microsoftLimits.maxHostGroups) ctx.report('error', g.at, `more than ${microsoftLimits.maxHostGroups} groups are assigned in this folder's exports; the rest were not imported`);
        groupIndex.set(g.id, -1);
        return g.id;
      }
      const i = hostGroups.length;
      groupIndex.set(g.id, i);
      hostGroups.push({ id: g.id, ...(g.description ? { description: g.description } : {}) });
      put(`/hostGroups/${i}`, g.at);
      put(`/hostGroups/${i}/id`, g.at);
      unknown.push({ pointer: `/hostGroups/${i}/hosts`, why: `how many devices Entra ID group ${g.id} holds: an Intune export names groups, not their (often dynamic) members` });
      unknown.push({ pointer: `/hostGroups/${i}/criticality`, why: `how critical the devices of group ${g.id} are: the organisation's judgement, not an Intune setting` });
    }
    return g.id;
  };

  const sorted = [...policies].sort(ringOrder);
  const rings = sorted.map((p, i) => {
    const base = `/rings/${i}`;
    put(base, p.at);
    put(`${base}/name`, p.nameAt);
    put(`${base}/hostGroups`, p.assignmentsAt);
    p.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.at));
    put(`${base}/content`, p.settingsAt);
    const content: Record<string, unknown> = {};
    for (const category of ['engine', 'platform', 'security_intelligence'] as const) {
      const c = p.content[category];
      if (!c) continue;
      content[category] = { ring: c.channel.ring, ...(c.channel.delayHours !== undefined ? { delayHours: c.channel.delayHours } : {}) };
      put(`${base}/content/${category}`, c.at);
      put(`${base}/content/${category}/ring`, c.at);
      if (c.channel.delayHours !== undefined) put(`${base}/content/${category}/delayHours`, c.at);
    }
    return {
      name: p.name,
      description: `${p.description ? `${p.description} ` : ''}Defender update channels: ${(['engine', 'platform', 'security_intelligence'] as const)
        .filter((c) => p.content[c])
        .map((c) => `${c.replace('_', ' ')} ${p.content[c]!.channel.title}`)
        .join(', ')}.`,
      hostGroups: p.groups.map(addGroup),
      content,
    };
  });
  rings.forEach((_, i) => put(`/rings/${i}/description`, sorted[i]!.settingsAt));

  const osUpdateRings = osRings.map((r, i) => {
    const base = `/osUpdateRings/${i}`;
    put(base, r.at);
    put(`${base}/name`, r.nameAt);
    put(`${base}/hostGroups`, r.assignmentsAt);
    r.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.at));
    const ring: Record<string, unknown> = { name: r.name, ...(r.description ? { description: r.description } : {}), hostGroups: r.groups.map(addGroup) };
    if (r.description) put(`${base}/description`, child(r.at, 'description'));
    for (const f of r.fields) {
      const [head, tail] = f.path.split('/') as [string, string | undefined];
      if (tail === undefined) ring[head] = f.value;
      else {
        ring[head] ??= {};
        (ring[head] as Record<string, unknown>)[tail] = f.value;
        put(`${base}/${head}`, f.at);
      }
      put(`${base}/${f.path}`, f.at);
    }
    return ring;
  });

  const value: Record<string, unknown> = {
    apiVersion: 'ringfence.dev/v1',
    kind: 'DeploymentConfig',
    metadata: policies.length > 0 ? { product, vendor: 'Microsoft' } : {},
    hostGroups,
    ...(rings.length > 0 ? { rings } : {}),
    ...(osUpdateRings.length > 0 ? { osUpdateRings } : {}),
  };
  put('', first);
  put('/metadata', first);
  if (sorted[0]) {
    const c = Object.values(sorted[0].content)[0];
    if (c) {
      put('/metadata/product', c.at);
      put('/metadata/vendor', c.at);
    }
  }
  put('/hostGroups', first);
  unknown.unshift({ pointer: '/metadata/organization', why: 'the organisation: an Intune export does not name its tenant' });
  if (policies.length === 0) {
    unknown.push({ pointer: '/metadata/product', why: 'the EDR product: no Defender update-channel policy was in the export, so the EDR rings are not known either' });
    unknown.push({ pointer: '/rings', why: "the EDR's rings: no Defender update-channel policy was in the export" });
  }
  unknown.push(
    { pointer: '/metadata/fleetSize', why: 'the number of devices: an Intune policy export does not count devices' },
    { pointer: '/recovery', why: 'recovery readiness (BitLocker key escrow, Quick Machine Recovery, drills) is not part of these policies' },
    { pointer: '/incidentResponse', why: 'who is called and which reporting clocks apply is not part of these policies' },
    { pointer: '/pairs', why: 'which groups stand in for each other (HA/DR partners) is not known to Intune' },
  );
  return { value, positions, unknown, sources };
}
