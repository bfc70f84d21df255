import { terminalSafe } from '../../reporters/sanitize.js';
import { standardFile } from './standard-option.js';
import { loadStandard } from '../standard/standard.js';
import { parse } from './args.js';
import { formatProblem } from './format-problem.js';

/** `ringfence lint-standard [file]`: loads a standard and its rules and reports every problem, positioned. */
export function runLintStandard(args: string[]): number {
  const { positionals } = parse(args, {});
  const file = standardFile(positionals[0], 'the standard');
  const { standard, problems } = loadStandard(file);
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  if (!standard) {
    process.stdout.write('the standard could not be loaded\n');
    return 2;
  }
  const controls = standard.areas.flatMap((a) => a.controls);
  const rules = new Set(controls.map((c) => c.ruleName));
  const untested = controls.filter((c) => c.rule && !(c.rule.tests.some((t) => [t.expect].flat().includes('pass')) && c.rule.tests.some((t) => [t.expect].flat().includes('fail'))));
  for (const c of untested) process.stdout.write(`${terminalSafe(`${c.source.file}:${c.source.line}: warning: rule ${c.ruleName} of ${c.id} lacks a passing or a failing test case`)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  process.stdout.write(
    `${standard.id} ${standard.version}${standard.extends.length ? ` (extends ${standard.extends.join(' → ')})` : ''}: ${standard.areas.length} areas, ${controls.length} controls, ${rules.size} rules; ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors + untested.length} warning${problems.length - errors + untested.length === 1 ? '' : 's'}\n`,
  );
  return errors ? 2 : 0;
}
