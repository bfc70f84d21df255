import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactKindOf } from '../../src/artifacts/kinds.js';
import { history, historyTimeline } from '../../src/artifacts/release-history/index.js';
import { observeHistory } from '../../src/artifacts/release-history/observe.js';
import { maxReleases, readHistory, type HistoryFacts } from '../../src/artifacts/release-history/read.js';
import { root } from '../helpers.js';

const file = (text: string | Buffer, name = 'x.release-history.yaml') => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { file: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const example = (p: string) => file(readFileSync(path.join(root, p)), p);

const head = 'apiVersion: ringfence.dev/v1\nkind: ReleaseHistory\nmetadata: { vendor: V, product: P }\nreleases:\n';
const jsonlHead = '{"apiVersion": "ringfence.dev/v1", "kind": "ReleaseHistory", "metadata": {"vendor": "V", "product": "P"}}\n';

/** A release on channel `c` as YAML lines, rings given as [name, start minute, end minute, hosts]. */
const release = (id: string, rings: [string, number, number | undefined, number?][], extra = '') =>
  `  - id: ${id}\n    channel: c\n${extra}    rings:\n${rings
    .map(([n, s, e, h]) => `      - { name: ${n}, start: "${at(s)}"${e !== undefined ? `, end: "${at(e)}"` : ''}${h !== undefined ? `, hostsReached: ${h}` : ''} }\n`)
    .join('')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 0, 0) + minute * 60_000).toISOString().replace('.000Z', 'Z');

const facts = (text: string, name?: string): HistoryFacts => {
  const r = readHistory(file(text, name));
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.facts!;
};

const manifest = (rollout: Record<string, unknown>) => ({
  value: { updateChannels: [{ id: 'other' }, { id: 'c', kind: 'content', rollout: { strategy: 'ringed', rings: [{ name: 'r1', populationPct: 1, bakeMinutes: 60 }, { name: 'r2', populationPct: 10, bakeMinutes: 60 }, { name: 'r3', populationPct: 100, bakeMinutes: 0 }], ...rollout } }] },
  file: 'm.yaml',
  documentIndex: 0,
});
const observe = (text: string, rollout: Record<string, unknown> = {}) => observeHistory(facts(text), manifest(rollout), history);
const results = (obs: ReturnType<typeof observe>) => obs.map((o) => `${o.result} ${o.claim}`).sort();

describe('recognising a release history', () => {
  it('by its name and its first bytes, YAML or JSON', () => {
    expect(artifactKindOf('a/x.release-history.yaml', Buffer.from(head))?.kind).toBe('release-history');
    expect(artifactKindOf('x.release-history.jsonl', Buffer.from(jsonlHead))?.kind).toBe('release-history');
    expect(artifactKindOf('x.release-history.json', Buffer.from('{\n  "kind": "ReleaseHistory"'))?.kind).toBe('release-history');
    // The name alone, or the kind alone, is not enough.
    expect(artifactKindOf('x.release-history.yaml', Buffer.from('kind: VendorManifest\n'))).toBeUndefined();
    expect(artifactKindOf('history.yaml', Buffer.from(head))).toBeUndefined();
  });
});

describe('reading', () => {
  it('YAML: releases, rings, gates, halts and rollbacks, each with its position', () => {
    const f = facts(`${head}${release('a', [['r1', 0, 10, 100], ['r2', 80, 90, 900]])}  - id: b\n    channel: c\n    rings:\n      - name: r1\n        start: "${at(0)}"\n        gates:\n          - { at: "${at(20)}", verdict: breach, breachStartedAt: "${at(15)}" }\n        halt: { at: "${at(22)}" }\n        rollback: { at: "${at(23)}" }\n`);
    expect(f.releases.map((r) => [r.id, r.rings.map((x) => x.name)])).toEqual([
      ['a', ['r1', 'r2']],
      ['b', ['r1']],
    ]);
    expect(f.locate(f.releases[0]!.pos).startLine).toBe(5);
    expect(f.locate(f.releases[0]!.rings[1]!.startPos)).toMatchObject({ startLine: 9 });
    const b = f.releases[1]!.rings[0]!;
    expect(b.gates[0]).toMatchObject({ verdict: 'breach', breachStart: Date.parse(at(15)) });
    expect(f.locate(b.gates[0]!.pos).startLine).toBe(16);
    expect(b.halt).toMatchObject({ at: Date.parse(at(22)) });
    expect(f.locate(b.halt!.pos).startLine).toBe(17);
    expect(f.locate(b.rollback!.pos).startLine).toBe(18);
  });

  it('JSON Lines: line N is a release, positions are its line and the field\'s column', () => {
    const line = '{"id": "x", "channel": "c", "rings": [{"name": "r1", "start": "2026-11-02T00:00:00Z"}, {"name": "r2", "start": "2026-11-02T00:30:00Z"}]}';
    const f = facts(`${jsonlHead}\n${line}\n`, 'h.release-history.jsonl');
    expect(f.locate(f.releases[0]!.pos)).toMatchObject({ startLine: 3, startColumn: 2 });
    expect(f.locate(f.releases[0]!.rings[1]!.startPos)).toMatchObject({ startLine: 3, startColumn: line.indexOf('"start": "2026-11-02T00:30') + 1 });
  });

  it('a malformed release is a positioned problem and the others are still read', () => {
    const r = readHistory(example('test/fixtures/release-history/malformed.release-history.yaml'));
    expect(r.facts!.releases.map((x) => x.id)).toEqual(['good-1']);
    expect(r.problems.map((p) => `${p.severity} ${p.range?.startLine}:${p.range?.startColumn} ${p.message}`)).toEqual([
      'error 14:24 releases[1].rings[0].start is "yesterday at noon"; expected a date and time written YYYY-MM-DDThh:mm:ssZ (release 1 is not read)',
      'error 18:55 unknown field "hostz" of RingRun at releases[2].rings[0]; expected one of name, start, end, hostsReached, gates, halt, rollback (release 2 is not read)',
      'error 22:55 /releases/3/rings/0/end is before its start (release backwards is not read)',
    ]);
  });

  it('JSON Lines: a truncated line costs that release only', () => {
    const r = readHistory(example('test/fixtures/release-history/truncated.release-history.jsonl'));
    expect(r.facts!.releases.map((x) => x.id)).toEqual(['dr-1', 'dr-3']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'artifact-syntax', range: { startLine: 3 } });
    expect(r.problems[0]!.message).toMatch(/^not JSON: .*\(this release is not read\)$/);
  });

  it('a wrong header costs the file, with positions', () => {
    const r = readHistory(example('test/fixtures/release-history/wrong-kind.release-history.yaml'));
    expect(r.facts).toBeUndefined();
    expect(r.problems.map((p) => `${p.range?.startLine} ${p.message}`)).toEqual(['1 apiVersion is "ringfence.dev/v2"; expected "ringfence.dev/v1"', '3 missing required field "product" of ReleaseHistoryMetadata at metadata']);
  });

  it('hostile input: NUL bytes, nesting, an alias bomb and too many releases are bounded, never thrown', () => {
    expect(readHistory(file(Buffer.from([0x6b, 0, 0, 0]))).problems[0]!.message).toMatch(/NUL bytes/);
    const deep = `${head}  - ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(readHistory(file(deep)).problems.some((p) => p.severity === 'error')).toBe(true);
    const bomb = `${head}${['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].map((l) => `  - ${l}`).join('\n')}\n`;
    expect(readHistory(file(bomb)).problems.some((p) => p.severity === 'error')).toBe(true);
    const many = jsonlHead + Array.from({ length: maxReleases + 5 }, (_, i) => `{"id": "r${i}", "channel": "c", "rings": [{"name": "r1", "start": "2026-11-02T00:00:00Z"}]}`).join('\n');
    const r = readHistory(file(many, 'h.release-history.jsonl'));
    expect(r.facts!.releases).toHaveLength(maxReleases);
    expect(r.facts!.releases[0]!.id).toBe('r5');
    expect(r.facts!.locate(r.facts!.releases[0]!.pos).startLine).toBe(7);
    expect(r.problems.map((p) => p.message)).toEqual([`the history holds ${maxReleases + 5} releases; the last ${maxReleases} are checked, the first 5 are not read`]);
  });
});

