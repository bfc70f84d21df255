import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateDocuments } from '../../src/engine/check.js';
import { loadInputText } from '../../src/load/read-inputs.js';
import type { Subject } from '../../src/model/report.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root } from '../helpers.js';

/*
 * Issue 14 §2, on real documents and in-process: "a worse design never scores higher". Each property starts from
 * an example (the exemplary vendor, a typical one, a remediated one, and their customers' deployments), moves ONE
 * field the rules read towards its safer value — by a random amount, never past a value that would contradict
 * another field of the same document — and asserts that the score does not drop and that no control goes from
 * pass to anything else. A counterexample is a loophole in a rule, not a flaky test: fix the rule, keep the
 * property. Also: adding well-staged channels (or well-behaved components) never raises the score of a document
 * whose bad instance still fails, and failing controls cost points in severity order on real reports.
 */

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asOf = '2026-11-25';
const { standard } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
const example = (f: string): Doc => parse(readFileSync(path.join(root, 'examples', f), 'utf8')) as Doc;
const vendors = { aegis: example('vendors/aegis-exemplary.yaml'), borealis: example('vendors/borealis-typical.yaml'), cobalt: example('vendors/cobalt-remediated.yaml') };
const deployments = [
  { doc: example('deployments/st-brigid-hospital.yaml'), vendor: vendors.aegis },
  { doc: example('deployments/harbor-bank.yaml'), vendor: vendors.borealis },
  { doc: example('deployments/smallco.yaml'), vendor: example('vendors/cobalt-pre-incident.yaml') },
];

/** Evaluates documents in-process, as `check` does; returns the subject of the first. */
function evaluate(doc: Doc, vendor?: Doc): Subject {
  const docs = [doc, ...(vendor ? [vendor] : [])].flatMap((d, i) => loadInputText(stringify(d), `doc${i}.yaml`).documents);
  return evaluateDocuments(standard!, docs, [], { asOf }).subjects[0]!;
}

const clone = <T>(x: T): T => structuredClone(x);
/** The element `pick` selects among `xs` (undefined when there is none). */
const choose = <T>(xs: readonly T[], pick: number): T | undefined => (xs.length === 0 ? undefined : xs[pick % xs.length]);
const channels = (d: Doc): Doc[] => (Array.isArray(d['updateChannels']) ? d['updateChannels'] : []);
const gates = (d: Doc): Doc[] => channels(d).flatMap((c) => (c.rollout?.healthGate ? [c.rollout.healthGate] : []));
const rings = (d: Doc): Doc[] => channels(d).flatMap((c) => c.rollout?.rings ?? []);
const components = (d: Doc): Doc[] => (Array.isArray(d['components']) ? d['components'] : []);
const parsers = (d: Doc): Doc[] => components(d).flatMap((c) => (c.contentParsing ? [c.contentParsing] : []));
const codeKinds = ['driver', 'sensor'];
const fanoutLimit = (c: Doc): number => c.rollout.fanoutFactorMax ?? (codeKinds.includes(c.kind) ? 3 : 10);

/** Moves `obj[key]`, a number, towards `to` by the fraction `t` (rounded when the field is an integer). */
function towards(obj: Doc | undefined, key: string, to: number, t: number, integer: boolean): boolean {
  if (!obj || typeof obj[key] !== 'number' || obj[key] === to) return false;
  const v = obj[key] + (to - obj[key]) * t;
  obj[key] = integer ? (to > obj[key] ? Math.ceil(v) : Math.floor(v)) : v;
  return true;
}
function setTo(obj: Doc | undefined, key: string, value: unknown, when: (v: unknown) => boolean = () => true): boolean {
  if (!obj || !(key in obj) || obj[key] === value || !when(obj[key])) return false;
  obj[key] = value;
  return true;
}
const up = (order: readonly string[]) => (obj: Doc | undefined, key: string, t: number): boolean => {
  const i = order.indexOf(obj?.[key]);
  if (!obj || i < 0 || i === order.length - 1) return false;
  obj[key] = order[i + 1 + Math.floor(t * (order.length - 1 - i - 1 + 0.999))]!;
  return true;
};

