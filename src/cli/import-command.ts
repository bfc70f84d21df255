import { realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { terminalSafe } from '../../reporters/sanitize.js';
import { importInputs, type ImportedGroup } from '../import/index.js';
import { importerTitles, importOnlyExtensions } from '../import/kinds.js';
import { defaultLimits } from '../load/limits.js';
import { expandPaths } from '../load/read-inputs.js';
import { parse } from './args.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';
import { importModule } from '../util/import-module.js';

/**
 * `ringfence import <files|folders> [-o FILE]`: the DeploymentConfig ringfence maps from foreign files (and their
 * overlay), as YAML, for people who want to see or keep it. `check` reads the foreign files directly; this writes
 * what it evaluates. Deterministic: the same files give the same bytes. Nothing is written when the import has
 * errors (a half-mapped file would check as something it is not).
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  if (!positionals.length) throw new UsageError('import needs files or folders to import, e.g. `ringfence import k8s/ -o deployment.yaml`');
  const output = values.output;
  if (output !== undefined) refuseOverInputs(output, positionals);
  // Only the import stage: the other documents among the paths are not this command's to read.
  const expanded = expandPaths(positionals, defaultLimits, [], importOnlyExtensions);
  const result = await importInputs(expanded.files, expanded.explicit, defaultLimits);
  const problems = [...expanded.problems, ...result.problems];
  const imported = result.files.flatMap((f) => (result.imported[f] ? [result.imported[f]] : []));
  for (const p of problems) process.stderr.write(`${terminalSafe(formatProblem(p))}\n`);
  if (problems.some((p) => p.severity === 'error')) {
    process.stderr.write('ringfence: the import has errors (above); nothing was written\n');
    return 2;
  }
  if (!imported.length) {
    process.stderr.write(`ringfence: no file among ${terminalSafe(positionals.join(', '))} is one ringfence imports (${importerTitles().join('; ')})\n`);
    return 2;
  }
  const text = await importedYaml(imported);
  if (output === undefined) process.stdout.write(text);
  else writeFileSync(output, text);
  return 0;
}

/** The mapped documents as YAML: a header comment naming the sources and what they do not say, then each document. */
export async function importedYaml(groups: readonly ImportedGroup[]): Promise<string> {
  const { stringify } = await importModule<typeof import('yaml')>('yaml');
  const parts: string[] = [];
  for (const g of groups) {
    for (const d of g.documents) {
      const overlay = [...new Set(d.positions.map((p) => p[1]))].filter((f) => !d.sources.includes(f));
      const head = [
        `# Mapped by \`ringfence import\` (importer: ${g.importer}) from ${d.sources.join(', ')}${overlay.length ? `, with the overlay ${overlay.join(', ')}` : ''}.`,
        '# `ringfence check` on those files evaluates this very document; findings there point at their lines.',
      ];
      if (d.unknown.length) {
        head.push('# Not in the files (give it in an overlay, or the rules report it as missing evidence):');
        for (const u of d.unknown) head.push(`#   ${u.pointer}: ${u.why}`.replace(/[\r\n]+/g, ' '));
      }
      parts.push(`${head.join('\n')}\n${stringify(d.value, { lineWidth: 0, aliasDuplicateObjects: false })}`);
    }
  }
  return parts.join('---\n');
}

function refuseOverInputs(output: string, inputs: readonly string[]): void {
  let target: string;
  try {
    target = realpathSync(path.dirname(path.resolve(output)));
    target = path.join(target, path.basename(output));
  } catch {
    return;
  }
  for (const given of inputs) {
    let real: string;
    let dir: boolean;
    try {
      real = realpathSync(given);
      dir = statSync(given).isDirectory();
    } catch {
      continue;
    }
    if (real === target) throw new UsageError(`-o ${output} is an input of this import (${given}); ringfence does not overwrite what it reads`);
    const rel = path.relative(real, target);
    if (dir && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      throw new UsageError(`-o ${output} would be written inside ${given}, which this import reads: the next check of that folder would read the foreign files and their mapped copy; write it elsewhere`);
    }
  }
}
