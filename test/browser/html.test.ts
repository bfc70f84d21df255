import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareHtml } from '../../reporters/compare/html.js';
import { html } from '../../reporters/html.js';
import { esc, fmtScore } from '../../reporters/html-kit.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Report } from '../../src/model/report.js';
import { bin, root, tempDir, type CliResult } from '../helpers.js';

/**
 * The HTML reports, rendered through the real CLI and opened in a real headless Chromium with JavaScript off:
 * every assertion is on the rendered page. Each page must load nothing but itself.
 */

const asOf = '2026-11-25';
const examples = ['vendors', 'deployments'].flatMap((dir) =>
  readdirSync(path.join(root, 'examples', dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `examples/${dir}/${f}`),
);
const shots = path.join(root, 'test', '.tmp', 'screenshots');
const out = tempDir('html');

let browser: Browser;

/**
 * The real CLI, as runCli runs it, but asynchronously: the renders of every example start at once (two at a
 * time) while the browser launches, which keeps this file well under its time budget.
 */
const queue: (() => void)[] = [];
let running = 0;
function cli(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const start = () => {
      running++;
      execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: 'true' }, timeout: 60_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        running--;
        queue.shift()?.();
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      });
    };
    if (running < 2) start();
    else queue.push(start);
  });
}

const files = (file: string) => ({ html: path.join(out, `${slug(file)}.html`), json: path.join(out, `${slug(file)}.json`) });
const renders = new Map<string, Promise<CliResult>>();

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  for (const file of examples) renders.set(file, cli(['check', file, '--as-of', asOf, '--format', `html=${files(file).html}`, '--format', `json=${files(file).json}`]));
  renders.set('compare', cli(['compare', 'examples/vendors', '--as-of', asOf, '--format', `html=${path.join(out, 'compare.html')}`, '--format', `json=${path.join(out, 'compare.json')}`]));
  injection = renderInjection();
  // Failures surface in the test that awaits them, not as unhandled rejections.
  injection.catch(() => undefined);
  for (const r of renders.values()) r.catch(() => undefined);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  offline = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  await offline.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  close: () => Promise<unknown>;
  /** Every request the page made. */
  requests: string[];
  dialogs: string[];
  url: string;
}

const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<a href="javascript:alert(1)">click</a>'];

/** A manifest whose names, a ring name, a YAML comment and its file name carry markup, rendered both ways. */
async function renderInjection() {
  const dir = tempDir('html-inject');
  const yaml = readFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), 'utf8')
    .replace('vendor: Borealis Cyber Ltd', `vendor: '${payloads[0]} ${payloads[3]!.replace(/'/g, "''")}'`)
    .replace('product: Borealis Guard', `product: '${payloads[1]} ${payloads[2]}'`)
    .replace('- { name: early, populationPct: 10,  includesInternalHosts: true, platformCoverage: partial, bakeMinutes: 30 }', `- { name: '${payloads.join(' ')}', populationPct: 10,  includesInternalHosts: true, platformCoverage: partial, bakeMinutes: 30 }`)
    .replace('crashLoopBreaker: { enabled: true, threshold: 5, action: reduced_functionality }', `crashLoopBreaker: { enabled: true, threshold: 5, action: reduced_functionality }  # ${payloads.join(' ')} javascript:alert(2)`);
  const manifest = path.join(dir, `evil"><svg onload=alert(1)><img src=x onerror=alert(1)>.yaml`);
  writeFileSync(manifest, yaml);
  const rel = path.relative(root, manifest);
  const checkFile = path.join(dir, 'check.html');
  const compareFile = path.join(dir, 'compare.html');
  const [checked, compared] = await Promise.all([
    cli(['check', rel, '--as-of', asOf, '--format', `html=${checkFile}`]),
    cli(['compare', rel, 'examples/vendors/aegis-exemplary.yaml', '--as-of', asOf, '--format', `html=${compareFile}`]),
  ]);
  return { checked, compared, checkFile, compareFile, rel };

}

let injection: ReturnType<typeof renderInjection> | undefined;
let offline: BrowserContext;

/**
 * Opens a local file in a new page; any request that is not for a file is recorded and aborted. Pages with
 * JavaScript off share one context; with JavaScript on (the injection test) the page gets its own context with
 * the CSP bypassed too, so that only the escaping stands between a payload and its execution.
 */
