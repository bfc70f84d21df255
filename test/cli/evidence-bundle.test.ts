import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * `check --evidence BUNDLE --trust-policy FILE`, as a buyer runs it: the vendor hands over its evidence as an archive
 * (with signed statements of a lab in it), the buyer names the keys it trusts. Real files, the real CLI.
 */
const asOf = ['--as-of', '2026-11-25'];
const evidenceDir = path.join(root, 'examples/evidence/aegis');
/** The exemplary manifest, declaring third_party_verified (which only a lab's statements can back). */
const manifestText = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8').replace(/^ {2}assurance: .*$/m, '  assurance: third_party_verified');
/** Every part of the manifest a control reads (all but apiVersion, kind and the evidence list). */
const everything = ['metadata', 'platforms', 'components', 'updateChannels', 'customerControls', 'testing', 'build', 'recovery', 'controlPlane', 'remediationSafety', 'telemetry', 'memorySafety', 'supplyChain', 'programs', 'transparency'].map((k) => `/${k}`);

let dir: string;

/** The report schema's verdict on a report ('' when it is valid). */
function schemaErrors(report: unknown): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/report.schema.json'), 'utf8')) as object);
  return validate(report) ? '' : JSON.stringify(validate.errors);
}

function cli(args: string[]) {
  const r = runCli(args, { cwd: dir });
  if (r.code === 0 || r.code === 1) return { ...r, report: JSON.parse(r.stdout) as Report };
  return { ...r, report: undefined };
}
function check(evidence: string, ...more: string[]) {
  const r = cli(['check', 'aegis.yaml', '--evidence', evidence, ...more, ...asOf, '--format', 'json']);
  return { ...r, subject: r.report?.subjects[0] as Subject };
}
const control = (s: Subject, id: string) => s.controls.find((c) => c.id === id)!;
const problems = (r: Report | undefined, code: string): Problem[] => (r?.problems ?? []).filter((p) => p.code === code);

/** A folder holding the aegis evidence files and the given statements (file name → envelope JSON). */
function folderWith(name: string, statements: Record<string, string> = {}): string {
  rmSync(path.join(dir, name), { recursive: true, force: true });
  cpSync(evidenceDir, path.join(dir, name), { recursive: true });
  for (const [f, text] of Object.entries(statements)) writeFileSync(path.join(dir, name, f), text);
  return name;
}

/** Signs a statement with `key` about `manifest` (in dir) and returns the envelope's text. */
function vouch(key: string, verifier: string, flags: string[], manifest = 'aegis.yaml'): string {
  const out = `${key}-${Math.random().toString(36).slice(2)}.json`;
  const r = runCli(['vouch', manifest, '--key', `${key}.key`, '--verifier', verifier, ...flags, '--checked-on', '2026-11-01', '-o', out], { cwd: dir });
  expect(r.stderr).toMatch(/^vouched for/);
  const text = readFileSync(path.join(dir, out), 'utf8');
  rmSync(path.join(dir, out));
  return text;
}
const claims = (pointers: string[]) => pointers.flatMap((p) => ['--claim', p]);

function tgz(name: string, folder: string): string {
  const r = spawnSync('tar', ['-czf', name, '-C', folder, '.'], { cwd: dir });
  expect(r.status).toBe(0);
  return name;
}

async function zip(name: string, folder: string): Promise<string> {
  const z = new yazl.ZipFile();
  for (const f of readdirSync(path.join(dir, folder)).sort()) z.addBuffer(readFileSync(path.join(dir, folder, f)), f);
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  writeFileSync(path.join(dir, name), Buffer.concat(chunks));
  return name;
}

const pem = (file: string) => readFileSync(path.join(dir, file), 'utf8').trim().split('\n').map((l) => `      ${l}`).join('\n');

