import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { describedPatterns } from '../../src/load/validate.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * Issue 18 §4: every message a user can get for a mistake in a document, a key or a rule's data is ringfence's own
 * — the YAML path and file:line:column, what is expected, the likely intended value — never the text of the schema
 * validator, the YAML parser or OpenSSL, and never a rule's expression.
 */
const fixtures = 'test/fixtures/error-messages';
const asOf = ['--as-of', '2026-11-25'];

/** `file:line:column message [code]` for every problem of a JSON report of `files`. */
function problems(...files: string[]): string[] {
  const r = runCli(['check', ...files, ...asOf, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  return report.problems.map((p) => `${p.file ?? '(run)'}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''} ${p.message} [${p.code}]`);
}

/** What no message may contain: validator, parser and crypto library text, and expression syntax. */
const foreign = /must match pattern|must NOT|must be equal to|must have required|property name must be valid|must match "then"|routines::|DECODER|error:[0-9A-F]{8}|Missing closing "quote|Implicit keys need|Unexpected , in|\?\?|=>|doc\.|\(none\)|: \[\]/;

describe('schema errors in ringfence\'s words', () => {
  it('a mistyped enum value gets the likely value and the choices (os: Linux, kind: kernel-driver)', () => {
    const f = `${fixtures}/enum-typos.yaml`;
    expect(problems(f)).toEqual([
      `${f}:8:5 platforms[0].os is "Linux"; did you mean "linux"? (expected one of "windows", "linux", "macos") [schema]`,
      `${f}:11:5 components[0].kind is "kernel-driver"; did you mean "kernel_driver"? (expected one of "kernel_driver", "kernel_module", "ebpf_program", "kext", "system_extension", "elam_driver", "user_service") [schema]`,
    ]);
  });

  it('a content category key with a hyphen says what a category name looks like and suggests one', () => {
    const f = `${fixtures}/category-key.yaml`;
    expect(problems(f)).toEqual([
      `${f}:10:7 rings[0].content has the key "detection-rules"; expected a content category name — lower-case letters, digits and "_", starting with a letter (e.g. rapid_response) — or "*" for every other category; did you mean "detection_rules"? [schema]`,
    ]);
  });

  it('each kind of schema rule a document can break reads as a sentence with its YAML path and position', () => {
    const f = `${fixtures}/keywords.yaml`;
    expect(problems(f)).toEqual([
      `${f}:4:1 missing required field "product" of DeploymentMetadata at metadata [schema]`,
      `${f}:6:3 metadata.fleetSize is string "sixty"; expected a whole number [schema]`,
      `${f}:8:7 hostGroups[0].id is "Web Servers"; expected an id: lower-case letters, digits, ".", "_" and "-", starting with a letter or digit; did you mean "web-servers"? [schema]`,
      `${f}:10:5 rings[0].name is empty; give it a value [schema]`,
      `${f}:11:5 rings[0].hostGroups has the same entry twice ([0] and [1]); list each once [schema]`,
      `${f}:12:5 unknown field "colour" of DeploymentRing at rings[0]; expected one of name, description, hostGroups, sensor, content [schema]`,
      `${f}:13:15 rings[0].sensor.pinnedSince is "last week"; expected a date written YYYY-MM-DD [schema]`,
      `${f}:15:5 pairs[0].hostGroups has 1 entry; it needs at least 2 entries [schema]`,
      `${f}:17:3 guardrails.maxZeroDelayGaSharePct is 150; it must be at most 100 [schema]`,
      `${f}:19:3 recovery.fleetRecoveryObjectiveHours is 0; it must be more than 0 [schema]`,
    ]);
  });

  it('a rule\'s `expect` of the wrong form, and a rule that judges the document but has forEach, say what is wrong', () => {
    const dir = tempDir('rule-schema');
    writeFileSync(
      path.join(dir, 'odd-rule.yaml'),
      [
        'name: odd-rule',
        'title: A rule with schema mistakes',
        'appliesTo: VendorManifest',
        'judges: document',
        'forEach: doc.components',
        'assert: "true"',
        'message: m',
        'rationale: r',
        'remediation: r',
        'tests:',
        '  - { name: a, doc: {}, expect: 5 }',
        '',
      ].join('\n'),
    );
    const r = runCli(['test', path.join(dir, 'odd-rule.yaml')]);
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toContain('odd-rule.yaml:1:1: error: the document: a rule that judges the document itself (judges: document) has no forEach, no evidence and no claims: it reads no claim [rule-schema]');
    expect(out).toContain('odd-rule.yaml:11:25: error: tests[0].expect is 5; expected one of "pass", "fail", "not_applicable", "missing_evidence", "error" [rule-schema]');
    expect(out).toContain('odd-rule.yaml:11:25: error: tests[0].expect matches none of the forms it may take (see the errors at the same place) [rule-schema]');
    expect(out).not.toMatch(foreign);
  });

  it('every pattern in every bundled schema has words (no pattern reaches a user as a regular expression)', () => {
    const patterns = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'pattern' && typeof x === 'string') patterns.add(x);
          else walk(x);
        }
      }
    };
    for (const f of readdirSync(path.join(root, 'schemas'))) walk(JSON.parse(readFileSync(path.join(root, 'schemas', f), 'utf8')));
    expect([...patterns].filter((p) => !describedPatterns.includes(p))).toEqual([]);
  });
});

