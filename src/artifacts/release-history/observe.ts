import type { ManifestView, Observation } from '../types.js';
import type { HistoryFacts, ReleaseFact, RingFact, Where } from './read.js';

/**
 * The release history set beside the declared rollouts. Each channel's releases are checked against its
 * `rollout`, claim by claim, and only for the claims the manifest makes:
 * - rollout/rings: the release entered declared rings only, in the declared order, skipping none (an emergency
 *   release may leave rings out, see emergencyPath);
 * - rollout/rings/k/bakeMinutes: the observed bake of ring k — from the end of its deployment (`end`, else its
 *   `start`) to the start of the next ring — is at least the declared bake (emergency releases may shorten bakes);
 * - rollout/rings/k/populationPct: the hosts of ring k and every ring before it over the channel's targetHosts (or,
 *   without it, over the hosts of every ring of a release that reached the last ring) is at most ring k's declared
 *   cumulative share, within 10% (see `shares`);
 * - rollout/emergencyPath/minRings and healthGateEnforced: an emergency release that reached the last ring went
 *   through at least minRings rings, each it left with a health-gate evaluation;
 * - rollout/healthGate/onBreach and maxDetectionMinutes: after a breach verdict no later ring started, the release
 *   was halted (and rolled back, for halt_and_rollback), and the halt came within maxDetectionMinutes of the breach.
 * - updateChannels: a release on a channel the manifest does not declare contradicts the channel list (see
 *   declaredChannels); the list is never observed (releases on declared channels do not show that none is hidden).
 * A claim every checked release supports is observed once; each release that contradicts it is one contradiction
 * (at most `maxPerClaim` per claim) at the release's ring in the history.
 */

const maxPerClaim = 5;
/**
 * A ring may reach this much more than its declared cumulative share (hosts join and leave the fleet between the
 * count behind targetHosts and the release; a ring's hosts are counted as they receive it), rounded up to a whole
 * host — so a ring declared at 0.01% of 1,000 hosts may still reach one.
 */
export const shareTolerance = 1.1;

interface ChannelView {
  index: number;
  id: string;
  rings: { name: string; bakeMinutes?: number; populationPct?: number }[];
  targetHosts?: number;
  minRings?: number;
  healthGateEnforced?: boolean;
  onBreach?: string;
  maxDetectionMinutes?: number;
}

function channelsOf(manifest: ManifestView): Map<string, ChannelView> {
  const out = new Map<string, ChannelView>();
  const list = (manifest.value as Record<string, unknown> | null)?.['updateChannels'];
  if (!Array.isArray(list)) return out;
  list.forEach((c: unknown, index) => {
    const o = c as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || typeof o['id'] !== 'string') return;
    const rollout = o['rollout'] as Record<string, unknown> | undefined;
    if (!rollout || typeof rollout !== 'object' || !Array.isArray(rollout['rings'])) return;
    const rings = (rollout['rings'] as unknown[]).map((r) => {
      const x = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
      return {
        name: typeof x['name'] === 'string' ? x['name'] : '',
        ...(typeof x['bakeMinutes'] === 'number' ? { bakeMinutes: x['bakeMinutes'] } : {}),
        ...(typeof x['populationPct'] === 'number' ? { populationPct: x['populationPct'] } : {}),
      };
    });
    const e = (rollout['emergencyPath'] ?? {}) as Record<string, unknown>;
    const g = (rollout['healthGate'] ?? {}) as Record<string, unknown>;
    if (!out.has(o['id']))
      out.set(o['id'], {
        index,
        id: o['id'],
        rings,
        ...(typeof rollout['targetHosts'] === 'number' ? { targetHosts: rollout['targetHosts'] } : {}),
        ...(typeof e['minRings'] === 'number' ? { minRings: e['minRings'] } : {}),
        ...(typeof e['healthGateEnforced'] === 'boolean' ? { healthGateEnforced: e['healthGateEnforced'] } : {}),
        ...(typeof g['onBreach'] === 'string' ? { onBreach: g['onBreach'] } : {}),
        ...(typeof g['maxDetectionMinutes'] === 'number' ? { maxDetectionMinutes: g['maxDetectionMinutes'] } : {}),
      });
  });
  return out;
}

