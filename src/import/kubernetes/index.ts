import { parseYamlText, type ParsedDocument } from '../../load/parse-yaml.js';
import { rangeFor } from '../../load/validate.js';
import type { Problem } from '../../model/problem.js';
import { recogniseKubernetes } from '../kinds.js';
import type { ForeignFile, ForeignPosition, ImportContext, ImportedDeployment, Importer } from '../types.js';

/**
 * Kubernetes (docs/importers.md#kubernetes): every DaemonSet (apps/v1) and Argo Rollout (argoproj.io/v1alpha1) in the
 * files is a sensor rollout to nodes, mapped onto one DeploymentConfig each:
 * - a DaemonSet's RollingUpdate replaces `maxUnavailable` nodes at a time (or `maxSurge`, when maxUnavailable is 0),
 *   each batch waiting `minReadySeconds` once ready: its first batch is a ring, its second batch a ring
 *   `minReadySeconds` later, and the rest a ring after that. `maxUnavailable: 100%`, or a batch as large as the
 *   node count, is one ring: all at once. OnDelete has no rollout order to map (rings unknown);
 * - an Argo Rollout's canary steps: each `setWeight` is a ring holding the share it adds, reached after the pauses
 *   before it (a pause without a duration waits for a person, and counts as no wait); what is left after the last
 *   step is the last ring. A blue-green Rollout switches every node at once.
 * The new image is the content every ring takes (`"*": {ring: ga, delayHours}` with the hours since the rollout
 * started); host counts come from the overlay (by the workload's name) or, for a Rollout, its replicas.
 */
export const kubernetes: Importer = {
  kind: 'kubernetes',
  title: 'Kubernetes DaemonSets and Argo Rollouts',
  recognise: recogniseKubernetes,
  map(files, context) {
    const documents: ImportedDeployment[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const parsed = parseYamlText(f.text, f.file);
      problems.push(...parsed.problems);
      for (const doc of parsed.documents) {
        const v = doc.value as Record<string, unknown> | null;
        if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
        const workload = v['apiVersion'] === 'apps/v1' && v['kind'] === 'DaemonSet' ? 'DaemonSet' : v['apiVersion'] === 'argoproj.io/v1alpha1' && v['kind'] === 'Rollout' ? 'Rollout' : undefined;
        if (!workload) continue;
        const r = mapWorkload(workload, doc, f, context ?? { hosts: new Map() });
        problems.push(...r.problems);
        if (r.document) documents.push(r.document);
      }
    }
    return { documents, problems };
  },
};

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

interface Ring {
  name: string;
  /** Share in percent, or a host count. */
  hosts?: number;
  /** Of the fleet, when only a share is known. */
  sharePct?: number;
  delaySeconds: number;
  /** Pointers into the workload for the ring, its hosts and its delay. */
  at: string;
  delayAt: string;
}