beforeAll(() => {
  dir = tempDir('evidence-bundle');
  writeFileSync(path.join(dir, 'aegis.yaml'), manifestText);
  for (const k of ['lab', 'vendor', 'stranger']) expect(runCli(['keygen', '-o', k], { cwd: dir }).code).toBe(0);
  // The buyer's policy: Northbridge Labs is a lab it trusts, and the vendor's own key is known as the vendor's.
  writeFileSync(
    path.join(dir, 'trust.yaml'),
    `apiVersion: ringfence.dev/v1\nkind: TrustPolicy\nkeys:\n  - name: Northbridge\n    party: Northbridge Labs\n    role: lab\n    publicKey: |\n${pem('lab.pub')}\n  - name: Aegis release key\n    party: Aegis Sentinel Systems\n    role: vendor\n    publicKey: |\n${pem('vendor.pub')}\n`,
  );
});

describe('check --evidence reads a bundle (.tar.gz, .tgz, .zip) in memory', () => {
  it('a .tar.gz bundle: the good files verify, a tampered file is a mismatch, a missing one is reported; nothing is extracted', () => {
    const folder = folderWith('partial');
    writeFileSync(path.join(dir, folder, 'parser-design-review.md'), 'a different review\n');
    rmSync(path.join(dir, folder, 'crash-loop-breaker-test-report.md'));
    const bundle = tgz('partial.tar.gz', folder);
    rmSync(path.join(dir, folder), { recursive: true });
    const before = readdirSync(dir).sort();
    const r = cli(['check', 'aegis.yaml', '--evidence', bundle, ...asOf, '--format', 'json']);
    expect(readdirSync(dir).sort()).toEqual(before);
    // The tampered file is an input error (exit 2), as with a folder.
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    const subject = report.subjects[0]!;
    expect(problems(report, 'evidence-mismatch').map((p) => [p.pointer, p.message.includes('partial.tar.gz/parser-design-review.md')])).toEqual([['/evidence/4/sha256', true]]);
    expect(problems(report, 'evidence-missing').map((p) => p.pointer)).toEqual(['/evidence/5/sha256']);
    expect(control(subject, 'KDUS-SR-01').evidence.map((e) => [e.claim, e.level, e.file])).toContainEqual(['/updateChannels', 'verified', 'release-engineering-handbook-2026.md']);
    expect(control(subject, 'KDUS-RB-02').assurance).toBe('linked');
    expect(subject.assurance).toBe('linked');
  });

  it('a whole .tgz and a .zip bundle back the manifest exactly as the folder does', async () => {
    const folder = folderWith('whole');
    const fromFolder = check(folder);
    const fromTgz = check(tgz('whole.tgz', folder));
    const fromZip = check(await zip('whole.zip', folder));
    expect(fromFolder.subject.assurance).toBe('verified');
    for (const r of [fromTgz, fromZip]) {
      expect(r.report!.problems).toEqual([]);
      expect(r.subject.assurance).toBe('verified');
      expect(r.subject.verifiedCoverage).toBe(fromFolder.subject.verifiedCoverage);
      expect(r.subject.controls.map((c) => [c.id, c.assurance])).toEqual(fromFolder.subject.controls.map((c) => [c.id, c.assurance]));
    }
    expect(control(fromZip.subject, 'KDUS-SR-01').evidence.map((e) => e.file)).toContain('release-engineering-handbook-2026.md');
  });

  it('a file that is no archive and no folder is refused with a clear message', () => {
    writeFileSync(path.join(dir, 'bundle.rar'), 'not an archive');
    const r = runCli(['check', 'aegis.yaml', '--evidence', 'bundle.rar', ...asOf], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/--evidence needs a folder of evidence files or an archive of them \(\.tar, \.tar\.gz, \.tgz, \.zip\)/);
  });
});

