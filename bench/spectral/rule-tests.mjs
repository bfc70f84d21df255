// `node bench/spectral/rule-tests.mjs`: checks that kdus.spectral.yaml does what the KDUS rules do, by running
// every test document of rules/*/*.yaml through Spectral. A test expects a control to flag the document when its
// expected outcome includes fail, missing_evidence or error; Spectral flags it when any rule of that control
// (KDUS-XX-NN, KDUS-XX-NN-<part>) reports. Tests that override the rule's params or give a vendor manifest
// (DC-02, which the ruleset approximates) are skipped; a test's asOf is passed on as KDUS_AS_OF.
// With --core, runs the ruleset with Spectral's built-in functions only (core-ruleset.mjs) instead, and says per
// control how many of its tests that form gets right: what the built-in functions cannot express, measured.
// Per control, the tests it gets wrong; with --verbose, each of them. Spectral is a development dependency (or --prefix DIR, where bench/spectral.mjs --prefix installed another);
// writes only to a temp folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { prefix: { type: 'string', default: root }, core: { type: 'boolean' }, keep: { type: 'boolean' }, verbose: { type: 'boolean' } } });
const cliPackage = path.join(path.resolve(values.prefix), 'node_modules/@stoplight/spectral-cli/package.json');
if (!existsSync(cliPackage)) {
  console.error(`Spectral is not installed in ${values.prefix}: run npm ci (it is a development dependency), or pass --prefix`);
  process.exit(2);
}
const cli = JSON.parse(readFileSync(cliPackage, 'utf8'));
const spectral = path.join(path.dirname(cliPackage), typeof cli.bin === 'string' ? cli.bin : cli.bin.spectral);
// The date the rule tests are written against (ringfence's test runner default).
const { defaultTestAsOf } = await import(path.join(root, 'dist/src/engine/rule-tests.js')).catch(() => ({ defaultTestAsOf: '2026-11-25' }));

const standard = YAML.parse(readFileSync(path.join(root, 'standards/kdus/1.1.yaml'), 'utf8'));
const controlOf = new Map(standard.areas.flatMap((a) => a.controls.map((c) => [c.rule, c.id])));
const work = mkdtempSync(path.join(os.tmpdir(), 'ringfence-spectral-rule-tests-'));
let ruleset = path.join(root, 'bench/spectral/kdus.spectral.yaml');
if (values.core) {
  const { writeCoreRuleset } = await import('./core-ruleset.mjs');
  ruleset = path.join(work, 'kdus-core.spectral.yaml');
  writeCoreRuleset(ruleset);
}
const cases = [];
let skipped = 0;
for (const area of readdirSync(path.join(root, 'rules')).sort()) {
  for (const f of readdirSync(path.join(root, 'rules', area)).sort()) {
    const rule = YAML.parse(readFileSync(path.join(root, 'rules', area, f), 'utf8'));
    (rule.tests ?? []).forEach((t, i) => {
      if (t.params || t.vendor) return void skipped++;
      const file = path.join(work, `${rule.name}--${i}.yaml`);
      writeFileSync(file, YAML.stringify({ kind: rule.appliesTo, ...t.doc }));
      const expect = [t.expect].flat();
      cases.push({ file, control: controlOf.get(rule.name), rule: rule.name, name: t.name, asOf: t.asOf ?? defaultTestAsOf, expect, flags: expect.some((e) => e === 'fail' || e === 'missing_evidence' || e === 'error') });
    });
  }
}

const flagged = new Map();
for (const asOf of new Set(cases.map((c) => c.asOf))) {
  const out = path.join(work, `spectral-${asOf}.json`);
  const files = cases.filter((c) => c.asOf === asOf).map((c) => c.file);
  const r = spawnSync(process.execPath, [spectral, 'lint', ...files, '--ruleset', ruleset, '--format', 'json', '--output', out, '--fail-severity', 'error', '--quiet'], { env: { ...process.env, KDUS_AS_OF: asOf }, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`spectral failed (${r.status}): ${r.stderr}`);
  for (const result of JSON.parse(readFileSync(out, 'utf8'))) {
    const control = String(result.code).match(/^KDUS-[A-Z]{2}-\d\d/)?.[0];
    if (!control) continue; // ringfence-document-schema: the test documents are fragments
    const key = `${path.resolve(result.source)}|${control}`;
    flagged.set(key, [...(flagged.get(key) ?? []), `${result.code} at ${result.path.join('.') || '(root)'}: ${result.message}`]);
  }
}

// DC-02 reads the vendor's manifest, which Spectral cannot see: the ruleset approximates it (see its header).
const approximated = new Set(['KDUS-DC-02']);
const disagree = cases.filter((c) => flagged.has(`${c.file}|${c.control}`) !== c.flags);
const unexpected = disagree.filter((c) => !approximated.has(c.control));
console.log(`${cases.length} rule tests through Spectral${values.core ? ' (built-in functions only)' : ''}: ${cases.length - disagree.length} agree, ${disagree.length} disagree (${skipped} skipped: params overrides or a vendor manifest)`);
for (const c of values.verbose ? disagree : []) {
  const seen = flagged.get(`${c.file}|${c.control}`);
  console.log(`  ${c.control} ${c.rule}: "${c.name}" expects ${c.expect.join(', ')}; Spectral ${seen ? `flags it: ${seen.slice(0, 3).join(' | ')}` : 'does not flag it'}${approximated.has(c.control) ? ' (approximated control)' : ''}`);
}
{
  // Per control: the tests the built-in form gets wrong, of how many.
  const byControl = new Map();
  for (const c of cases) {
    const e = byControl.get(c.control) ?? { tests: 0, wrong: 0, missed: 0, extra: 0 };
    e.tests++;
    if (disagree.includes(c)) {
      e.wrong++;
      if (c.flags) e.missed++;
      else e.extra++;
    }
    byControl.set(c.control, e);
  }
  const wrong = [...byControl].filter(([, e]) => e.wrong).sort(([a], [b]) => a.localeCompare(b));
  console.log(`controls all of whose tests agree: ${byControl.size - wrong.length} of ${byControl.size}; the others (wrong of tests: missed, flagged wrongly):`);
  for (const [id, e] of wrong) console.log(`  ${id}  ${e.wrong} of ${e.tests}: ${e.missed} missed, ${e.extra} flagged wrongly`);
}
if (values.keep) console.log(`files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = unexpected.length && !values.core ? 1 : 0;
