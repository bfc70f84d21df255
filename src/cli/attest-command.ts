import { generateKeyPairSync } from 'node:crypto';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { predicateType, readSigningKey, readVerifyingKey, signStatement, verifyEnvelope, type Statement } from '../attest/dsse.js';
import { asOfProblem, readEnvelope, readStatement, type CheckedStatement, type DocumentResult, type Predicate } from '../attest/statement.js';
import { checkSubject, hashRegularFile, locateSubject } from '../attest/subjects.js';
import { check } from '../engine/check.js';
import { readTextFile } from '../load/read-inputs.js';
import { defaultLimits } from '../load/limits.js';
import type { Problem } from '../model/problem.js';
import type { Report } from '../model/report.js';
import { standardFile as resolveStandardFile } from './standard-option.js';
import { loadStandard, type Standard } from '../standard/standard.js';
import { terminalSafe as safe } from '../../reporters/sanitize.js';
import { parse } from './args.js';
import { parseDate } from './check-command.js';
import { formatProblem } from './format-problem.js';
import { UsageError } from './usage-error.js';

/** What a signature is worth, said wherever one is made or checked. */
const proves = 'an attestation proves which bytes were evaluated and what the evaluation gave, not that what the documents claim is true: a self-signed attestation adds no assurance to the claims (the assurance it records is what the evidence backed)';

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
    assurance: s.assurance,
    controls: Object.fromEntries(s.controls.map((c) => [c.id, c.status])),
  }));
}

function standardOf(standardFile: string | undefined): { standard: Standard; problems: Problem[] } {
  const { standard, problems } = loadStandard(resolveStandardFile(standardFile));
  if (!standard) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    throw new UsageError('the standard could not be loaded');
  }
  return { standard, problems };
}

function evaluate(paths: string[], loaded: { standard: Standard; problems: Problem[] }, asOf: string | undefined): Report {
  return check(loaded.standard, loaded.problems, { paths, failOn: 'none', ...(asOf ? { asOf } : {}) });
}

/** Whether a path names an existing file's real path (an output about to replace an input). */
function sameFile(file: string, real: string): boolean {
  try {
    return realpathSync(file) === real;
  } catch {
    return false;
  }
}

/** A key file, read within a small bound (a key is a few hundred bytes). */
export function readKey(file: string, use?: 'sign' | 'verify'): string {
  const { text, problem } = readTextFile(file, { ...defaultLimits, maxFileBytes: 64 * 1024 });
  if (problem) throw new UsageError(`cannot read the key ${safe(file)}: ${safe(problem.message)}`);
  // A key that is not one ringfence can use is said so now, in its words, before anything is evaluated.
  try {
    if (use === 'sign') readSigningKey(text!, safe(file));
    if (use === 'verify') readVerifyingKey(text!, safe(file));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return text!;
}

const maxProblemsShown = 50;

/** A document as the lines of verify name it: `file`, or `file#index` after the first. */
const docName = (d: { file: string; documentIndex: number }) => safe(`${d.file}${d.documentIndex ? `#${d.documentIndex}` : ''}`);

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
  const { values, positionals } = parse(args, {
    key: { type: 'string', short: 'k' },
    standard: { type: 'string', short: 's' },
    'as-of': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'allow-outside': { type: 'boolean' },
  });
  if (!positionals.length) throw new UsageError('attest needs the documents to attest, e.g. `ringfence attest manifest.yaml --key vendor.key -o manifest.intoto.json`');
  if (!values.key) throw new UsageError('attest needs --key FILE, an Ed25519 private key in PEM (make one with `ringfence keygen`)');
  const asOf = parseDate(values['as-of'], '--as-of');
  const implausible = asOf === undefined ? undefined : asOfProblem(asOf);
  if (implausible) throw new UsageError(`--as-of: ${implausible}; verify accepts no other`);
  const keyPem = readKey(values.key, 'sign');
  const report = evaluate(positionals, standardOf(values.standard), asOf);
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('ringfence: nothing was attested: fix the problems above first\n');
    return 2;
  }
  if (report.subjects.length === 0) throw new UsageError('no document was evaluated; nothing was attested');
  const files = [...new Set(report.subjects.map((s) => s.file))];
  // Names are relative to this folder, and verify reads only files inside the folder it runs in.
  const folder = realpathSync('.');
  const subject: Statement['subject'] = [];
  for (const f of files) {
    const { real, check: refused } = locateSubject(f, folder, values['allow-outside'] === true);
    const h = real ? hashRegularFile(real) : undefined;
    if (refused || !h?.sha256) {
      throw new UsageError(`${safe(f)}: ${refused ? `${refused.message}; an attestation names files relative to the folder it is made in, so run attest from a folder that holds them` : h!.message!}`);
    }
    subject.push({ name: f, digest: { sha256: h.sha256 } });
    if (values.output !== undefined && sameFile(values.output, real!)) throw new UsageError(`-o ${safe(values.output)} is one of the files attested; it would be overwritten`);
  }
  const statement: Statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject,
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
  for (const d of results(report)) process.stderr.write(safe(`attested ${docName(d)}: score ${d.score ?? 'n/a'}, grade ${d.grade}, level ${d.level}, assurance ${d.assurance === 'declared' ? 'declared by the vendor (nothing backs its claims)' : (d.assurance ?? 'declared').replace(/_/g, ' ')}`) + '\n');
  process.stderr.write(`note: ${proves}\n`);
  return 0;
}

