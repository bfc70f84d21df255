// Precompiles the input schemas into standalone validator modules (dist/validators/*.cjs), so that an
// ordinary check does not compile JSON Schemas at start-up. Run by `npm run build` after tsc.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'validators');
mkdirSync(out, { recursive: true });
copyFileSync(path.join(root, 'scripts', 'validator-formats.cjs'), path.join(out, 'formats.cjs'));
/**
 * The schema without the annotations no error message reads (descriptions, comments, examples): a smaller
 * module to load. Titles stay (messages name the type); validity does not depend on annotations.
 */
function withoutAnnotations(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === '$comment' || key === 'examples') continue;
    if (key === 'properties' || key === '$defs' || key === 'patternProperties' || key === 'dependentSchemas') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]));
    } else if (['items', 'additionalProperties', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties'].includes(key)) {
      out[key] = withoutAnnotations(value);
    } else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(key)) {
      out[key] = value.map(withoutAnnotations);
    } else {
      out[key] = value;
    }
  }
  return out;
}

for (const name of ['vendor-manifest', 'deployment-config', 'waivers', 'rule', 'standard', 'attestation', 'trust-policy', 'claims-attestation', 'config', 'release-history', 'deployment-overlay', 'report']) {
  const bytes = readFileSync(path.join(root, 'schemas', `${name}.schema.json`));
  const schema = JSON.parse(bytes.toString('utf8'));
  // The same options as src/load/validate.ts, plus source generation with the formats of formats.cjs.
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, code: { source: true, formats: _`require("./formats.cjs").fullFormats` } });
  addFormats(ajv);
  const validate = ajv.compile(withoutAnnotations(schema));
  const code = standaloneCode(ajv, validate);
  // Of the file's bytes: src/load/validate.ts uses the module only while the schema file is unchanged.
  const digest = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(path.join(out, `${name}.cjs`), `// Generated from schemas/${name}.schema.json by scripts/build-validators.mjs. sha256:${digest}\n${code}\nmodule.exports.schemaDigest = ${JSON.stringify(digest)};\n`);
}

// One subject of a JSON report, for `ringfence merge` (which reads a part's subjects one at a time): the report
// schema's Subject, under the report schema's digest.
{
  const bytes = readFileSync(path.join(root, 'schemas', 'report.schema.json'));
  const schema = withoutAnnotations(JSON.parse(bytes.toString('utf8')));
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, code: { source: true, formats: _`require("./formats.cjs").fullFormats` } });
  addFormats(ajv);
  ajv.addSchema(schema);
  const validate = ajv.compile({ $ref: `${schema.$id}#/$defs/Subject` });
  const code = standaloneCode(ajv, validate);
  const digest = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(path.join(out, 'report-subject.cjs'), `// Generated from schemas/report.schema.json (its Subject) by scripts/build-validators.mjs. sha256:${digest}\n${code}\nmodule.exports.schemaDigest = ${JSON.stringify(digest)};\n`);
}