export const minutes = (ms: number) => Math.round(ms / 60_000);
const fmtMin = (m: number) => (m >= 120 && m % 60 === 0 ? `${m / 60} h` : `${m} min`);
const fmtPct = (x: number) => `${x < 1 ? Number(x.toPrecision(2)) : Math.round(x * 10) / 10}%`;

/** What one claim's checks found over the releases. */
class Tally {
  readonly contradicted: { words: string; pos: Where }[] = [];
  supported = 0;
  /** The supporting case worth naming (e.g. the shortest bake), with its position. */
  best?: { words: string | (() => string); pos: Where; rank: number };
  /** A supporting case; its words are built only if it is the one named (most checks pass: their words cost nothing). */
  ok(rank: number, words: string | (() => string), pos: Where): void {
    this.supported++;
    if (!this.best || rank < this.best.rank) this.best = { words, pos, rank };
  }
  bad(words: string, pos: Where): void {
    this.contradicted.push({ words, pos });
  }
}

/** The declared ring index of each ring of a release (-1 when the channel declares no such ring). */
const declaredIndex = (c: ChannelView, r: ReleaseFact) => r.rings.map((x) => c.rings.findIndex((d) => d.name === x.name));

export function observeHistory(facts: HistoryFacts, manifest: ManifestView, reader: { kind: string; title: string }): Observation[] {
  const channels = channelsOf(manifest);
  const tallies = new Map<string, Tally>();
  const tally = (claim: string) => {
    let t = tallies.get(claim);
    if (!t) tallies.set(claim, (t = new Tally()));
    return t;
  };
  const counted = new Map<string, number>();
  const declared = declaredChannels(manifest);
  const slips = new Map<string, string | undefined>();
  for (const r of facts.releases) {
    if (declared && !declared.includes(r.channel)) {
      if (!slips.has(r.channel)) slips.set(r.channel, nearest(r.channel, declared));
      const near = slips.get(r.channel);
      tally('/updateChannels').bad(
        `release ${r.id}${r.emergency ? ' (emergency)' : ''} shipped on channel "${r.channel}", which the manifest does not declare${near ? ` (did you mean "${near}"?)` : ''}; declared: ${declared.join(', ') || 'none'}`,
        r.channelPos,
      );
      continue;
    }
    const c = channels.get(r.channel);
    if (!c || r.rings.length === 0) continue;
    counted.set(c.id, (counted.get(c.id) ?? 0) + 1);
    const base = `/updateChannels/${c.index}/rollout`;
    const idx = declaredIndex(c, r);
    const rel = `release ${r.id}${r.emergency ? ' (emergency)' : ''}`;
    // Rings: declared, in order, none skipped.
    const unknown = idx.findIndex((k) => k < 0);
    const reachedLast = idx[idx.length - 1] === c.rings.length - 1;
    if (unknown >= 0) tally(`${base}/rings`).bad(`${rel} went through ring "${r.rings[unknown]!.name}", which the channel does not declare (declared: ${c.rings.map((d) => d.name).join(' → ')})`, r.rings[unknown]!.pos);
    else {
      let broken = false;
      for (let k = 0; k < idx.length && !broken; k++) {
        const prev = k === 0 ? -1 : idx[k - 1]!;
        if (idx[k]! <= prev) {
          tally(`${base}/rings`).bad(`${rel} entered ring ${r.rings[k]!.name} after ring ${r.rings[k - 1]!.name}: out of the declared order ${c.rings.map((d) => d.name).join(' → ')}`, r.rings[k]!.pos);
          broken = true;
        } else if (!r.emergency && idx[k]! > prev + 1) {
          const skipped = c.rings.slice(prev + 1, idx[k]).map((d) => d.name);
          tally(`${base}/rings`).bad(`${rel} went to ring ${r.rings[k]!.name}${k > 0 ? ` straight from ring ${r.rings[k - 1]!.name}` : ' first'}, skipping ${skipped.join(', ')}`, r.rings[k]!.pos);
          broken = true;
        } else if (k > 0 && r.rings[k]!.start < r.rings[k - 1]!.start) {
          tally(`${base}/rings`).bad(`${rel} started ring ${r.rings[k]!.name} before ring ${r.rings[k - 1]!.name}`, r.rings[k]!.startPos);
          broken = true;
        }
      }
      if (!broken) tally(`${base}/rings`).ok(0, () => `${r.rings.map((x) => x.name).join(' → ')} (${rel})`, r.rings[0]!.pos);
    }
    if (unknown >= 0) continue;
    // Bakes (not on the emergency path, which may shorten them).
    if (!r.emergency) {
      for (let k = 0; k + 1 < r.rings.length; k++) {
        const d = c.rings[idx[k]!]!;
        if (d.bakeMinutes === undefined) continue;
        const ring = r.rings[k]!;
        const next = r.rings[k + 1]!;
        const from = ring.end ?? ring.start;
        const bake = minutes(next.start - from);
        const declaredBake = d.bakeMinutes;
        const words = () => `${rel}: ring ${ring.name} ${ring.end !== undefined ? 'completed' : 'started'} ${iso(from)}, ring ${next.name} started ${iso(next.start)}: a bake of ${fmtMin(bake)}, declared ${fmtMin(declaredBake)}`;
        if (bake >= d.bakeMinutes) tally(`${base}/rings/${idx[k]}/bakeMinutes`).ok(bake - d.bakeMinutes, words, next.startPos);
        else tally(`${base}/rings/${idx[k]}/bakeMinutes`).bad(words(), next.startPos);
      }
    }
    // Every ring's cumulative share.
    shares(r, c, idx, reachedLast, base, rel, tally);
    // The emergency path still stages and gates.
    if (r.emergency && reachedLast) {
      if (c.minRings !== undefined) {
        const words = `${rel} reached ring ${r.rings[r.rings.length - 1]!.name} through ${r.rings.length} ring${r.rings.length === 1 ? '' : 's'} (${r.rings.map((x) => x.name).join(' → ')}); declared at least ${c.minRings}`;
        if (r.rings.length >= c.minRings) tally(`${base}/emergencyPath/minRings`).ok(r.rings.length - c.minRings, words, r.rings[0]!.pos);
        else tally(`${base}/emergencyPath/minRings`).bad(words, r.rings[r.rings.length - 1]!.pos);
      }
      if (c.healthGateEnforced === true) {
        const ungated = r.rings.slice(0, -1).find((x) => x.gates.length === 0);
        if (ungated) tally(`${base}/emergencyPath/healthGateEnforced`).bad(`${rel} left ring ${ungated.name} with no health-gate evaluation recorded`, ungated.pos);
        else tally(`${base}/emergencyPath/healthGateEnforced`).ok(0, `${rel}: every ring it left was evaluated by the health gate`, r.rings[0]!.pos);
      }
    }
    // A breach halts (and rolls back) within the objective.
    breach(r, c, base, rel, tally);
  }
  const out: Observation[] = [];
  const at = (pos: Where) => ({ kind: reader.kind, title: reader.title, at: { file: facts.file, region: facts.locate(pos) } });
  // In a signed history every position is the envelope's payload; the words say where inside the decoded payload.
  const inPayload = (pos: Where, words: string) => (facts.envelope ? `${facts.envelope.inPayload(pos)}: ${words}` : words);
  for (const [claim, t] of tallies) {
    const channel = [...channels.values()].find((c) => claim.startsWith(`/updateChannels/${c.index}/`));
    if (t.contradicted.length > 0) {
      t.contradicted.slice(0, maxPerClaim).forEach((c, k, shown) => {
        const more = k === shown.length - 1 && t.contradicted.length > shown.length ? ` (and ${t.contradicted.length - shown.length} more releases ${channel ? `of channel ${channel.id}` : 'on channels the manifest does not declare'})` : '';
        out.push({ claim, result: 'contradicted', observed: inPayload(c.pos, `${c.words}${more}`), artifact: at(c.pos) });
      });
    } else if (t.best && channel) {
      const n = t.supported;
      const m = counted.get(channel.id) ?? 0;
      out.push({ claim, result: 'observed', observed: inPayload(t.best.pos, `${n === 1 ? 'the one check' : `all ${n} checks`} over ${m} release${m === 1 ? '' : 's'} of channel ${channel.id} agree${n === 1 ? 's' : ''}; closest to the limit: ${typeof t.best.words === 'string' ? t.best.words : t.best.words()}`), artifact: at(t.best.pos) });
    }
  }
  return out;
}