/** Why two results of one document differ, field by field (empty when they are the same). */
function differences(here: DocumentResult, attested: DocumentResult): string[] {
  const out: string[] = [];
  const fields = ['kind', 'name', 'score', 'grade', 'uncappedGrade', 'level', 'evidenceCoverage', 'assurance'] as const;
  // An attestation made before assurance was recorded says nothing about it: nothing to compare.
  for (const f of fields) if (here[f] !== attested[f] && !(f === 'assurance' && attested[f] === undefined)) out.push(`${f} ${String(here[f])} here, ${String(attested[f])} attested`);
  if (here.cappedBy.join('\0') !== attested.cappedBy.join('\0')) out.push(`capped by [${here.cappedBy.join(', ')}] here, [${attested.cappedBy.join(', ')}] attested`);
  const ids = new Set([...Object.keys(here.controls), ...Object.keys(attested.controls)]);
  for (const id of ids) {
    if (here.controls[id] !== attested.controls[id]) out.push(`${id} ${here.controls[id] ?? 'absent'} here, ${attested.controls[id] ?? 'absent'} attested`);
  }
  return out;
}

/**
 * `ringfence verify <attestation> --key PUB [--recheck]`: checks the signature; that the statement is well formed;
 * that every attested file is here (inside this folder) with the attested bytes, and every result names an
 * attested file; and with --recheck that evaluating the files again gives exactly the attested set of results.
 * Everything printed that comes from the statement goes through the terminal sanitiser.
 */
export function runVerify(args: string[]): number {
  const { values, positionals } = parse(args, {
    key: { type: 'string', short: 'k' },
    recheck: { type: 'boolean' },
    standard: { type: 'string', short: 's' },
    'allow-outside': { type: 'boolean' },
  });
  const file = positionals[0];
  if (!file || !values.key) throw new UsageError('verify needs an attestation and --key PUB, e.g. `ringfence verify manifest.intoto.json --key vendor.pub --recheck`');
  if (positionals.length > 1) throw new UsageError(`verify checks one attestation at a time (given: ${positionals.map(safe).join(', ')})`);
  const pub = readKey(values.key, 'verify');
  const malformed = (problems: Problem[]) => {
    // A statement of a million bad entries is as many problems: the first ones say what is wrong.
    for (const p of problems.slice(0, maxProblemsShown)) process.stderr.write(`${formatProblem(p)}\n`);
    if (problems.length > maxProblemsShown) process.stderr.write(`ringfence: and ${problems.length - maxProblemsShown} more problems\n`);
    process.stderr.write('ringfence: not verified: the attestation is malformed\n');
    return 2;
  };
  const read = readEnvelope(file);
  if (!read.envelope) return malformed(read.problems);
  const v = verifyEnvelope(read.envelope, pub);
  if (!v.ok) {
    process.stdout.write(`✖ not verified: ${safe(v.reason)}\n`);
    return 1;
  }
  const { statement, problems } = readStatement(v.body, file);
  if (!statement) return malformed(problems);
  const { predicate } = statement;
  const out = (line: string) => process.stdout.write(`${safe(line)}\n`);
  out(`✓ signature verified (key ${v.keyid.slice(0, 16)}…), ${predicate.standard.id} ${predicate.standard.version} as of ${predicate.asOf}`);
  out(`  note: ${proves}`);
  const loaded = standardOf(values.standard);
  if (loaded.standard.digest !== predicate.standard.digest) {
    out(`! the standard here (${loaded.standard.id} ${loaded.standard.version}, ${loaded.standard.digest.slice(0, 19)}…) is not the one attested (${predicate.standard.digest.slice(0, 19)}…): the results are about that standard`);
  }

  let ok = true;
  const folder = realpathSync('.');
  const allowOutside = values['allow-outside'] === true;
  const good = new Set<string>();
  for (const s of statement.subject) {
    const c = checkSubject(s.name, s.digest.sha256, folder, allowOutside);
    if (c.state === 'same') good.add(s.name);
    else ok = false;
    out(`${c.state === 'same' ? '✓' : '✖'} ${s.name}: ${c.message}`);
  }
  const subjects = new Set(statement.subject.map((s) => s.name));
  const named = new Set(predicate.documents.map((d) => d.file));
  for (const d of predicate.documents) {
    if (subjects.has(d.file)) out(`  ${docName(d)}: score ${d.score ?? 'n/a'}, grade ${d.grade}, level ${d.level} (attested)`);
    else {
      ok = false;
      out(`✖ ${docName(d)}: a result for a file that is not one of the attested files`);
    }
  }
  for (const s of statement.subject) {
    if (named.has(s.name)) continue;
    ok = false;
    out(`✖ ${s.name}: no attested result names this file`);
  }
  if (values.recheck) ok = recheck(statement, [...good], loaded, out, (name, sha256) => checkSubject(name, sha256, folder, allowOutside).state === 'same') && ok;
  else out('  the results above are the signer’s; --recheck evaluates the files here and compares');
  // Without --recheck, what is verified is the signature and the files, and the verdict says so.
  process.stdout.write(!ok ? 'NOT verified\n' : values.recheck ? 'verified\n' : 'verified (the signature and the files; the results were not rechecked)\n');
  return ok ? 0 : 1;
}