describe('the text report lists a document\'s schema errors before its findings', () => {
  it('under the document\'s heading, in line order, and the Problems list says where they are', () => {
    const f = `${fixtures}/enum-typos.yaml`;
    const r = runCli(['check', f, ...asOf]);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith(`${f} — `));
    expect(lines.slice(head + 1, head + 4)).toEqual([
      '  Not graded: 2 schema errors; the controls below were evaluated as written',
      `    error ${f}:8:5  platforms[0].os is "Linux"; did you mean "linux"? (expected one of "windows", "linux", "macos") [schema]`,
      `    error ${f}:11:5  components[0].kind is "kernel-driver"; did you mean "kernel_driver"? (expected one of "kernel_driver", "kernel_module", "ebpf_program", "kext", "system_extension", "elam_driver", "user_service") [schema]`,
    ]);
    const firstFinding = lines.findIndex((l) => /^ {2}[✖?!] KDUS-/.test(l));
    expect(firstFinding).toBeGreaterThan(head + 3);
    expect(r.stdout).toContain('Problems (2 errors, 0 warnings)\n  2 schema errors are listed above with their documents\n');
  });

  it('the same bytes whether the batch is evaluated in one thread or in workers', () => {
    const dir = tempDir('schema-order');
    for (let i = 0; i < 4; i++) copyFileSync(path.join(root, fixtures, 'enum-typos.yaml'), path.join(dir, `m${i}.yaml`));
    copyFileSync(path.join(root, fixtures, 'keywords.yaml'), path.join(dir, 'd.yaml'));
    const one = runCli(['check', dir, ...asOf, '--jobs', '1']);
    const two = runCli(['check', dir, ...asOf, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.match(/^ {4}error /gm)).toHaveLength(4 * 2 + 10);
  });
});