/**
 * Each ring's cumulative share: the hosts of every ring the release entered up to and including this one, over the
 * channel's targetHosts (or, without it, over the hosts of every ring of a release that reached the last ring), is
 * at most the ring's declared populationPct — which is cumulative (schemas/vendor-manifest.schema.json) — within
 * the tolerance. Said only where every ring so far counts its hosts. Not checked: a ring declared at 100 (more than
 * all of the fleet says targetHosts is wrong, not the ring), and, when the denominator is the release's own total,
 * the last ring (100% by construction). A ring that reached less than declared is not a contradiction: a smaller
 * exposure is the safe side of the claim.
 */
function shares(r: ReleaseFact, c: ChannelView, idx: number[], reachedLast: boolean, base: string, rel: string, tally: (claim: string) => Tally): void {
  const all = reachedLast && r.rings.every((x) => x.hosts !== undefined) ? r.rings.reduce((s, x) => s + x.hosts!, 0) : undefined;
  const denominator = c.targetHosts ?? all;
  if (denominator === undefined || denominator <= 0) return;
  const of = c.targetHosts !== undefined ? 'rollout.targetHosts' : 'the hosts the release reached';
  let sum = 0;
  for (let k = 0; k < r.rings.length; k++) {
    const ring = r.rings[k]!;
    if (ring.hosts === undefined) return;
    sum += ring.hosts;
    const d = c.rings[idx[k]!]!;
    if (d.populationPct === undefined || d.populationPct >= 100) continue;
    if (c.targetHosts === undefined && idx[k] === c.rings.length - 1) continue;
    const share = (sum / denominator) * 100;
    const declaredPct = d.populationPct;
    const allowed = Math.ceil(((declaredPct * denominator) / 100) * shareTolerance - 1e-9);
    const reached = sum;
    const words = () =>
      k === 0
        ? `${rel}: ring ${ring.name} reached ${reached} hosts, ${fmtPct(share)} of ${denominator} (${of}); declared ${fmtPct(declaredPct)}`
        : `${rel}: by the end of ring ${ring.name} ${reached} hosts had it (${r.rings.slice(0, k + 1).map((x) => x.name).join(' + ')}), ${fmtPct(share)} of ${denominator} (${of}); declared ${fmtPct(declaredPct)} cumulative`;
    if (reached <= allowed) tally(`${base}/rings/${idx[k]}/populationPct`).ok(declaredPct - share, words, ring.hostsPos ?? ring.pos);
    else tally(`${base}/rings/${idx[k]}/populationPct`).bad(words(), ring.hostsPos ?? ring.pos);
  }
}

