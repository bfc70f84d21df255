import { indexPointers } from '../load/pointer.js';
import type { Outcome, RuleDefinition } from '../standard/rule.js';
import { aggregateOutcome, defaultBudget, evaluateRule } from './evaluate.js';

export const defaultTestAsOf = '2026-11-25';

export interface TestCaseResult {
  rule: string;
  file: string;
  name: string;
  line: number;
  passed: boolean;
  expected: Outcome | Outcome[];
  actual: Outcome[];
  /** Messages of the instances, to explain a failing case. */
  details: string[];
}

export interface RuleTestSummary {
  rule: string;
  file: string;
  cases: TestCaseResult[];
  /** What the rule's tests lack: at least one passing and one failing case are required. */
  missing: string[];
}

/** Runs a rule's own test cases (Semgrep/ESLint RuleTester style). */
export function runRuleTests(rule: RuleDefinition): RuleTestSummary {
  const cases = rule.tests.map((t): TestCaseResult => {
    const pointers = indexPointers(t.doc);
    const vendorPointers = t.vendor !== undefined ? indexPointers(t.vendor) : undefined;
    const instances = evaluateRule(
      rule,
      {
        doc: t.doc,
        pointerOf: (o) => pointers.get(o),
        params: { ...rule.params, ...(t.params ?? {}) },
        vendor: t.vendor !== undefined ? { value: t.vendor, pointerOf: (o) => vendorPointers!.get(o) } : undefined,
        ...(t.backing !== undefined ? { backing: t.backing } : {}),
      },
      { asOf: Date.parse(`${t.asOf ?? defaultTestAsOf}T00:00:00Z`), budget: defaultBudget },
    );
    const actual = instances.map((i) => i.outcome);
    // Related positions as a case names them: a JSON Pointer, or vendor#pointer for the vendor manifest.
    const reported = new Set(instances.flatMap((i) => (i.related ?? []).map((r) => (r.vendor ? `vendor#${r.pointer}` : r.pointer))));
    const unreported = (t.related ?? []).filter((p) => !reported.has(p));
    // Claims as a case names them: JSON Pointers that the passing and failing instances must claim (what the
    // evidence stage would back, and what a contradiction would fail).
    const claimed = new Set(instances.flatMap((i) => i.claims ?? []));
    const unclaimed = (t.claims ?? []).filter((p) => !claimed.has(p));
    const passed =
      (Array.isArray(t.expect) ? t.expect.length === actual.length && t.expect.every((e, i) => e === actual[i]) : t.expect === aggregateOutcome(actual)) &&
      unreported.length === 0 &&
      unclaimed.length === 0;
    return {
      rule: rule.name,
      file: rule.file,
      name: t.name,
      line: t.line,
      passed,
      expected: t.expect,
      actual,
      details: [
        ...instances.map((i) => `${i.outcome} at ${i.pointer || '/'}${i.message ? `: ${i.message}` : ''}${i.related?.length ? ` (also at ${i.related.map((r) => `${r.vendor ? 'vendor#' : ''}${r.pointer || '/'}`).join(', ')})` : ''}`),
        ...(unreported.length > 0 ? [`expected related positions not reported: ${unreported.join(', ')}`] : []),
        ...(unclaimed.length > 0 ? [`expected claims not named: ${unclaimed.join(', ')} (claimed: ${[...claimed].map((p) => p || '/').join(', ') || 'none'})`] : []),
      ],
    };
  });
  const kinds = new Set(rule.tests.flatMap((t) => (Array.isArray(t.expect) ? t.expect : [t.expect])));
  const missing: string[] = [];
  if (!kinds.has('pass')) missing.push('a passing case');
  if (!kinds.has('fail')) missing.push('a failing case');
  return { rule: rule.name, file: rule.file, cases, missing };
}
