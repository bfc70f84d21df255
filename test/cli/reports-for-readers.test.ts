import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * Reports for their readers, through the real CLI: --title, --organization and --purpose reach every human
 * report and the JSON one (which stays valid against its schema), the HTML opens with an executive summary,
 * HTML and Markdown carry the questions to ask the vendor and a deployment config's update timeline.
 */

const asOf = ['--as-of', '2026-11-25'];
const about = ['--title', 'Q4 EDR review', '--organization', 'Harbor Mutual Bank', '--purpose', 'Renewal of the Borealis Guard contract'];
const inputs = ['examples/vendors/borealis-typical.yaml', 'examples/deployments/harbor-bank.yaml'];
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

describe('check --title --organization --purpose', () => {
  const dir = tempDir('readers');
  const out = (f: string) => path.join(dir, f);
  const r = runCli(['check', ...inputs, ...asOf, ...about, '--format', `json=${out('r.json')}`, '--format', `html=${out('r.html')}`, '--format', `markdown=${out('r.md')}`]);

  it('are written to the JSON report as `about`, after asOf, and the report is valid against its schema', () => {
    expect(r.code, r.stderr).toBe(1);
    const text = readFileSync(out('r.json'), 'utf8');
    const report = JSON.parse(text) as Report;
    expect(report.about).toEqual({ title: 'Q4 EDR review', organization: 'Harbor Mutual Bank', purpose: 'Renewal of the Borealis Guard contract' });
    expect(Object.keys(report).slice(0, 5)).toEqual(['reportVersion', 'tool', 'asOf', 'about', 'standard']);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/report.schema.json'), 'utf8')) as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // The deployment config carries its timeline; the vendor manifest none.
    expect(report.subjects.find((s) => s.kind === 'DeploymentConfig')!.timeline!.rows.length).toBe(7);
    expect(report.subjects.find((s) => s.kind === 'VendorManifest')!.timeline).toBeUndefined();
  });

  it('head the HTML report, which opens with the executive summary', () => {
    const page = readFileSync(out('r.html'), 'utf8');
    expect(page).toContain('<title>Q4 EDR review — KDUS 1.1.0, as of 2026-11-25</title>');
    expect(page).toContain('<h1>Q4 EDR review <span class="muted-h">(KDUS 1.1.0)</span></h1>');
    expect(page).toContain('<dt>Organization</dt><dd>Harbor Mutual Bank</dd>');
    const exec = page.slice(page.indexOf('<section id="exec"'), page.indexOf('</section>', page.indexOf('<section id="exec"')));
    expect(exec).toContain('<dt>Purpose</dt><dd>Renewal of the Borealis Guard contract</dd>');
    expect(exec).toContain('1 vendor manifest and 1 deployment config against KDUS 1.1.0, as of 2026-11-25');
    expect(exec).toContain('Gate failed.');
    expect(exec).toMatch(/<th scope="row"><a href="#d2">Borealis Cyber Ltd Borealis Guard 5\.8<\/a><\/th><td>vendor<\/td><td><span class="letter-s g-bad">F<\/span><\/td><td>0<\/td><td class="num">48<\/td><td>its word only<\/td>/);
    expect(exec).toContain('<h3 id="exec-risks">Top risks</h3><ol class="risks">');
    expect(exec.match(/<li><strong>/g)).toHaveLength(5);
    // It comes before the contents and the per-document sections.
    expect(page.indexOf('id="exec"')).toBeLessThan(page.indexOf('<nav class="toc"'));
    expect(page).toContain('<h3 id="d2-qh">Questions to ask the vendor</h3>');
    expect(page).toContain('<h3 id="d1-th">Who receives updates when</h3>');
    expect(page).toContain('<td>4. critical</td><td>n-1: one release behind (held at 5.7.412 since 2026-08-10)</td><td>GA + 12 h</td><td>paused, no expiry</td><td>GA + 12 h</td>');
  });

  it('head the Markdown report, with the questions and the timeline', () => {
    const md = readFileSync(out('r.md'), 'utf8');
    expect(md.split('\n').slice(0, 5)).toEqual(['## ringfence · KDUS 1.1.0 — ❌ gate failed', '', '**Q4 EDR review**', '', 'Organization: Harbor Mutual Bank · Purpose: Renewal of the Borealis Guard contract']);
    expect(md).toMatch(/<summary>examples\/vendors\/borealis-typical\.yaml: \d+ questions to ask the vendor<\/summary>/);
    expect(md).toContain('1. **How and when will the product meet this: Content and configuration get the same pipeline, staging, customer control and rollback as code?** (KDUS-CU-01, critical, failing)');
    // The controls passed on the vendor's word alone ask one thing: they are one question.
    expect(md).toMatch(/\n\d+\. \*\*What evidence shows that these \d+ controls are met\?\*\* The manifest passes them on its own word/);
    expect(md).toContain('   - KDUS-CC-01 (critical): Customers can assign each content category to early access or GA, independently of the sensor policy');
    expect(md).toContain('| host group | hosts | ring | sensor | agent config | detection rules | other content |');
    expect(md).toContain('| `atm-kiosks` | 460 | **in no ring** | not stated | not stated | not stated | not stated |');
  });

  it('head the text report', () => {
    const text = runCli(['check', inputs[0]!, ...asOf, ...about]).stdout;
    expect(text.split('\n').slice(0, 3)).toEqual([
      'ringfence 0.1.0 · KDUS 1.1.0 (Kernel-Driver and Update Safety) · as of 2026-11-25',
      'Q4 EDR review',
      'Organization: Harbor Mutual Bank · Purpose: Renewal of the Borealis Guard contract',
    ]);
  });

  it('are left out, not empty, when not given', () => {
    const json = JSON.parse(runCli(['check', inputs[0]!, ...asOf, '--format', 'json']).stdout) as Report;
    expect('about' in json).toBe(false);
  });

  it('are the same whichever way the batch is evaluated (streamed in threads or not)', () => {
    const one = runCli(['check', 'examples', ...asOf, ...about, '--format', 'html', '--jobs', '1']).stdout;
    const two = runCli(['check', 'examples', ...asOf, ...about, '--format', 'html', '--jobs', '2']).stdout;
    expect(two).toBe(one);
  });
});