describe('signed statements count as the reader\'s trust policy says', () => {
  it("a trusted lab's statements covering every critical claim make the manifest independently verified, and third_party_verified passes TR-05", () => {
    const bundle = tgz('lab.tgz', folderWith('lab', { 'northbridge.intoto.json': vouch('lab', 'Northbridge Labs', claims(everything)) }));
    const r = check(bundle, '--trust-policy', 'trust.yaml');
    expect(r.report!.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.subject.assurance).toBe('independently_verified');
    expect(schemaErrors(r.report)).toBe('');
    expect(control(r.subject, 'KDUS-TR-05').status).toBe('pass');
    const sr01 = control(r.subject, 'KDUS-SR-01');
    expect(sr01.assurance).toBe('independently_verified');
    expect(sr01.statements!.map((s) => [s.claim, s.level, s.file, s.signedBy.party, s.signedBy.role])).toEqual([['/updateChannels', 'independently_verified', 'northbridge.intoto.json', 'Northbridge Labs', 'lab']]);
    // Worker threads get the statements with the digests: the same result whatever the number of jobs.
    writeFileSync(path.join(dir, 'copy.yaml'), manifestText);
    const two = cli(['check', 'aegis.yaml', 'copy.yaml', '--evidence', bundle, '--trust-policy', 'trust.yaml', '-j', '2', ...asOf, '--format', 'json']);
    expect(two.report!.subjects.map((s) => s.assurance)).toEqual(['independently_verified', 'independently_verified']);
    rmSync(path.join(dir, 'copy.yaml'));
    // The text report says so beside the grade.
    const text = runCli(['check', 'aegis.yaml', '--evidence', bundle, '--trust-policy', 'trust.yaml', ...asOf], { cwd: dir });
    expect(text.stdout).toMatch(/Assurance independently verified/);
    expect(text.stdout).toMatch(/\n {2}Signed statements \(trust policy\): Northbridge Labs \(lab\): \d+ claims verified\n/);
    const html = runCli(['check', 'aegis.yaml', '--evidence', bundle, '--trust-policy', 'trust.yaml', ...asOf, '--format', 'html'], { cwd: dir });
    expect(/<dt>Signed statements<\/dt><dd>Northbridge Labs \(lab\): \d+ claims verified/.test(html.stdout)).toBe(true);
  });

  it('a lab that leaves one critical claim unvouched: verified only, and third_party_verified fails TR-05', () => {
    const some = everything.filter((p) => p !== '/recovery');
    const r = check(folderWith('lab-some', { 'northbridge.json': vouch('lab', 'Northbridge Labs', claims(some)) }), '--trust-policy', 'trust.yaml');
    expect(r.subject.assurance).toBe('verified');
    expect(control(r.subject, 'KDUS-SR-01').assurance).toBe('independently_verified');
    expect(control(r.subject, 'KDUS-TR-05').status).toBe('fail');
    expect(r.code).toBe(1);
  });

  it("the vendor's own key makes claims verified, never independently verified", () => {
    const r = check(folderWith('vendor', { 'aegis.json': vouch('vendor', 'Aegis Sentinel Systems QA', claims(everything)) }), '--trust-policy', 'trust.yaml');
    expect(r.report!.problems).toEqual([]);
    expect(r.subject.assurance).toBe('verified');
    expect(control(r.subject, 'KDUS-SR-01').statements!.map((s) => [s.level, s.signedBy.role])).toEqual([['verified', 'vendor']]);
    expect(control(r.subject, 'KDUS-TR-05').status).toBe('fail');
  });

  it('a key the policy does not list counts for nothing, and says so', () => {
    const r = check(folderWith('stranger', { 'lab.json': vouch('stranger', 'Northbridge Labs', claims(everything)) }), '--trust-policy', 'trust.yaml');
    expect(problems(r.report, 'vouch-untrusted').map((p) => [p.severity, p.file])).toEqual([['warning', 'lab.json (in the evidence)']]);
    expect(r.subject.assurance).toBe('verified');
    expect(control(r.subject, 'KDUS-SR-01').statements).toBeUndefined();
    expect(control(r.subject, 'KDUS-TR-05').status).toBe('fail');
  });

  it('a statement on the whole manifest ("") vouches for nothing in particular, so it counts for nothing', () => {
    const r = check(folderWith('whole-doc', { 'northbridge.json': vouch('lab', 'Northbridge Labs', ['--claim', '']) }), '--trust-policy', 'trust.yaml');
    expect(problems(r.report, 'vouch-dangling').map((p) => p.message)).toEqual(['claim "" names the whole manifest: a statement vouches for parts of it (e.g. /updateChannels/0/rollout), so this one counts for nothing']);
    expect(r.subject.assurance).toBe('verified');
    expect(control(r.subject, 'KDUS-SR-01').statements).toBeUndefined();
  });

  it('without a trust policy statements count for nothing, and one warning says so', () => {
    const r = check(folderWith('nopolicy', { 'northbridge.json': vouch('lab', 'Northbridge Labs', claims(everything)) }));
    expect(problems(r.report, 'vouch-no-policy')).toHaveLength(1);
    expect(r.subject.assurance).toBe('verified');
    expect(control(r.subject, 'KDUS-TR-05').status).toBe('fail');
  });

  it('statements about the manifest before the vendor edited it do not count for the edited one', () => {
    const statement = vouch('lab', 'Northbridge Labs', claims(everything));
    const folder = folderWith('edited', { 'northbridge.json': statement });
    writeFileSync(path.join(dir, 'edited.yaml'), manifestText.replace('populationPct: 0.05', 'populationPct: 0.5'));
    const r = cli(['check', 'edited.yaml', '--evidence', folder, '--trust-policy', 'trust.yaml', ...asOf, '--format', 'json']);
    expect(manifestText).toContain('populationPct: 0.05');
    expect(problems(r.report, 'vouch-other-manifest')).toHaveLength(1);
    expect(r.report!.subjects[0]!.assurance).toBe('verified');
    expect(control(r.report!.subjects[0]!, 'KDUS-TR-05').status).toBe('fail');
  });

  it("a trusted lab's contradiction fails the controls that passed on that claim, naming the statement", () => {
    const pass = check(folderWith('plain'), '--trust-policy', 'trust.yaml');
    expect(control(pass.subject, 'KDUS-SR-02').status).toBe('pass');
    const statement = vouch('lab', 'Northbridge Labs', ['--contradicted', '/updateChannels/0/rollout/rings/0/populationPct', '--method', 'observed ring 0 of release 9.4.2']);
    const r = check(folderWith('contra', { 'northbridge-contra.json': statement }), '--trust-policy', 'trust.yaml');
    expect(r.code).toBe(1);
    const sr02 = control(r.subject, 'KDUS-SR-02');
    expect(sr02.status).toBe('fail');
    expect(sr02.assurance).toBe('contradicted');
    expect(sr02.findings[0]!.message).toMatch(/is contradicted: the statement northbridge-contra\.json signed by "Northbridge" \(Northbridge Labs, lab\) found \/updateChannels\/0\/rollout\/rings\/0\/populationPct false/);
    expect(sr02.statements!.map((s) => [s.result, s.level])).toEqual([['contradicted', 'contradicted']]);
    expect(r.subject.assurance).toBe('contradicted');
    expect(schemaErrors(r.report)).toBe('');
    expect(r.subject.grade).not.toBe('A');
  });

  it('a broken trust policy stops the run (exit 2, positioned), and --trust-policy needs --evidence', () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: ringfence.dev/v1\nkind: TrustPolicy\nkeys:\n  - name: Lab\n    party: Lab\n    role: lab\n    publicKey: not a key\n');
    const broken = runCli(['check', 'aegis.yaml', '--evidence', folderWith('plain'), '--trust-policy', 'broken.yaml', ...asOf], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:7:\d+.*the public key is not a PEM public key/);
    expect(broken.stdout).toBe('');
    const alone = runCli(['check', 'aegis.yaml', '--trust-policy', 'trust.yaml', ...asOf], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--trust-policy needs --evidence/);
  });
});

