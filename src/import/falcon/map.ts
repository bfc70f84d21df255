import type { Problem } from '../../model/problem.js';
import type { ForeignPosition, ImportedDeployment } from '../types.js';
import {
  contentCategories,
  importProblem,
  type FalconContentPolicy,
  type FalconHostGroup,
  type FalconModel,
  type FalconSensorPolicy,
  type GroupRef,
  type SensorSelector,
} from './model.js';

/**
 * The Falcon model → one DeploymentConfig (docs/importers-falcon.md, "How policies become rings"):
 * - each host group → a host group, its id the slug of its Falcon name (the same from Terraform, plan JSON and the
 *   API, so one overlay serves all three); listed hosts of a static group → hosts; dynamic → unknown;
 * - each group gets the content-update policy Falcon applies to it: of the enabled policies listing it, the one of
 *   highest precedence; none → the default policy; in two policies whose order the source does not state → an
 *   error, and the group is put in both rings (DC-01 then fails: a host group in two rings);
 * - each content policy with its groups → a ring (split when its groups follow different sensor-update policies),
 *   categories → content keys of the same names, the sensor policy's build → sensor.version;
 * - rings in promotion order: by the mean hours after GA at which the ring takes its categories (ea −1, ga its
 *   delay, pause 72), then precedence, then name.
 */