describe('compare --title --organization --purpose', () => {
  it('reach the comparison report', () => {
    const r = runCli(['compare', 'examples/vendors', ...asOf, ...about, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).report.about).toEqual({ title: 'Q4 EDR review', organization: 'Harbor Mutual Bank', purpose: 'Renewal of the Borealis Guard contract' });
  });
});

describe('bad values are refused with one line, exit 2', () => {
  it.each([
    [['--title', ''], 'ringfence: --title needs a value that is not empty'],
    [['--title', '   '], 'ringfence: --title needs a value that is not empty'],
    [['--organization', 'Evil\nGate passed'], 'ringfence: --organization takes one line of text, without line breaks or control characters'],
    [['--purpose', 'x\u001b[2J'], 'ringfence: --purpose takes one line of text, without line breaks or control characters'],
    [['--purpose', 'p'.repeat(301)], 'ringfence: --purpose takes at most 300 characters, not 301'],
    [['--title', 't'.repeat(121)], 'ringfence: --title takes at most 120 characters, not 121'],
    [['--titel', 'x'], 'ringfence: unknown option --titel; did you mean --title? (a value that starts with - goes after --)'],
  ])('%j', (args, message) => {
    const r = runCli(['check', inputs[0]!, ...asOf, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stdout).toBe('');
  });
});

describe('hostile values stay text', () => {
  it('in HTML and Markdown', () => {
    const evil = '<img src=x onerror=alert(1)> | # @everyone';
    const html = runCli(['check', inputs[0]!, ...asOf, '--title', evil, '--organization', evil, '--purpose', evil, '--format', 'html']).stdout;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; | # @everyone');
    const md = runCli(['check', inputs[0]!, ...asOf, '--title', evil, '--format', 'markdown']).stdout;
    expect(md).toContain('**\\<img src=x onerror=alert(1)> \\| # &#64;everyone**');
  });
});