/** One safer move of one field: returns false when the document has nothing to move. */
type Move = (d: Doc, pick: number, t: number, vendor?: Doc) => boolean;
const vendorMoves: Record<string, Move> = {
  'longer bake': (d, p, t) => towards(choose(rings(d).filter((r) => typeof r.bakeMinutes === 'number'), p), 'bakeMinutes', 10080, t, true),
  'more reboots before promotion': (d, p, t) => towards(choose(rings(d).filter((r) => typeof r.rebootsBeforePromotion === 'number'), p), 'rebootsBeforePromotion', 5, t, true),
  'faster detection': (d, p, t) => towards(choose(gates(d), p), 'maxDetectionMinutes', 0, t, true),
  'higher check-in share': (d, p, t) => towards(choose(gates(d), p), 'minCheckinPct', 100, t, false),
  'lower crash-rate threshold': (d, p, t) => towards(choose(gates(d), p)?.thresholds, 'hostCrashRatePct', 0, t, false),
  'lower baseline multiple': (d, p, t) => towards(choose(gates(d), p)?.thresholds, 'relativeToBaseline', 1, t, false),
  'one more health signal': (d, p, t) => {
    const g = choose(gates(d).filter((x) => Array.isArray(x.signals)), p);
    const all = ['host_crash_rate', 'unexpected_reboot_rate', 'agent_heartbeat_loss', 'agent_crash_rate', 'boot_failure_rate', 'cpu_pct', 'mem_pct', 'disk_io', 'network_errors', 'detection_volume'];
    const add = choose(all.filter((s) => !g?.signals.includes(s)), Math.floor(t * 10));
    if (!g || !add) return false;
    g.signals.push(add);
    return true;
  },
  'silent hosts count as failed': (d, p) => setTo(choose(gates(d), p), 'missingTelemetry', 'fail'),
  'stronger breach action': (d, p, t) => up(['none', 'alert', 'halt', 'halt_and_rollback'])(choose(gates(d), p), 'onBreach', t),
  'gate automated': (d, p) => setTo(choose(gates(d), p), 'automated', true),
  'more emergency rings': (d, p, t) => {
    const c = choose(channels(d).filter((x) => x.rollout?.emergencyPath?.minRings !== undefined && Array.isArray(x.rollout.rings)), p);
    return towards(c?.rollout.emergencyPath, 'minRings', c?.rollout.rings.length ?? 0, t, true);
  },
  'emergency path keeps the gate': (d, p) => setTo(choose(channels(d), p)?.rollout?.emergencyPath, 'healthGateEnforced', true),
  // A smaller canary, but no smaller than the next ring allows under the channel's fan-out bound, with the host
  // count kept in step so that the stated values still agree with each other.
  'smaller canary': (d, p, t) => {
    const c = choose(channels(d).filter((x) => (x.rollout?.rings?.length ?? 0) >= 2 && typeof x.rollout.rings[0].populationPct === 'number'), p);
    if (!c) return false;
    const [r0, r1] = c.rollout.rings as Doc[];
    const lowest = Math.max(r1!.populationPct / (1 + fanoutLimit(c)), 0.001);
    if (!(lowest < r0!.populationPct)) return false;
    const next = r0!.populationPct - (r0!.populationPct - lowest) * t;
    if (typeof r0!.hosts === 'number') r0!.hosts = Math.max(1, Math.round((r0!.hosts * next) / r0!.populationPct));
    r0!.populationPct = next;
    return true;
  },
  'canary includes internal hosts': (d, p) => setTo(choose(channels(d), p)?.rollout?.rings?.[0], 'includesInternalHosts', true),
  'canary covers every platform': (d, p) => setTo(choose(channels(d), p)?.rollout?.rings?.[0], 'platformCoverage', 'all_supported'),
  // A tighter declared fan-out bound, but not below the growth the channel's rings actually have.
  'tighter fan-out bound': (d, p, t) => {
    const c = choose(channels(d).filter((x) => typeof x.rollout?.fanoutFactorMax === 'number' && Array.isArray(x.rollout.rings)), p);
    if (!c) return false;
    const rs = c.rollout.rings as Doc[];
    const growth = Math.max(1, ...rs.slice(1).map((r, i) => r.populationPct / rs[i]!.populationPct - 1));
    if (!(growth < c.rollout.fanoutFactorMax)) return false;
    c.rollout.fanoutFactorMax = c.rollout.fanoutFactorMax - (c.rollout.fanoutFactorMax - growth) * t;
    return true;
  },
  'faster revert': (d, p, t) => towards(choose(channels(d), p)?.rollback, 'maxRevertMinutes', 0, t, true),
  'last-known-good rollback': (d, p) => setTo(choose(channels(d), p)?.rollback, 'lastKnownGood', true),
  'rollback tested each release': (d, p) => setTo(choose(channels(d), p)?.rollback, 'testedEachRelease', true),
  'content parsed in user mode': (d, p) => setTo(choose(channels(d), p), 'parsedIn', 'user'),
  'content verified before parse': (d, p) => setTo(choose(channels(d), p)?.signing, 'verifiedBeforeParse', true),
  'revocation checked before load': (d, p) => setTo(choose(channels(d), p)?.revocation, 'checkedBeforeLoad', true),
  'validator runs the production interpreter': (d, p) => setTo(choose(channels(d), p)?.validator, 'runsProductionInterpreter', true),
  'bounds checked': (d, p) => setTo(choose(parsers(d), p), 'boundsChecked', true),
  'fail-safe on malformed input': (d, p, t) =>
    setTo(choose(parsers(d), p), 'onError', ['reject_item', 'reject_file', 'disable_component'][Math.floor(t * 2.999)], (v) => v === 'crash' || v === 'undefined'),
  'parse failures reported': (d, p) => setTo(choose(parsers(d), p), 'reportsTelemetry', true),
  'no new content at boot': (d, p, t) => setTo(choose(components(d), p), 'loadsDynamicContentAtBoot', t < 0.5 ? 'after_health_check' : false, (v) => v === true),
  'degrades on unknown kernels': (d, p, t) =>
    setTo(choose(components(d), p), 'unsupportedKernelBehavior', t < 0.5 ? 'reduced_functionality' : 'refuse_to_load', (v) => v === 'load_anyway' || v === 'undefined'),
  'stronger Windows signing': (d, p, t) => up(['none', 'attestation', 'whql'])(choose(components(d), p)?.signing, 'windows', t),
  'signed Linux module': (d, p) => setTo(choose(components(d), p)?.signing, 'linux', 'module_signed'),
  'HVCI compatible': (d, p) => setTo(choose(components(d), p), 'hvciCompatible', true),
  'breaker trips sooner': (d, _p, t) => towards(d['recovery']?.crashLoopBreaker, 'threshold', 1, t, true),
  'breaker enabled': (d) => setTo(d['recovery']?.crashLoopBreaker, 'enabled', true),
  'breaker boots without new content': (d) => setTo(d['recovery']?.crashLoopBreaker, 'action', 'boot_without_new_content', (v) => v === 'none' || v === 'disable_agent'),
  'faster kill switch': (d, _p, t) => towards(d['customerControls']?.killSwitch, 'propagationMinutes', 0, t, true),
  'fewer pause-exempt categories': (d, p) => {
    const xs = d['customerControls']?.pauseExemptCategories;
    if (!Array.isArray(xs) || xs.length === 0) return false;
    xs.splice(p % xs.length, 1);
    return true;
  },
  'a longer delay option': (d, _p, t) => {
    const xs = d['customerControls']?.delayHoursOptions;
    const add = [24, 48, 72][Math.floor(t * 2.999)]!;
    if (!Array.isArray(xs) || xs.includes(add)) return false;
    xs.push(add);
    return true;
  },
  'content pinning offered': (d) => setTo(d['customerControls'], 'contentPinning', true),
  'longer revert window': (d, _p, t) => towards(d['customerControls']?.sensorPinning, 'revertWindowDays', 730, t, true),
  'longer release-note notice': (d, _p, t) => towards(d['customerControls']?.releaseNotes, 'advanceNoticeHours', 72, t, true),
  'wider platform matrix': (d, _p, t) => towards(d['testing']?.platformMatrix, 'coveragePct', 100, t, false),
  'more reboot cycles in content tests': (d, _p, t) => towards(d['testing']?.content, 'rebootCycles', 10, t, true),
  'content tests cover more platforms': (d, _p, t) => towards(d['testing']?.content, 'platformCoveragePct', 100, t, false),
  'fewer wildcard fields in content tests': (d, _p, t) => towards(d['testing']?.content, 'nonWildcardFieldCoveragePct', 100, t, false),
  'continuous fuzzing': (d) => setTo(d['testing']?.fuzzing, 'continuous', true),
};