describe('observing the declared rollout', () => {
  it('a release staged as declared supports order, bakes and first-ring share', () => {
    const o = observe(`${head}${release('a', [['r1', 0, 10, 90], ['r2', 70, 80, 900], ['r3', 140, 200, 9010]])}`);
    expect(results(o)).toEqual(['observed /updateChannels/1/rollout/rings', 'observed /updateChannels/1/rollout/rings/0/bakeMinutes', 'observed /updateChannels/1/rollout/rings/0/populationPct', 'observed /updateChannels/1/rollout/rings/1/bakeMinutes', 'observed /updateChannels/1/rollout/rings/1/populationPct']);
    expect(o.find((x) => x.claim.endsWith('/0/populationPct'))!.observed).toContain('ring r1 reached 90 hosts, 0.9% of 10000 (the hosts the release reached); declared 1%');
  });

  it('a bake shorter than declared is contradicted at the next ring\'s start, naming the release', () => {
    const o = observe(`${head}${release('fast', [['r1', 0, 5, 100], ['r2', 20, 25, 900]])}`);
    const c = o.find((x) => x.result === 'contradicted')!;
    expect(c.claim).toBe('/updateChannels/1/rollout/rings/0/bakeMinutes');
    expect(c.observed).toBe('release fast: ring r1 completed 2026-11-02 00:05Z, ring r2 started 2026-11-02 00:20Z: a bake of 15 min, declared 60 min');
    expect(c.artifact.at.region).toMatchObject({ startLine: 9, startColumn: 21 });
  });

  it('a skipped ring, an undeclared ring and rings out of order contradict the ring list', () => {
    const o = observe(`${head}${release('skip', [['r1', 0, 10], ['r3', 100, 110]])}${release('odd', [['r1', 0, 10], ['canary', 100, 110]])}${release('back', [['r2', 0, 10], ['r1', 100, 110]])}`);
    const list = o.filter((x) => x.claim === '/updateChannels/1/rollout/rings').map((x) => x.observed);
    expect(list).toEqual([
      'release skip went to ring r3 straight from ring r1, skipping r2',
      'release odd went through ring "canary", which the channel does not declare (declared: r1 → r2 → r3)',
      'release back went to ring r2 first, skipping r1',
    ]);
  });

  it('a first ring larger than declared (over targetHosts) is contradicted; within 10% it is not', () => {
    const big = observe(`${head}${release('big', [['r1', 0, 10, 500]])}`, { targetHosts: 10_000 });
    expect(big.find((x) => x.claim.endsWith('/rings/0/populationPct'))).toMatchObject({ result: 'contradicted', observed: expect.stringContaining('5% of 10000 (rollout.targetHosts); declared 1%') });
    const near = observe(`${head}${release('near', [['r1', 0, 10, 109]])}`, { targetHosts: 10_000 });
    expect(near.find((x) => x.claim.endsWith('/rings/0/populationPct'))!.result).toBe('observed');
  });

  it('emergency releases may skip rings and shorten bakes, but must pass minRings rings with the gate', () => {
    const path = { emergencyPath: { minRings: 3, healthGateEnforced: true } };
    const two = observe(`${head}${release('e', [['r1', 0, 1], ['r3', 5, 6]], '    emergency: true\n')}`, path);
    expect(results(two)).toEqual(['contradicted /updateChannels/1/rollout/emergencyPath/healthGateEnforced', 'contradicted /updateChannels/1/rollout/emergencyPath/minRings', 'observed /updateChannels/1/rollout/rings']);
    expect(two.find((x) => x.claim.endsWith('minRings'))!.observed).toBe('release e (emergency) reached ring r3 through 2 rings (r1 → r3); declared at least 3');
  });

  it('a breach: halted within the objective and rolled back is observed; promoted past, or halted late, is contradicted', () => {
    const gate = { healthGate: { onBreach: 'halt_and_rollback', maxDetectionMinutes: 15 } };
    const breachRelease = (id: string, halt: number | undefined, rollback: boolean, promoted: boolean) =>
      `  - id: ${id}\n    channel: c\n    rings:\n      - name: r1\n        start: "${at(0)}"\n        gates: [{ at: "${at(30)}", verdict: breach, breachStartedAt: "${at(25)}" }]\n${halt !== undefined ? `        halt: { at: "${at(halt)}" }\n` : ''}${rollback ? `        rollback: { at: "${at(45)}" }\n` : ''}${promoted ? `      - { name: r2, start: "${at(90)}" }\n` : ''}`;
    expect(results(observe(`${head}${breachRelease('ok', 35, true, false)}`, gate))).toEqual(['observed /updateChannels/1/rollout/healthGate/maxDetectionMinutes', 'observed /updateChannels/1/rollout/healthGate/onBreach', 'observed /updateChannels/1/rollout/rings']);
    const late = observe(`${head}${breachRelease('late', 60, true, false)}`, gate);
    expect(late.find((x) => x.claim.endsWith('maxDetectionMinutes'))).toMatchObject({ result: 'contradicted', observed: 'release late: a breach in ring r1 from 2026-11-02 00:25Z was halted at 2026-11-02 01:00Z, 35 min later; declared at most 15 min' });
    const on = observe(`${head}${breachRelease('on', undefined, false, true)}`, gate);
    expect(on.find((x) => x.claim.endsWith('onBreach'))).toMatchObject({ result: 'contradicted', observed: 'release on: the health gate found a breach in ring r1 at 2026-11-02 00:30Z, and ring r2 started after it, at 2026-11-02 01:30Z' });
    const noRollback = observe(`${head}${breachRelease('nr', 35, false, false)}`, gate);
    expect(noRollback.find((x) => x.claim.endsWith('onBreach'))!.observed).toContain('not rolled back');
  });

  it('says nothing about claims the manifest does not declare', () => {
    // A declared channel without a rollout: nothing to set its releases beside.
    const text = `${head}${release('a', [['r1', 0, 10, 100], ['r2', 20, 30]])}`.replace('channel: c', 'channel: other');
    expect(observe(text)).toEqual([]);
    const noBakes = observeHistory(facts(`${head}${release('a', [['r1', 0, 10], ['r2', 20, 30]])}`), { value: { updateChannels: [{ id: 'c', rollout: { rings: [{ name: 'r1' }, { name: 'r2' }] } }] }, file: 'm', documentIndex: 0 }, history);
    expect(results(noBakes)).toEqual(['observed /updateChannels/0/rollout/rings']);
  });

  it('at most five contradictions per claim, the last saying how many more', () => {
    const text = head + Array.from({ length: 8 }, (_, i) => release(`f${i}`, [['r1', 0, 5], ['r2', 20, 25]])).join('');
    const c = observe(text).filter((x) => x.result === 'contradicted');
    expect(c).toHaveLength(5);
    expect(c[4]!.observed).toMatch(/\(and 3 more releases of channel c\)$/);
  });
});

