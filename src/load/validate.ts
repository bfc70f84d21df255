import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv2020 as AjvType, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Problem, Range } from '../model/problem.js';
import { validatorFile } from '../layout.js';
import { schemasDir } from '../paths.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { NodeLocation, ParsedDocument, SourceLocations } from './parse-yaml.js';
import { ancestors, escapePointerToken, yamlPath } from './pointer.js';
import { locate, type LocatableDocument } from './locate.js';
import { requireCompiled } from '../cache/code.js';
import { schemaFileOf, type SchemaName } from './schema-names.js';

export { schemaFileOf, type SchemaName } from './schema-names.js';

const require = createRequire(import.meta.url);

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
  return precompiledAs(name, name);
}

/** A validator module built from a bundled schema (`file`: its name in dist/validators), while that schema is unchanged. */
function precompiledAs(file: string, name: SchemaName): ValidateFunction | undefined {
  try {
    const mod = requireCompiled(validatorFile(file)) as ValidateFunction & { schemaDigest?: string };
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

let subjectValidator: ValidateFunction | undefined;

/**
 * One subject of a JSON report checked against the report schema's Subject (for `ringfence merge`, which reads a
 * part's subjects one at a time): undefined when it is valid, else the first violation in ringfence's words. The
 * validator is precompiled at build time (dist/validators/report-subject.cjs) like the others.
 */
export function reportSubjectProblem(value: unknown): { pointer: string; message: string } | undefined {
  if (!subjectValidator) {
    const report = loadSchema('report');
    const id = String(report['$id']);
    subjectValidator = precompiledAs('report-subject', 'report');
    if (!subjectValidator) {
      if (!ajv?.getSchema(id)) compileWithAjv('report');
      subjectValidator = ajv!.compile({ $ref: `${id}#/$defs/Subject` });
    }
  }
  if (subjectValidator(value)) return undefined;
  const e = (subjectValidator.errors ?? []).find((x) => x.keyword !== 'if' && x.keyword !== 'propertyNames') ?? subjectValidator.errors?.[0];
  return e ? describe(e, value) : { pointer: '', message: 'it does not match the report schema' };
}

/** Whether a value matches a bundled schema (no positions: see validateDocument for the problems). */
export function isValid(schema: SchemaName, value: unknown): boolean {
  return validatorFor(schema)(value) === true;
}

/**
 * Validates a parsed document against one of the bundled schemas and turns each violation into a problem
 * positioned on the offending key or value, in ringfence's words: the YAML path (`rings[0].content`), what the
 * field must be, and the likely intended value where there is one. No validator text reaches the user.
 */
export function validateDocument(doc: LocatableDocument, schema: SchemaName, code = 'schema'): Problem[] {
  const validate = validatorFor(schema);
  if (validate(doc.value)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // `if` and `propertyNames` repeat what the errors of their branches or names say more precisely.
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const { pointer, message, key } = describe(error, doc.value);
    const id = `${pointer}\0${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // A document mapped from foreign files (src/import) is located in the file each value came from.
    const at = locate(doc, pointer, key || error.keyword === 'additionalProperties' ? 'key' : 'value');
    problems.push({
      severity: 'error',
      code,
      file: at.file,
      documentIndex: doc.documentIndex,
      pointer,
      range: at.range,
      message,
    });
  }
  return problems;
}

/**
 * What a string must look like, for every `pattern` in the bundled schemas (a test checks that each has one), and
 * how to make a likely intended value of the form.
 */
const patternWords: Record<string, { words: string; repair?: (s: string) => string }> = {
  '^[a-z0-9][a-z0-9._-]*$': { words: 'an id: lower-case letters, digits, ".", "_" and "-", starting with a letter or digit', repair: (s) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') },
  '^[a-z][a-z0-9_]*$': { words: 'a category name: lower-case letters, digits and "_", starting with a letter (e.g. rapid_response)', repair: (s) => s.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '') },
  '^(\\*|[a-z][a-z0-9_]*)$': { words: 'a content category name — lower-case letters, digits and "_", starting with a letter (e.g. rapid_response) — or "*" for every other category', repair: (s) => s.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '') },
  '^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$': { words: 'adopted, none, or roadmap_ followed by the target date (roadmap_2027-06 or roadmap_2027-06-30)', repair: (s) => s.toLowerCase().replace(/[\s-]+(?=\d{4})/, '_') },
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': { words: 'a date written YYYY-MM-DD' },
  '^[0-9a-f]{64}$': { words: 'a SHA-256 digest: 64 lower-case hexadecimal digits', repair: (s) => s.toLowerCase() },
  '^[a-f0-9]{64}$': { words: 'a SHA-256 digest: 64 lower-case hexadecimal digits', repair: (s) => s.toLowerCase() },
  '^sha256:[0-9a-f]{64}$': { words: 'a digest written sha256: and 64 lower-case hexadecimal digits', repair: (s) => s.toLowerCase() },
  '^[A-Za-z][A-Za-z0-9-]*$': { words: 'an identifier: letters, digits and "-", starting with a letter', repair: (s) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^[^A-Za-z]+/, '') },
  '^[A-Za-z][A-Za-z0-9._-]*$': { words: 'an identifier: letters, digits, ".", "_" and "-", starting with a letter', repair: (s) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z]+/, '') },
  '^[A-Za-z_][A-Za-z0-9_]*$': { words: 'a name: letters, digits and "_", not starting with a digit', repair: (s) => s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^[0-9]+/, '') },
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': { words: 'a rule name: lower-case words joined by "-" (e.g. canary-ring-small)', repair: (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '') },
  '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$': { words: 'a version written MAJOR.MINOR.PATCH (e.g. 1.2.0)' },
  '^(/([^~/]|~[01])*)*$': { words: 'a JSON Pointer: empty, or "/" followed by each key (e.g. /updateChannels/0/rollout)' },
  '^(/([^~]|~[01])*)*$': { words: 'a JSON Pointer: empty, or "/" followed by each key (e.g. /updateChannels/0/rollout)' },
  '^https://': { words: 'an https address (https://…)' },
  '^[^/\\\\:*?"<>|]{1,255}$': { words: 'a file name without a folder (e.g. sensorflt.sys): no /, \\, :, *, ?, ", <, > or |', repair: (s) => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1) },
  '^[^\\u0000-\\u001f\\u007f-\\u009f]*$': { words: 'one line of text without control characters' },
  '#(0|[1-9][0-9]*)$': { words: 'a subject id ending in # and the document number (e.g. examples/vendors/a.yaml#0)' },
};

/** The patterns this file has words for (for the test that every schema pattern has them). */
export const describedPatterns: readonly string[] = Object.keys(patternWords);

const formatWords: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  'date-time': 'a date and time written YYYY-MM-DDThh:mm:ssZ',
  uri: 'an absolute URL (https://…)',
  'json-pointer': 'a JSON Pointer: empty, or "/" followed by each key (e.g. /updateChannels/0/rollout)',
};

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

function describe(error: ErrorObject, root: unknown): { pointer: string; message: string; key?: boolean } {
  const at = error.instancePath;
  const where = yamlPath(at, root);
  const p = error.params as Record<string, unknown>;
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  const typeName = typeof parent?.['title'] === 'string' ? ` of ${parent['title'] as string}` : '';
  // A rule about the names of a mapping's keys (propertyNames): the key is the value at fault.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const pointer = `${at}/${escapePointerToken(propertyName)}`;
    const rest = mustBe(error, propertyName);
    const is = `is ${show(propertyName)}`;
    return { pointer, key: true, message: rest.startsWith(is) ? `${where} has the key ${show(propertyName)}${rest.slice(is.length)}` : `the key ${show(propertyName)} in ${where} ${rest}` };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(p['additionalProperty']);
      const known = Object.keys((parent?.['properties'] as object | undefined) ?? {});
      const hint = didYouMean(name, known);
      return {
        pointer: `${at}/${escapePointerToken(name)}`,
        message: `unknown field ${show(name)}${typeName} at ${where}${hint ? `; did you mean "${hint}"?` : known.length ? `; expected one of ${known.join(', ')}` : ''}`,
      };
    }
    case 'required':
      return { pointer: at, message: `missing required field "${String(p['missingProperty'])}"${typeName} at ${where}` };
    case 'not':
      // A `not` says what is forbidden only in its schema's title (descriptions are not kept in the validators).
      return { pointer: at, message: typeof parent?.['title'] === 'string' ? `${where}: ${parent['title'] as string}` : `${where} has a form that is not allowed here` };
    default:
      return { pointer: at, message: `${where} ${mustBe(error, error.data)}` };
  }
}

/** The rest of a sentence about a value `data` that `error` refuses: "is X; expected Y". */
function mustBe(error: ErrorObject, data: unknown): string {
  const p = error.params as Record<string, unknown>;
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'enum': {
      const values = p['allowedValues'] as unknown[];
      const allowed = values.map((v) => JSON.stringify(v)).join(', ');
      const strings = values.filter((v): v is string => typeof v === 'string');
      const hint = typeof data === 'string' ? (didYouMean(data, strings) ?? didYouMean(data.replace(/[-\s]+/g, '_'), strings)) : undefined;
      return hint !== undefined ? `is ${show(data)}; did you mean "${hint}"? (expected one of ${allowed})` : `is ${show(data)}; expected one of ${allowed}`;
    }
    case 'const':
      return `is ${show(data)}; expected ${JSON.stringify(p['allowedValue'])}`;
    case 'type': {
      const types = (Array.isArray(p['type']) ? (p['type'] as string[]) : String(p['type']).split(',')).map((t) => typeWords[t] ?? t);
      return `is ${describeValue(data)}; expected ${types.join(' or ')}`;
    }
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minimum':
    case 'exclusiveMinimum': {
      const bound = { maximum: 'at most', exclusiveMaximum: 'less than', minimum: 'at least', exclusiveMinimum: 'more than' }[error.keyword];
      return `is ${show(data)}; it must be ${bound} ${String(p['limit'])}`;
    }
    case 'format':
      return `is ${show(data)}; expected ${formatWords[String(p['format'])] ?? `a ${String(p['format'])}`}`;
    case 'pattern': {
      const words = patternWords[String(p['pattern'])];
      const repaired = typeof data === 'string' && words?.repair ? words.repair(data) : undefined;
      const hint = repaired !== undefined && repaired !== data && repaired !== '' && new RegExp(String(p['pattern']), 'u').test(repaired) ? `; did you mean "${repaired}"?` : '';
      return `is ${show(data)}; expected ${words?.words ?? 'a value of the form this field takes (see its description in the schema)'}${hint}`;
    }
    case 'minLength': {
      const n = Number(p['limit']);
      return n === 1 ? 'is empty; give it a value' : `is ${show(data)}; it must be at least ${n} characters long`;
    }
    case 'maxLength':
      return `is ${typeof data === 'string' ? `${data.length} characters long` : show(data)}; it may be at most ${String(p['limit'])} characters long`;
    case 'minItems': {
      const n = Number(p['limit']);
      return `${Array.isArray(data) && data.length === 0 ? 'is an empty list' : `has ${Array.isArray(data) ? data.length : 0} entr${Array.isArray(data) && data.length === 1 ? 'y' : 'ies'}`}; it needs at least ${n} entr${n === 1 ? 'y' : 'ies'}`;
    }
    case 'maxItems':
      return `has ${Array.isArray(data) ? data.length : 'too many'} entries; it may have at most ${String(p['limit'])}`;
    case 'uniqueItems':
      return `has the same entry twice ([${Math.min(Number(p['i']), Number(p['j']))}] and [${Math.max(Number(p['i']), Number(p['j']))}]); list each once`;
    case 'oneOf':
      return Array.isArray(p['passingSchemas']) ? 'matches more than one of the forms it may take; it must match exactly one' : 'matches none of the forms it may take (see the errors at the same place)';
    case 'anyOf':
      return 'matches none of the forms it may take (see the errors at the same place)';
    case 'not':
      return 'has a form that is not allowed here';
    case 'false schema':
      return 'is not allowed here';
    default:
      return `is not valid here (${error.keyword})`;
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

