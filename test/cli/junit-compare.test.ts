import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];

describe('JUnit XML', () => {
  it('has one test case per control and document, failures for controls that do not pass', () => {
    const report = JSON.parse(runCli(['check', 'examples/vendors', ...asOf, '--format', 'json']).stdout) as Report;
    const xml = runCli(['check', 'examples/vendors', ...asOf, '--format', 'junit']).stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(report.subjects.length);
    const controls = report.subjects.reduce((n, s) => n + s.controls.length, 0);
    expect(xml.match(/<testcase /g)).toHaveLength(controls);
    const failing = report.subjects.reduce((n, s) => n + s.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence').length, 0);
    expect(xml.match(/<failure /g)).toHaveLength(failing);
    expect(xml).toContain(`tests="${controls}" failures="${failing}" errors="0"`);
  });

  it('escapes vendor text, and replaces characters XML cannot carry', () => {
    const dir = tempDir('junit');
    writeFileSync(`${dir}/v.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: "A&B <x> \\"q\\" \\u0001 \\u001b[31m", product: "P]]>" }\n');
    const xml = runCli(['check', path.relative(root, `${dir}/v.yaml`), ...asOf, '--format', 'junit']).stdout;
    expect(xml).toContain('A&amp;B &lt;x&gt; &quot;q&quot; \ufffd \ufffd[31m P]]&gt;');
    expect(xml).not.toMatch(/[\u0001\u001b]/);
  });
});

describe('ringfence compare', () => {
  it('ranks the example vendors and explains the ranking', () => {
    const c = JSON.parse(runCli(['compare', 'examples/vendors', ...asOf, '--format', 'json']).stdout) as Comparison;
    expect(c.entries.map((e) => path.basename(e.file))).toEqual(['aegis-exemplary.yaml', 'cobalt-remediated.yaml', 'borealis-typical.yaml', 'cobalt-pre-incident.yaml']);
    expect(c.reasons).toHaveLength(3);
    expect(c.reasons[0]).toMatch(/ranks above .*Cobalt Shield Endpoint 7\.28.*fails 7 critical controls that .* passes \(KDUS-SR-04, KDUS-CU-07, KDUS-CU-08, KDUS-RB-02, KDUS-KS-01, KDUS-TR-05, KDUS-TR-06\)/);
    expect(c.reasons[2]).toMatch(/7\.15.*fails \d+ critical controls/);
    // Every control listed as a difference really differs, and the most severe come first.
    for (const d of c.differences) expect(new Set(d.statuses).size).toBeGreaterThan(1);
    expect(c.differences[0]!.severity).toBe('critical');
  });

  it('ranks by grade before score, so a capped grade cannot hide behind a high score', () => {
    const dir = tempDir('compare-cap');
    const aegis = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8');
    // One critical failure (silent hosts tolerated on one channel): the highest score, capped at D.
    writeFileSync(path.join(dir, 'capped.yaml'), aegis.replace('minCheckinPct: 98', 'minCheckinPct: 50'));
    // Three lesser failures (a high and two mediums) cost more points, but cap nothing.
    writeFileSync(path.join(dir, 'minor.yaml'), aegis.replace('pirSlaDays: 3', 'pirSlaDays: 10').replace('revertWindowDays: 365', 'revertWindowDays: 30').replace(/\n {2}vdp: .*\n/, '\n'));
    const c = JSON.parse(runCli(['compare', dir, ...asOf, '--format', 'json']).stdout) as Comparison;
    expect(c.entries.map((e) => [path.basename(e.file), e.grade])).toEqual([['minor.yaml', 'A'], ['capped.yaml', 'D']]);
    expect(c.entries[1]!.score!).toBeGreaterThan(c.entries[0]!.score!);
  });

  it('prints the side-by-side view as text and Markdown', () => {
    const text = runCli(['compare', 'examples/vendors', ...asOf]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ringfence compare · KDUS 1\.1\.0 · as of 2026-11-25 · 4 vendor manifests/);
    expect(text.stdout).toMatch(/\n {2}1 {2}Aegis Sentinel Systems Aegis Sentinel 9\.4 \(examples\/vendors\/aegis-exemplary\.yaml\)/);
    expect(text.stdout).toMatch(/Why this order\n/);
    expect(text.stdout).toMatch(/Controls on which they differ \(\d+\)/);
    const markdown = runCli(['compare', 'examples/vendors', ...asOf, '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/^## ringfence compare · KDUS 1\.1\.0/);
    expect(markdown).toMatch(/\| \*\*Score\*\* \| \*\*100\*\* \| \*\*67\*\*/);
  });
});
