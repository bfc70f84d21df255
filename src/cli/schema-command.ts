import { loadSchema, type SchemaName } from '../load/validate.js';
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
  releasehistory: 'release-history',
  'release-history': 'release-history',
};

/** `ringfence schema <kind>`: prints a bundled JSON Schema (for editors and other tools): an input's, the JSON report's, or an attestation's statement. */
export function runSchema(args: string[]): number {
  const { positionals } = parse(args, {});
  const kind = positionals[0];
  const name = kind ? aliases[kind.toLowerCase()] : undefined;
  if (!name) throw new UsageError(`schema needs a kind: VendorManifest, DeploymentConfig, Waivers, TrustPolicy, Rule, Standard, Report, Attestation, ClaimsAttestation or ReleaseHistory${kind ? ` (not "${kind}")` : ''}`);
  process.stdout.write(`${JSON.stringify(loadSchema(name), null, 2)}\n`);
  return 0;
}