/**
 * Evaluates the attested files that are here with the attested bytes, as of the attested date, and requires the
 * documents evaluated to be exactly the documents attested, each with the same result.
 */
function recheck(
  statement: CheckedStatement,
  files: string[],
  loaded: { standard: Standard; problems: Problem[] },
  out: (line: string) => void,
  unchanged: (name: string, sha256: string) => boolean,
): boolean {
  const { predicate } = statement;
  let ok = files.length === statement.subject.length;
  if (!ok) out(`✖ ${statement.subject.length - files.length} of the ${statement.subject.length} attested files cannot be re-evaluated (above)`);
  if (files.length === 0) return false;
  const report = evaluate(files, loaded, predicate.asOf);
  const age = Math.round((Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${predicate.asOf}T00:00:00Z`)) / 86_400_000);
  out(`  re-evaluated as of ${report.asOf} (the attested date${age > 0 ? `, ${age} day${age === 1 ? '' : 's'} ago` : ''})`);
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    ok = false;
    for (const p of errors) out(`✖ ${formatProblem(p)}`);
    out('✖ the re-evaluation is incomplete: the problems above');
  }
  const rechecked = new Set(files);
  // What was evaluated is what was hashed: a file changed in between is not the attested file.
  for (const s of statement.subject) {
    if (rechecked.has(s.name) && !unchanged(s.name, s.digest.sha256)) {
      ok = false;
      out(`✖ ${s.name}: changed while it was re-evaluated`);
    }
  }
  const attested = new Map<string, DocumentResult[]>();
  for (const d of predicate.documents) {
    if (!rechecked.has(d.file)) continue;
    const key = `${d.file}#${d.documentIndex}`;
    attested.set(key, [...(attested.get(key) ?? []), d]);
  }
  for (const mine of results(report)) {
    const key = `${mine.file}#${mine.documentIndex}`;
    const theirs = attested.get(key);
    attested.delete(key);
    if (!theirs) {
      ok = false;
      out(`✖ ${docName(mine)}: evaluated here but not attested (score ${mine.score ?? 'n/a'}, grade ${mine.grade}, level ${mine.level})`);
      continue;
    }
    if (theirs.length > 1) {
      ok = false;
      out(`✖ ${docName(mine)}: attested more than once (${theirs.length} results)`);
      continue;
    }
    const diff = differences(mine, theirs[0]!);
    if (diff.length) ok = false;
    out(diff.length ? `✖ ${docName(mine)}: re-evaluated, a different result: ${diff.slice(0, 6).join('; ')}${diff.length > 6 ? `; and ${diff.length - 6} more` : ''}` : `✓ ${docName(mine)}: re-evaluated, the same result`);
  }
  for (const [, [d]] of attested) {
    ok = false;
    out(`✖ ${docName(d!)}: attested but not evaluated here`);
  }
  return ok;
}