/** Unsafe values, one field of one element each: a random few turn the exemplary vendor into a mediocre one. */
const degradations: Record<string, Move> = {
  'gate not automated': (d, p) => setTo(choose(gates(d), p), 'automated', false),
  'emergency path skips the gate': (d, p) => setTo(choose(channels(d), p)?.rollout?.emergencyPath, 'healthGateEnforced', false),
  'canary without internal hosts': (d, p) => setTo(choose(channels(d), p)?.rollout?.rings?.[0], 'includesInternalHosts', false),
  'canary on some platforms': (d, p) => setTo(choose(channels(d), p)?.rollout?.rings?.[0], 'platformCoverage', 'partial'),
  'no last-known-good rollback': (d, p) => setTo(choose(channels(d), p)?.rollback, 'lastKnownGood', false),
  'rollback untested': (d, p) => setTo(choose(channels(d), p)?.rollback, 'testedEachRelease', false),
  'slow revert': (d, p) => setTo(choose(channels(d), p)?.rollback, 'maxRevertMinutes', 240),
  'content parsed in the kernel': (d, p) => setTo(choose(channels(d).filter((c) => c.kind === 'content'), p), 'parsedIn', 'kernel'),
  'content not verified before parse': (d, p) => setTo(choose(channels(d), p)?.signing, 'verifiedBeforeParse', false),
  'revocation not checked': (d, p) => setTo(choose(channels(d), p)?.revocation, 'checkedBeforeLoad', false),
  'validator without the interpreter': (d, p) => setTo(choose(channels(d), p)?.validator, 'runsProductionInterpreter', false),
  'silent hosts ignored': (d, p) => setTo(choose(gates(d), p), 'missingTelemetry', 'ignore'),
  'breach only alerts': (d, p) => setTo(choose(gates(d), p), 'onBreach', 'alert'),
  'slow detection': (d, p) => setTo(choose(gates(d), p), 'maxDetectionMinutes', 240),
  'low check-in share': (d, p) => setTo(choose(gates(d), p), 'minCheckinPct', 60),
  'loose crash threshold': (d, p) => setTo(choose(gates(d), p)?.thresholds, 'hostCrashRatePct', 5),
  'short bake': (d, p) => setTo(choose(rings(d).filter((r) => r.bakeMinutes > 0), p), 'bakeMinutes', 15),
  'canary never rebooted': (d, p) => setTo(choose(channels(d), p)?.rollout?.rings?.[0], 'rebootsBeforePromotion', 0),
  'one emergency ring': (d, p) => setTo(choose(channels(d), p)?.rollout?.emergencyPath, 'minRings', 1),
  'no bounds checks': (d, p) => setTo(choose(parsers(d), p), 'boundsChecked', false),
  'crash on malformed input': (d, p) => setTo(choose(parsers(d), p), 'onError', 'crash'),
  'parse failures unreported': (d, p) => setTo(choose(parsers(d), p), 'reportsTelemetry', false),
  'new content at boot': (d, p) => setTo(choose(components(d), p), 'loadsDynamicContentAtBoot', true),
  'loads on unknown kernels': (d, p) => setTo(choose(components(d).filter((c) => 'unsupportedKernelBehavior' in c), p), 'unsupportedKernelBehavior', 'load_anyway'),
  'attestation-signed driver': (d, p) => setTo(choose(components(d).filter((c) => c.signing?.windows), p)?.signing, 'windows', 'attestation'),
  'unsigned module': (d, p) => setTo(choose(components(d).filter((c) => c.signing?.linux), p)?.signing, 'linux', 'unsigned'),
  'not HVCI compatible': (d, p) => setTo(choose(components(d).filter((c) => 'hvciCompatible' in c), p), 'hvciCompatible', false),
  'breaker slow': (d) => setTo(d['recovery']?.crashLoopBreaker, 'threshold', 6),
  'breaker disables the agent': (d) => setTo(d['recovery']?.crashLoopBreaker, 'action', 'disable_agent'),
  'slow kill switch': (d) => setTo(d['customerControls']?.killSwitch, 'propagationMinutes', 120),
  'no content pinning': (d) => setTo(d['customerControls'], 'contentPinning', false),
  'short revert window': (d) => setTo(d['customerControls']?.sensorPinning, 'revertWindowDays', 30),
  'no release-note notice': (d) => setTo(d['customerControls']?.releaseNotes, 'advanceNoticeHours', 0),
  'narrow platform matrix': (d) => setTo(d['testing']?.platformMatrix, 'coveragePct', 60),
  'content tests without reboots': (d) => setTo(d['testing']?.content, 'rebootCycles', 0),
  'wildcard fields in content tests': (d) => setTo(d['testing']?.content, 'nonWildcardFieldCoveragePct', 70),
  'fuzzing not continuous': (d) => setTo(d['testing']?.fuzzing, 'continuous', false),
};