/**
 * The channel ids the manifest declares, or undefined when it has no channel list to set a release beside (a
 * manifest the schema already refuses). A release on any other channel contradicts `/updateChannels`: the vendor
 * ships through a channel its manifest leaves out — like a driver package installing a driver no component names.
 * A typo (the history's `rapid_response` for the manifest's `rapid-response`) is reported the same way, with the
 * nearest declared id: ringfence cannot tell a typo from a hidden channel, and either way that channel's releases
 * were checked against no declared rollout. The fix is one line on whichever side is wrong.
 */
function declaredChannels(manifest: ManifestView): string[] | undefined {
  const list = (manifest.value as Record<string, unknown> | null)?.['updateChannels'];
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((c: unknown) => (c && typeof c === 'object' && typeof (c as Record<string, unknown>)['id'] === 'string' ? [(c as Record<string, unknown>)['id'] as string] : []));
}

/** The declared id a channel name is likely a slip for: the same but for case and punctuation, or within two edits. */
function nearest(name: string, ids: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const same = ids.find((id) => fold(id) === fold(name));
  if (same !== undefined) return same;
  // Bounded: ids are short, and a history naming 1,000 long hidden channels must not cost seconds.
  if (name.length > 64) return undefined;
  let best: { id: string; d: number } | undefined;
  for (const id of ids) {
    if (id.length > 64 || Math.abs(id.length - name.length) > 2) continue;
    const d = editDistance(name, id);
    if (d <= 2 && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function breach(r: ReleaseFact, c: ChannelView, base: string, rel: string, tally: (claim: string) => Tally): void {
  if (c.onBreach === undefined && c.maxDetectionMinutes === undefined) return;
  let k = -1;
  let gate: RingFact['gates'][number] | undefined;
  for (let i = 0; i < r.rings.length && !gate; i++) {
    gate = r.rings[i]!.gates.find((g) => g.verdict === 'breach');
    if (gate) k = i;
  }
  if (!gate) return;
  const ring = r.rings[k]!;
  const halt = r.rings.slice(k).find((x) => x.halt && x.halt.at >= gate.breachStart)?.halt;
  const rollback = r.rings.slice(k).find((x) => x.rollback && x.rollback.at >= gate.breachStart)?.rollback;
  const promoted = r.rings.slice(k + 1).find((x) => x.start > gate.at);
  const what = `${rel}: the health gate found a breach in ring ${ring.name}${gate.signal ? ` (${gate.signal})` : ''} at ${iso(gate.at)}`;
  if (c.onBreach === 'halt' || c.onBreach === 'halt_and_rollback') {
    const claim = `${base}/healthGate/onBreach`;
    if (promoted) tally(claim).bad(`${what}, and ring ${promoted.name} started after it, at ${iso(promoted.start)}`, promoted.startPos);
    else if (!halt) tally(claim).bad(`${what}, and no halt is recorded`, gate.pos);
    else if (c.onBreach === 'halt_and_rollback' && !rollback) tally(claim).bad(`${what}; it was halted at ${iso(halt.at)} and not rolled back`, halt.pos);
    else tally(claim).ok(0, `${what}; halted at ${iso(halt.at)}${rollback ? `, rolled back at ${iso(rollback.at)}` : ''}`, halt.pos);
  }
  if (c.maxDetectionMinutes !== undefined && halt) {
    const took = minutes(halt.at - gate.breachStart);
    const words = `${rel}: a breach in ring ${ring.name} from ${iso(gate.breachStart)} was halted at ${iso(halt.at)}, ${fmtMin(took)} later; declared at most ${fmtMin(c.maxDetectionMinutes)}`;
    if (took <= c.maxDetectionMinutes) tally(`${base}/healthGate/maxDetectionMinutes`).ok(c.maxDetectionMinutes - took, words, halt.pos);
    else tally(`${base}/healthGate/maxDetectionMinutes`).bad(words, halt.pos);
  } else if (c.maxDetectionMinutes !== undefined && !halt && !promoted) {
    tally(`${base}/healthGate/maxDetectionMinutes`).bad(`${what}, and no halt is recorded`, gate.pos);
  }
}

/** A timestamp as a reader reads it: 2026-11-03 08:00Z. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, 'Z');
}
