import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { parse } from './args.js';
import { UsageError } from './usage-error.js';

const templates: Record<string, string> = {
  vendor: 'vendor-manifest.yaml',
  deployment: 'deployment-config.yaml',
  config: 'ringfence-config.yaml',
};

/** `ringfence init vendor|deployment|config [--output file]`: a commented template to start from. */
export function runInit(args: string[]): number {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  const which = positionals[0];
  const file = which ? templates[which] : undefined;
  if (!file) throw new UsageError(`init needs "vendor", "deployment" or "config"${which ? ` (not "${which}")` : ''}, e.g. \`ringfence init vendor -o manifest.yaml\` or \`ringfence init config -o .ringfence.yaml\``);
  const text = readFileSync(path.join(packageRoot, 'templates', file), 'utf8');
  if (!values.output) {
    process.stdout.write(text);
    return 0;
  }
  if (existsSync(values.output) && !values.force) throw new UsageError(`${values.output} exists; use --force to overwrite it`);
  writeFileSync(values.output, text);
  process.stderr.write(`wrote ${values.output}\n`);
  return 0;
}
