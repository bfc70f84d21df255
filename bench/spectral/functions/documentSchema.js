// Validates a whole document against ringfence's own JSON Schema for its `kind`, with Spectral's core `schema`
// function (ajv, draft 2020-12, all errors). A custom wrapper only because a YAML ruleset cannot $ref a schema
// file (Spectral ignores unresolvable $refs in functionOptions): this loads schemas/<kind>.schema.json, found
// relative to the ruleset, and hands it to `schema`.
import { schema } from '@stoplight/spectral-functions';

const { readFileSync } = process.getBuiltinModule('node:fs');
const { dirname, join } = process.getBuiltinModule('node:path');

const files = { VendorManifest: 'vendor-manifest.schema.json', DeploymentConfig: 'deployment-config.schema.json' };
const loaded = new Map();

export default function documentSchema(doc, options, context) {
  const file = files[doc?.kind];
  if (!file) return [{ message: `kind must be one of ${Object.keys(files).join(', ')} (is ${JSON.stringify(doc?.kind)})`, path: [...context.path, 'kind'] }];
  let s = loaded.get(file);
  if (!s) {
    // The ruleset's own directory (Spectral reports the bundled ruleset as <dir>/.spectral.js); schemas/ is two up.
    const dir = options?.schemasDir ?? join(dirname(context.rule.owner.source), '..', '..', 'schemas');
    s = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    loaded.set(file, s);
  }
  return schema(doc, { schema: s, dialect: 'draft2020-12', allErrors: true }, context);
}
