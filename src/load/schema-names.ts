/** The bundled schemas, by name, and their files in schemas/ (a module of its own: the cache reads it too). */
export type SchemaName = 'vendor-manifest' | 'deployment-config' | 'rule' | 'standard' | 'waivers' | 'report' | 'attestation' | 'trust-policy' | 'claims-attestation' | 'config' | 'release-history' | 'deployment-overlay';

export const schemaFileOf: Record<SchemaName, string> = {
  'vendor-manifest': 'vendor-manifest.schema.json',
  'deployment-config': 'deployment-config.schema.json',
  rule: 'rule.schema.json',
  standard: 'standard.schema.json',
  waivers: 'waivers.schema.json',
  report: 'report.schema.json',
  attestation: 'attestation.schema.json',
  'trust-policy': 'trust-policy.schema.json',
  'claims-attestation': 'claims-attestation.schema.json',
  config: 'config.schema.json',
  'release-history': 'release-history.schema.json',
  'deployment-overlay': 'deployment-overlay.schema.json',
};
