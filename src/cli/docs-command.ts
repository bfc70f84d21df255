import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { terminalSafeBlock } from '../../reporters/sanitize.js';
import { standardFile } from './standard-option.js';
import { standardReference } from '../standard/reference.js';
import { loadStandard } from '../standard/standard.js';
import { parse } from './args.js';
import { formatProblem } from './format-problem.js';

/**
 * `ringfence docs [standard.yaml] [-o FILE] [--check]`: the standard's reference page in Markdown, generated
 * from its YAML and rules. With --check, compares with FILE instead of writing it (exit 1 when stale).
 */
export function runDocs(args: string[]): number {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, check: { type: 'boolean' } });
  const { standard, problems } = loadStandard(standardFile(positionals[0], 'the standard'));
  const errors = problems.filter((p) => p.severity === 'error');
  if (!standard || errors.length) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
  // Markdown is the author's (formatting kept), but no control or bidirectional character reaches a terminal or file.
  const page = terminalSafeBlock(standardReference(standard));
  if (!values.output) {
    process.stdout.write(page);
    return 0;
  }
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(values.output, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current === page) {
      process.stdout.write(`${values.output} is up to date\n`);
      return 0;
    }
    process.stdout.write(`${values.output} is out of date; run: ringfence docs ${positionals[0] ?? ''} -o ${values.output}\n`.replace('  ', ' '));
    return 1;
  }
  mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
  writeFileSync(values.output, page);
  process.stderr.write(`wrote ${values.output}\n`);
  return 0;
}
