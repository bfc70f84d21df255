import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRule, type Instance } from '../../src/engine/evaluate.js';
import { runRuleTests } from '../../src/engine/rule-tests.js';
import { indexPointers } from '../../src/load/pointer.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { compileRule, type RuleDefinition } from '../../src/standard/rule.js';

/**
 * A rule's `claims:` — claims it reads without requiring them. Present, their places join each judged instance's
 * claims (backed and contradicted like the evidence's); absent, nothing changes. They are added after the evidence's
 * claims, so that naming a claim can only add one: the backing (the weakest of the claims') cannot rise, and the
 * outcome, the position and the message never depend on them.
 */
function compile(text: string, file = 'rules/x/sbom-published.yaml') {
  const parsed = parseYamlText(text, file);
  expect(parsed.problems).toEqual([]);
  return compileRule(parsed.documents[0]!);
}

const head = `name: sbom-published
title: an SBOM is published
appliesTo: VendorManifest
`;
const body = `assert: "doc.memorySafety.sbom.format === 'cyclonedx' || doc.memorySafety.sbom.format === 'spdx'"
at: doc.memorySafety.sbom ?? doc
message: "SBOM format {{doc.memorySafety.sbom.format}}"
rationale: r
remediation: m
tests:
  - name: ok
    doc: { components: [{ id: a }], memorySafety: { sbom: { format: spdx, url: "https://v.example/s" } } }
    expect: pass
  - name: no SBOM
    doc: { components: [{ id: a }] }
    expect: fail
`;

function run(r: RuleDefinition, doc: unknown): Instance[] {
  const p = indexPointers(doc);
  return evaluateRule(r, { doc, pointerOf: (o) => p.get(o), params: {} }, { asOf: Date.parse('2026-11-25T00:00:00Z'), budget: 1_000_000 });
}

const docs: [string, unknown][] = [
  ['declared and in a standard format', { components: [{ id: 'a', language: { primary: 'c' } }, { id: 'b', language: { primary: 'rust' } }], memorySafety: { sbom: { format: 'spdx', url: 'https://v.example/s' } } }],
  ['a private format', { components: [{ id: 'a', language: { primary: 'c' } }], memorySafety: { sbom: { format: 'csv', url: 'https://v.example/s' } } }],
  ['no SBOM', { components: [{ id: 'a' }] }],
  ['an SBOM without a format', { components: [{ id: 'a' }], memorySafety: { sbom: { url: 'https://v.example/s' } } }],
  ['no components', { memorySafety: { sbom: { format: 'spdx', url: 'https://v.example/s' } } }],
  ['nothing', {}],
];

