import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot, schemasDir } from '../paths.js';
import { parse } from './args.js';
import { UsageError } from './usage-error.js';

const templates: Record<string, { file: string; schema: string }> = {
  vendor: { file: 'vendor-manifest.yaml', schema: 'vendor-manifest.schema.json' },
  deployment: { file: 'deployment-config.yaml', schema: 'deployment-config.schema.json' },
  config: { file: 'ringfence-config.yaml', schema: 'config.schema.json' },
  overlay: { file: 'deployment-overlay.yaml', schema: 'deployment-overlay.schema.json' },
};

/** The yaml-language-server modeline every template starts with (its path is relative to templates/). */
const modeline = /^# yaml-language-server: \$schema=\S+$/m;

/**
 * `ringfence init vendor|deployment|config [-o FILE] [--force] [--schema-dir DIR]`: a commented template to start from.
 * Its first line tells an editor (yaml-language-server) where the document's JSON Schema is, on this disk, so
 * that completion works without a network: written to a file, the path is relative to that file — to the schema
 * in this installed package (a clone, node_modules or a global install), or in DIR (from `ringfence schema
 * --write DIR`, a copy that stays put when the package is updated or removed); printed, it is the absolute path
 * (as a file: URL when the path has a space, which ends a modeline's value).
 */
export function runInit(args: string[]): number {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, 'schema-dir': { type: 'string' } });
  const which = positionals[0];
  const template = which ? templates[which] : undefined;
  if (!template) throw new UsageError(`init needs "vendor", "deployment", "config" or "overlay"${which ? ` (not "${which}")` : ''}, e.g. \`ringfence init vendor -o manifest.yaml\` or \`ringfence init config -o .ringfence.yaml\``);
  if (positionals.length > 1) throw new UsageError(`init writes one template at a time (given: ${positionals.join(', ')})`);
  let schema = path.join(schemasDir, template.schema);
  if (values['schema-dir'] !== undefined) {
    schema = path.resolve(values['schema-dir'], template.schema);
    if (!existsSync(schema)) throw new UsageError(`${values['schema-dir']} has no ${template.schema}; write the schemas there first with \`ringfence schema --write ${values['schema-dir']}\``);
  }
  const text = readFileSync(path.join(packageRoot, 'templates', template.file), 'utf8');
  if (!modeline.test(text)) throw new Error(`templates/${template.file} does not start with a yaml-language-server modeline`);
  const target = values.output === undefined ? undefined : path.resolve(values.output);
  const out = text.replace(modeline, `# yaml-language-server: $schema=${schemaReference(schema, target)}`);
  if (values.output === undefined) {
    process.stdout.write(out);
    return 0;
  }
  if (existsSync(values.output) && !values.force) throw new UsageError(`${values.output} exists; use --force to overwrite it`);
  try {
    writeFileSync(values.output, out);
  } catch (error) {
    throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  process.stderr.write(`wrote ${values.output}\n`);
  return 0;
}

/** How a file at `from` (or printed, when undefined) names the schema at `schema` in its modeline. */
export function schemaReference(schema: string, from: string | undefined): string {
  if (from !== undefined) {
    let rel = path.relative(path.dirname(from), schema).split(path.sep).join('/');
    if (!rel.startsWith('../') && !path.isAbsolute(rel)) rel = `./${rel}`;
    if (!/\s/.test(rel) && !path.isAbsolute(rel)) return rel;
  }
  return /\s/.test(schema) ? pathToFileURL(schema).href : schema.split(path.sep).join('/');
}
