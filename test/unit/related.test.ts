import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/engine/evaluate.js';
import { runRuleTests } from '../../src/engine/rule-tests.js';
import { indexPointers } from '../../src/load/pointer.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { compileRule } from '../../src/standard/rule.js';

function rule(text: string) {
  const parsed = parseYamlText(text, 'rules/x/kind-privilege.yaml');
  expect(parsed.problems).toEqual([]);
  return compileRule(parsed.documents[0]!);
}

const base = `name: kind-privilege
title: kind and privilege agree
appliesTo: VendorManifest
forEach: doc.components
as: component
assert: "!(component.kind === 'kernel_driver' && component.privilege === 'user')"
at: component.kind
message: "component {{component.id}} is a {{component.kind}} declared with privilege {{component.privilege}}"
rationale: r
remediation: m
`;
const tests = `tests:
  - name: ok
    doc: { components: [{ id: a, kind: kernel_driver, privilege: kernel }] }
    expect: pass
  - name: contradiction
    doc: { components: [{ id: a, kind: kernel_driver, privilege: user }] }
    expect: fail
    related: [/components/0/privilege]
`;

function run(r: NonNullable<ReturnType<typeof compileRule>['rule']>, doc: unknown, vendor?: unknown) {
  const p = indexPointers(doc);
  const v = vendor !== undefined ? indexPointers(vendor) : undefined;
  return evaluateRule(
    r,
    { doc, pointerOf: (o) => p.get(o), params: {}, vendor: vendor !== undefined ? { value: vendor, pointerOf: (o) => v!.get(o) } : undefined },
    { asOf: Date.parse('2026-11-25T00:00:00Z'), budget: 1_000_000 },
  );
}

describe('related positions (the other side of a contradiction)', () => {
  it('a failing instance reports the other side, with its label; a passing one reports none', () => {
    const { rule: r, problems } = rule(`${base}related:\n  - at: component.privilege\n    message: "declared here: privilege {{component.privilege}}"\n${tests}`);
    expect(problems).toEqual([]);
    const [bad, good] = run(r!, { components: [{ id: 'a', kind: 'kernel_driver', privilege: 'user' }, { id: 'b', kind: 'kernel_driver', privilege: 'kernel' }] });
    expect(bad).toMatchObject({ outcome: 'fail', pointer: '/components/0/kind', related: [{ pointer: '/components/0/privilege', message: 'declared here: privilege user' }] });
    expect(good).toMatchObject({ outcome: 'pass', pointer: '/components/1' });
    expect(good).not.toHaveProperty('related');
    expect(runRuleTests(r!).cases.every((c) => c.passed)).toBe(true);
  });

  it('forEach, when and a path that leads nowhere: one position per element that applies, no repeats, never the finding itself', () => {
    const { rule: r, problems } = rule(
      `${base}related:\n  - forEach: doc.components\n    as: other\n    when: other.id !== component.id\n    at: other.privilege\n    message: "{{other.id}}"\n  - at: component.kind\n    message: itself\n  - at: component.nothingHere\n    message: nowhere\n${tests}`.replace('component.nothingHere', 'component.signing'),
    );
    expect(problems).toEqual([]);
    const [bad] = run(r!, { components: [{ id: 'a', kind: 'kernel_driver', privilege: 'user' }, { id: 'b', privilege: 'kernel' }, { id: 'c' }] });
    expect(bad!.related).toEqual([{ pointer: '/components/1/privilege', message: 'b' }]);
  });

  it('a deployment rule may point into the vendor manifest', () => {
    const { rule: r, problems } = rule(`name: kind-privilege
title: t
appliesTo: DeploymentConfig
assert: doc.delay <= vendor.maxDelay
at: doc.delay
related:
  - at: vendor.maxDelay
    message: "the vendor offers at most {{vendor.maxDelay}}"
message: m
rationale: r
remediation: m
tests:
  - name: ok
    doc: { delay: 1 }
    vendor: { maxDelay: 2 }
    expect: pass
  - name: longer
    doc: { delay: 3 }
    vendor: { maxDelay: 2 }
    expect: fail
    related: ["vendor#/maxDelay"]
`.replace(/doc\.delay/g, 'doc.metadata.fleetSize').replace(/vendor\.maxDelay/g, 'vendor.metadata.fleetSize').replace(/\{ delay: (\d) \}/g, '{ metadata: { fleetSize: $1 } }').replace(/\{ maxDelay: (\d) \}/g, '{ metadata: { fleetSize: $1 } }').replace('vendor#/maxDelay', 'vendor#/metadata/fleetSize'));
    expect(problems).toEqual([]);
    const [i] = run(r!, { metadata: { fleetSize: 3 } }, { metadata: { fleetSize: 2 } });
    expect(i).toMatchObject({ outcome: 'fail', pointer: '/metadata/fleetSize', related: [{ pointer: '/metadata/fleetSize', vendor: true, message: 'the vendor offers at most 2' }] });
    expect(runRuleTests(r!).cases.map((c) => c.passed)).toEqual([true, true]);
  });

  it('a rule test that names a position the rule does not report fails', () => {
    const { rule: r } = rule(`${base}${tests}`);
    const summary = runRuleTests(r!);
    expect(summary.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(summary.cases[1]!.details.join('\n')).toContain('expected related positions not reported: /components/0/privilege');
  });

  it('a related entry is checked against the schema, positioned in the rule file', () => {
    const { rule: r, problems } = rule(`${base}related:\n  - at: component.privilegez\n    message: x\n${tests}`);
    expect(r).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'rule-compile', pointer: '/related/0/at', range: { startLine: 12 } });
    expect(problems[0]!.message).toMatch(/did you mean "privilege"/);
    const shadow = rule(`${base}related:\n  - forEach: doc.components\n    as: component\n    at: component.kind\n    message: x\n${tests}`);
    expect(shadow.problems[0]).toMatchObject({ pointer: '/related/0/as' });
  });
});

describe('pairingNote: why a deployment found no vendor manifest', () => {
  it('names a product that looks alike, or the vendor that differs, and nothing when nothing is close', async () => {
    const { pairingNote } = await import('../../src/engine/check.js');
    const manifests = [{ product: 'Aegis Sentinel', vendor: 'Aegis Sentinel Systems' }, { product: 'Borealis Guard' }];
    expect(pairingNote({ product: 'Aegis Sentinal' }, manifests)).toBe('did you mean product "Aegis Sentinel"?');
    expect(pairingNote({ product: 'AEGIS-SENTINEL' }, manifests)).toBe('did you mean product "Aegis Sentinel"?');
    expect(pairingNote({ product: 'Aegis Sentinel', vendor: 'Aegis Systems' }, manifests)).toBe('the run has a VendorManifest of product "Aegis Sentinel" by vendor "Aegis Sentinel Systems", not by "Aegis Systems"');
    expect(pairingNote({ product: 'Cobalt Shield Endpoint' }, manifests)).toBeUndefined();
    expect(pairingNote({}, manifests)).toBeUndefined();
  });
});
