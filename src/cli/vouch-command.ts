import { writeFileSync } from 'node:fs';
import { signInToto } from '../attest/dsse.js';
import { hashRegularFile } from '../attest/subjects.js';
import { claimsPredicateType } from '../evidence/vouches.js';
import { parseYamlText } from '../load/parse-yaml.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { resolvesPointer } from '../load/pointer.js';
import { terminalSafe as safe } from '../../reporters/sanitize.js';
import { parse } from './args.js';
import { readKey } from './attest-command.js';
import { parseDate } from './check-command.js';
import { UsageError } from './usage-error.js';

/**
 * `ringfence vouch <manifest> --key KEY --verifier NAME --claim POINTER…`: what a test lab or an auditor signs after
 * checking claims of one vendor manifest — an in-toto statement about the manifest's exact bytes (sha-256) naming
 * each claim (a JSON Pointer) verified or contradicted, in a DSSE envelope signed with Ed25519. Whether the
 * signature is worth anything is the reader's call: `check --evidence … --trust-policy …` counts it only when the
 * reader's policy lists the key.
 */
export function runVouch(args: string[]): number {
  const { values, positionals } = parse(args, {
    key: { type: 'string', short: 'k' },
    verifier: { type: 'string' },
    claim: { type: 'string', multiple: true },
    contradicted: { type: 'string', multiple: true },
    method: { type: 'string' },
    'checked-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length !== 1) throw new UsageError('vouch needs exactly one vendor manifest, e.g. `ringfence vouch manifest.yaml --key lab.key --verifier "Northbridge Labs" --claim /updateChannels/0/rollout -o manifest.vouch.json`');
  if (!values.key) throw new UsageError('vouch needs --key FILE, an Ed25519 private key in PEM (make one with `ringfence keygen`)');
  if (!values.verifier?.trim()) throw new UsageError('vouch needs --verifier NAME: who checked the claims');
  const verified = values.claim ?? [];
  const contradicted = values.contradicted ?? [];
  if (!verified.length && !contradicted.length) throw new UsageError('vouch needs at least one --claim POINTER (verified) or --contradicted POINTER');
  const checkedOn = parseDate(values['checked-on'], '--checked-on') ?? new Date().toISOString().slice(0, 10);
  const file = positionals[0]!;
  const h = hashRegularFile(file);
  if (!h.sha256) throw new UsageError(`${safe(file)}: ${h.message}`);
  const { text, problem } = readTextFile(file);
  if (problem) throw new UsageError(`${safe(file)}: ${safe(problem.message)}`);
  const parsed = parseYamlText(text!, displayPath(file));
  const manifest = parsed.documents.find((d) => (d.value as { kind?: unknown } | null)?.kind === 'VendorManifest');
  if (!manifest) throw new UsageError(`${safe(file)} holds no VendorManifest`);
  const seen = new Set<string>();
  const claims: { pointer: string; result: 'verified' | 'contradicted'; method?: string }[] = [];
  for (const [pointer, result] of [...verified.map((p) => [p, 'verified'] as const), ...contradicted.map((p) => [p, 'contradicted'] as const)]) {
    if (!/^(\/([^~]|~[01])*)*$/.test(pointer)) throw new UsageError(`${safe(pointer)} is not a JSON Pointer (e.g. /updateChannels/0/rollout)`);
    if (seen.has(pointer)) throw new UsageError(`${safe(pointer)} is named twice`);
    if (!resolvesPointer(manifest.value, pointer)) throw new UsageError(`${safe(pointer)} does not exist in ${safe(file)}: a statement vouches only for what the manifest states`);
    seen.add(pointer);
    claims.push({ pointer, result, ...(values.method ? { method: values.method } : {}) });
  }
  const key = readKey(values.key, 'sign');
  const statement = {
    _type: 'https://in-toto.io/Statement/v1' as const,
    subject: [{ name: displayPath(file), digest: { sha256: h.sha256 } }],
    predicateType: claimsPredicateType,
    predicate: { verifier: values.verifier.trim(), checkedOn, claims },
  };
  let envelope;
  try {
    envelope = signInToto(statement, key);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const out = `${JSON.stringify(envelope, null, 2)}\n`;
  if (values.output) writeFileSync(values.output, out);
  else process.stdout.write(out);
  process.stderr.write(safe(`vouched for ${claims.length} claim${claims.length === 1 ? '' : 's'} of ${displayPath(file)} (sha256 ${h.sha256.slice(0, 16)}…) as ${values.verifier.trim()}`) + '\n');
  return 0;
}
