import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runRuleTests } from '../engine/rule-tests.js';
import { compareStrings, displayPath } from '../load/read-inputs.js';
import { rulesDir } from '../paths.js';
import { loadRuleFile } from '../standard/rule-file.js';
import { makeStyle, terminalSafe as safe } from '../../reporters/sanitize.js';
import { parse, useColor } from './args.js';
import { formatProblem } from './format-problem.js';

/**
 * `ringfence test [rule files or folders]`: runs every rule's own test cases. Fails (exit 1) when a case
 * fails or when a rule lacks a passing or a failing case; exit 2 when a rule does not load.
 */
export function runTest(args: string[]): number {
  const { values, positionals } = parse(args, { verbose: { type: 'boolean' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } });
  const st = makeStyle(values['no-color'] ? false : useColor(process.stdout, values.color));
  const files = collectRuleFiles(positionals.length ? positionals : [rulesDir]);
  const out: string[] = [];
  let cases = 0;
  let failedCases = 0;
  let lacking = 0;
  let broken = 0;
  for (const file of files) {
    const { rule, problems } = loadRuleFile(file);
    for (const p of problems) out.push(`${st.red('✖')} ${formatProblem(p)}`);
    if (!rule) {
      broken++;
      continue;
    }
    const summary = runRuleTests(rule);
    cases += summary.cases.length;
    const failed = summary.cases.filter((c) => !c.passed);
    failedCases += failed.length;
    if (summary.missing.length) lacking++;
    if (failed.length === 0 && summary.missing.length === 0) {
      out.push(`${st.green('✓')} ${rule.name} ${st.dim(`(${summary.cases.length} case${summary.cases.length === 1 ? '' : 's'})`)}`);
      if (values.verbose) for (const c of summary.cases) out.push(st.dim(`    ✓ ${safe(c.name)}`));
      continue;
    }
    out.push(`${st.red('✖')} ${rule.name} ${st.dim(displayPath(file))}`);
    for (const c of failed) {
      const expected = Array.isArray(c.expected) ? `[${c.expected.join(', ')}]` : c.expected;
      const actual = Array.isArray(c.expected) ? `[${c.actual.join(', ')}]` : `${c.actual.length === 1 ? c.actual[0] : `[${c.actual.join(', ')}]`}`;
      out.push(`    ${st.red('✖')} ${safe(c.name)} ${st.dim(`(${c.file}:${c.line})`)}: expected ${expected}, got ${actual}`);
      for (const d of c.details) out.push(st.dim(`        ${safe(d)}`));
    }
    if (summary.missing.length) out.push(`    ${st.red('✖')} lacks ${summary.missing.join(' and ')}`);
  }
  const rules = files.length;
  out.push('');
  out.push(`${rules} rule${rules === 1 ? '' : 's'}, ${cases} case${cases === 1 ? '' : 's'}: ${cases - failedCases} passed, ${failedCases} failed${lacking ? `; ${lacking} rule${lacking === 1 ? '' : 's'} lack a passing or failing case` : ''}${broken ? `; ${broken} rule${broken === 1 ? '' : 's'} failed to load` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (broken) return 2;
  return failedCases || lacking ? 1 : 0;
}

function collectRuleFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, depth: number) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as unreadable by the loader
      return;
    }
    if (st.isDirectory()) {
      if (depth > 8) return;
      for (const e of readdirSync(p).sort(compareStrings)) if (!e.startsWith('.')) visit(path.join(p, e), depth + 1);
    } else if (/\.ya?ml$/.test(p) || depth === 0) out.push(p);
  };
  for (const p of paths) visit(p, 0);
  return out;
}
