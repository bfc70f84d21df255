import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * The CLI's own trust boundaries: nothing evaluated is never a pass, a report never overwrites or feeds an
 * input, dates are calendar dates, every input problem is reported with exit 2, threads are bounded by cores.
 */
const example = path.join(root, 'examples/vendors/borealis-typical.yaml');
const asOf = ['--as-of', '2026-11-25'];

describe('a run that evaluates nothing', () => {
  it('fails: an empty folder is exit 2 with a message, in every report, and the gate is not passed', () => {
    const dir = tempDir('empty');
    mkdirSync(path.join(dir, 'none'));
    const r = runCli(['check', path.join(dir, 'none'), ...asOf, '--format', `json=${dir}/r.json`, '--format', 'text']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no ringfence document was evaluated');
    expect(r.stdout).toContain('Gate failed');
    const report = JSON.parse(readFileSync(`${dir}/r.json`, 'utf8')) as Report;
    expect(report.gate.passed).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['input-none']);
  });

  it('fails when the only file spells apiVersion otherwise, and passes with --allow-empty when that is expected', () => {
    const dir = tempDir('odd-api');
    writeFileSync(path.join(dir, 'odd.yaml'), 'apiVersion: Ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: X, product: Y }\n');
    expect(runCli(['check', dir, ...asOf]).code).toBe(2);
    const allowed = runCli(['check', dir, ...asOf, '--allow-empty']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Gate passed');
  });

  it('compare with no vendor is exit 2', () => {
    const dir = tempDir('compare-empty');
    expect(runCli(['compare', dir, ...asOf]).code).toBe(2);
  });
});

describe('report files never overwrite or feed the inputs', () => {
  it('refuses a report written over an input, through a symbolic link or a hard link too, and leaves the input whole', () => {
    const dir = tempDir('over-input');
    const input = path.join(dir, 'v.yaml');
    copyFileSync(example, input);
    symlinkSync(input, path.join(dir, 'sym.yaml'));
    linkSync(input, path.join(dir, 'hard.sarif'));
    const before = readFileSync(input, 'utf8');
    for (const target of ['v.yaml', 'sym.yaml', 'hard.sarif', './v.yaml']) {
      const r = runCli(['check', 'v.yaml', ...asOf, '--format', `sarif=${target}`], { cwd: dir });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain(`--format sarif=${target} is an input of this run (v.yaml); ringfence does not overwrite what it reads`);
      expect(readFileSync(input, 'utf8')).toBe(before);
    }
    const compared = runCli(['compare', 'v.yaml', ...asOf, '--format', 'json=v.yaml'], { cwd: dir });
    expect(compared.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses a report with an input ending inside a scanned folder, but not in a hidden folder or with another ending', () => {
    const dir = tempDir('in-scan');
    mkdirSync(path.join(dir, 'vendors'));
    copyFileSync(example, path.join(dir, 'vendors', 'v.yaml'));
    const r = runCli(['check', 'vendors', ...asOf, '--format', 'json=vendors/sub/report.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format json=vendors/sub/report.json would be written inside vendors, which this run scans for inputs');
    expect(runCli(['check', 'vendors', ...asOf, '--format', 'json=vendors/.out/report.json'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', 'vendors', ...asOf, '--format', 'sarif=vendors/report.sarif'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', '.', ...asOf, '--format', 'sarif=report.sarif'], { cwd: path.join(dir, 'vendors') }).code).toBe(1);
  });
});

describe('other input problems are reported, never passed over', () => {
  it('refuses dates that are not on the calendar, in every command that takes one', () => {
    for (const command of [['check', example], ['compare', example], ['explain', 'KDUS-SR-01'], ['attest', example, '--key', 'none.pem']]) {
      const r = runCli([...command, '--as-of', '2026-02-31']);
      expect(r.code, command[0]).toBe(2);
      expect(r.stderr).toContain('--as-of takes a calendar date as YYYY-MM-DD, not "2026-02-31"');
    }
    expect(runCli(['check', example, '--as-of', '2028-02-29', '--fail-on', 'none']).code).toBe(0);
  });

  it('reports a FIFO named like an input inside a scanned folder', () => {
    const dir = tempDir('fifo');
    copyFileSync(example, path.join(dir, 'v.yaml'));
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status).toBe(0);
    const r = runCli(['check', dir, ...asOf, '--fail-on', 'none'], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/pipe\.yaml {2}not a regular file \(a FIFO, socket or device\); skipped \[input-not-file\]/);
    expect(r.stdout).toContain('Borealis');
  });

  it('explain on a file it cannot read is exit 2', () => {
    const r = runCli(['explain', 'KDUS-SR-01', 'no-such-file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no-such-file.yaml');
    expect(runCli(['explain', 'KDUS-SR-01', 'examples/vendors/borealis-typical.yaml', ...asOf]).code).toBe(0);
  });

  it('a usage error quoting the command line is inert on the terminal', () => {
    const r = runCli(['check', example, '--format', '\u001b]8;;https://evil.example\u0007x\u001b[2J']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "\\x1b]8;;https://evil.example\\x07x\\x1b[2J"');
    expect(r.stderr).not.toMatch(/\u001b|\u0007/);
  });

  it('caps --jobs to the cores, and says so', () => {
    const cores = os.availableParallelism();
    const r = runCli(['check', 'examples/vendors', ...asOf, '--jobs', '64', '--fail-on', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`ringfence: --jobs 64 capped to ${cores}, the cores this machine has`);
  });
});
