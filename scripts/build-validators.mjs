// Precompiles the input schemas into standalone validator modules (dist/validators/*.cjs), so that an
// ordinary check does not compile JSON Schemas at start-up. Run by `npm run build` after tsc.
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
for (const name of ['vendor-manifest', 'deployment-config', 'waivers', 'rule', 'standard']) {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas', `${name}.schema.json`), 'utf8'));
  // The same options as src/load/validate.ts, plus source generation with the formats of formats.cjs.
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, code: { source: true, formats: _`require("./formats.cjs").fullFormats` } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  const digest = (await import('node:crypto')).createHash('sha256').update(JSON.stringify(schema)).digest('hex');
  writeFileSync(path.join(out, `${name}.cjs`), `// Generated from schemas/${name}.schema.json by scripts/build-validators.mjs. sha256:${digest}\n${code}\nmodule.exports.schemaDigest = ${JSON.stringify(digest)};\n`);
}