describe('messages name the YAML path, never a rule\'s expression, and say "not set" and "none"', () => {
  it('a missing value is named by its document path (not `channel.rollout.rings[0].populationPct ?? …`)', () => {
    const f = `${fixtures}/missing-evidence.yaml`;
    const r = runCli(['check', f, ...asOf]);
    expect(r.stdout).toContain(`  ? KDUS-SR-02 critical, level 1 — The first ring is small, internal and representative of every supported platform (missing evidence, −2.5 pts)\n      ${f}:9:5  not declared: updateChannels[0].rollout.rings[0].populationPct\n`);
    expect(r.stdout).toContain(`${f}:2:1  nothing to check: components is not declared or is empty\n`);
    expect(r.stdout).toContain(`${f}:2:1  not declared: platforms, testing.platformMatrix.coveragePct\n`);
  });

  it('a value from the vendor manifest says so', () => {
    const dir = tempDir('vendor-path');
    const vendor = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8').replace(/\n {4}customerNotificationHours: \d+\n/, '\n');
    writeFileSync(path.join(dir, 'vendor.yaml'), vendor);
    const deployment = readFileSync(path.join(root, 'examples/deployments/harbor-bank.yaml'), 'utf8');
    const product = /\n {2}product: (.*)\n/.exec(vendor)![1]!;
    writeFileSync(path.join(dir, 'deployment.yaml'), deployment.replace(/\n {2}product: .*\n/, `\n  product: ${product}\n`).replace(/\n {2}vendor: .*\n/, `\n  vendor: ${/\n {2}vendor: (.*)\n/.exec(vendor)![1]!}\n`));
    const r = runCli(['check', path.join(dir, 'vendor.yaml'), path.join(dir, 'deployment.yaml'), ...asOf]);
    expect(r.stdout).toMatch(/not declared: .*the vendor manifest's transparency\.incidentCommunication\.customerNotificationHours/);
  });

  it('no message of any example, or of the fixtures, shows expression text, (none) or []', () => {
    const files = [...['vendors', 'deployments'].flatMap((d) => readdirSync(path.join(root, 'examples', d)).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${d}/${f}`)), ...readdirSync(path.join(root, fixtures)).map((f) => `${fixtures}/${f}`)];
    const r = runCli(['check', ...files, ...asOf]);
    const offending = r.stdout.split('\n').filter((l) => foreign.test(l));
    expect(offending).toEqual([]);
    expect(r.stdout).toContain('offline runbook: not set (a URL is required)');
    expect(r.stdout).toContain('host groups in no ring: none');
  });

  it('the JSON report keeps declared values raw', () => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf, '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    const declared = report.subjects[0]!.controls.flatMap((c) => c.declared ?? []);
    expect(declared.some((d) => typeof d.value === 'number')).toBe(true);
    expect(declared.some((d) => d.value === 'not set' || d.value === 'none')).toBe(false);
  });
});

describe('YAML and JSON syntax errors say what to fix, at file:line:column', () => {
  it.each([
    ['unclosed-quote.yaml', '5:1 a quoted value is not closed; add the closing " [yaml-syntax]'],
    ['tab-indent.yaml', '4:1 this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces [yaml-syntax]'],
    ['unknown-alias.yaml', '4:11 the alias *vendor names no anchor: no &vendor comes before it in this document; define the anchor first, or write the value out [yaml-syntax]'],
    ['extra-comma.json', "1:61 an extra ',' in a { } mapping; remove it [yaml-syntax]"],
  ])('%s', (name, message) => {
    const f = `${fixtures}/${name}`;
    const r = runCli(['check', f, ...asOf, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.map((p) => `${p.file}:${p.range?.startLine}:${p.range?.startColumn} ${p.message} [${p.code}]`)).toContain(`${f}:${message}`);
  });
});

describe('keys and signatures: one line naming the file and what to do, never OpenSSL text', () => {
  const dir = tempDir('keys');
  runCli(['keygen', '-o', 'signer'], { cwd: dir });
  copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), path.join(dir, 'm.yaml'));
  writeFileSync(path.join(dir, 'garbage.key'), 'not a key\n');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(path.join(dir, 'rsa.key'), rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(path.join(dir, 'rsa.pub'), rsa.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(path.join(dir, 'cut.key'), readFileSync(path.join(dir, 'signer.key'), 'utf8').slice(0, 60));

  it.each([
    ['garbage.key', 'ringfence: garbage.key is not a PEM private key (it should begin with -----BEGIN PRIVATE KEY-----); make a key pair with `ringfence keygen`'],
    ['signer.pub', 'ringfence: signer.pub is a public key; signing needs the private key (the .key file of `ringfence keygen`, not the .pub)'],
    ['rsa.key', 'ringfence: rsa.key is an RSA key; ringfence signs with Ed25519 keys: make a key pair with `ringfence keygen`'],
    ['cut.key', 'ringfence: cut.key looks like a PEM private key but cannot be read (damaged or cut short?); make a key pair with `ringfence keygen`'],
  ])('attest --key %s', (key, message) => {
    const r = runCli(['attest', 'm.yaml', '--key', key, ...asOf, '-o', 'a.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });

  it.each([
    ['garbage.key', 'ringfence: garbage.key is not a PEM public key (it should begin with -----BEGIN PUBLIC KEY-----); use the signer\'s .pub file, as `ringfence keygen` wrote it'],
    ['rsa.pub', 'ringfence: rsa.pub is an RSA key; ringfence verifies Ed25519 signatures: use the signer\'s .pub file, as `ringfence keygen` wrote it'],
  ])('verify --key %s', (key, message) => {
    expect(runCli(['attest', 'm.yaml', '--key', 'signer.key', ...asOf, '-o', 'a.json'], { cwd: dir }).code).toBe(0);
    const r = runCli(['verify', 'a.json', '--key', key], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });

  it('vouch --key with a public key', () => {
    const r = runCli(['vouch', 'm.yaml', '--key', 'signer.pub', '--claim', '/platforms', '--verifier', 'Lab'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ringfence: signer.pub is a public key; signing needs the private key (the .key file of `ringfence keygen`, not the .pub)\n');
  });

  it('a signature that is not base64 is refused, not decoded leniently', () => {
    expect(runCli(['attest', 'm.yaml', '--key', 'signer.key', ...asOf, '-o', 'a.json'], { cwd: dir }).code).toBe(0);
    const envelope = JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')) as { signatures: { sig: string }[] };
    envelope.signatures[0]!.sig = `!!${envelope.signatures[0]!.sig}`;
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(envelope));
    const r = runCli(['verify', 'b.json', '--key', 'signer.pub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✖ not verified: a signature is not base64 text: the attestation was altered or damaged\n');
  });
});