async function open(file: string, options: { javaScript?: boolean } = {}): Promise<Opened> {
  let context = offline;
  if (options.javaScript) {
    context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  }
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  const close = async () => (options.javaScript ? context.close() : page.close());
  return { page, close, requests, dialogs, url };
}

function slug(file: string): string {
  return file.replace(/^examples\//, '').replace(/\.yaml$/, '').replace(/[^a-z0-9]+/gi, '-');
}

/** What the page must never contain, whatever the input. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.locator('script, img, iframe, object, embed, form, base, link, meta[http-equiv="refresh" i]').count()).toBe(0);
  const bad = await page.evaluate(() => {
    const isReferenceLink = (el: Element, a: Attr) => el.tagName === 'A' && a.name === 'href' && el.classList.contains('ref') && /^https?:\/\//.test(a.value);
    return [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name) || (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && !a.value.startsWith('#') && !isReferenceLink(el, a)))
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    );
  });
  expect(bad).toEqual([]);
  // The only links out are a standard's references: http(s) only, opened without opener or referrer.
  const out = await page.evaluate(() => [...document.querySelectorAll('a[href]:not([href^="#"])')].map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel'), cls: a.className })));
  for (const a of out) expect(a).toEqual({ href: expect.stringMatching(/^https?:\/\/[^\s"'<>]+$/), rel: 'noopener noreferrer', cls: 'ref' });
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
}

describe('check --format html', () => {
  it.each(examples)('%s: score, grade, every control and finding, rendered offline', async (file) => {
    const { html: htmlFile, json: jsonFile } = files(file);
    const r = await renders.get(file)!;
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report;
    const source = readFileSync(htmlFile, 'utf8');
    // A pure function of the report: the same bytes again from the JSON the same run wrote.
    expect(html(report, { color: false })).toBe(source);

    const { page, close, requests, url } = await open(htmlFile);
    try {
      await expectInert(page);
      const header = (await page.locator('header').first().innerText()).replace(/\s+/g, ' ');
      for (const s of [report.tool.version, report.standard.id, report.standard.version, report.standard.title, report.standard.digest, report.asOf]) expect(header).toContain(s);
      const gate = await page.locator('.gate').innerText();
      expect(gate).toContain(report.gate.passed ? 'Gate passed' : 'Gate failed');
      for (const reason of report.gate.reasons) expect(gate).toContain(reason);

      expect(report.subjects).toHaveLength(1);
      const x = report.subjects[0]!;
      const doc = page.locator('#d1');
      expect(await doc.locator('h2').first().innerText()).toContain(x.name);
      const overview = await doc.locator('.overview').innerText();
      expect(overview).toContain(fmtScore(x.score));
      expect((await doc.locator('.gradebox .letter').innerText()).trim()).toBe(x.grade);
      if (x.cappedBy.length) {
        expect(overview).toContain(`capped from ${x.uncappedGrade} by`);
        for (const id of x.cappedBy) expect(overview).toContain(id);
      } else {
        for (const id of x.criticalFailures) expect(overview).toContain(id);
      }
      expect(overview).toContain(`Level\n${x.level}`);
      expect(overview).toContain(`${Math.round(x.evidenceCoverage! * 100)}%`);
      // The gauge and the area chart are labelled SVG.
      expect(await doc.locator('svg.gauge title').textContent()).toContain(`Score ${fmtScore(x.score)} out of 100`);
      const chart = doc.locator('svg.bars');
      expect(await chart.getAttribute('role')).toBe('img');
      for (const a of x.areas.filter((y) => y.score !== null)) expect(await chart.locator('desc').textContent()).toContain(`${a.id} `);

      // Every control of the standard, in area order, with its status in words.
      const order = report.standard.areas.flatMap((a) => report.standard.controls.filter((c) => c.area === a.id).map((c) => c.id));
      // (areas of which nothing applies to this kind of document in a closed list after the table)
      const listed = await doc.locator('table.controls tbody th[scope="row"]').allTextContents();
      expect([...listed].sort()).toEqual([...order].sort());
      const evaluated = x.controls.map((c) => c.id);
      expect(listed.filter((id) => evaluated.includes(id))).toEqual(order.filter((id) => evaluated.includes(id)));
      const statusWords = { pass: 'Pass', fail: 'Fail', missing_evidence: 'Missing evidence', error: 'Error', not_applicable: 'Not applicable' };
      const rows = await doc.locator('table.controls tbody tr:not(.group)').allTextContents();
      for (const c of x.controls) expect(rows[listed.indexOf(c.id)]).toContain(statusWords[c.status]);

      // What backs every applicable control, passing ones too: its computed assurance in words, and each evidence
      // entry with its claim, digest and level (the details are opened by printing; here they are read as text).
      const backing = await doc.locator('table.controls tbody tr:not(.group) td.backing').allTextContents();
      const words = { declared: 'declared by the vendor', linked: 'linked', verified: 'verified', independently_verified: 'independently verified', contradicted: 'contradicted' };
      for (const c of x.controls.filter((y) => y.status !== 'not_applicable' && y.assurance)) {
        const cell = backing[listed.indexOf(c.id)]!;
        expect(cell, c.id).toContain(words[c.assurance!]);
        for (const e of c.evidence ?? []) {
          expect(cell, c.id).toContain(e.claim);
          if (e.sha256) expect(cell, c.id).toContain(`sha256 ${e.sha256.slice(0, 12)}`);
        }
      }
      if (x.kind === 'VendorManifest' && x.assurance !== 'declared') expect(backing.some((t) => /evidence entr/.test(t))).toBe(true);
      // A passing control also shows the declared values it passed on.
      for (const c of x.controls.filter((y) => y.status === 'pass' && y.declared?.length)) {
        const cell = backing[listed.indexOf(c.id)]!;
        expect(cell, c.id).toContain('passed on');
        expect(cell, c.id).toContain(`${c.declared![0]!.pointer} = ${JSON.stringify(c.declared![0]!.value)}`);
      }

      // Every finding: its message, file:line:column, the remediation and the excerpt with the line marked.
      const findings = x.controls.flatMap((c) => c.findings.map((f) => ({ c, f })));
      const groups = await doc.locator('details.control').evaluateAll((els) =>
        els.map((el) => ({
          id: el.querySelector('summary .cid')?.textContent ?? '',
          fix: el.querySelector('.fix')?.textContent ?? '',
          findings: [...el.querySelectorAll('li.finding')].map((li) => li.textContent ?? ''),
        })),
      );
      expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length);
      for (const { c, f } of findings) {
        const where = `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}`;
        const group = groups.find((g) => g.id === c.id);
        expect(group?.fix).toContain(report.standard.controls.find((i) => i.id === c.id)!.remediation);
        expect(group?.findings.some((t) => t.includes(f.message) && t.includes(where))).toBe(true);
      }
      const marked = await doc.locator('pre.code .ln.hl .no').allTextContents();
      for (const { f } of findings.filter((y) => y.f.excerpt)) expect(marked.map((t) => t.replace(/\D/g, ''))).toContain(String(f.location.region.startLine));

      await page.screenshot({ path: path.join(shots, `${slug(file)}.png`), fullPage: true });
      expect(requests.filter((u) => u !== url)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is accessible in structure and prints every finding expanded, without navigation', async () => {
    const htmlFile = files('examples/vendors/borealis-typical.yaml').html;
    await renders.get('examples/vendors/borealis-typical.yaml');
    const { page, close } = await open(htmlFile);
    try {
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(await page.locator(landmark).count()).toBeGreaterThan(0);
      expect(await page.locator('a.skip').getAttribute('href')).toBe('#main');
      const headings = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])));
      expect(headings[0]).toBe(1);
      expect(headings.filter((h) => h === 1)).toHaveLength(1);
      for (let i = 1; i < headings.length; i++) expect(headings[i]! - headings[i - 1]!).toBeLessThanOrEqual(1);
      expect(await page.locator('th:not([scope])').count()).toBe(0);
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      const targets = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)));
      for (const t of targets) expect(ids).toContain(t);
      const toc = await page.locator('nav a').allInnerTexts();
      expect(toc.some((t) => t.includes('Borealis Guard'))).toBe(true);

      const excerpt = page.locator('details.control pre.code').first();
      expect(await excerpt.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await excerpt.isVisible()).toBe(true);
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await close();
    }
  });
});

describe('compare --format html', () => {
  it('ranks the example vendors with the reasons and the controls on which they differ', async () => {
    const htmlFile = path.join(out, 'compare.html');
    const jsonFile = path.join(out, 'compare.json');
    const r = await renders.get('compare')!;
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(jsonFile, 'utf8')) as Comparison;
    expect(compareHtml(c, { color: false })).toBe(readFileSync(htmlFile, 'utf8'));
    const { page, close, requests, url } = await open(htmlFile);
    try {
      await expectInert(page);
      const names = await page.locator('table.ranking tbody th[scope="row"] a').allInnerTexts();
      expect(names).toEqual(c.entries.map((e) => e.name));
      expect(names[0]).toMatch(/^Aegis/);
      const ranked = await page.locator('table.ranking tbody th[scope="row"] .vfile').allInnerTexts();
      expect(ranked[0]).toBe('examples/vendors/aegis-exemplary.yaml');
      expect(ranked.at(-1)).toBe('examples/vendors/cobalt-pre-incident.yaml');
      const ranking = await page.locator('table.ranking tbody tr').allInnerTexts();
      c.entries.forEach((e, i) => {
        expect(ranking[i]).toContain(fmtScore(e.score));
        if (e.cappedBy.length) expect(ranking[i]).toContain(`capped from ${e.uncappedGrade}`);
      });
      expect(await page.locator('table.areas tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('table.areas svg.mini').count()).toBeGreaterThan(0);

      expect(c.reasons.length).toBeGreaterThan(0);
      expect(await page.locator('#reasons li').allInnerTexts()).toEqual(c.reasons);

      const matrix = page.locator('table.matrix tbody tr');
      expect(await matrix.count()).toBe(c.differences.length);
      const words = { pass: '✓ Pass', fail: '✖ Fail', missing_evidence: '? Missing evidence', error: '! Error', not_applicable: '– Not applicable' };
      for (const [i, d] of c.differences.slice(0, 10).entries()) {
        const cells = await matrix.nth(i).locator('td.st .badge').allTextContents();
        expect(cells.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(d.statuses.map((s) => words[s]));
      }
      // Per vendor: the failing controls and findings of the pre-incident manifest.
      const last = c.report.subjects.find((s) => s.id === c.entries.at(-1)!.subject)!;
      const section = page.locator(`#v${c.entries.length}`);
      const text = (await section.textContent())!;
      for (const f of last.controls.flatMap((x) => x.findings)) expect(text).toContain(f.message);
      await page.screenshot({ path: path.join(shots, 'compare-vendors.png'), fullPage: true });
      expect(requests.filter((u) => u !== url)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('hostile input', () => {
  it('esc escapes the five characters and makes invisible characters visible', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(esc('a\u202eb\u0000c')).toBe('a\\u202eb\\u0000c');
  });

  it('names, values and file names with markup render as visible text in both reports, and nothing runs', async () => {
    const { checked, compared, checkFile, compareFile, rel } = await injection!;
    expect([0, 1]).toContain(checked.code);
    expect(compared.code).toBe(0);

    for (const [file, heading] of [
      [checkFile, '#d1-h'],
      [compareFile, '#v2-h'],
    ] as const) {
      // JavaScript on and the CSP bypassed: only the escaping is tested.
      const { page, close, requests, dialogs, url } = await open(file, { javaScript: true });
      try {
        await page.waitForTimeout(150);
        await expectInert(page);
        expect(await page.locator('svg[onload]').count()).toBe(0);
        const title = await page.locator(heading).innerText();
        for (const p of payloads) expect(title).toContain(p);
        // Finding messages sit in closed <details>: present as text, not as elements (expectInert).
        const body = (await page.locator('body').textContent())!;
        expect(body).toContain(`first ring "${payloads.join(' ')}"`);
        expect(body).toContain(rel);
        if (file === checkFile) {
          const owner = page.locator('details.control:has(.cid:text-is("KDUS-RB-02")) pre.code .ln.hl');
          expect(await owner.textContent()).toContain(`# ${payloads.join(' ')} javascript:alert(2)`);
        }
        expect(dialogs).toEqual([]);
        expect(requests.filter((u) => u !== url)).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
