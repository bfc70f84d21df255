import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemasDir } from '../paths.js';
import { loadSchema, schemaFileOf, type SchemaName } from '../load/validate.js';
import { parse } from './args.js';
import { UsageError } from './usage-error.js';

const aliases: Record<string, SchemaName> = {
  vendormanifest: 'vendor-manifest',
  'vendor-manifest': 'vendor-manifest',
  vendor: 'vendor-manifest',
  deploymentconfig: 'deployment-config',
  'deployment-config': 'deployment-config',
  deployment: 'deployment-config',
  rule: 'rule',
  standard: 'standard',
  waivers: 'waivers',
  report: 'report',
  attestation: 'attestation',
  trustpolicy: 'trust-policy',
  'trust-policy': 'trust-policy',
  claimsattestation: 'claims-attestation',
  'claims-attestation': 'claims-attestation',
  config: 'config',
  ringfenceconfig: 'config',
  releasehistory: 'release-history',
  'release-history': 'release-history',
  deploymentoverlay: 'deployment-overlay',
  'deployment-overlay': 'deployment-overlay',
  overlay: 'deployment-overlay',
};

/**
 * `ringfence schema <kind>`: prints a bundled JSON Schema (for editors and other tools): an input's, the JSON
 * report's, or an attestation's statement. `ringfence schema --write DIR`: writes every bundled schema into DIR
 * (created if need be) under its file name, for editors and `init --schema-dir DIR`. A file there that is not a
 * ringfence schema is left alone unless --force.
 */
export function runSchema(args: string[]): number {
  const { values, positionals } = parse(args, { write: { type: 'string' }, force: { type: 'boolean' } });
  if (values.write !== undefined) {
    if (positionals.length) throw new UsageError(`schema --write writes every schema; leave out the kind (given: ${positionals.join(', ')})`);
    return writeAll(values.write, values.force === true);
  }
  const kind = positionals[0];
  const name = kind ? aliases[kind.toLowerCase()] : undefined;
  if (!name) throw new UsageError(`schema needs a kind: VendorManifest, DeploymentConfig, Waivers, TrustPolicy, Rule, Standard, Report, Attestation, ClaimsAttestation, RingfenceConfig, ReleaseHistory or DeploymentOverlay${kind ? ` (not "${kind}")` : ''}, or --write DIR for all of them`);
  process.stdout.write(`${JSON.stringify(loadSchema(name), null, 2)}\n`);
  return 0;
}

function writeAll(dir: string, force: boolean): number {
  const files = Object.values(schemaFileOf).sort();
  // Checked before anything is written, so that a refusal leaves the folder as it was.
  if (!force) {
    for (const file of files) {
      const target = path.join(dir, file);
      if (existsSync(target) && !ours(target)) throw new UsageError(`${target} exists and is not a ringfence schema; use --force to overwrite it`);
    }
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const file of files) {
    const target = path.join(dir, file);
    try {
      writeFileSync(target, readFileSync(path.join(schemasDir, file)));
    } catch (error) {
      throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    process.stderr.write(`wrote ${target}\n`);
  }
  return 0;
}

/** Whether the file at `target` is a schema ringfence wrote (its $id is one of ours), so that replacing it loses nothing. */
function ours(target: string): boolean {
  try {
    const id = (JSON.parse(readFileSync(target, 'utf8')) as { $id?: unknown }).$id;
    return typeof id === 'string' && (id.startsWith('urn:ringfence:schema:') || id.startsWith('https://ringfence.dev/schemas/'));
  } catch {
    return false;
  }
}
