import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];

/** A project folder (a repository: it holds .git) with two vendor manifests under vendors/ and the given config. */
function project(name: string, config?: string, file = '.ringfence.yaml'): string {
  const dir = tempDir(name);
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'vendors'));
  copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), path.join(dir, 'vendors/aegis.yaml'));
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(dir, 'vendors/borealis.yaml'));
  if (config !== undefined) writeFileSync(path.join(dir, file), config);
  return dir;
}

function json(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

describe('the config file', () => {
  it('is found upwards from the working folder, named in the text header and in the JSON report (valid against the report schema)', () => {
    const dir = project('cfg-found', 'paths: [vendors]\ngate:\n  fail-on: critical\n');
    mkdirSync(path.join(dir, 'deep/er'), { recursive: true });
    const text = runCli(['check', ...asOf], { cwd: path.join(dir, 'deep/er') });
    expect(text.stdout.split('\n')[0]).toMatch(/ · config \.\.\/\.\.\/\.ringfence\.yaml$/);
    // paths: resolve against the config file's folder, not the working folder.
    expect(text.stdout).toContain('../../vendors/aegis.yaml — ');
    expect(text.stdout).toContain('Gate failed (--fail-on critical)');
    const r = runCli(['check', ...asOf, '-f', 'json'], { cwd: dir });
    const report = json(r.stdout);
    expect(report.tool.config).toEqual({ file: '.ringfence.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.stderr).toBe('ringfence: using the config file .ringfence.yaml\n');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/report.schema.json'), 'utf8')) as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is not looked for above the repository root (the first folder holding .git)', () => {
    const outer = tempDir('cfg-outer');
    writeFileSync(path.join(outer, '.ringfence.yaml'), 'gate:\n  fail-on: none\n');
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(repo, 'borealis.yaml'));
    const r = runCli(['check', 'borealis.yaml', ...asOf, '-f', 'json'], { cwd: repo });
    expect(json(r.stdout).tool.config).toBeUndefined();
    expect(r.code).toBe(1);
  });

  it('of a folder being checked is not read: only the working folder\'s counts', () => {
    const vendorRepo = project('cfg-vendor', 'gate:\n  fail-on: none\n');
    const r = runCli(['check', path.relative(root, vendorRepo), ...asOf, '-f', 'json']);
    expect(json(r.stdout).tool.config).toBeUndefined();
    expect(r.code).toBe(1);
  });

  it('--config names one, --no-config reads none, and both together are a usage error', () => {
    const dir = project('cfg-flag', 'gate:\n  fail-on: none\n');
    writeFileSync(path.join(dir, 'strict.yaml'), 'gate:\n  fail-on: critical\n');
    const named = runCli(['check', 'vendors', ...asOf, '--config', 'strict.yaml', '-f', 'json'], { cwd: dir });
    expect(json(named.stdout).tool.config?.file).toBe('strict.yaml');
    expect(json(named.stdout).gate.failOn).toBe('critical');
    const none = runCli(['check', 'vendors', ...asOf, '--no-config', '-f', 'json'], { cwd: dir });
    expect(json(none.stdout).tool.config).toBeUndefined();
    expect(json(none.stdout).gate.failOn).toBe('high');
    const both = runCli(['check', 'vendors', '--config', 'strict.yaml', '--no-config'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('ringfence: --config and --no-config cannot be used together\n');
    const missing = runCli(['check', 'vendors', '--config', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toMatch(/^ringfence: nope\.yaml: error: .*\[config-unreadable\]$/);
  });

  it.each([
    ['an unknown key, with the likely meaning', 'paths: [vendors]\ngate:\n  fail-on: high\n  min-scor: 70\n', 'ringfence: .ringfence.yaml:4:3: error: unknown field "min-scor" of Gate at gate; did you mean "min-score"? [config-invalid]'],
    ['an unknown top-level key', 'standrd: kdus\n', 'ringfence: .ringfence.yaml:1:1: error: unknown field "standrd" of RingfenceConfig at the document; did you mean "standard"? [config-invalid]'],
    ['a value outside its choices', 'gate:\n  fail-on: hihg\n', 'ringfence: .ringfence.yaml:2:3: error: gate["fail-on"] is "hihg"; did you mean "high"? (expected one of "critical", "high", "medium", "low", "none") [config-invalid]'],
    ['an unknown bundled standard', 'standard: kdsu\n', 'ringfence: .ringfence.yaml:1:1: error: unknown standard "kdsu"; did you mean "kdus"?; bundled: kdus (1.1), kdus-ci (= kdus-critical-infrastructure), kdus-critical-infrastructure (1.1); a standard file is named as a path (with a / or a .yaml ending) [config-invalid]'],
    ['an ignore pattern the matcher refuses', 'ignore: ["+(a|b)"]\n', 'ringfence: .ringfence.yaml:1:10: error: ignore pattern "+(a|b)": extglob patterns such as +(…) are not supported; use *, ?, [...] and {a,b} (at character 1) [config-invalid]'],
    ['two formats on standard output', 'formats:\n  text: "-"\n  json:\n', 'ringfence: .ringfence.yaml:3:3: error: only one format can go to standard output (text and json do); give the others a file [config-invalid]'],
    ['YAML that does not parse', 'gate: [\n', /^ringfence: \.ringfence\.yaml:\d+:\d+: error: .*\[yaml-syntax\]$/],
  ])('%s is an exit-2 error at file:line:column, and nothing is evaluated', (_name, config, first) => {
    const dir = project('cfg-bad', config);
    const r = runCli(['check', 'vendors', ...asOf], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    if (typeof first === 'string') expect(lines[0]).toBe(first);
    else expect(lines[0]).toMatch(first);
    expect(lines.at(-1)).toBe('ringfence: the config file .ringfence.yaml could not be used; nothing was evaluated (--no-config ignores it)');
  });

  it('writes reports only inside its own folder: not above it, not through a committed symbolic link', () => {
    const dir = project('cfg-write', 'formats:\n  sarif: ../escaped.sarif\n');
    const up = runCli(['check', 'vendors'], { cwd: dir });
    expect(up.code).toBe(2);
    expect(up.stderr.split('\n')[0]).toBe(
      `ringfence: .ringfence.yaml:2:3: error: sarif: "../escaped.sarif" is outside it; a config file writes reports only inside its own folder (.); to write elsewhere, give --format sarif=FILE on the command line [config-invalid]`,
    );
    const elsewhere = tempDir('cfg-elsewhere');
    symlinkSync(elsewhere, path.join(dir, 'out'));
    writeFileSync(path.join(dir, '.ringfence.yaml'), 'formats:\n  sarif: out/r.sarif\n');
    const link = runCli(['check', 'vendors'], { cwd: dir });
    expect(link.code).toBe(2);
    expect(link.stderr.split('\n')[0]).toBe(
      `ringfence: .ringfence.yaml:2:3: error: sarif: "out/r.sarif" leads outside it through a symbolic link; a config file writes reports only inside its own folder (.); to write elsewhere, give --format sarif=FILE on the command line [config-invalid]`,
    );
    expect(existsSync(path.join(elsewhere, 'r.sarif'))).toBe(false);
    // The command line may write anywhere: it is the runner's own.
    const cli = runCli(['check', 'vendors', ...asOf, '--no-config', '-f', 'sarif', '-o', 'out/r.sarif'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(existsSync(path.join(elsewhere, 'r.sarif'))).toBe(true);
  });

  it('both .ringfence.yaml and .ringfence.yml in one folder is an error', () => {
    const dir = project('cfg-two', 'gate:\n  fail-on: none\n');
    writeFileSync(path.join(dir, '.ringfence.yml'), 'gate:\n  fail-on: critical\n');
    const r = runCli(['check', 'vendors'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ringfence: .ringfence.yaml: error: both .ringfence.yaml and .ringfence.yml are in .; keep one [config-ambiguous]\n');
  });

  it('.ringfence.yml is read too; an empty file sets nothing', () => {
    const dir = project('cfg-yml', '# nothing yet\n', '.ringfence.yml');
    const r = runCli(['check', 'vendors', ...asOf, '-f', 'json'], { cwd: dir });
    expect(json(r.stdout).tool.config?.file).toBe('.ringfence.yml');
    expect(json(r.stdout).gate.failOn).toBe('high');
  });

  it('cannot weaken a gate set on the command line: any gate option sets the whole gate: section aside, and says so', () => {
    const dir = project('cfg-gate', 'gate:\n  fail-on: none\n  min-score: 10\n');
    const r = runCli(['check', 'vendors', ...asOf, '--fail-on', 'critical', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const gate = json(r.stdout).gate;
    expect(gate.failOn).toBe('critical');
    expect(gate.minScore).toBeUndefined();
    expect(r.stderr).toBe('ringfence: the gate in .ringfence.yaml is not used: the command line sets one (--fail-on)\nringfence: using the config file .ringfence.yaml\n');
    // --min-score alone also sets the file's fail-on aside: the default (high) applies.
    const score = runCli(['check', 'vendors', ...asOf, '--min-score', '0', '-f', 'json'], { cwd: dir });
    expect(json(score.stdout).gate.failOn).toBe('high');
    expect(score.code).toBe(1);
  });

  it('fail-on: none from the config file is stated, even with --quiet', () => {
    const dir = project('cfg-none', 'gate:\n  fail-on: none\n');
    const r = runCli(['check', 'vendors', ...asOf, '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ringfence: warning: .ringfence.yaml:2:3: the config file sets fail-on: none, so no failing control fails the gate\n');
  });

  it('fail-on-new in the config without a baseline is a usage error naming the file', () => {
    const dir = project('cfg-new', 'gate:\n  fail-on-new: true\n');
    const r = runCli(['check', 'vendors'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ringfence: .ringfence.yaml: gate fail-on-new needs a baseline (baseline: FILE in the config, or --baseline FILE)\n');
  });

  it('sets standard, formats (with files), waivers and baseline, relative to its folder; flags override them', () => {
    const dir = project('cfg-all');
    mkdirSync(path.join(dir, 'policy'));
    writeFileSync(
      path.join(dir, 'policy/waivers.yaml'),
      'apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n  - control: KDUS-SR-02\n    documents: "**/aegis.yaml"\n    reason: Accepted while the vendor fixes it under contract.\n    owner: procurement@example.org\n    expires: 2027-06-30\n',
    );
    writeFileSync(path.join(dir, 'policy/.ringfence.yaml'), 'standard: kdus-ci\npaths: [../vendors]\nwaivers: [waivers.yaml]\nformats:\n  json: out/report.json\n  text: "-"\n');
    const r = runCli(['check', ...asOf, '--config', 'policy/.ringfence.yaml'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toContain('KDUS-CI 1.1.0');
    const report = json(readFileSync(path.join(dir, 'policy/out/report.json'), 'utf8'));
    expect(report.standard.id).toBe('KDUS-CI');
    expect(report.waivers.map((w) => [w.file, w.control, w.matched > 0])).toEqual([['policy/waivers.yaml', 'KDUS-SR-02', true]]);
    expect(report.subjects.map((s) => s.file)).toEqual(['vendors/aegis.yaml', 'vendors/borealis.yaml']);
    // The command line wins: its standard, its format, its paths and its waivers (none of the file's).
    const over = runCli(['check', 'vendors/aegis.yaml', ...asOf, '--config', 'policy/.ringfence.yaml', '--standard', 'kdus', '-f', 'json', '--waivers', 'policy/waivers.yaml'], { cwd: dir });
    const o = json(over.stdout);
    expect(o.standard.id).toBe('KDUS');
    expect(o.subjects.map((s) => s.file)).toEqual(['vendors/aegis.yaml']);
  });

  it('without paths on the command line or in the config, check says how to give them', () => {
    const dir = project('cfg-nopaths', 'gate:\n  fail-on: high\n');
    const r = runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ringfence: check needs files or directories to check, e.g. `ringfence check examples/` (or paths: in .ringfence.yaml)\n');
  });

  it('is named in the Markdown and HTML reports too', () => {
    const dir = project('cfg-md', 'paths: [vendors]\n');
    expect(runCli(['check', ...asOf, '-f', 'markdown'], { cwd: dir }).stdout).toMatch(/standard digest `sha256:[0-9a-f]{12}…` · config file \.ringfence\.yaml\n/);
    expect(runCli(['check', ...asOf, '-f', 'html'], { cwd: dir }).stdout).toContain('<dt>Config file</dt><dd><code>.ringfence.yaml</code></dd>');
  });

  it('check --help documents every new option', () => {
    const help = runCli(['check', '--help']).stdout;
    for (const option of ['-o, --output FILE', '-c, --config FILE', '--no-config', '--ignore PATTERN', '--no-ignore', '-q, --quiet', '-s, --standard NAME|FILE']) expect(help).toContain(option);
  });

  it('`ringfence init config` writes a template that is a valid config', () => {
    const dir = project('cfg-init');
    mkdirSync(path.join(dir, 'deployments'));
    copyFileSync(path.join(root, 'examples/deployments/smallco.yaml'), path.join(dir, 'deployments/smallco.yaml'));
    const init = runCli(['init', 'config', '-o', '.ringfence.yaml'], { cwd: dir });
    expect(init.code).toBe(0);
    const r = runCli(['check', ...asOf], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/ · config \.ringfence\.yaml$/);
    expect(existsSync(path.join(dir, 'ringfence.sarif'))).toBe(true);
    const bad = runCli(['init', 'conf']);
    expect(bad.stderr).toBe('ringfence: init needs "vendor", "deployment", "config" or "overlay" (not "conf"), e.g. `ringfence init vendor -o manifest.yaml` or `ringfence init config -o .ringfence.yaml`\n');
  });

  it('its schema is printed by `ringfence schema RingfenceConfig`', () => {
    const r = runCli(['schema', 'RingfenceConfig']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('RingfenceConfig');
  });
});

describe('ignore patterns', () => {
  it('the config\'s ignore: leaves files and folders out of folder expansion, and the report says how many', () => {
    const dir = project('ign-cfg', 'ignore: ["vendors/bor*"]\n');
    const r = runCli(['check', 'vendors', ...asOf, '-f', 'json'], { cwd: dir });
    const report = json(r.stdout);
    expect(report.subjects.map((s) => s.file)).toEqual(['vendors/aegis.yaml']);
    expect(report.problems).toContainEqual({
      severity: 'warning',
      code: 'input-ignored',
      file: '.ringfence.yaml',
      message: 'its ignore patterns left 1 file or folder out of the folders checked: "vendors/bor*" (1); --no-ignore checks them',
    });
  });

  it('--ignore adds patterns relative to the working folder; a folder pattern leaves out everything in it', () => {
    const dir = project('ign-cli');
    const r = runCli(['check', '.', ...asOf, '-f', 'json', '--ignore', 'vendors'], { cwd: dir });
    expect(json(r.stdout).subjects).toEqual([]);
    expect(r.code).toBe(2);
    const deep = runCli(['check', '.', ...asOf, '-f', 'json', '--ignore', '**/aegis.yaml'], { cwd: dir });
    expect(json(deep.stdout).subjects.map((s) => s.file)).toEqual(['vendors/borealis.yaml']);
  });

  it('a file named on the command line that matches is skipped with a warning (as ESLint does); --no-ignore checks it', () => {
    const dir = project('ign-explicit', 'ignore: ["vendors/aegis.yaml"]\n');
    const r = runCli(['check', 'vendors/aegis.yaml', 'vendors/borealis.yaml', ...asOf, '-f', 'json'], { cwd: dir });
    const report = json(r.stdout);
    expect(report.subjects.map((s) => s.file)).toEqual(['vendors/borealis.yaml']);
    expect(report.problems).toContainEqual({
      severity: 'warning',
      code: 'input-ignored',
      file: 'vendors/aegis.yaml',
      message: 'ignored because of a matching ignore pattern ("vendors/aegis.yaml" from .ringfence.yaml); use --no-ignore to check it',
    });
    const text = runCli(['check', 'vendors/aegis.yaml', ...asOf], { cwd: dir });
    expect(text.stdout).toContain('warning vendors/aegis.yaml  ignored because of a matching ignore pattern ("vendors/aegis.yaml" from .ringfence.yaml); use --no-ignore to check it [input-ignored]');
    const all = runCli(['check', 'vendors/aegis.yaml', ...asOf, '-f', 'json', '--no-ignore'], { cwd: dir });
    expect(json(all.stdout).subjects.map((s) => s.file)).toEqual(['vendors/aegis.yaml']);
  });

  it.each([
    [['--ignore', '@(x)'], 'ringfence: --ignore "@(x)": extglob patterns such as @(…) are not supported; use *, ?, [...] and {a,b} (at character 1)'],
    [['--ignore', 'x', '--no-ignore'], 'ringfence: --ignore and --no-ignore cannot be used together'],
  ])('%j is a usage error', (args, message) => {
    const r = runCli(['check', 'examples/vendors', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });
});

describe('-o/--output', () => {
  it('writes the single format asked for (text when none is) to the file', () => {
    const dir = tempDir('out');
    const sarif = path.join(dir, 'out.sarif');
    const r = runCli(['check', 'examples/vendors/borealis-typical.yaml', ...asOf, '-f', 'sarif', '-o', sarif]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
    const txt = path.join(dir, 'out.txt');
    runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf, '--output', txt]);
    expect(readFileSync(txt, 'utf8')).toMatch(/^ringfence /);
  });

  it.each([
    [['-f', 'sarif', '-f', 'json', '-o', 'x.out'], 'ringfence: -o/--output names the file of a single format; with 2 formats, give each its own file: --format sarif=FILE --format json=FILE'],
    [['-f', 'sarif=a.sarif', '-o', 'x.out'], 'ringfence: --format sarif=a.sarif already names its file; leave out -o/--output x.out'],
    [['-o', ''], 'ringfence: -o/--output needs a file name'],
    [['-o'], 'ringfence: --output needs a value'],
    [['--fail-on', 'hihg'], 'ringfence: --fail-on takes one of critical, high, medium, low, none, not "hihg"; did you mean "high"?'],
  ])('%j is a usage error', (args, message) => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });
});

describe('compare -o', () => {
  it('writes the one format to the file; several formats are a usage error', () => {
    const file = path.join(tempDir('cmp-out'), 'cmp.md');
    const r = runCli(['compare', 'examples/vendors', ...asOf, '-f', 'markdown', '-o', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^## ringfence compare · KDUS 1\.1\.0\n/);
    const two = runCli(['compare', 'examples/vendors', '-f', 'markdown', '-f', 'json', '-o', file]);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('ringfence: -o/--output names the file of a single format; with 2 formats, give each its own file: --format markdown=FILE --format json=FILE\n');
  });
});

describe('--quiet', () => {
  it('prints nothing when the gate passes', () => {
    const r = runCli(['check', 'examples/vendors', ...asOf, '--fail-on', 'none', '--quiet', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('prints only the documents that fail the gate, their failing controls, error problems and the failed gate', () => {
    const dir = project('quiet');
    writeFileSync(path.join(dir, 'vendors/broken.yaml'), 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: [\n');
    const full = runCli(['check', 'vendors', ...asOf, '--fail-on', 'critical'], { cwd: dir });
    const r = runCli(['check', 'vendors', ...asOf, '--fail-on', 'critical', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out.split('\n')[0]).toMatch(/^ringfence \S+ · KDUS 1\.1\.0 /);
    expect(out).not.toMatch(/Backing:|Controls: |█|Waivers|Gate passed/);
    // Every control line shown is a critical one (the --fail-on threshold); the full report shows high ones too.
    const shownControls = out.split('\n').filter((l) => l.startsWith('  ✖ '));
    expect(shownControls.length).toBeGreaterThan(0);
    expect(shownControls.every((l) => /^ {2}✖ \S+ critical, /.test(l))).toBe(true);
    expect(full.stdout.split('\n').some((l) => /^ {2}✖ \S+ high, /.test(l))).toBe(true);
    expect(out).toMatch(/\n {2}error vendors\/broken\.yaml:\d+:\d+ {2}.*\[yaml-syntax\]\n/);
    expect(out).toContain('\nGate failed (--fail-on critical)\n');
    expect(out.length).toBeLessThan(full.stdout.length);
  });
});