describe('the examples', () => {
  const manifestOf = (p: string) => ({ value: (JSON.parse(JSON.stringify(require('yaml').parse(readFileSync(path.join(root, p), 'utf8')))) as unknown), file: p, documentIndex: 0 });

  it('Aegis: every claim its history speaks to is observed', () => {
    const r = readHistory(example('examples/evidence/aegis/aegis.release-history.yaml'));
    expect(r.problems).toEqual([]);
    const o = observeHistory(r.facts!, manifestOf('examples/vendors/aegis-exemplary.yaml'), history);
    expect(o.filter((x) => x.result === 'contradicted')).toEqual([]);
    expect(o.length).toBeGreaterThan(10);
    const t = historyTimeline(r.facts!, manifestOf('examples/vendors/aegis-exemplary.yaml'));
    expect(t.map((x) => x.release)).toContain('rr-2026.11.12-2');
    expect(t.find((x) => x.release === 'rr-2026.11.12-2')).toMatchObject({ halted: '2026-11-12T11:04:00.000Z', rolledBack: '2026-11-12T11:05:00.000Z' });
  });

  it('Borealis: the content release that went from 10% to 100% in 20 minutes contradicts the declared bake', () => {
    const r = readHistory(example('examples/evidence/borealis/borealis.release-history.jsonl'));
    expect(r.problems).toEqual([]);
    const o = observeHistory(r.facts!, manifestOf('examples/vendors/borealis-typical.yaml'), history);
    expect(o.filter((x) => x.result === 'contradicted').map((x) => [x.claim, x.artifact.at.region.startLine])).toEqual([['/updateChannels/1/rollout/rings/0/bakeMinutes', 5]]);
    const t = historyTimeline(r.facts!, manifestOf('examples/vendors/borealis-typical.yaml'));
    expect(t.find((x) => x.release === 'dr-5841')!.rings.map((x) => x.pct)).toEqual([10, 100]);
  });
});

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

