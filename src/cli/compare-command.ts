import { compareFormatNames, compareReporters } from '../../reporters/compare/index.js';
import { compare } from '../engine/compare.js';
import { checkParallel } from '../engine/parallel.js';
import { standardFile } from './standard-option.js';
import { loadStandard } from '../standard/standard.js';
import { parse } from './args.js';
import { aboutOptions, applyOutput, parseAbout, parseDate, parseFormats, requireTerminal, writeRendered } from './check-command.js';
import { refuseOutputsOverInputs } from './output-guard.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';

/**
 * `ringfence compare a.yaml b.yaml …`: vendors side by side, ranked, with the reasons and the controls on
 * which they differ. Exit 0, or 2 when an input, rule or standard problem made the comparison incomplete.
 */
export async function runCompare(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    standard: { type: 'string', short: 's' },
    format: { type: 'string', short: 'f', multiple: true },
    output: { type: 'string', short: 'o' },
    'as-of': { type: 'string' },
    interactive: { type: 'boolean', short: 'i' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    ...aboutOptions,
  });
  if (positionals.length === 0) throw new UsageError('compare needs the manifests to compare, e.g. `ringfence compare vendorA.yaml vendorB.yaml`');
  const formats = applyOutput(values.format ?? [], values.output);
  const outputs = parseFormats(formats, compareFormatNames);
  const asOf = parseDate(values['as-of'], '--as-of');
  const about = parseAbout(values);
  if (values.interactive) requireTerminal(formats);
  refuseOutputsOverInputs(outputs, positionals);
  const { standard, problems } = loadStandard(standardFile(values.standard));
  if (!standard) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
  const report = await checkParallel(standard, problems, { paths: positionals, failOn: 'none', ...(asOf ? { asOf } : {}), ...(about ? { about } : {}) });
  const comparison = compare(report);
  // With --interactive the terminal shows the view; outputs given a file are still written (before it opens).
  const color = values['no-color'] ? false : values.color;
  const ok = await writeRendered(values.interactive ? outputs.filter((o) => o.path !== undefined) : outputs, async (out, c) => (await compareReporters[out.format]!())(comparison, { color: c }), color);
  if (values.interactive) {
    const { runInteractive } = await import('../../reporters/interactive/run.js');
    await runInteractive({ comparison });
  }
  if (!ok) return 2;
  if (report.problems.some((p) => p.severity === 'error')) {
    for (const p of report.problems.filter((x) => x.severity === 'error')) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
  return 0;
}
