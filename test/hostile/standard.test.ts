import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * A third-party standard is trusted to decide outcomes for its own controls, and nothing else: it cannot read
 * outside its project (symbolic links included), its texts reach no terminal or report unescaped, and its
 * errors cannot blow up a report.
 */

const kdus = path.join(root, 'standards/kdus/1.1.yaml');
const manifest = 'examples/vendors/borealis-typical.yaml';

/** Terminal escapes (CSI, OSC), bidirectional overrides and isolates, line forging. */
const esc = '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u001b[2J';
const bidi = '\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d';
const mdPayload = '[click](https://evil.example) <img src=x onerror=alert(1)> @everyone | cell';

function hostileStandard(): string {
  const dir = tempDir('hostile-std');
  const q = (s: string) => JSON.stringify(s);
  writeFileSync(
    `${dir}/s.yaml`,
    [
      'id: EVIL',
      'version: 1.0.0',
      `title: ${q(`Evil ${esc}${bidi}`)}`,
      `extends: ${q(kdus)}`,
      'levels:',
      `  - { level: 1, name: ${q(`L1${esc}${bidi}`)} }`,
      `  - { level: 2, name: ${q(`L2${esc}`)} }`,
      `  - { level: 3, name: ${q(`L3${esc}`)} }`,
      'grading:',
      '  bands:',
      `    - { grade: ${q(`A${esc}${bidi}`)}, min: 90 }`,
      `    - { grade: ${q(`D${esc}${bidi}${mdPayload}`)}, min: 0 }`,
      `  criticalCap: ${q(`D${esc}${bidi}${mdPayload}`)}`,
      'overrides:',
      `  KDUS-SR-01: { title: ${q(`Staged ${esc}${bidi}${mdPayload}`)} }`,
    ].join('\n'),
  );
  return `${dir}/s.yaml`;
}