describe('the timeline chart', () => {
  it('escapes the vendor\'s strings, draws a path per release, and marks a halt', async () => {
    const { rolloutTimelineSection } = await import('../../reporters/rollout-chart.js');
    const html = rolloutTimelineSection(
      {
        name: 'V',
        file: 'm.yaml',
        observedRollouts: [
          { artifact: 'h.release-history.yaml', release: '<script>x</script>', channel: 'c"><b>', emergency: true, rings: [{ name: 'r1&', start: '2026-11-02T00:00:00.000Z', end: '2026-11-02T00:10:00.000Z', pct: 0.05 }, { name: 'r2', start: '2026-11-02T02:00:00.000Z', pct: null }], halted: '2026-11-02T03:00:00.000Z' },
          { artifact: 'h.release-history.yaml', release: 'b', channel: 'c"><b>', emergency: false, rings: [{ name: 'r1', start: '2026-11-03T00:00:00.000Z', end: '2026-11-03T00:10:00.000Z', pct: 1, declaredPct: true }] },
        ],
      },
      'd1',
    );
    expect(html).not.toMatch(/<script|<b>|NaN|undefined/);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; (emergency): r1&amp; 0.05% at 0.2 h, r2 unknown at 2 h; halted at 3 h');
    expect(html.match(/<path d="M/g)!.length).toBe(3);
    expect(html).toContain('stroke-dasharray="5 3"');
    expect(html).toContain('r1 1% (declared) by 0.2 h');
    expect(rolloutTimelineSection({ name: 'V', file: 'm.yaml' }, 'd1')).toBe('');
  });
});