function mapWorkload(workload: 'DaemonSet' | 'Rollout', doc: ParsedDocument, f: ForeignFile, context: ImportContext): { document?: ImportedDeployment; problems: Problem[] } {
  const problems: Problem[] = [];
  const v = doc.value as Obj;
  const pos = (pointer: string, prefer: 'key' | 'value' = 'value'): ForeignPosition => ({ file: f.file, range: rangeFor(doc.locations, pointer, prefer) });
  const has = (pointer: string) => doc.locations.get(pointer) !== undefined;
  const bad = (pointer: string, message: string): void => void problems.push({ severity: 'error', code: 'import-invalid', file: f.file, documentIndex: doc.documentIndex, pointer, range: pos(pointer).range, message });
  const meta = obj(v['metadata']);
  const name = typeof meta?.['name'] === 'string' ? meta['name'] : undefined;
  if (!name) {
    bad(has('/metadata') ? '/metadata' : '', `this ${workload} has no metadata.name; it is not imported`);
    return { problems };
  }
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'workload';
  const spec = obj(v['spec']);
  if (!spec) {
    bad('', `this ${workload} has no spec; it is not imported`);
    return { problems };
  }
  const nodes: number | undefined = context.hosts.get(id) ?? context.hosts.get(name) ?? (workload === 'Rollout' && Number.isInteger(spec['replicas']) && (spec['replicas'] as number) > 0 ? (spec['replicas'] as number) : undefined) ?? context.fleetSize;
  const unknown: { pointer: string; why: string }[] = [];
  let rings: Ring[] | undefined;
  let ringsAt = '/spec';
  const namespace = typeof meta?.['namespace'] === 'string' ? `${meta['namespace']}/` : '';

  if (workload === 'DaemonSet') {
    const strategy = obj(spec['updateStrategy']);
    const type = strategy?.['type'] ?? 'RollingUpdate';
    ringsAt = strategy ? '/spec/updateStrategy' : '/spec';
    if (type === 'OnDelete') {
      ringsAt = '/spec/updateStrategy/type';
      unknown.push({ pointer: '/rings', why: 'updateStrategy OnDelete: nodes take the new sensor when someone deletes their pod; the order and pace are not in the manifest' });
    } else if (type !== 'RollingUpdate') {
      bad('/spec/updateStrategy/type', `updateStrategy.type is ${JSON.stringify(type)}; a DaemonSet's is RollingUpdate or OnDelete (its rollout is not imported)`);
      return { problems };
    } else {
      const rolling = obj(strategy?.['rollingUpdate']);
      const base = '/spec/updateStrategy/rollingUpdate';
      const unavailable = amount(rolling?.['maxUnavailable'], `${base}/maxUnavailable`, bad);
      const surge = amount(rolling?.['maxSurge'], `${base}/maxSurge`, bad);
      if (unavailable === null || surge === null) return { problems };
      const minReady = spec['minReadySeconds'] ?? 0;
      if (!Number.isInteger(minReady) || (minReady as number) < 0) {
        bad('/spec/minReadySeconds', `minReadySeconds is ${JSON.stringify(minReady)}; expected a whole number of seconds`);
        return { problems };
      }
      // Kubernetes' defaults: maxUnavailable 1, maxSurge 0; with maxUnavailable 0 the batch is maxSurge.
      const useSurge = unavailable !== undefined && unavailable.value === 0 && surge !== undefined && surge.value > 0;
      const step = useSurge ? surge! : (unavailable ?? { value: 1, percent: false });
      const stepAt = useSurge ? `${base}/maxSurge` : unavailable ? `${base}/maxUnavailable` : has(base) ? base : ringsAt;
      ringsAt = stepAt;
      const delayAt = has('/spec/minReadySeconds') ? '/spec/minReadySeconds' : stepAt;
      // A DaemonSet rounds a percentage up.
      const batch = step.percent ? (step.value >= 100 ? Infinity : nodes !== undefined ? Math.ceil((step.value * nodes) / 100) : undefined) : step.value;
      if (step.value === 0) {
        bad(stepAt, 'maxUnavailable and maxSurge are both 0: the DaemonSet cannot roll out');
        return { problems };
      }
      if (batch === Infinity || (batch !== undefined && nodes !== undefined && batch >= nodes)) {
        rings = [{ name: 'all-at-once', ...(nodes !== undefined ? { hosts: nodes } : {}), delaySeconds: 0, at: stepAt, delayAt: stepAt }];
      } else {
        const b = batch;
        const ms = minReady as number;
        const second = nodes !== undefined && b !== undefined ? Math.min(b, nodes - b) : undefined;
        rings = [
          { name: 'wave-1', ...(b !== undefined ? { hosts: b } : step.percent ? { sharePct: step.value } : {}), delaySeconds: 0, at: stepAt, delayAt: stepAt },
          { name: 'wave-2', ...(second !== undefined ? { hosts: second } : step.percent ? { sharePct: step.value } : {}), delaySeconds: ms, at: stepAt, delayAt },
        ];
        const rest = nodes !== undefined && b !== undefined ? nodes - 2 * b : undefined;
        if (rest === undefined || rest > 0) rings.push({ name: 'rest', ...(rest !== undefined ? { hosts: rest } : {}), delaySeconds: 2 * ms, at: stepAt, delayAt });
        if (second === 0) rings.splice(1);
      }
    }
  } else {
    const strategy = obj(spec['strategy']);
    const canary = obj(strategy?.['canary']);
    ringsAt = strategy ? '/spec/strategy' : '/spec';
    if (strategy && obj(strategy['blueGreen'])) {
      ringsAt = '/spec/strategy/blueGreen';
      rings = [{ name: 'all-at-once', ...(nodes !== undefined ? { hosts: nodes } : {}), delaySeconds: 0, at: ringsAt, delayAt: ringsAt }];
    } else if (!canary) {
      bad(ringsAt, 'this Rollout has neither strategy.canary nor strategy.blueGreen; its rollout is not imported');
      return { problems };
    } else {
      const steps = canary['steps'] ?? [];
      ringsAt = has('/spec/strategy/canary/steps') ? '/spec/strategy/canary/steps' : '/spec/strategy/canary';
      if (!Array.isArray(steps)) {
        bad(ringsAt, 'strategy.canary.steps is not a list');
        return { problems };
      }
      rings = [];
      let weight = 0;
      let waited = 0;
      let waitedAt = ringsAt;
      for (let i = 0; i < steps.length && i < 1000; i++) {
        const s = obj(steps[i]);
        const at = `/spec/strategy/canary/steps/${i}`;
        if (!s) {
          bad(at, 'a canary step is a mapping (setWeight, pause, analysis, …)');
          return { problems };
        }
        if ('setWeight' in s) {
          const w = s['setWeight'];
          if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100) {
            bad(`${at}/setWeight`, `setWeight is ${JSON.stringify(w)}; expected a percentage from 0 to 100`);
            return { problems };
          }
          if (w > weight) {
            rings.push({ name: rings.length === 0 ? 'canary' : `step-${rings.length + 1}`, sharePct: w - weight, delaySeconds: waited, at: `${at}/setWeight`, delayAt: waitedAt });
            weight = w;
          }
        } else if ('pause' in s) {
          const p = obj(s['pause']) ?? {};
          if (p['duration'] === undefined) {
            unknown.push({ pointer: '/rings', why: `canary step ${i + 1} pauses until someone promotes the rollout; how long is not in the manifest, so it counts as no wait` });
          } else {
            const seconds = duration(p['duration']);
            if (seconds === undefined) {
              bad(`${at}/pause/duration`, `pause duration is ${JSON.stringify(p['duration'])}; expected seconds or a duration such as 30m, 2h, 1d`);
              return { problems };
            }
            waited += seconds;
            waitedAt = `${at}/pause/duration`;
          }
        } else if ('analysis' in s) {
          unknown.push({ pointer: '/healthMonitoring', why: `canary step ${i + 1} runs an analysis; its metrics are in the AnalysisTemplate, not in the Rollout` });
        }
      }
      if (weight < 100) rings.push({ name: rings.length === 0 ? 'all-at-once' : 'full', sharePct: 100 - weight, delaySeconds: waited, at: rings.length === 0 ? ringsAt : ringsAt, delayAt: waitedAt });
    }
  }

  // The host groups: one per ring (a ring is a part of the workload's nodes), sized from the node count.
  const value: Obj = { apiVersion: 'ringfence.dev/v1', kind: 'DeploymentConfig', metadata: {} };
  const positions = new Map<string, ForeignPosition>();
  positions.set('', pos(''));
  positions.set('/apiVersion', pos('/apiVersion'));
  positions.set('/kind', pos('/kind'));
  positions.set('/metadata', pos('/metadata'));
  unknown.push({ pointer: '/metadata/organization', why: 'a Kubernetes manifest does not say whose fleet it is' });
  unknown.push({ pointer: '/metadata/product', why: 'the product (for pairing with its VendorManifest) is not in the manifest; the image name is not it' });
  const hostGroups: Obj[] = [];
  const out: Obj[] = [];
  positions.set('/hostGroups', pos('/metadata/name'));
  positions.set('/rings', pos(ringsAt));
  const shares = sizes(rings ?? [], nodes);
  const aliases: string[] = [];
  (rings ?? []).forEach((r, k) => {
    const gid = rings!.length === 1 ? id : `${id}-${r.name}`;
    aliases.push(gid);
    const hosts = shares[k];
    // Only what the manifest says: criticality, os and tags are the overlay's to give.
    hostGroups.push({ id: gid, ...(hosts !== undefined ? { hosts } : {}) });
    positions.set(`/hostGroups/${k}`, pos('/metadata/name'));
    positions.set(`/hostGroups/${k}/id`, pos('/metadata/name'));
    if (hosts !== undefined) positions.set(`/hostGroups/${k}/hosts`, pos(r.at));
    else unknown.push({ pointer: `/hostGroups/${k}/hosts`, why: `the number of nodes running ${name}${r.sharePct !== undefined ? ` (this ring is ${r.sharePct}% of them)` : ''}; give it in the overlay as hostGroups: [{id: ${id}, hosts: N}]` });
    const delayHours = Math.floor(r.delaySeconds / 3600);
    const description = `${rings!.length === 1 ? 'Every node' : `The ${ordinal(k)} part of the nodes`} running ${workload} ${namespace}${name}, ${delayHours ? `${delayHours} h after the rollout starts` : 'as the rollout starts'}.`.slice(0, 300);
    out.push({ name: r.name, description, hostGroups: [gid], sensor: { version: 'n' }, content: { '*': { ring: 'ga', delayHours } } });
    positions.set(`/rings/${k}/description`, pos(r.at));
    positions.set(`/rings/${k}`, pos(r.at));
    positions.set(`/rings/${k}/name`, pos(r.at));
    positions.set(`/rings/${k}/hostGroups`, pos(r.at));
    positions.set(`/rings/${k}/hostGroups/0`, pos(r.at));
    positions.set(`/rings/${k}/sensor`, pos(r.at));
    positions.set(`/rings/${k}/content`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
    positions.set(`/rings/${k}/content/*`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
    positions.set(`/rings/${k}/content/*/delayHours`, pos(r.delaySeconds > 0 ? r.delayAt : r.at));
  });
  if (rings) {
    value['hostGroups'] = hostGroups;
    value['rings'] = out;
  } else {
    // OnDelete: one host group, no rings.
    value['hostGroups'] = [{ id }];
    positions.set('/hostGroups/0', pos('/metadata/name'));
    unknown.push({ pointer: '/hostGroups/0/hosts', why: `the number of nodes running ${name}` });
  }
  return {
    document: { value, positions, unknown, sources: [f.file], ...(rings && rings.length > 1 ? { groupAliases: { [id]: aliases } } : {}) },
    problems,
  };
}

/** Each ring's host count: given, or its share of the node count (rounded, the last ring taking the remainder). */
function sizes(rings: readonly Ring[], nodes: number | undefined): (number | undefined)[] {
  const out: (number | undefined)[] = rings.map((r) => r.hosts);
  if (nodes === undefined) return out;
  let left = nodes;
  rings.forEach((r, k) => {
    if (out[k] === undefined && r.sharePct !== undefined) out[k] = k === rings.length - 1 ? left : Math.max(1, Math.round((r.sharePct * nodes) / 100));
    if (out[k] !== undefined) left -= out[k]!;
  });
  // A ring of no nodes is no ring: it keeps 1 (the overlay's count was too small for the steps).
  return out.map((h) => (h !== undefined && h < 1 ? 1 : h));
}

function ordinal(k: number): string {
  return ['first', 'second', 'third'][k] ?? `${k + 1}th`;
}

/** An IntOrString amount (maxUnavailable, maxSurge): undefined when absent, null when invalid (reported). */
function amount(v: unknown, pointer: string, bad: (pointer: string, message: string) => void): { value: number; percent: boolean } | undefined | null {
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { value: v, percent: false };
  if (typeof v === 'string') {
    const m = /^(\d{1,3})%$/.exec(v.trim());
    if (m && Number(m[1]) <= 100) return { value: Number(m[1]), percent: true };
    if (/^\d{1,9}$/.test(v.trim())) {
      bad(pointer, `${pointer.slice(pointer.lastIndexOf('/') + 1)} is the string ${JSON.stringify(v)}; Kubernetes reads a string as a percentage and refuses it without "%": write ${v.trim()} or "${v.trim()}%"`);
      return null;
    }
  }
  bad(pointer, `${pointer.slice(pointer.lastIndexOf('/') + 1)} is ${JSON.stringify(v)}; expected a whole number of nodes or a percentage such as "10%"`);
  return null;
}

/** An Argo duration: seconds as a number, or a string of a number with s, m, h or d. */
function duration(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,9})(s|m|h|d)?$/.exec(v.trim());
  if (!m) return undefined;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
}
