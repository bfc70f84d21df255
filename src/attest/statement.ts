import { yamlPath } from '../load/pointer.js';
import path from 'node:path';
import { parseJsonText, type JsonLocations } from '../load/json.js';
import { readTextFile, displayPath } from '../load/read-inputs.js';
import { defaultLimits } from '../load/limits.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import type { Envelope } from './dsse.js';
import { legacyPredicateType, payloadType, predicateType } from './dsse.js';

/** One evaluated document's result, as attested. */
export interface DocumentResult {
  file: string;
  documentIndex: number;
  kind: string;
  name: string;
  score: number | null;
  grade: string;
  uncappedGrade: string;
  cappedBy: string[];
  level: number;
  evidenceCoverage: number | null;
  /** The computed assurance (absent in attestations made before it was recorded). */
  assurance?: string;
  controls: Record<string, string>;
}

export interface Predicate {
  tool: { name: string; version: string };
  standard: { id: string; version: string; digest: string };
  asOf: string;
  documents: DocumentResult[];
}

/** A statement that passed every check of its shape (schemas/attestation.schema.json and the rules below). */
export interface CheckedStatement {
  subject: { name: string; digest: { sha256: string } }[];
  predicate: Predicate;
}

/** Largest attestation file read: a statement of thousands of documents is a few megabytes. */
export const maxAttestationBytes = 64 * 1024 * 1024;

/** How far back an attested as-of date may lie: a recheck that far in the past is not a result about today. */
export const maxAsOfAgeYears = 10;

/**
 * Checks an as-of date: a real calendar date (YYYY-MM-DD), not after tomorrow (UTC; a signer may be a time zone
 * ahead) and not more than ten years before today. Returns what is wrong, or undefined.
 */
export function asOfProblem(date: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`;
  const now = Date.parse(`${today}T00:00:00Z`);
  if (ms > now + 86_400_000) return `${date} is in the future (today is ${today}, UTC)`;
  const oldest = new Date(now);
  oldest.setUTCFullYear(oldest.getUTCFullYear() - maxAsOfAgeYears);
  if (ms < oldest.getTime()) return `${date} is more than ${maxAsOfAgeYears} years before today (${today})`;
  return undefined;
}

const problem = (file: string, locations: JsonLocations | undefined, pointer: string, message: string, code = 'attestation-invalid'): Problem => ({
  severity: 'error',
  code,
  file,
  pointer,
  message,
  ...(locations ? { range: rangeFor(locations, pointer) } : {}),
});

/**
 * Reads an attestation: a regular file (never a device or FIFO), bounded, JSON, shaped like a DSSE envelope.
 * Every way it can be wrong is a positioned problem.
 */
export function readEnvelope(file: string): { envelope?: Envelope; problems: Problem[] } {
  const shown = displayPath(file);
  const { text, problem: unreadable } = readTextFile(file, { ...defaultLimits, maxFileBytes: maxAttestationBytes });
  if (unreadable) return { problems: [{ ...unreadable, code: 'attestation-unreadable' }] };
  const parsed = parseJsonText(text!, shown, 'attestation-invalid', true);
  if (parsed.problem) return { problems: [parsed.problem] };
  const e = parsed.value as Record<string, unknown> | null;
  const at = (pointer: string, message: string) => ({ problems: [problem(shown, parsed.locations, pointer, message)] });
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return at('', 'not a DSSE envelope: expected a mapping with payloadType, payload and signatures');
  if (typeof e['payloadType'] !== 'string') return at('/payloadType', 'not a DSSE envelope: "payloadType" must be a string');
  if (e['payloadType'] !== payloadType) return at('/payloadType', `payloadType is ${JSON.stringify(e['payloadType']).slice(0, 80)}; expected ${payloadType}`);
  if (typeof e['payload'] !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(e['payload'])) return at('/payload', 'not a DSSE envelope: "payload" must be a base64 string');
  const signatures = e['signatures'];
  if (!Array.isArray(signatures) || signatures.length === 0) return at('/signatures', 'not a DSSE envelope: "signatures" must be a non-empty list');
  for (let i = 0; i < signatures.length; i++) {
    const s = signatures[i] as Record<string, unknown> | null;
    if (s === null || typeof s !== 'object' || typeof s['sig'] !== 'string' || (s['keyid'] !== undefined && typeof s['keyid'] !== 'string')) {
      return at(`/signatures/${i}`, 'a signature must be a mapping with "sig" (base64) and optionally "keyid" (a string)');
    }
  }
  return { envelope: e as unknown as Envelope, problems: [] };
}

/**
 * The signed payload as a ringfence statement. Its signer is the party being judged, so it is checked like any
 * untrusted input: UTF-8 JSON with no key named twice, the attestation schema, a real and plausible as-of date, each subject named once
 * by a normalised path. Problems are positioned in the decoded payload (`FILE (signed payload):line:column`).
 */
export function readStatement(body: Buffer, file: string, today?: string): { statement?: CheckedStatement; problems: Problem[] } {
  const shown = `${displayPath(file)} (signed payload)`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { problems: [problem(shown, undefined, '', 'the payload is not UTF-8 text')] };
  }
  const parsed = parseJsonText(text, shown, 'attestation-invalid', true);
  if (parsed.problem) return { problems: [parsed.problem] };
  // An attestation signed with the type's earlier name (before 0.1.0): the signature covers the bytes; the name is read as the current one.
  const value = parsed.value as { predicateType?: unknown } | null;
  if (value !== null && typeof value === 'object' && value.predicateType === legacyPredicateType) value.predicateType = predicateType;
  const doc = { file: shown, documentIndex: 0, value: parsed.value, locations: parsed.locations, pointers: new WeakMap<object, string>(), lines: [] };
  const schemaProblems = validateDocument(doc, 'attestation', 'attestation-invalid');
  if (schemaProblems.length) return { problems: schemaProblems };
  const statement = parsed.value as CheckedStatement;
  const problems: Problem[] = [];
  const asOf = asOfProblem(statement.predicate.asOf, today);
  if (asOf) problems.push(problem(shown, parsed.locations, '/predicate/asOf', `predicate.asOf: ${asOf}`));
  const seen = new Set<string>();
  statement.subject.forEach((s, i) => {
    const pointer = `/subject/${i}/name`;
    if (s.name.includes('\0') || path.posix.normalize(s.name) !== s.name || s.name.endsWith('/') || s.name === '.') {
      problems.push(problem(shown, parsed.locations, pointer, `${yamlPath(pointer)}: ${JSON.stringify(s.name).slice(0, 200)} is not a normalised file path (ringfence writes paths like dir/file.yaml)`));
    } else if (seen.has(s.name)) {
      problems.push(problem(shown, parsed.locations, pointer, `${yamlPath(pointer)}: ${JSON.stringify(s.name).slice(0, 200)} is listed twice`));
    }
    seen.add(s.name);
  });
  return problems.length ? { problems } : { statement, problems };
}