describe('a hostile third-party standard', () => {
  const std = hostileStandard();
  const onlySgr = (out: string) => (out.match(/\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g) ?? []).every((e) => /^\u001b\[[0-9;]*m$/.test(e));

  it('reaches the terminal with its grade names, levels and titles made inert', () => {
    const r = runCli(['check', manifest, '--standard', std, '--as-of', '2026-11-25', '--color']);
    expect(r.stdout).toMatch(/Grade/);
    expect(onlySgr(r.stdout)).toBe(true);
    expect(r.stdout).not.toMatch(/[\u0007\u202a-\u202e\u2066-\u2069]|\u001b\]/);
    expect(r.stdout).toContain('\\x1b]8;;https://evil.example\\x07link');
    const compare = runCli(['compare', manifest, 'examples/vendors/aegis-exemplary.yaml', '--standard', std, '--as-of', '2026-11-25', '--color']);
    expect(compare.stdout).toMatch(/Grade/);
    expect(onlySgr(compare.stdout)).toBe(true);
    expect(compare.stdout).not.toMatch(/[\u0007\u202a-\u202e\u2066-\u2069]|\u001b\]/);
    const explain = runCli(['explain', 'KDUS-SR-01', '--standard', std]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).not.toMatch(/[\u0007\u001b\u202a-\u202e\u2066-\u2069]/);
    const docs = runCli(['docs', std]);
    expect(docs.code).toBe(0);
    expect(docs.stdout).toContain('KDUS-SR-01');
    expect(docs.stdout).not.toMatch(/[\u0007\u001b\u202a-\u202e\u2066-\u2069]/);
  });

  it('cannot reach the terminal through the problems that stop it loading', () => {
    const dir = tempDir('hostile-std-broken');
    writeFileSync(`${dir}/s.yaml`, `id: E\nversion: 1.0.0\ntitle: E\nextends: ${JSON.stringify(`${esc}${bidi}nope.yaml`)}\n`);
    const r = runCli(['check', manifest, '--standard', `${dir}/s.yaml`, '--as-of', '2026-11-25']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:4:\d+: error: cannot extend \\x1b\]8;;https:\/\/evil\.example\\x07link/);
    expect(r.stderr).not.toMatch(/[\u0007\u001b\u202a-\u202e\u2066-\u2069]/);
  });

  it('reaches Markdown escaped, without bidirectional controls', () => {
    for (const args of [
      ['check', manifest, '--standard', std, '--as-of', '2026-11-25', '--format', 'markdown'],
      ['compare', manifest, 'examples/vendors/aegis-exemplary.yaml', '--standard', std, '--as-of', '2026-11-25', '--format', 'markdown'],
    ]) {
      const r = runCli(args);
      expect(r.stdout, args[0]).toMatch(/Grade|grade/);
      expect(r.stdout, args[0]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
      // Escaped with a backslash (\< \| \[), which Markdown reads as the character itself: no tag, link or cell.
      expect(r.stdout, args[0]).not.toMatch(/(?<!\\)<img|\]\(https:|@everyone/);
      expect(r.stdout, args[0]).not.toMatch(/(?<!\\)\| cell/);
    }
  });

  it('reaches HTML with bidirectional controls made visible', () => {
    const r = runCli(['check', manifest, '--standard', std, '--as-of', '2026-11-25', '--format', 'html']);
    expect(r.stdout).toContain('<html');
    expect(r.stdout).not.toMatch(/[\u0007\u001b\u202a-\u202e\u2066-\u2069]|<img src=x/);
  });

  it('cannot read outside its project through a symbolic link (rule folder or extended standard)', () => {
    const dir = tempDir('hostile-symlink');
    const outside = mkdtempSync(path.join(os.tmpdir(), 'ringfence-outside-'));
    mkdirSync(`${outside}/rules`);
    writeFileSync(`${outside}/rules/steal.yaml`, 'name: steal\ntitle: t\nappliesTo: VendorManifest\nassert: "true"\nmessage: m\nrationale: r\nremediation: r\n');
    writeFileSync(`${outside}/base.yaml`, 'id: BASE\nversion: 1.0.0\ntitle: Base\nruleDirs: []\n');
    symlinkSync(`${outside}/rules`, `${dir}/rules`);
    symlinkSync(`${outside}/base.yaml`, `${dir}/base.yaml`);
    writeFileSync(`${dir}/s.yaml`, 'id: E\nversion: 1.0.0\ntitle: E\nruleDirs: [rules]\nareas:\n  - id: A\n    title: A\n    controls:\n      - { id: E-1, rule: steal, severity: low, level: 1 }\n');
    const rules = runCli(['lint-standard', `${dir}/s.yaml`]);
    expect(rules.code).toBe(2);
    expect(rules.stdout).toMatch(/s\.yaml:4:12: error: rule folder \S*rules \(a symbolic link to \S*ringfence-outside-\w+\/rules\) is outside the standard's folder tree/);
    writeFileSync(`${dir}/t.yaml`, 'id: E\nversion: 1.0.0\ntitle: E\nextends: base.yaml\n');
    const base = runCli(['lint-standard', `${dir}/t.yaml`]);
    expect(base.code).toBe(2);
    expect(base.stdout).toMatch(/t\.yaml:4:\d+: error: extended standard \S*base\.yaml \(a symbolic link to \S*ringfence-outside-\w+\/base\.yaml\) is outside the standard's folder tree/);
  });

  it('with a huge invalid pattern, gives capped messages (with the length) and a bounded report', () => {
    const dir = tempDir('hostile-pattern');
    mkdirSync(`${dir}/rules`);
    const pattern = `(${'a'.repeat(300_000)}`;
    writeFileSync(`${dir}/rules/huge-pattern.yaml`, `name: huge-pattern\ntitle: t\nappliesTo: VendorManifest\nassert: matches(doc.metadata.vendor, params.pattern)\nmessage: m\nparams:\n  pattern: "${pattern}"\nrationale: r\nremediation: r\ntests: [{ name: errors, doc: { metadata: { vendor: x } }, expect: error }]\n`);
    writeFileSync(`${dir}/s.yaml`, 'id: E\nversion: 1.0.0\ntitle: E\nruleDirs: [rules]\nareas:\n  - id: A\n    title: A\n    controls:\n      - { id: E-1, rule: huge-pattern, severity: low, level: 1 }\n');
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = runCli(['check', manifest, '--standard', `${dir}/s.yaml`, '--as-of', '2026-11-25', '--format', format]);
      expect(r.code, format).toBe(2);
      // JSON and SARIF carry the rule's parameters (the pattern itself, once, as data); no message repeats it.
      expect(r.stdout.length, format).toBeLessThan((format === 'json' || format === 'sarif' ? pattern.length : 0) + 100_000);
      expect(r.stdout, format).toMatch(/… \(\d[\d,]* characters( in all)?\)/);
    }
  });
});