export function mapFalcon(model: FalconModel): { document: ImportedDeployment; problems: Problem[] } {
  const problems: Problem[] = [];
  const positions = new Map<string, ForeignPosition>();
  const unknown: { pointer: string; why: string }[] = [];
  const put = (pointer: string, at: ForeignPosition | undefined): void => {
    if (at && !positions.has(pointer)) positions.set(pointer, at);
  };

  // Host groups and their ids.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const g of model.hostGroups) {
    let id = slug(g.name.value);
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n++;
      problems.push(importProblem('import-note', `two host groups are named "${g.name.value}" (after lower-casing); this one is mapped as ${id}-${n}`, g.name.at, 'warning'));
      id = `${id}-${n}`;
    }
    used.add(id);
    ids.set(g.key, id);
  }
  const groupByKey = new Map(model.hostGroups.map((g) => [g.key, g]));

  // Effective content policy of each group (Falcon: the highest-precedence enabled policy listing the group).
  const contentOf = effective(model.contentPolicies, groupByKey, problems, 'content-update', 'crowdstrike_content_update_policy_precedence');
  const sensorOf = effective(model.sensorPolicies, groupByKey, problems, 'sensor-update', 'crowdstrike_sensor_update_policy_precedence', true);
  const defaultContent = model.contentPolicies.find((p) => p.isDefault);
  const defaultSensors = model.sensorPolicies.filter((p) => p.isDefault);

  const hostGroups: Record<string, unknown>[] = [];
  model.hostGroups.forEach((g, i) => {
    const base = `/hostGroups/${i}`;
    const out: Record<string, unknown> = { id: ids.get(g.key)! };
    put(base, g.at);
    put(`${base}/id`, g.name.at);
    if (g.description && g.description.value.trim() !== '') {
      out.description = g.description.value;
      put(`${base}/description`, g.description.at);
    }
    if (g.listedHosts && g.type?.value !== 'dynamic') {
      out.hosts = g.listedHosts.value;
      put(`${base}/hosts`, g.listedHosts.at);
    } else {
      unknown.push({ pointer: `${base}/hosts`, why: g.type?.value === 'dynamic' ? `dynamic group "${g.name.value}": Falcon computes its members from the assignment rule when hosts check in` : `group "${g.name.value}" lists no hosts in the source` });
    }
    const sensors = sensorOf.get(g.key) ?? [];
    const os = [...new Set((sensors.length > 0 ? sensors.map((s) => s.policy) : defaultSensors).map((p) => osOf(p.platform?.value)).filter((x): x is string => x !== undefined))].sort();
    if (os.length > 0 && sensors.length > 0) {
      out.os = os;
      put(`${base}/os`, sensors[0]!.policy.platform?.at);
    }
    unknown.push({ pointer: `${base}/criticality`, why: 'Falcon has no notion of how critical a host group is' });
    hostGroups.push(out);
  });

  // Rings: one per (content policy, sensor policies) among the groups that policy governs.
  interface Draft {
    policy: FalconContentPolicy;
    sensor: FalconSensorPolicy | undefined;
    groups: { key: string; ref: GroupRef | undefined }[];
  }
  const drafts = new Map<string, Draft>();
  for (const g of model.hostGroups) {
    const assigned = contentOf.get(g.key);
    const entries = assigned && assigned.length > 0 ? assigned : defaultContent ? [{ policy: defaultContent, ref: undefined }] : [];
    if (entries.length === 0) {
      problems.push(importProblem('import-note', `host group "${g.name.value}" is in no content-update policy and the default policy is not in the source, so it is in no ring`, g.at, 'warning'));
    }
    const sensor = pickSensor(sensorOf.get(g.key)?.map((s) => s.policy) ?? defaultSensors, g, problems);
    for (const e of entries) {
      const k = `${e.policy.key}\u0000${sensor?.key ?? ''}`;
      let d = drafts.get(k);
      if (!d) drafts.set(k, (d = { policy: e.policy, sensor, groups: [] }));
      d.groups.push({ key: g.key, ref: e.ref });
    }
  }
  for (const p of model.contentPolicies) {
    if (![...drafts.values()].some((d) => d.policy === p)) {
      problems.push(importProblem('import-note', `content-update policy "${p.name.value}" applies to no host group here, so it is no ring`, p.at, 'warning'));
    }
  }
  const split = new Map<FalconContentPolicy, number>();
  for (const d of drafts.values()) split.set(d.policy, (split.get(d.policy) ?? 0) + 1);
  const ordered = [...drafts.values()].sort(
    (a, b) => exposure(a.policy) - exposure(b.policy) || rank(a.policy) - rank(b.policy) || compare(a.policy.name.value, b.policy.name.value) || compare(a.sensor?.name.value ?? '', b.sensor?.name.value ?? ''),
  );
  const rings: Record<string, unknown>[] = [];
  const names = new Set<string>();
  ordered.forEach((d, i) => {
    const base = `/rings/${i}`;
    let name = slug(d.policy.name.value);
    if ((split.get(d.policy) ?? 0) > 1) name = `${name}--${slug(d.sensor?.name.value ?? 'no-sensor-policy')}`;
    while (names.has(name)) name = `${name}-x`;
    names.add(name);
    const ring: Record<string, unknown> = { name };
    put(base, d.policy.at);
    put(`${base}/name`, d.policy.name.at);
    if (d.policy.description && d.policy.description.value.trim() !== '') {
      ring.description = d.policy.description.value;
      put(`${base}/description`, d.policy.description.at);
    }
    ring.hostGroups = d.groups.map((g) => ids.get(g.key)!);
    d.groups.forEach((g, j) => put(`${base}/hostGroups/${j}`, g.ref?.at ?? groupByKey.get(g.key)?.at));
    if (d.sensor) {
      const sensor: Record<string, unknown> = {};
      put(`${base}/sensor`, d.sensor.at);
      const b = d.sensor.build;
      if (b) {
        sensor.version = b.value.selector === 'off' ? 'pinned' : b.value.selector;
        put(`${base}/sensor/version`, b.at);
        if (b.value.build) {
          sensor.pinnedVersion = b.value.build;
          put(`${base}/sensor/pinnedVersion`, b.at);
        }
        if (b.value.selector === 'pinned' || b.value.selector === 'off') {
          unknown.push({ pointer: `${base}/sensor/pinnedSince`, why: `sensor-update policy "${d.sensor.name.value}" holds its build${b.value.selector === 'off' ? ' (sensor updates turned off)' : ''}; Falcon does not record since when` });
        }
      } else unknown.push({ pointer: `${base}/sensor/version`, why: `the build of sensor-update policy "${d.sensor.name.value}" is not known from the source` });
      ring.sensor = sensor;
    } else unknown.push({ pointer: `${base}/sensor`, why: 'no sensor-update policy applies to these groups in the source' });
    const content: Record<string, unknown> = {};
    put(`${base}/content`, d.policy.at);
    for (const c of contentCategories) {
      const s = d.policy.categories[c];
      if (!s?.ring) {
        unknown.push({ pointer: `${base}/content/${c}`, why: `content-update policy "${d.policy.name.value}" does not say how it takes ${c}` });
        continue;
      }
      const entry: Record<string, unknown> = { ring: s.ring.value };
      const cb = `${base}/content/${c}`;
      // A finding about the entry sits on the line that decides it: the delay of a GA entry, else the assignment.
      put(cb, s.ring.value === 'ga' && s.delayHours ? s.delayHours.at : s.ring.at);
      put(`${cb}/ring`, s.ring.at);
      if (s.ring.value === 'ga') {
        // The provider and the API send delay 0 when none is set.
        entry.delayHours = s.delayHours?.value ?? 0;
        put(`${cb}/delayHours`, s.delayHours?.at ?? s.ring.at);
      }
      if (s.pinnedContentVersion) {
        entry.pinnedVersion = s.pinnedContentVersion.value;
        put(`${cb}/pinnedVersion`, s.pinnedContentVersion.at);
        unknown.push({ pointer: `${cb}/pinnedSince`, why: `${c} is pinned to ${s.pinnedContentVersion.value}; Falcon does not record since when` });
      }
      content[c] = entry;
    }
    ring.content = content;
    rings.push(ring);
  });

  put('', model.at);
  put('/metadata', model.at);
  for (const [pointer, why] of [
    ['/metadata/organization', 'Falcon policies do not name the organisation'],
    ['/metadata/fleetSize', 'the number of hosts is in the console, not in the policies'],
    ['/pairs', 'which host groups stand in for each other is not in Falcon'],
    ['/healthMonitoring', 'Falcon update policies have no health gate'],
    ['/recovery', 'recovery readiness is not in Falcon'],
    ['/incidentResponse', 'who is called, and the reporting clocks, are not in Falcon'],
  ] as const) {
    unknown.push({ pointer, why });
  }
  for (const n of model.notes) unknown.push({ pointer: '', why: n.why });

  const value: Record<string, unknown> = {
    apiVersion: 'ringfence.dev/v1',
    kind: 'DeploymentConfig',
    metadata: { product: 'CrowdStrike Falcon', vendor: 'CrowdStrike' },
    hostGroups,
    rings,
  };
  return { document: { value, positions, unknown, sources: model.sources }, problems };
}

