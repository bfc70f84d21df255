import { defaultStandardPath } from '../paths.js';
import { loadStandard } from '../standard/standard.js';
import { parse } from './args.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';
import { didYouMean } from '../util/did-you-mean.js';

/** `ringfence explain <control-id | rule-name>`: what a control checks, why, how to fix it, and the rule's logic. */
export function runExplain(args: string[]): number {
  const { values, positionals } = parse(args, { standard: { type: 'string', short: 's' } });
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a control id or rule name, e.g. `ringfence explain KDUS-CU-01`');
  const { standard, problems } = loadStandard(values.standard ?? defaultStandardPath);
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
  for (const c of matches) {
    const area = standard.areas.find((a) => a.id === c.areaId)!;
    out.push(`${c.id} — ${c.title}`);
    out.push(`  area ${area.id} (${area.title}) · severity ${c.severity} (weight ${c.weight}) · level ${c.level}${c.capsGrade ? ` · caps the grade at ${standard.grading.criticalCap} when not passing` : ''}`);
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
    }
    if (c.mappings.length) out.push('', 'Maps to', ...c.mappings.map((m) => `  ${m.framework} ${m.id}${m.title ? ` — ${m.title}` : ''}`));
    if (c.references.length) out.push('', 'References', ...c.references.map((r) => `  ${r.title}${r.url ? ` <${r.url}>` : ''}`));
    out.push('');
  }
  process.stdout.write(`${out.join('\n')}`);
  return 0;
}

function indent(s: string): string {
  return s
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