describe("the standard's assurance policy (grading.minimumAssurance)", () => {
  /** The exemplary manifest with its evidence list removed, declaring only self_attested (so TR-05 passes). */
  const linkedText = manifestText.replace(/^ {2}assurance: .*$/m, '  assurance: evidence_linked');
  const bare = manifestText.slice(0, manifestText.indexOf('\nevidence:\n') + 1).replace(/^ {2}assurance: .*$/m, '  assurance: self_attested');

  it('KDUS: a manifest whose critical controls nothing backs reaches level 0, and the report says why', () => {
    writeFileSync(path.join(dir, 'bare.yaml'), bare);
    const r = cli(['check', 'bare.yaml', ...asOf, '--format', 'json']);
    const s = r.report!.subjects[0]!;
    // An A on its own word: the grade is held at B (grading.unbackedCap) and the level at 0.
    expect(s.uncappedGrade).toBe('A');
    expect(s.grade).toBe('B');
    expect(s.gradeLimitedBy).toMatch(/^grade A needs the critical controls backed at least as linked \(KDUS 1\.1\.0 grading\.unbackedCap\)/);
    expect(control(s, 'KDUS-TR-05').status).toBe('pass');
    expect(s.assurance).toBe('declared');
    expect(s.level).toBe(0);
    expect(s.levelLimitedBy).toMatch(/^level 3 needs the critical controls backed at least as linked \(KDUS 1\.1\.0 grading\.minimumAssurance\); they are backed only as declared by the vendor \(backed by nothing: KDUS-/);
    expect(r.report!.standard.grading.minimumAssurance).toBe('linked');
    expect(schemaErrors(r.report)).toBe('');
    const text = runCli(['check', 'bare.yaml', ...asOf], { cwd: dir });
    expect(text.stdout).toMatch(/Level 0: level 3 needs the critical controls backed at least as linked/);
    expect(text.stdout).toMatch(/Grade B: grade A needs the critical controls backed at least as linked/);
    // The gate sees the level too.
    expect(runCli(['check', 'bare.yaml', '--min-level', '1', ...asOf], { cwd: dir }).code).toBe(1);
    // Linked, the same claims reach their level.
    writeFileSync(path.join(dir, 'linked.yaml'), linkedText);
    expect(cli(['check', 'linked.yaml', ...asOf, '--format', 'json']).report!.subjects[0]!.level).toBe(3);
  });

  it('a standard that demands verified holds a linked manifest at level 0 until the evidence is handed over; explain and docs state it', () => {
    writeFileSync(
      path.join(dir, 'strict.yaml'),
      `id: STRICT\nversion: 1.0.0\ntitle: KDUS demanding verified evidence\nextends: ${path.join(root, 'standards/kdus/1.1.yaml')}\ngrading:\n  bands: [{ grade: A, min: 90 }, { grade: F, min: 0 }]\n  criticalCap: F\n  instances: worst\n  weighting: severity\n  minimumAssurance: verified\n`,
    );
    writeFileSync(path.join(dir, 'linked.yaml'), linkedText);
    const linked = cli(['check', 'linked.yaml', '-s', 'strict.yaml', ...asOf, '--format', 'json']).report!.subjects[0]!;
    expect(linked.assurance).toBe('linked');
    expect(linked.level).toBe(0);
    expect(linked.levelLimitedBy).toMatch(/needs the critical controls backed at least as verified .* backed only as linked$/);
    const verified = cli(['check', 'linked.yaml', '--evidence', folderWith('plain3'), '-s', 'strict.yaml', ...asOf, '--format', 'json']).report!.subjects[0]!;
    expect(verified.assurance).toBe('verified');
    expect(verified.level).toBe(3);
    expect(verified.levelLimitedBy).toBeUndefined();
    expect(runCli(['explain', 'KDUS-SR-01', '-s', 'strict.yaml'], { cwd: dir }).stdout).toMatch(/assurance policy: a vendor manifest reaches level 1 or above only when this control's claims are backed at least as verified/);
    expect(runCli(['docs', 'strict.yaml'], { cwd: dir }).stdout).toMatch(/Assurance policy: a vendor manifest reaches level 1 or above only when every applicable \*caps grade\* control is backed at least as \*\*verified\*\*/);
  });
});