const deploymentMoves: Record<string, Move> = {
  // Every GA delay of the deployment later by the same amount, within the freshness ceiling (72 h, or the
  // deployment's own guardrail). The same shift everywhere: delaying only the test ring would make the critical
  // rings take content before it, and delaying only one of two partners could line them up — both less safe.
  // Only to delays the vendor offers (DC-10): asking for a delay the product cannot apply is a contradiction, not
  // a safer setting.
  'all GA delays later': (d, _p, t, vendor) => {
    const ceiling = Math.min(72, d['guardrails']?.maxContentDelayHours ?? 72);
    const entries = (d['rings'] as Doc[]).flatMap((r) => Object.values(r.content ?? {}) as Doc[]).filter((e) => e.ring === 'ga' && typeof e.delayHours === 'number');
    const room = ceiling - Math.max(0, ...entries.map((e) => e.delayHours));
    const offered: number[] | undefined = vendor?.['customerControls']?.delayHoursOptions;
    const fits = (s: number) => !offered?.length || entries.every((e) => offered.includes(e.delayHours + s));
    let shift = Math.floor(room * t);
    while (shift > 0 && !fits(shift)) shift -= 1;
    if (entries.length === 0 || shift <= 0) return false;
    for (const e of entries) e.delayHours += shift;
    return true;
  },
  'BitLocker keys escrowed': (d) => setTo(d['recovery']?.bitlockerKeyEscrow, 'enabled', true),
  'Quick Machine Recovery on': (d) => setTo(d['recovery']?.windowsQuickMachineRecovery, 'enabled', true),
};

