import type { ObservedRollout } from '../../model/report.js';
import type { ArtifactReader, ManifestView } from '../types.js';
import { observeHistory } from './observe.js';
import { outOfScope, sameVendor } from '../../evidence/trust-policy.js';
import { envelopeName, readHistory, type HistoryFacts } from './read.js';

export type { HistoryFacts } from './read.js';

/** Most releases of one history shown in the report's timeline (the last ones). */
export const maxTimelineReleases = 24;

/** A release history's name: *.release-history.yaml, .yml, .json or .jsonl. */
export const historyName = /\.release-history\.(ya?ml|json|jsonl)$/i;

/**
 * Its first bytes name the kind: `kind: ReleaseHistory` (YAML) or `"kind": "ReleaseHistory"` (JSON). A signed
 * history, `*.release-history.dsse.json`, is a JSON envelope whose kind is known only once its base64 payload is
 * decoded: its name and a first `{` claim it, and the reader refuses any other payloadType.
 */
export function looksLikeHistory(name: string, head: string): boolean {
  if (envelopeName.test(name)) return /^\s*\{/.test(head);
  return historyName.test(name) && /(^|[\s{,])"?kind"?\s*:\s*"?ReleaseHistory\b/m.test(head);
}

/**
 * The releases of a history as the report's timeline shows them: per ring, when it started and ended and the
 * share of the channel's hosts reached once it was done (the hosts of every ring so far over rollout.targetHosts,
 * or over the hosts of every ring of a release that reached its last ring; the declared populationPct when the
 * history gives no hosts, marked so).
 */
export function historyTimeline(facts: HistoryFacts, manifest: ManifestView): ObservedRollout[] {
  const channels = (manifest.value as Record<string, unknown> | null)?.['updateChannels'];
  if (!Array.isArray(channels)) return [];
  const out: ObservedRollout[] = [];
  for (const r of facts.releases.slice(-maxTimelineReleases)) {
    const c = channels.find((x) => (x as Record<string, unknown> | null)?.['id'] === r.channel) as Record<string, unknown> | undefined;
    const rollout = c?.['rollout'] as Record<string, unknown> | undefined;
    const declared = Array.isArray(rollout?.['rings']) ? (rollout['rings'] as Record<string, unknown>[]) : [];
    if (!c || declared.length === 0 || r.rings.length === 0) continue;
    const last = declared[declared.length - 1]?.['name'];
    const target = typeof rollout?.['targetHosts'] === 'number' ? rollout['targetHosts'] : undefined;
    const allHosts = r.rings.every((x) => x.hosts !== undefined);
    const denominator = target ?? (allHosts && r.rings[r.rings.length - 1]!.name === last ? r.rings.reduce((s, x) => s + x.hosts!, 0) : undefined);
    let sum = 0;
    const halt = r.rings.find((x) => x.halt)?.halt;
    const rollback = r.rings.find((x) => x.rollback)?.rollback;
    out.push({
      artifact: facts.file,
      release: r.id,
      channel: r.channel,
      emergency: r.emergency,
      rings: r.rings.map((x) => {
        sum += x.hosts ?? 0;
        const d = declared.find((y) => y?.['name'] === x.name);
        const pct = denominator && allHosts ? Math.min(100, (sum / denominator) * 100) : typeof d?.['populationPct'] === 'number' ? d['populationPct'] : null;
        return {
          name: x.name,
          start: full(x.start),
          ...(x.end !== undefined ? { end: full(x.end) } : {}),
          pct: pct === null ? null : Math.round(pct * 1000) / 1000,
          ...(pct !== null && !(denominator && allHosts) ? { declaredPct: true as const } : {}),
        };
      }),
      ...(halt ? { halted: full(halt.at) } : {}),
      ...(rollback ? { rolledBack: full(rollback.at) } : {}),
    });
  }
  return out;
}

const full = (ms: number) => new Date(ms).toISOString();

export const history: ArtifactReader<HistoryFacts> = {
  title: 'release history',
  kind: 'release-history',
  recognise: looksLikeHistory,
  read: readHistory,
  observe(facts, manifest) {
    return observeHistory(facts, manifest, history);
  },
  timeline: historyTimeline,
  signer: historySigner,
};

/**
 * The trust-policy key that signed the history's envelope, when it may speak for this manifest: the signed history
 * names the manifest's vendor (metadata.vendor), the key's `vendors` include it and its `claims` cover every claim
 * the history observes (expiry was checked when the envelope was read). A key the policy does not list never gets here: only policy keys are tried.
 */
export function historySigner(facts: HistoryFacts, manifest: ManifestView): string | undefined {
  const key = facts.envelope?.signer;
  if (!key) return undefined;
  const meta = (manifest.value as Record<string, unknown> | null)?.['metadata'] as Record<string, unknown> | undefined;
  const vendor = typeof meta?.['vendor'] === 'string' ? meta['vendor'] : undefined;
  // The signed payload says whose releases these are: another vendor's genuine, signed history (under a key the
  // policy trusts for every vendor) is not this vendor's.
  if (vendor === undefined || !sameVendor(facts.vendor, vendor)) return undefined;
  // Every claim a history speaks to lies under /updateChannels: a key allowed that (or everything) needs no list.
  const whole = !key.claims || key.claims.some((p) => outOfScope({ name: key.name, claims: [p] }, vendor, ['/updateChannels']) === undefined);
  const claims = whole ? [] : observeHistory(facts, manifest, history).map((o) => o.claim);
  return outOfScope(key, vendor, claims) === undefined ? key.name : undefined;
}