describe('claims: what a rule reads without requiring it', () => {
  const without = compile(`${head}evidence:\n  - doc.components[0]\n${body}`).rule!;
  const withClaims = compile(`${head}evidence:\n  - doc.components[0]\nclaims:\n  - doc.memorySafety.sbom.format\n  - doc.memorySafety.sbom.url\n  - doc.components.map(c => c.language)\n${body}`).rule!;

  it('compiles, and keeps the expressions as written for explain and the reference pages', () => {
    expect(withClaims.claims!.map((c) => c.text)).toEqual(['doc.memorySafety.sbom.format', 'doc.memorySafety.sbom.url', 'doc.components.map(c => c.language)']);
    expect(withClaims.source.claims).toHaveLength(3);
    expect(withClaims.usesVendor).toBe(false);
    expect(without.claims).toBeUndefined();
  });

  it('present: the places are added after the evidence\'s, each once; a computed list claims its elements\' places', () => {
    const [i] = run(withClaims, docs[0]![1]);
    expect(i).toMatchObject({ outcome: 'pass', claims: ['/components/0', '/memorySafety/sbom/format', '/memorySafety/sbom/url', '/components/0/language', '/components/1/language'] });
    const [f] = run(withClaims, docs[1]![1]);
    expect(f).toMatchObject({ outcome: 'fail', pointer: '/memorySafety/sbom', claims: ['/components/0', '/memorySafety/sbom/format', '/memorySafety/sbom/url', '/components/0/language'] });
  });

  it('absent: nothing changes — no missing evidence, the failure stays a failure, nothing is claimed for it', () => {
    const [noSbom] = run(withClaims, docs[2]![1]);
    expect(noSbom).toMatchObject({ outcome: 'fail', claims: ['/components/0'] });
    const [noFormat] = run(withClaims, docs[3]![1]);
    expect(noFormat).toMatchObject({ outcome: 'fail', claims: ['/components/0', '/memorySafety/sbom/url'] });
    expect(noFormat).not.toHaveProperty('missing');
  });

  it('cannot turn a fail into a pass: outcome, position and message are those of the rule without claims, whose claims come first', () => {
    for (const [, doc] of docs) {
      const a = run(without, doc);
      const b = run(withClaims, doc);
      expect(b.map((i) => [i.outcome, i.pointer, i.message, i.missing])).toEqual(a.map((i) => [i.outcome, i.pointer, i.message, i.missing]));
      b.forEach((i, n) => expect((i.claims ?? []).slice(0, (a[n]!.claims ?? []).length)).toEqual(a[n]!.claims ?? []));
    }
    // A missing-evidence instance claims nothing, with or without claims (nothing to back, nothing to contradict).
    expect(run(withClaims, docs[4]![1])).toEqual([expect.objectContaining({ outcome: 'missing_evidence' })]);
    expect(run(withClaims, docs[4]![1])[0]).not.toHaveProperty('claims');
  });

  it('cannot narrow what an instance claims: without evidence the instance\'s own place stays its first claim', () => {
    // Backing is the weakest of the claims'. Were a narrow, well-backed claim to replace the whole-document claim,
    // naming it would raise the backing; it is added beside it instead.
    const r = compile(`${head}claims: [doc.memorySafety.sbom.format]\n${body}`).rule!;
    expect(run(r, docs[0]![1])[0]!.claims).toEqual(['', '/memorySafety/sbom/format']);
    const each = compile(`${head}forEach: doc.components\nas: component\nclaims: [component.language.primary]\n${body}`).rule!;
    expect(run(each, docs[0]![1]).map((i) => i.claims)).toEqual([
      ['/components/0', '/components/0/language/primary'],
      ['/components/1', '/components/1/language/primary'],
    ]);
  });

  it('a computed value that is not a list, and a list of plain values, name no place', () => {
    const r = compile(`${head}claims:\n  - "doc.memorySafety.sbom.format === 'spdx'"\n  - doc.components.map(c => c.id)\n  - "doc.memorySafety.sbom.format + '!'"\n${body}`).rule!;
    expect(run(r, docs[0]![1])[0]!.claims).toEqual(['']);
  });

  it('a claims path is checked against the schema like any other, at its line and column', () => {
    const { problems } = compile(`${head}claims:\n  - doc.memorySafety.sbom.formt\n${body}`);
    expect(problems).toEqual([expect.objectContaining({ code: 'rule-compile', pointer: '/claims/0', message: expect.stringContaining('did you mean "format"?') })]);
    expect(problems[0]!.range).toMatchObject({ startLine: 5 });
  });

  it('refused: a claim of the vendor manifest or of the backing (it would make the rule need them, and change its outcome)', () => {
    const dep = compile(
      `name: offer\ntitle: t\nappliesTo: DeploymentConfig\nclaims:\n  - vendor.customerControls\nassert: "true"\nmessage: m\nrationale: r\nremediation: m\ntests:\n  - { name: a, doc: {}, expect: pass }\n`,
      'rules/x/offer.yaml',
    );
    expect(dep.rule).toBeUndefined();
    expect(dep.problems).toEqual([expect.objectContaining({ code: 'rule-compile', pointer: '/claims/0', message: 'a claims entry names a place in the evaluated document; it cannot read the vendor manifest (vendor)' })]);
    expect(dep.problems[0]!.range).toMatchObject({ startLine: 5, startColumn: 5 });
    const backing = compile(`${head}claims: [backing.document]\n${body}`);
    expect(backing.problems.map((p) => p.message)).toEqual(['a claims entry names a place in the evaluated document; it cannot read the backing (backing)']);
  });

  it('refused by the rule schema: claims on a rule that judges the document itself', () => {
    const { problems } = compile(`${head}judges: document\nclaims: [doc.memorySafety]\n${body}`);
    expect(problems.map((p) => p.message)).toEqual(['the document: a rule that judges the document itself (judges: document) has no forEach, no evidence and no claims: it reads no claim']);
  });
});

describe('rule tests can show the claims', () => {
  const withTests = (claims: string) =>
    compile(`${head}evidence:\n  - doc.components[0]\nclaims: [doc.memorySafety.sbom.format]\n${body}    claims: ${claims}\n`).rule!;

  it('a case naming the claims its instances make passes', () => {
    const s = runRuleTests(withTests('[/components/0]'));
    expect(s.cases.map((c) => c.passed)).toEqual([true, true]);
  });

  it('a case naming a claim no instance makes fails, and says what was claimed', () => {
    const s = runRuleTests(withTests('[/memorySafety/sbom/format]'));
    expect(s.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(s.cases[1]!.details).toContain('expected claims not named: /memorySafety/sbom/format (claimed: /components/0)');
  });

  it('the KDUS-MS-04 rule file passes its own cases, which show its claims', () => {
    const parsed = parseYamlText(
      readFileSync(new URL('../../rules/memory-safety/language-inventory-and-sbom.yaml', import.meta.url), 'utf8'),
      'rules/memory-safety/language-inventory-and-sbom.yaml',
    );
    const r = compileRule(parsed.documents[0]!, 'language-inventory-and-sbom');
    expect(r.problems).toEqual([]);
    expect(r.rule!.source.claims).toEqual(['doc.components.map(c => c.language)', 'doc.memorySafety.sbom.format', 'doc.memorySafety.sbom.url']);
    const s = runRuleTests(r.rule!);
    expect(s.cases.filter((c) => !c.passed)).toEqual([]);
    expect(s.cases.filter((c) => c.name.startsWith('loophole: an SBOM without its format'))).toHaveLength(1);
  });
});