function assertNoWorse(before: Subject, after: Subject, what: string): void {
  expect(after.schemaErrors, `${what}: the move keeps the document valid`).toBe(0);
  expect(after.score!, `${what}: score`).toBeGreaterThanOrEqual(before.score!);
  const was = new Map(before.controls.map((c) => [c.id, c.status]));
  const lost = after.controls.filter((c) => was.get(c.id) === 'pass' && c.status !== 'pass').map((c) => `${c.id} pass → ${c.status}`);
  expect(lost, `${what}: controls that stopped passing`).toEqual([]);
}

/** The exemplary vendor with every degradation applied to a few elements: a bad manifest with room to improve. */
const degraded = clone(vendors.aegis);
for (const degrade of Object.values(degradations)) for (const p of [0, 1, 2, 3]) degrade(degraded, p, 0);
const vendorBase = Object.entries({ ...vendors, degraded }).map(([name, doc]) => ({ name, doc, subject: evaluate(doc) }));
const deploymentBase = deployments.map((x) => ({ ...x, subject: evaluate(x.doc, x.vendor) }));

describe('monotonicity: a safer value never scores lower (issue 14 §2)', () => {
  it('every move has a target in at least one example (the generators are not vacuous)', () => {
    const vacuous = [
      ...Object.entries(vendorMoves).filter(([, move]) => !vendorBase.some((b) => [0, 1, 2, 3, 4, 5, 6, 7].some((p) => move(clone(b.doc), p, 0.5)))),
      ...Object.entries(degradations).filter(([, degrade]) => ![0, 1, 2].some((p) => degrade(clone(vendors.aegis), p, 0))),
      ...Object.entries(deploymentMoves).filter(([, move]) => !deploymentBase.some((b) => move(clone(b.doc), 0, 0.5, b.vendor))),
    ].map(([name]) => name);
    expect(vacuous).toEqual([]);
  });

  it('vendor manifests: moving one field towards safety never lowers the score or turns a pass into anything else', () => {
    // Every move gets its own runs, so that none is left to chance; the base, the element and the amount are random.
    for (const move of Object.keys(vendorMoves)) {
      fc.assert(
        fc.property(fc.nat(vendorBase.length - 1), fc.nat(200), fc.double({ min: 0.05, max: 1, noNaN: true }), (b, pick, t) => {
          const base = vendorBase[b]!;
          const doc = clone(base.doc);
          fc.pre(vendorMoves[move]!(doc, pick, t));
          assertNoWorse(base.subject, evaluate(doc), `${base.name}: ${move} (pick ${pick}, t ${t})`);
        }),
        { numRuns: 4, seed: 20261125, maxSkipsPerRun: 1000 },
      );
    }
  });

  it('a mediocre vendor made from the exemplary one by a few unsafe values: moving one field back towards safety never lowers the score', () => {
    const damage = fc.record({ what: fc.constantFrom(...Object.keys(degradations)), pick: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 8 }), fc.constantFrom(...Object.keys(vendorMoves)), fc.nat(50), fc.double({ min: 0.05, max: 1, noNaN: true }), (damages, move, pick, t) => {
        const worse = clone(vendors.aegis);
        const done = damages.filter((x) => degradations[x.what]!(worse, x.pick, 0));
        fc.pre(done.length > 0);
        const doc = clone(worse);
        fc.pre(vendorMoves[move]!(doc, pick, t));
        assertNoWorse(evaluate(worse), evaluate(doc), `aegis after ${done.map((x) => x.what).join(', ')}: ${move} (pick ${pick}, t ${t})`);
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });

  it('vendor manifests: several safer moves at once never lower the score either', () => {
    const step = fc.record({ move: fc.constantFrom(...Object.keys(vendorMoves)), pick: fc.nat(50), t: fc.double({ min: 0.05, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.nat(vendorBase.length - 1), fc.array(step, { minLength: 2, maxLength: 6 }), (b, steps) => {
        const base = vendorBase[b]!;
        const doc = clone(base.doc);
        const applied = steps.filter((s) => vendorMoves[s.move]!(doc, s.pick, s.t));
        fc.pre(applied.length > 0);
        assertNoWorse(base.subject, evaluate(doc), `${base.name}: ${applied.map((s) => s.move).join(', ')}`);
      }),
      { numRuns: 30, seed: 20261125 },
    );
  });

  it('deployment configs: a longer delay within the freshness ceiling, or more recovery preparation, never scores lower', () => {
    fc.assert(
      fc.property(fc.nat(deploymentBase.length - 1), fc.constantFrom(...Object.keys(deploymentMoves)), fc.nat(50), fc.double({ min: 0.05, max: 1, noNaN: true }), (b, move, pick, t) => {
        const base = deploymentBase[b]!;
        const doc = clone(base.doc);
        fc.pre(deploymentMoves[move]!(doc, pick, t, base.vendor));
        assertNoWorse(base.subject, evaluate(doc, base.vendor), `${base.doc['metadata'].organization}: ${move}`);
      }),
      { numRuns: 30, seed: 20261125 },
    );
  });
});

describe('no dilution and severity dominance on real documents (issue 14 §2)', () => {
  it('cloning a document\'s own channels or components never raises its score while a bad instance still fails', () => {
    const bad = (['borealis', 'cobalt'] as const).map((n) => vendorBase.find((b) => b.name === n)!);
    fc.assert(
      fc.property(fc.nat(bad.length - 1), fc.constantFrom('updateChannels', 'components'), fc.nat(20), fc.integer({ min: 1, max: 12 }), (b, list, pick, copies) => {
        const base = bad[b]!;
        const doc = clone(base.doc);
        const xs = doc[list] as Doc[];
        const model = choose(xs, pick)!;
        for (let i = 0; i < copies; i++) xs.push({ ...clone(model), id: `${model.id}-pad-${i}` });
        const after = evaluate(doc);
        expect(after.score!).toBeLessThanOrEqual(base.subject.score!);
        const failing = base.subject.controls.filter((c) => c.status === 'fail').map((c) => c.id);
        const still = new Map(after.controls.map((c) => [c.id, c.status]));
        expect(failing.filter((id) => still.get(id) !== 'fail')).toEqual([]);
      }),
      { numRuns: 20, seed: 20261125 },
    );
  });

  it('on every example report, a failing critical control costs more points than any failing high one, a high more than a medium, a medium more than a low', () => {
    const severity = new Map(standard!.areas.flatMap((a) => a.controls).map((c) => [c.id, c.severity]));
    const order = ['critical', 'high', 'medium', 'low'];
    for (const s of [...vendorBase.map((b) => b.subject), ...deploymentBase.map((b) => b.subject)]) {
      const lost = s.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence');
      for (const a of lost) {
        for (const b of lost) {
          if (order.indexOf(severity.get(a.id)!) < order.indexOf(severity.get(b.id)!)) expect(a.pointsLost, `${s.name}: ${a.id} vs ${b.id}`).toBeGreaterThan(b.pointsLost);
        }
      }
    }
  });
});
