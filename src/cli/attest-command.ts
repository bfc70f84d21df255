import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { predicateType, signStatement, verifyEnvelope, type Statement } from '../attest/dsse.js';
import { check } from '../engine/check.js';
import type { Report } from '../model/report.js';
import { defaultStandardPath } from '../paths.js';
import { loadStandard } from '../standard/standard.js';
import { parse } from './args.js';
import { parseDate } from './check-command.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';

interface DocumentResult {
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
  controls: Record<string, string>;
}

interface Predicate {
  tool: { name: string; version: string };
  standard: { id: string; version: string; digest: string };
  asOf: string;
  documents: DocumentResult[];
}

function results(report: Report): DocumentResult[] {
  return report.subjects.map((s) => ({
    file: s.file,
    documentIndex: s.documentIndex,
    kind: s.kind,
    name: s.name,
    score: s.score,
    grade: s.grade,
    uncappedGrade: s.uncappedGrade,
    cappedBy: s.cappedBy,
    level: s.level,
    evidenceCoverage: s.evidenceCoverage,
    controls: Object.fromEntries(s.controls.map((c) => [c.id, c.status])),
  }));
}

function evaluate(paths: string[], standardFile: string | undefined, asOf: string | undefined): Report {
  const { standard, problems } = loadStandard(standardFile ?? defaultStandardPath);
  if (!standard) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    throw new UsageError('the standard could not be loaded');
  }
  return check(standard, problems, { paths, failOn: 'none', ...(asOf ? { asOf } : {}) });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `ringfence keygen -o NAME`: an Ed25519 key pair, NAME.key (private, PKCS#8) and NAME.pub (SPKI). */
export function runKeygen(args: string[]): number {
  const { values } = parse(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  const name = values.output ?? 'ringfence';
  for (const f of [`${name}.key`, `${name}.pub`]) if (existsSync(f) && !values.force) throw new UsageError(`${f} exists; use --force to overwrite it`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(`${name}.key`, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  writeFileSync(`${name}.pub`, publicKey.export({ type: 'spki', format: 'pem' }));
  process.stdout.write(`wrote ${name}.key (keep it secret) and ${name}.pub (give it to whoever verifies)\n`);
  return 0;
}

/** `ringfence attest <paths…> --key FILE`: evaluates and signs the result (in-toto statement, DSSE, Ed25519). */
export function runAttest(args: string[]): number {
  const { values, positionals } = parse(args, { key: { type: 'string', short: 'k' }, standard: { type: 'string', short: 's' }, 'as-of': { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (!positionals.length) throw new UsageError('attest needs the documents to attest, e.g. `ringfence attest manifest.yaml --key vendor.key -o manifest.intoto.json`');
  if (!values.key) throw new UsageError('attest needs --key FILE, an Ed25519 private key in PEM (make one with `ringfence keygen`)');
  const asOf = parseDate(values['as-of'], '--as-of');
  let keyPem: string;
  try {
    keyPem = readFileSync(values.key, 'utf8');
  } catch {
    throw new UsageError(`cannot read the key ${values.key}`);
  }
  const report = evaluate(positionals, values.standard, asOf);
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('ringfence: nothing was attested: fix the problems above first\n');
    return 2;
  }
  const files = [...new Set(report.subjects.map((s) => s.file))];
  const statement: Statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: files.map((f) => ({ name: f, digest: { sha256: sha256(f) } })),
    predicateType,
    predicate: {
      tool: report.tool,
      standard: { id: report.standard.id, version: report.standard.version, digest: report.standard.digest },
      asOf: report.asOf,
      documents: results(report),
    } satisfies Predicate,
  };
  let envelope;
  try {
    envelope = signStatement(statement, keyPem);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = `${JSON.stringify(envelope, null, 2)}\n`;
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
  for (const d of results(report)) process.stderr.write(`attested ${d.file}: score ${d.score ?? 'n/a'}, grade ${d.grade}, level ${d.level}\n`);
  return 0;
}

/**
 * `ringfence verify <attestation> --key PUB [--recheck]`: checks the signature, that the attested files here
 * are byte-for-byte the ones signed, and with --recheck that evaluating them again gives the attested result.
 */
export function runVerify(args: string[]): number {
  const { values, positionals } = parse(args, { key: { type: 'string', short: 'k' }, recheck: { type: 'boolean' }, standard: { type: 'string', short: 's' } });
  const file = positionals[0];
  if (!file || !values.key) throw new UsageError('verify needs an attestation and --key PUB, e.g. `ringfence verify manifest.intoto.json --key vendor.pub --recheck`');
  let envelope: unknown;
  let pub: string;
  try {
    envelope = JSON.parse(readFileSync(file, 'utf8'));
    pub = readFileSync(values.key, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file} or ${values.key}: ${(error as Error).message}`);
  }
  const v = verifyEnvelope(envelope, pub);
  if (!v.ok) {
    process.stdout.write(`✖ not verified: ${v.reason}\n`);
    return 1;
  }
  const predicate = v.statement.predicate as Predicate;
  process.stdout.write(`✓ signature verified (key ${v.keyid.slice(0, 16)}…), ${predicate.standard.id} ${predicate.standard.version} as of ${predicate.asOf}\n`);
  let ok = true;
  for (const s of v.statement.subject) {
    if (!existsSync(s.name)) {
      process.stdout.write(`? ${s.name}: not here, its digest was not checked\n`);
      continue;
    }
    const same = sha256(s.name) === s.digest.sha256;
    ok &&= same;
    process.stdout.write(same ? `✓ ${s.name}: the same bytes as attested\n` : `✖ ${s.name}: differs from the attested file\n`);
  }
  for (const d of predicate.documents) process.stdout.write(`  ${d.file}${d.documentIndex ? `#${d.documentIndex}` : ''}: score ${d.score ?? 'n/a'}, grade ${d.grade}, level ${d.level}\n`);
  if (values.recheck) {
    const present = v.statement.subject.map((s) => s.name).filter((n) => existsSync(n));
    const report = evaluate(present, values.standard, predicate.asOf);
    if (report.standard.digest !== predicate.standard.digest) {
      process.stdout.write(`! the standard here (${report.standard.digest.slice(0, 19)}…) is not the one attested (${predicate.standard.digest.slice(0, 19)}…); results may differ\n`);
    }
    const now = new Map(results(report).map((d) => [`${d.file}#${d.documentIndex}`, d]));
    for (const d of predicate.documents) {
      const mine = now.get(`${d.file}#${d.documentIndex}`);
      if (!mine) continue;
      const same = JSON.stringify(mine) === JSON.stringify(d);
      ok &&= same;
      process.stdout.write(same ? `✓ ${d.file}: re-evaluated, the same result\n` : `✖ ${d.file}: re-evaluated, a different result (score ${mine.score}, grade ${mine.grade}, level ${mine.level})\n`);
    }
  }
  process.stdout.write(ok ? 'verified\n' : 'NOT verified\n');
  return ok ? 0 : 1;
}
