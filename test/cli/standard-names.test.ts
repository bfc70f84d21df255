import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const bundled = 'bundled: kdus (1.1), kdus-ci (= kdus-critical-infrastructure), kdus-critical-infrastructure (1.1)';

/** Bundled standards by name: `--standard kdus-ci`, `kdus@1.1`, in every command that takes a standard. */
describe('bundled standards by name', () => {
  it.each([
    ['kdus', 'KDUS'],
    ['kdus@1.1', 'KDUS'],
    ['kdus-ci', 'KDUS-CI'],
    ['KDUS-CI', 'KDUS-CI'],
    ['kdus-critical-infrastructure@1.1', 'KDUS-CI'],
  ])('check --standard %s evaluates %s', (name, id) => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', ...asOf, '--standard', name, '-f', 'json']);
    expect((JSON.parse(r.stdout) as Report).standard.id).toBe(id);
  });

  it.each([
    [['check', 'examples/vendors', '--standard', 'kdsu'], `ringfence: unknown standard "kdsu"; did you mean "kdus"?; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
    [['check', 'examples/vendors', '--standard', 'kdus-cj'], `ringfence: unknown standard "kdus-cj"; did you mean "kdus-ci"?; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
    [['check', 'examples/vendors', '--standard', 'kdus@9.9'], 'ringfence: standard kdus has no bundled version "9.9"; bundled: 1.1'],
    [['compare', 'examples/vendors', '--standard', 'iso27001'], `ringfence: unknown standard "iso27001"; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
    [['explain', 'KDUS-CU-01', '-s', 'kdsu'], `ringfence: unknown standard "kdsu"; did you mean "kdus"?; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
    [['docs', 'kdsu'], `ringfence: unknown standard "kdsu"; did you mean "kdus"?; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
    [['lint-standard', 'kdsu'], `ringfence: unknown standard "kdsu"; did you mean "kdus"?; ${bundled}; a standard file is named as a path (with a / or a .yaml ending)`],
  ])('%j: an unknown name is a usage error listing the bundled ones', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });

  it('explain, docs, lint-standard and compare take names', () => {
    expect(runCli(['explain', 'KDUS-TH-05', '--standard', 'kdus-ci']).stdout).toMatch(/severity critical/);
    expect(runCli(['explain', 'KDUS-TH-05', '--standard', 'kdus']).stdout).toMatch(/severity high/);
    expect(runCli(['docs', 'kdus-ci']).stdout).toContain('KDUS-CI');
    expect(runCli(['lint-standard', 'kdus-ci']).stdout).toMatch(/^KDUS-CI 1\.1\.0 \(extends /m);
    const cmp = runCli(['compare', 'examples/vendors', ...asOf, '--standard', 'kdus-ci', '-f', 'json']);
    expect((JSON.parse(cmp.stdout) as { report: Report }).report.standard.id).toBe('KDUS-CI');
  });

  it('a bare name is always the bundled standard, even with a file of that name here; ./name is the file', () => {
    const dir = tempDir('std-shadow');
    writeFileSync(path.join(dir, 'kdus'), 'id: LENIENT\n');
    const vendor = path.resolve('examples/vendors/aegis-exemplary.yaml');
    const r = runCli(['check', vendor, ...asOf, '--standard', 'kdus', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as Report).standard.id).toBe('KDUS');
    expect(r.stderr).toBe('ringfence: --standard kdus is the bundled standard kdus@1.1; the file "kdus" here is not used (name it ./kdus to use it)\n');
    const local = runCli(['check', vendor, ...asOf, '--standard', './kdus'], { cwd: dir });
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/^ringfence: kdus:/);
  });
});
