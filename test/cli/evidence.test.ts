import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const aegis = 'examples/vendors/aegis-exemplary.yaml';
const aegisEvidence = 'examples/evidence/aegis';
const aegisText = readFileSync(path.join(root, aegis), 'utf8');

function json(args: string[]): { report: Report; subject: Subject; code: number; stderr: string } {
  const r = runCli(['check', ...args, ...asOf, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  return { report, subject: report.subjects[0]!, code: r.code, stderr: r.stderr };
}

const control = (s: Subject, id: string) => s.controls.find((c) => c.id === id)!;
const problemsOf = (r: Report, code: string): Problem[] => r.problems.filter((p) => p.code === code);

/** The aegis manifest with its text changed, written to a fresh folder. */
function aegisVariant(name: string, edit: (text: string) => string): string {
  const dir = tempDir(name);
  const file = path.join(dir, 'aegis.yaml');
  writeFileSync(file, edit(aegisText));
  return file;
}

/** The aegis manifest with its evidence list replaced by `entries` (YAML, indented as list items). */
function withEvidence(name: string, entries: string, assurance = 'evidence_linked'): string {
  return aegisVariant(name, (t) => t.slice(0, t.indexOf('\nevidence:\n') + 1).replace(/^  assurance: .*$/m, `  assurance: ${assurance}`) + `evidence:\n${entries}`);
}

/** The line (1-based) of the first occurrence of `needle` in a file. */
function lineOf(file: string, needle: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('assurance is computed from evidence, never read from the manifest', () => {
  it('the exemplary manifest is linked by its hash-pinned https links, and verified with its evidence folder', () => {
    const linked = json([aegis]);
    expect(linked.subject.assurance).toBe('linked');
    expect(linked.subject.declaredAssurance).toBe('evidence_linked');
    expect(linked.subject.verifiedCoverage).toBe(0);
    expect(linked.subject.linkedCoverage).toBeGreaterThan(0.7);
    expect(control(linked.subject, 'KDUS-SR-01').assurance).toBe('linked');
    expect(control(linked.subject, 'KDUS-TR-05').status).toBe('pass');
    expect(linked.report.problems).toEqual([]);

    const verified = json([aegis, '--evidence', aegisEvidence]);
    expect(verified.code).toBe(0);
    expect(verified.subject.assurance).toBe('verified');
    expect(verified.subject.grade).toBe('A');
    expect(verified.subject.verifiedCoverage).toBe(verified.subject.linkedCoverage);
    const sr01 = control(verified.subject, 'KDUS-SR-01');
    expect(sr01.assurance).toBe('verified');
    expect(sr01.evidence.map((e) => [e.claim, e.level, e.file])).toContainEqual(['/updateChannels', 'verified', 'release-engineering-handbook-2026.md']);
    // A control whose claims no entry covers stays declared, however strong the rest is.
    expect(control(verified.subject, 'KDUS-TR-03').assurance).toBe('declared');
    // Not applicable controls have no backing.
    const na = verified.subject.controls.find((c) => c.status === 'not_applicable');
    if (na) expect(na.assurance).toBeNull();
    expect(verified.report.problems).toEqual([]);
  });

  it('the text report shows the computed assurance beside the grade, and "declared by the vendor" where nothing backs it', () => {
    const good = runCli(['check', aegis, ...asOf, '--evidence', aegisEvidence]);
    expect(good.stdout).toMatch(/Grade A {3}Level 3 \(Safety-critical\) {3}Assurance verified$/m);
    expect(good.stdout).toMatch(/Backing: \d+% of controls linked to evidence, \d+% verified; declaration coverage 100%/);
    expect(good.stdout).not.toMatch(/Evidence coverage/);
    const typical = runCli(['check', 'examples/vendors/borealis-typical.yaml', ...asOf]);
    expect(typical.stdout).toMatch(/Assurance declared by the vendor$/m);
    expect(typical.stdout).toMatch(/Critical controls backed by nothing \(declared by the vendor\): KDUS-SR-01, /);
  });

  it('the other examples are declared: nothing ringfence can check backs their critical controls', () => {
    for (const f of ['borealis-typical', 'cobalt-pre-incident', 'cobalt-remediated']) {
      expect(json([`examples/vendors/${f}.yaml`]).subject.assurance, f).toBe('declared');
    }
  });

  it('a tampered evidence file is reported at the entry that pins it, and its claims are not verified', () => {
    const dir = tempDir('evidence-tampered');
    cpSync(path.join(root, aegisEvidence), dir, { recursive: true });
    writeFileSync(path.join(dir, 'release-engineering-handbook-2026.md'), 'All rings are optional.\n');
    const { report, subject, code } = json([aegis, '--evidence', dir]);
    expect(code).toBe(2);
    const [p] = problemsOf(report, 'evidence-mismatch');
    expect(p).toMatchObject({ severity: 'error', file: aegis, pointer: '/evidence/0/sha256' });
    expect(p!.message).toMatch(/release-engineering-handbook-2026\.md has SHA-256 [0-9a-f]{64}, not the [0-9a-f]{64} this entry pins/);
    expect(p!.range!.startLine).toBe(lineOf(path.join(root, aegis), 'sha256: ') );
    // The channel controls fall back to linked (the link is still sound); the others stay verified.
    expect(control(subject, 'KDUS-SR-01').assurance).toBe('linked');
    expect(control(subject, 'KDUS-EH-01').assurance).toBe('verified');
    expect(subject.assurance).toBe('linked');
  });

  it('a missing evidence file is reported, and its claims stay linked', () => {
    const dir = tempDir('evidence-missing');
    cpSync(path.join(root, aegisEvidence), dir, { recursive: true });
    rmSync(path.join(dir, 'sensor-architecture-2026.md'));
    const { report, subject, code } = json([aegis, '--evidence', dir]);
    expect(code).toBe(0);
    const missing = problemsOf(report, 'evidence-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'warning', pointer: '/evidence/3/sha256' });
    expect(control(subject, 'KDUS-EH-01').assurance).toBe('linked');
    expect(control(subject, 'KDUS-SR-01').assurance).toBe('verified');
    expect(subject.assurance).toBe('linked');
  });

  it('worker threads match the same evidence: --jobs 2 gives the same bytes as one thread', () => {
    const dir = tempDir('evidence-jobs');
    const run = (jobs: number) => {
      const out = path.join(dir, `r${jobs}.json`);
      runCli(['check', 'examples/vendors', ...asOf, '--evidence', aegisEvidence, '--jobs', String(jobs), '--format', `json=${out}`]);
      return readFileSync(out, 'utf8');
    };
    const one = run(1);
    expect(run(2)).toBe(one);
    const aegisSubject = (JSON.parse(one) as Report).subjects.find((s) => s.file === aegis)!;
    expect(aegisSubject.assurance).toBe('verified');
  });

  it('reads only regular files inside the evidence folder: a link out of it is not followed', () => {
    const outside = tempDir('evidence-outside');
    cpSync(path.join(root, aegisEvidence, 'sensor-architecture-2026.md'), path.join(outside, 'sensor-architecture-2026.md'));
    const dir = tempDir('evidence-links');
    cpSync(path.join(root, aegisEvidence), dir, { recursive: true });
    rmSync(path.join(dir, 'sensor-architecture-2026.md'));
    symlinkSync(path.join(outside, 'sensor-architecture-2026.md'), path.join(dir, 'sensor-architecture-2026.md'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    // A FIFO is never opened for a blocking read (the run would hang on it).
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe')]).status).toBe(0);
    const { report, subject } = json([aegis, '--evidence', dir]);
    expect(problemsOf(report, 'evidence-outside')).toHaveLength(1);
    expect(problemsOf(report, 'evidence-unreadable').map((p) => p.message)).toEqual([expect.stringMatching(/not a regular file/)]);
    expect(control(subject, 'KDUS-EH-01').assurance).toBe('linked');
    const none = json([aegis, '--evidence', path.join(dir, 'nope')]);
    expect(problemsOf(none.report, 'evidence-dir')[0]!.message).toMatch(/--evidence needs a folder/);
    expect(none.code).toBe(2);
  });
});

describe('evidence entries are checked', () => {
  const sound = 'cf05a1afc59ded06c30e967645343d725e2e3b31eee0b995990c5ef575da839b';

  it('placeholder digests back nothing and are reported at the digest', () => {
    const file = withEvidence(
      'evidence-placeholder',
      [
        ['/updateChannels', '0'.repeat(64)],
        ['/components', 'a'.repeat(64)],
        ['/recovery', '0123456789abcdef'.repeat(4)],
        ['/telemetry', 'deadbeef'.repeat(8)],
      ]
        .map(([claim, sha]) => `  - claim: ${claim}\n    url: "https://ringfence.dev/e${claim}.md"\n    sha256: "${sha}"\n`)
        .join(''),
    );
    const { report, subject, code } = json([file]);
    const digests = problemsOf(report, 'evidence-digest');
    expect(digests.map((p) => p.pointer)).toEqual([0, 1, 2, 3].map((i) => `/evidence/${i}/sha256`));
    for (const p of digests) expect(p.severity).toBe('warning');
    expect(digests[0]!.message).toMatch(/placeholder SHA-256/);
    expect(digests[3]!.message).toMatch(/deadbeef repeated/);
    expect(digests[0]!.range).toMatchObject({ startLine: lineOf(file, '"0000'), startColumn: 5 });
    expect(subject.assurance).toBe('declared');
    expect(subject.linkedCoverage).toBe(0);
    // They are warnings (nothing kept the document from being evaluated); what gates is the overclaim: the manifest
    // declares evidence_linked, and KDUS-TR-05, a critical control, fails.
    expect(control(subject, 'KDUS-TR-05').status).toBe('fail');
    expect(code).toBe(1);
  });

  it('a digest of the wrong length is a schema error (the document is not graded) and backs nothing', () => {
    const file = withEvidence('evidence-short', `  - claim: /customerControls\n    url: "https://ringfence.dev/a.md"\n    sha256: "abc"\n`);
    const { report, subject, code } = json([file]);
    expect(problemsOf(report, 'evidence-digest')[0]!.message).toMatch(/"abc" is not a SHA-256/);
    expect(problemsOf(report, 'schema')).toHaveLength(1);
    expect(subject.grade).toBe('not graded');
    expect(control(subject, 'KDUS-CC-01').assurance).toBe('declared');
    expect(code).toBe(2);
  });

  it.each([
    ['http://vendor-docs.net/a.pdf', /is not https/],
    ['https://localhost/a.pdf', /localhost/],
    ['https://127.0.0.1/a.pdf', /loopback/],
    ['https://10.1.2.3/a.pdf', /private address/],
    ['https://[::1]/a.pdf', /loopback/],
    ['https://docs.example.com/a.pdf', /reserved host name \(\.example\.com/],
    ['https://vendor.example/a.pdf', /reserved host name \(\.example;/],
    ['https://vendor.test/a.pdf', /reserved host name/],
    ['https://intranet/a.pdf', /single-label host/],
  ])('a URL no reader can fetch (%s) is a warning and links nothing', (url, why) => {
    const file = withEvidence('evidence-url', `  - claim: /updateChannels\n    url: "${url}"\n    sha256: ${sound}\n`);
    const { report, subject } = json([file]);
    const [p] = problemsOf(report, 'evidence-url');
    expect(p).toMatchObject({ severity: 'warning', pointer: '/evidence/0/url' });
    expect(p!.message).toMatch(why);
    expect(p!.range!.startLine).toBe(lineOf(file, `url: "${url}"`));
    expect(control(subject, 'KDUS-SR-01').assurance).toBe('declared');
  });

  it('a claim pointer that resolves to nothing is reported at the claim; the whole document is no claim', () => {
    const file = withEvidence(
      'evidence-dangling',
      `  - claim: /updateChannels/9/rollout\n    url: "https://ringfence.dev/a.md"\n    sha256: ${sound}\n` +
        `  - claim: /nosuchfield\n    url: "https://ringfence.dev/b.md"\n    sha256: ${sound}\n` +
        `  - claim: ""\n    url: "https://ringfence.dev/c.md"\n    sha256: ${sound}\n`,
    );
    const { report, subject } = json([file]);
    const claims = problemsOf(report, 'evidence-claim');
    expect(claims.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '/evidence/0/claim'],
      ['warning', '/evidence/1/claim'],
      ['warning', '/evidence/2/claim'],
    ]);
    expect(claims[0]!.message).toMatch(/"\/updateChannels\/9\/rollout" points at nothing in this document/);
    expect(claims[0]!.range!.startLine).toBe(lineOf(file, '/updateChannels/9/rollout'));
    expect(subject.assurance).toBe('declared');
    expect(subject.linkedCoverage).toBe(0);
  });

  it('an entry that backs no claim a control reads is reported; an entry that covers a claim is linked', () => {
    const file = withEvidence('evidence-unused', `  - claim: /metadata/manifestDate\n    url: "https://ringfence.dev/a.md"\n    sha256: ${sound}\n  - claim: /components\n    url: "https://ringfence.dev/b.md"\n    sha256: ${sound}\n`);
    const { report, subject } = json([file]);
    expect(problemsOf(report, 'evidence-unused').map((p) => p.pointer)).toEqual(['/evidence/0/claim']);
    expect(control(subject, 'KDUS-EH-01').assurance).toBe('linked');
    expect(control(subject, 'KDUS-SR-01').assurance).toBe('declared');
  });
});

describe('a manifest with thousands of evidence entries', () => {
  it('lists at most 100 evidence problems per document and 100 entries per control, and counts the rest', () => {
    const sha = (i: number) => createHash('sha256').update(String(i)).digest('hex');
    const dangling = Array.from({ length: 300 }, (_, i) => `  - claim: /components/0/nosuch${i}\n    url: "https://ringfence.dev/d${i}.md"\n    sha256: ${sha(i)}\n`).join('');
    const covering = Array.from({ length: 150 }, (_, i) => `  - claim: /components/0\n    url: "https://ringfence.dev/c${i}.md"\n    sha256: ${sha(1000 + i)}\n`).join('');
    const { report, subject } = json([withEvidence('evidence-many', dangling + covering)]);
    const evidenceProblems = report.problems.filter((p) => p.code.startsWith('evidence-'));
    expect(evidenceProblems).toHaveLength(101);
    expect(evidenceProblems.at(-1)!.message).toMatch(/^and 200 more evidence problems in this document \(at most 100 are listed\)/);
    const eh01 = control(subject, 'KDUS-EH-01');
    expect(eh01.evidence).toHaveLength(100);
    expect(eh01.evidenceOmitted).toBe(50);
  });
});

describe('a manifest cannot declare more assurance than its evidence backs (KDUS-TR-05)', () => {
  it('the exemplary manifest with its links deleted, still declaring third_party_verified, is capped and told why', () => {
    const file = aegisVariant('overclaim', (t) => t.slice(0, t.indexOf('\nevidence:\n') + 1).replace(/^  assurance: .*$/m, '  assurance: third_party_verified'));
    const { subject, code } = json([file]);
    const tr04 = control(subject, 'KDUS-TR-05');
    expect(tr04.status).toBe('fail');
    expect(tr04.findings[0]!.message).toMatch(/declares third_party_verified, but the evidence ringfence could check backs the critical controls only as declared; critical controls backed by nothing: \[KDUS-SR-01, /);
    expect(tr04.findings[0]!.location.region.startLine).toBe(lineOf(file, 'assurance: third_party_verified'));
    expect(subject.assurance).toBe('declared');
    expect(subject.declaredAssurance).toBe('third_party_verified');
    expect(subject.grade).toBe('D');
    expect(subject.cappedBy).toEqual(['KDUS-TR-05']);
    expect(code).toBe(1);
  });

  it('third_party_verified is not reached even with every file verified: no trust policy names a third party', () => {
    const file = aegisVariant('overclaim-verified', (t) => t.replace(/^  assurance: .*$/m, '  assurance: third_party_verified'));
    const { subject } = json([file, '--evidence', aegisEvidence]);
    expect(subject.assurance).toBe('verified');
    expect(control(subject, 'KDUS-TR-05').status).toBe('fail');
  });

  it('the same manifest declaring self_attested, or nothing, is not a finding', () => {
    const honest = json([aegisVariant('honest', (t) => t.slice(0, t.indexOf('\nevidence:\n') + 1).replace(/^  assurance: .*$/m, '  assurance: self_attested'))]);
    expect(control(honest.subject, 'KDUS-TR-05').status).toBe('pass');
    // Honest, and graded on its own word: the grade is held at B until evidence backs it (grading.unbackedCap).
    expect(honest.subject.grade).toBe('B');
    const silent = json([aegisVariant('silent', (t) => t.replace(/^  assurance: .*\n/m, ''))]);
    expect(control(silent.subject, 'KDUS-TR-05').status).toBe('not_applicable');
  });

  it('explain evaluates KDUS-TR-05 on files with the backing computed as check computes it', () => {
    const r = runCli(['explain', 'KDUS-TR-05', aegis, 'examples/vendors/cobalt-remediated.yaml', ...asOf]);
    expect(r.stdout).toMatch(/aegis-exemplary\.yaml: pass/);
    expect(r.stdout).toMatch(/cobalt-remediated\.yaml: fail\n.*declares evidence_linked, but .* only as declared/);
  });

  it('`ringfence init vendor`, unchanged, does not pass: placeholder names, digests and .example hosts are findings', () => {
    const dir = tempDir('init-evidence');
    const file = path.join(dir, 'manifest.yaml');
    expect(runCli(['init', 'vendor', '-o', file]).code).toBe(0);
    const { report, subject, code } = json([file]);
    expect(code).not.toBe(0);
    expect(control(subject, 'KDUS-TR-05').status).toBe('fail');
    expect(['A', 'B', 'C']).not.toContain(subject.grade);
    expect(subject.assurance).toBe('declared');
    const codes = new Set(report.problems.map((p) => p.code));
    for (const c of ['placeholder', 'evidence-digest', 'evidence-url']) expect(codes, c).toContain(c);
    expect(report.problems.find((p) => p.code === 'placeholder' && p.pointer === '/metadata/vendor')!.range!.startLine).toBe(lineOf(file, 'vendor: Example Security Inc.'));
  });
});
