import { terminalSafe, terminalSafeBlock } from '../../reporters/sanitize.js';
import { backingOf, evaluateSubject } from '../engine/check.js';
import { aggregateOutcome, defaultBudget, evaluateRule } from '../engine/evaluate.js';
import { loadAllDocuments } from '../import/index.js';
import { locate } from '../load/locate.js';
import { standardFile } from './standard-option.js';
import { loadStandard, type Control, type Standard } from '../standard/standard.js';
import { parseDate } from './check-command.js';
import { parse } from './args.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';
import { didYouMean } from '../util/did-you-mean.js';
import { assuranceWords } from '../evidence/levels.js';

/** `ringfence explain <control-id | rule-name>`: what a control checks, why, how to fix it, and the rule's logic. */
export async function runExplain(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { standard: { type: 'string', short: 's' }, 'as-of': { type: 'string' } });
  const id = positionals[0];
  const files = positionals.slice(1);
  const asOf = parseDate(values['as-of'], '--as-of') ?? new Date().toISOString().slice(0, 10);
  if (!id) throw new UsageError('explain needs a control id or rule name, e.g. `ringfence explain KDUS-CU-01`');
  const { standard, problems } = loadStandard(standardFile(values.standard));
  if (!standard) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
  const controls = standard.areas.flatMap((a) => a.controls);
  const matches = controls.filter((c) => c.id.toLowerCase() === id.toLowerCase() || c.ruleName === id);
  if (matches.length === 0) {
    const hint = didYouMean(id, [...controls.map((c) => c.id), ...controls.map((c) => c.ruleName)]);
    throw new UsageError(`no control or rule "${id}" in ${standard.id} ${standard.version}${hint ? `; did you mean ${hint}?` : ''}`);
  }
  const out: string[] = [];
  let failed = false;
  for (const c of matches) {
    const area = standard.areas.find((a) => a.id === c.areaId)!;
    out.push(`${c.id} — ${c.title}`);
    out.push(`  area ${area.id} (${area.title}) · severity ${c.severity} (weight ${c.weight}) · level ${c.level}${c.capsGrade ? ` · caps the grade at ${standard.grading.criticalCap} when not passing` : ''}`);
    const minimum = standard.grading.minimumAssurance;
    if (c.capsGrade && minimum !== undefined && c.rule?.appliesTo === 'VendorManifest' && !c.rule.usesBacking && !c.rule.judgesDocument) {
      out.push(`  assurance policy: a vendor manifest reaches level 1 or above${standard.grading.unbackedCap ? `, and a grade above ${standard.grading.unbackedCap},` : ''} only when this control's claims are backed at least as ${assuranceWords(minimum)} (grading.minimumAssurance${standard.grading.unbackedCap ? ', grading.unbackedCap' : ''})`);
    }
    out.push(`  rule ${c.ruleName}${c.rule ? ` (${c.rule.file}), applies to ${c.rule.appliesTo}` : ''}`);
    if (c.brokenReason) out.push(`  BROKEN: ${c.brokenReason}`);
    const params = Object.entries(c.params);
    if (params.length) out.push(`  parameters: ${params.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}`);
    out.push('', 'Why', indent(c.rationale), '', 'How to fix', indent(c.remediation));
    if (c.rule) {
      const s = c.rule.source;
      out.push('', 'What is checked');
      if (s.forEach) out.push(`  for each ${c.rule.as} in ${s.forEach}`);
      if (s.when) out.push(`  when       ${s.when}`);
      for (const e of s.evidence ?? []) out.push(`  evidence   ${e}`);
      out.push(`  assert     ${s.assert.trim().replace(/\s*\n\s*/g, '\n             ')}`);
      if (s.at) out.push(`  at         ${s.at}`);
      for (const r of s.related ?? []) out.push(`  also at    ${r.forEach ? `(for each ${r.as ?? 'other'} in ${r.forEach}) ` : ''}${r.when ? `(when ${r.when}) ` : ''}${r.at}: "${r.message}"`.replace(/\s*\n\s*/g, ' '));
    }
    if (c.mappings.length) out.push('', 'Maps to', ...c.mappings.map((m) => `  ${m.framework} ${m.id}${m.title ? ` — ${m.title}` : ''}`));
    if (c.references.length) out.push('', 'References', ...c.references.map((r) => `  ${r.title}${r.url ? ` <${r.url}>` : ''}`));
    if (files.length && c.rule) {
      const on = await explainOn(standard, c, files, asOf);
      out.push('', ...on.lines);
      // A file that could not be read or parsed is an input problem, as in `check`: never a quiet 0.
      if (on.failed) failed = true;
    }
    out.push('');
  }
  // A standard's texts (titles, rationale, remediation, references) are its author's: made inert, lines kept.
  process.stdout.write(terminalSafeBlock(out.join('\n')));
  return failed ? 2 : 0;
}

const marks: Record<string, string> = { pass: '✓ pass', fail: '✖ fail', missing_evidence: '? missing evidence', not_applicable: '· not applicable', error: '! error' };

/** Every instance of the control's rule on the given documents: outcome, where, and why. */
async function explainOn(standard: Standard, c: Control, paths: string[], asOf: string): Promise<{ lines: string[]; failed: boolean }> {
  const out = [`On ${paths.join(', ')} (as of ${asOf})`];
  // Foreign files (Kubernetes, Terraform, exports) are imported as in `check`, and located in their own lines.
  const { documents: docs, problems } = await loadAllDocuments(paths, undefined, 'strict');
  for (const p of problems) out.push(`  ${formatProblem(p)}`);
  const rule = c.rule!;
  const relevant = docs.filter((d) => d.kind === rule.appliesTo);
  if (!relevant.length) out.push(`  no ${rule.appliesTo} among them`);
  for (const doc of relevant) {
    const product = (doc.value as { metadata?: { product?: unknown } }).metadata?.product;
    const vendor = rule.usesVendor ? docs.find((d) => d.kind === 'VendorManifest' && (d.value as { metadata?: { product?: unknown } }).metadata?.product === product) : undefined;
    const instances = evaluateRule(
      rule,
      {
        doc: doc.value,
        pointerOf: (o) => doc.pointers.get(o),
        params: c.params,
        vendor: vendor ? { value: vendor.value, pointerOf: (o) => vendor.pointers.get(o) } : undefined,
        ...(typeof product === 'string' ? { vendorHint: `product ${JSON.stringify(product)}` } : {}),
        // A rule that judges the backing needs the document's other controls evaluated and backed first.
        ...(rule.usesBacking ? { backing: backingOf(evaluateSubject(standard, doc, undefined, Date.parse(`${asOf}T00:00:00Z`), defaultBudget).subject, standard) } : {}),
      },
      { asOf: Date.parse(`${asOf}T00:00:00Z`), budget: defaultBudget },
    );
    out.push(`  ${doc.file}${doc.documentIndex ? ` (document ${doc.documentIndex + 1})` : ''}: ${aggregateOutcome(instances.map((i) => i.outcome)).replace('_', ' ')}`);
    for (const i of instances) {
      const at = locate(doc, i.pointer);
      const r = at.range;
      out.push(terminalSafe(`    ${marks[i.outcome]}  ${i.pointer || '/'} (${at.file === doc.file ? 'line' : at.file} ${r.startLine}:${r.startColumn})${i.message ? `: ${i.message}` : ''}`));
    }
  }
  return { lines: out, failed: problems.some((p) => p.severity === 'error') };
}

function indent(s: string): string {
  return s
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
