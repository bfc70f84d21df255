import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/** Runs one of the action's steps as GitHub would: inputs as INPUT_* variables, files for outputs and summary. */
function step(script: string, env: Record<string, string>) {
  const dir = tempDir('action');
  const output = `${dir}/output`;
  const summary = `${dir}/summary.md`;
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const r = spawnSync(process.execPath, [path.join(root, 'dist/src/cli', script)], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: dir, GITHUB_ACTIONS: 'true', ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8'), dir };
}

describe('the GitHub Action', () => {
  it('action.yml wires every input into the check step and runs the built scripts', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: { id?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
    };
    expect(action.runs.using).toBe('composite');
    const check = action.runs.steps.find((s) => s.id === 'check')!;
    expect(check.run).toBe('node "$GITHUB_ACTION_PATH/action/dist/github-action.js"');
    for (const name of Object.keys(action.inputs).filter((n) => n !== 'upload-sarif')) {
      expect(check.env![`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
    }
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!['sarif_file']).toBe('${{ steps.check.outputs.sarif-file }}');
    for (const o of ['score', 'grade', 'level', 'gate']) expect(action.outputs[o]!.value).toBe(`\${{ steps.check.outputs.${o} }}`);
  });

  it('writes SARIF, the job summary and the outputs, and leaves the gate to the last step', () => {
    const sarif = 'test/.tmp/action.sarif';
    const r = step('github-action.js', { 'INPUT_PATHS': 'examples/vendors/borealis-typical.yaml examples/vendors/aegis-exemplary.yaml', 'INPUT_SARIF-FILE': sarif, 'INPUT_AS-OF': '2026-11-25' });
    expect(r.code).toBe(0);
    const report = JSON.parse(runCli(['check', 'examples/vendors/borealis-typical.yaml', '--as-of', '2026-11-25', '--format', 'json']).stdout) as Report;
    const borealis = report.subjects[0]!;
    expect(r.outputs).toMatchObject({ 'exit-code': '1', gate: 'failed', score: String(borealis.score), grade: borealis.grade, level: '0', documents: '2', 'sarif-file': sarif });
    expect(r.summary).toMatch(/^## ringfence · KDUS 1\.1\.0 — ❌ gate failed/);
    expect(r.summary).toContain('| `examples/vendors/aegis-exemplary.yaml`');
    expect(JSON.parse(readFileSync(path.join(root, sarif), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    const gate = step('github-action-gate.js', { RINGFENCE_EXIT_CODE: r.outputs['exit-code']!, RINGFENCE_GATE: r.outputs['gate']! });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::error::ringfence: the gate failed/);
  });

  it('passes the gate and exits 0 when every control at or above fail-on passes', () => {
    const r = step('github-action.js', { 'INPUT_PATHS': 'examples/vendors/aegis-exemplary.yaml', 'INPUT_SARIF-FILE': 'test/.tmp/action-pass.sarif', 'INPUT_AS-OF': '2026-11-25' });
    expect(r.outputs).toMatchObject({ 'exit-code': '0', gate: 'passed', grade: 'A', level: '3' });
    expect(step('github-action-gate.js', { RINGFENCE_EXIT_CODE: '0', RINGFENCE_GATE: 'passed' }).code).toBe(0);
  });

  it('turns input problems into workflow annotations with file and line', () => {
    const dir = tempDir('action-bad');
    writeFileSync(`${dir}/bad.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: X, product: Y, colour: red }\n');
    const file = path.relative(root, `${dir}/bad.yaml`);
    const r = step('github-action.js', { INPUT_PATHS: file, 'INPUT_SARIF-FILE': `${dir}/out.sarif` });
    expect(r.outputs['gate']).toBe('error');
    expect(r.stdout).toContain(`::error file=${file},line=3,col=36::unknown field "colour"`);
  });

  it('never lets a path become an option: a path starting with "-" is refused, and -- ends the options', () => {
    const dir = tempDir('action-dash');
    writeFileSync(`${dir}/lenient.yaml`, 'not a standard');
    const r = step('github-action.js', { INPUT_PATHS: `examples/vendors/borealis-typical.yaml --standard=${dir}/lenient.yaml --format=json=${dir}/anywhere.json`, 'INPUT_SARIF-FILE': `${dir}/out.sarif` });
    expect(r.outputs).toMatchObject({ gate: 'error', 'exit-code': '2' });
    expect(r.stdout).toMatch(/^::error::ringfence: refusing paths that start with "-" \("--standard=.*lenient\.yaml", "--format=json=.*anywhere\.json"\)/m);
    expect(existsSync(`${dir}/anywhere.json`)).toBe(false);
    const waiver = step('github-action.js', { INPUT_PATHS: 'examples/vendors/borealis-typical.yaml', INPUT_WAIVERS: '--fail-on=none', 'INPUT_SARIF-FILE': `${dir}/out2.sarif` });
    expect(waiver.outputs['gate']).toBe('error');
  });

  it('echoes what vendors and file names control only while workflow commands are stopped', () => {
    const dir = tempDir('action-commands');
    const name = '::warning title=forged::x.yaml';
    copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(dir, name));
    writeFileSync(path.join(dir, 'bad.yaml'), 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: "::error::forged", product: Y, colour: red }\n');
    const r = step('github-action.js', { INPUT_PATHS: path.relative(root, dir), 'INPUT_SARIF-FILE': `${dir}/out.sarif`, 'INPUT_AS-OF': '2026-11-25' });
    const lines = r.stdout.split('\n');
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    expect(stop).toBeGreaterThanOrEqual(0);
    const token = lines[stop]!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const resume = lines.indexOf(`::${token}::`);
    expect(resume).toBeGreaterThan(stop);
    // The text report names the file; it is echoed between the two.
    expect(lines.slice(stop + 1, resume).join('\n')).toContain(name);
    // Outside them, only the action's own annotations, each with its data escaped.
    for (const line of [...lines.slice(0, stop), ...lines.slice(resume + 1)].filter((l) => l.startsWith('::'))) expect(line).toMatch(/^::(error|warning)( file=[^:]*)?::/);
    expect(r.stdout).not.toMatch(/^::warning title=forged/m);
  });

  it('shards: each shard job writes its part (no SARIF, no gate), and a merge job reports, uploads and gates the run as one check would', () => {
    const dir = tempDir('action-shard');
    const common = { INPUT_PATHS: 'examples/vendors examples/deployments/harbor-bank.yaml', 'INPUT_AS-OF': '2026-11-25', 'INPUT_FAIL-ON': 'high' };
    for (const i of [1, 2]) {
      const r = step('github-action.js', { ...common, INPUT_SHARD: `${i}/2`, 'INPUT_JSON-FILE': `${dir}/parts/part-${i}.json`, 'INPUT_SARIF-FILE': `${dir}/shard-${i}.sarif` });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['gate']).toBe('part');
      expect(r.outputs['part-file']).toBe(`${dir}/parts/part-${i}.json`);
      expect(r.outputs['sarif-file']).toBeUndefined();
      expect(existsSync(`${dir}/shard-${i}.sarif`)).toBe(false);
      const gate = step('github-action-gate.js', { RINGFENCE_EXIT_CODE: r.outputs['exit-code']!, RINGFENCE_GATE: r.outputs['gate']! });
      expect(gate.code).toBe(0);
    }
    const merged = step('github-action.js', { INPUT_MERGE: `${dir}/parts`, 'INPUT_SARIF-FILE': `${dir}/merged.sarif`, 'INPUT_JSON-FILE': `${dir}/merged.json` });
    const whole = step('github-action.js', { ...common, 'INPUT_SARIF-FILE': `${dir}/whole.sarif`, 'INPUT_JSON-FILE': `${dir}/whole.json` });
    expect(merged.outputs['gate']).toBe('failed');
    for (const o of ['gate', 'exit-code', 'score', 'grade', 'level', 'documents', 'findings', 'failing', 'waived']) expect(merged.outputs[o], o).toBe(whole.outputs[o]);
    expect(readFileSync(`${dir}/merged.sarif`).equals(readFileSync(`${dir}/whole.sarif`))).toBe(true);
    expect(merged.summary).toBe(whole.summary);
    expect(step('github-action-gate.js', { RINGFENCE_EXIT_CODE: merged.outputs['exit-code']!, RINGFENCE_GATE: merged.outputs['gate']! }).code).toBe(1);
    // A missing part is refused by the merge: the gate is an error, never a pass.
    const missing = step('github-action.js', { INPUT_MERGE: `${dir}/parts/part-1.json`, 'INPUT_SARIF-FILE': `${dir}/m2.sarif`, 'INPUT_JSON-FILE': `${dir}/m2.json` });
    expect(missing.outputs['gate']).toBe('error');
    expect(missing.stdout).toMatch(/shard 2 of 2 is missing/);
    const bad = step('github-action.js', { ...common, INPUT_SHARD: 'two', 'INPUT_SARIF-FILE': `${dir}/x.sarif` });
    expect(bad.outputs['gate']).toBe('error');
    expect(bad.stdout).toMatch(/input shard takes i\/n/);
  });
});