/** A Falcon name as a host-group id or ring name: lower case, words joined by "-". */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return s === '' ? 'unnamed' : s.slice(0, 80);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rank(p: FalconContentPolicy): number {
  return p.isDefault ? Number.MAX_SAFE_INTEGER : (p.precedence ?? Number.MAX_SAFE_INTEGER - 1);
}

/** Mean hours after GA at which the policy takes its categories: ea −1, ga its delay, pause 72. */
export function exposure(p: FalconContentPolicy): number {
  const hours = contentCategories
    .map((c) => p.categories[c])
    .filter((s) => s?.ring)
    .map((s) => (s!.ring!.value === 'ea' ? -1 : s!.ring!.value === 'pause' ? 72 : (s!.delayHours?.value ?? 0)));
  return hours.length === 0 ? Number.MAX_SAFE_INTEGER : hours.reduce((a, b) => a + b, 0) / hours.length;
}

function osOf(platform: string | undefined): string | undefined {
  const p = platform?.toLowerCase();
  return p === 'windows' ? 'windows' : p === 'linux' ? 'linux' : p === 'mac' ? 'macos' : undefined;
}

type Policy = FalconContentPolicy | FalconSensorPolicy;

/**
 * For each group, the policies Falcon applies to it: the enabled policies listing it; when several (per platform,
 * for sensor policies), the one of highest precedence; when not all of them have a stated place → an error and all
 * of them.
 */
