import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv2020 as AjvType, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Problem, Range } from '../model/problem.js';
import { packageRoot, schemasDir } from '../paths.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { NodeLocation, ParsedDocument, SourceLocations } from './parse-yaml.js';
import { ancestors, escapePointerToken } from './pointer.js';

const require = createRequire(import.meta.url);

export type SchemaName = 'vendor-manifest' | 'deployment-config' | 'rule' | 'standard' | 'waivers' | 'report' | 'attestation' | 'trust-policy' | 'claims-attestation' | 'release-history';

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
  'release-history': 'release-history.schema.json',
};

export const schemaNameOfKind: Record<string, SchemaName> = {
  VendorManifest: 'vendor-manifest',
  DeploymentConfig: 'deployment-config',
};

const schemaCache = new Map<SchemaName, Record<string, unknown>>();
const validatorCache = new Map<SchemaName, ValidateFunction>();
let ajv: AjvType | undefined;

export function loadSchema(name: SchemaName): Record<string, unknown> {
  let s = schemaCache.get(name);
  if (!s) {
    s = JSON.parse(readFileSync(path.join(schemasDir, schemaFileOf[name]), 'utf8')) as Record<string, unknown>;
    schemaCache.set(name, s);
  }
  return s;
}

/**
 * The validator of a bundled schema: the one precompiled at build time (dist/validators, by
 * scripts/build-validators.mjs) when it was made from this very schema file, else compiled now with ajv —
 * loaded only then. Schemas never reference anything outside themselves, so nothing is ever fetched.
 */
function validatorFor(name: SchemaName): ValidateFunction {
  let v = validatorCache.get(name);
  if (!v) {
    v = precompiled(name) ?? compileWithAjv(name);
    validatorCache.set(name, v);
  }
  return v;
}

function precompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    const mod = require(path.join(packageRoot, 'dist', 'validators', `${name}.cjs`)) as ValidateFunction & { schemaDigest?: string };
    const digest = createHash('sha256').update(readFileSync(path.join(schemasDir, schemaFileOf[name]))).digest('hex');
    return mod.schemaDigest === digest ? mod : undefined;
  } catch {
    return undefined;
  }
}

function compileWithAjv(name: SchemaName): ValidateFunction {
  ajv ??= (() => {
    const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormats = require('ajv-formats') as (a: AjvType) => void;
    const a = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
    addFormats(a);
    return a;
  })();
  return ajv.compile(loadSchema(name));
}

/**
 * Validates a parsed document against one of the bundled schemas and turns each violation into a problem
 * positioned on the offending key or value.
 */
export function validateDocument(doc: ParsedDocument, schema: SchemaName, code = 'schema'): Problem[] {
  const validate = validatorFor(schema);
  if (validate(doc.value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // oneOf/anyOf report every branch; the specific branch errors that follow are more useful.
    if (error.keyword === 'if') continue;
    const { pointer, message } = describe(error);
    const key = `${pointer}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      severity: 'error',
      code,
      file: doc.file,
      documentIndex: doc.documentIndex,
      pointer,
      range: rangeFor(doc.locations, pointer, error.keyword === 'additionalProperties' ? 'key' : 'value'),
      message,
    });
  }
  return problems;
}

function describe(error: ErrorObject): { pointer: string; message: string } {
  const at = error.instancePath;
  const where = at === '' ? 'the document' : at;
  const p = error.params as Record<string, unknown>;
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  const typeName = typeof parent?.['title'] === 'string' ? ` of ${parent['title'] as string}` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(p['additionalProperty']);
      const known = Object.keys((parent?.['properties'] as object | undefined) ?? {});
      const hint = didYouMean(name, known);
      return {
        pointer: `${at}/${escapePointerToken(name)}`,
        message: `unknown field "${name}"${typeName} at ${where}${hint ? `; did you mean "${hint}"?` : known.length ? `; expected one of ${known.join(', ')}` : ''}`,
      };
    }
    case 'required':
      return { pointer: at, message: `missing required field "${String(p['missingProperty'])}"${typeName} at ${where}` };
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { pointer: at, message: `${where} is ${show(error.data)}; expected one of ${allowed}` };
    }
    case 'const':
      return { pointer: at, message: `${where} is ${show(error.data)}; expected ${JSON.stringify(p['allowedValue'])}` };
    case 'type':
      return { pointer: at, message: `${where} is ${describeValue(error.data)}; expected ${String(p['type']).replace(',', ' or ')}` };
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minimum':
    case 'exclusiveMinimum': {
      const bound = { maximum: 'at most', exclusiveMaximum: 'less than', minimum: 'at least', exclusiveMinimum: 'more than' }[error.keyword];
      return { pointer: at, message: `${where} is ${show(error.data)}; it must be ${bound} ${String(p['limit'])}` };
    }
    case 'format':
      return { pointer: at, message: `${where} is ${show(error.data)}; expected a ${String(p['format'])}` };
    case 'not':
      // A `not` says what is forbidden only in its schema's title (descriptions are not kept in the validators).
      if (typeof parent?.['title'] === 'string') return { pointer: at, message: `${where}: ${parent['title'] as string}` };
      return { pointer: at, message: `${where} ${error.message ?? 'is invalid'}` };
    default:
      return { pointer: at, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** A value quoted in a message: the input's own text, so kept short. */
function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${show(v)}`;
}

/**
 * The region a finding about `pointer` should underline: the key and, when the value is a scalar on the same
 * line, the value too. A pointer that does not exist (a missing field) resolves to its nearest present parent.
 */
export function rangeFor(locations: SourceLocations, pointer: string, prefer: 'key' | 'value' = 'value'): Range {
  let loc = locations.get(pointer);
  if (!loc) {
    for (const a of ancestors(pointer)) {
      loc = locations.get(a);
      if (loc) break;
    }
  }
  if (!loc) return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  return regionOf(loc, prefer);
}

export function regionOf(loc: NodeLocation, prefer: 'key' | 'value' = 'value'): Range {
  if (loc.key) {
    const k = loc.key;
    if (prefer === 'value' && loc.scalar && loc.value.startLine === k.startLine && loc.value.endLine === k.startLine && loc.value.endColumn > k.endColumn) {
      return { startLine: k.startLine, startColumn: k.startColumn, endLine: k.startLine, endColumn: loc.value.endColumn };
    }
    return { ...k };
  }
  const v = loc.value;
  if (v.endLine === v.startLine) return { ...v };
  // A multi-line collection: underline its first line only.
  return { startLine: v.startLine, startColumn: v.startColumn, endLine: v.startLine, endColumn: v.startColumn + 1 };
}