function effective<P extends Policy>(
  policies: readonly P[],
  groups: ReadonlyMap<string, FalconHostGroup>,
  problems: Problem[],
  what: string,
  resource: string,
  perPlatform = false,
): Map<string, { policy: P; ref: GroupRef }[]> {
  const listing = new Map<string, { policy: P; ref: GroupRef }[]>();
  for (const p of policies) {
    if (p.isDefault) continue;
    for (const ref of p.hostGroups) {
      if (!groups.has(ref.key)) {
        problems.push(importProblem('import-reference', `${what} policy "${p.name.value}" names host group ${ref.key}, which is not in the source`, ref.at));
        continue;
      }
      if (p.enabled?.value === false) {
        problems.push(importProblem('import-note', `${what} policy "${p.name.value}" is disabled, so it does not apply to host group ${groups.get(ref.key)!.name.value}`, p.enabled.at, 'warning'));
        continue;
      }
      const l = listing.get(ref.key) ?? [];
      // host_groups is a set: a group named twice by one policy is in it once.
      if (l.some((e) => e.policy === p)) continue;
      l.push({ policy: p, ref });
      listing.set(ref.key, l);
    }
  }
  const out = new Map<string, { policy: P; ref: GroupRef }[]>();
  for (const [key, all] of listing) {
    const buckets = new Map<string, { policy: P; ref: GroupRef }[]>();
    for (const e of all) {
      const b = perPlatform ? ((e.policy as FalconSensorPolicy).platform?.value.toLowerCase() ?? '') : '';
      buckets.set(b, [...(buckets.get(b) ?? []), e]);
    }
    const chosen: { policy: P; ref: GroupRef }[] = [];
    for (const entries of buckets.values()) {
      if (entries.length === 1) {
        chosen.push(entries[0]!);
        continue;
      }
      const name = groups.get(key)!.name.value;
      // Listed in a precedence resource (strict, or dynamic: listed ones come first, in order) or numbered by the API.
      if (entries.every((e) => e.policy.precedence !== undefined)) {
        const sorted = [...entries].sort((a, b) => a.policy.precedence! - b.policy.precedence!);
        chosen.push(sorted[0]!);
        for (const lost of sorted.slice(1)) {
          problems.push(importProblem('import-note', `host group "${name}" is also in ${what} policy "${lost.policy.name.value}", but "${sorted[0]!.policy.name.value}" has higher precedence and is the one Falcon applies`, lost.ref.at, 'warning'));
        }
      } else {
        chosen.push(...entries);
        for (const e of entries.slice(1)) {
          problems.push(
            importProblem(
              'import-ambiguous',
              `host group "${name}" is in ${what} policies ${entries.map((x) => `"${x.policy.name.value}"`).join(' and ')} and the source does not state their precedence, so which one Falcon applies is unknown (set it with ${resource}); the group is mapped into each of their rings`,
              e.ref.at,
            ),
          );
        }
      }
    }
    out.set(key, chosen);
  }
  return out;
}

const selectorRank: Record<SensorSelector, number> = { n: 0, 'n-1': 1, 'n-2': 2, pinned: 3, off: 4 };

/** The sensor policy a ring is described by: when a group's platforms follow different ones, the most current. */
function pickSensor(policies: readonly FalconSensorPolicy[], g: FalconHostGroup, problems: Problem[]): FalconSensorPolicy | undefined {
  if (policies.length <= 1) return policies[0];
  const sorted = [...policies].sort((a, b) => selectorRank[a.build?.value.selector ?? 'off'] - selectorRank[b.build?.value.selector ?? 'off'] || compare(a.key, b.key));
  const first = sorted[0]!;
  if (sorted.some((p) => p.build?.value.selector !== first.build?.value.selector)) {
    problems.push(
      importProblem(
        'import-note',
        `host group "${g.name.value}" follows sensor-update policies ${sorted.map((p) => `"${p.name.value}" (${p.build?.value.selector ?? 'unknown'})`).join(', ')} on different platforms; its ring is described by the most current, ${first.build?.value.selector ?? 'unknown'}`,
        g.at,
        'warning',
      ),
    );
  }
  return first;
}
