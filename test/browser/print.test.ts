import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers.js';

/**
 * The HTML report printed: Chromium's print emulation and page.pdf at A4. The executive summary (with the page
 * header) must fit the first page, with the first page break after it, and no table may be wider than the A4
 * content width. Rendered through the real CLI, opened with JavaScript off; the checks run as DevTools evaluations.
 */

const asOf = '2026-11-25';
const out = tempDir('print');
/** A4 is 210 × 297 mm; the report's @page margins are 14 mm top and bottom, 12 mm left and right. At 96 px per inch: */
const mm = 96 / 25.4;
const contentWidth = Math.floor((210 - 24) * mm);

const renders: Record<string, string[]> = {
  examples: ['check', 'examples', '--title', 'Q4 EDR review', '--organization', 'Harbor Mutual Bank', '--purpose', 'Renewal of the Borealis Guard contract'],
  // The longest title, organisation and purpose the options accept.
  longest: ['check', 'examples', '--title', 'T'.repeat(10) + ' endpoint assessment'.repeat(5), '--organization', 'Harbor Mutual Bank plc, Group Technology Risk '.repeat(3).slice(0, 120), '--purpose', 'Renewal of the contract, with a review of staged rollout, content safety and recovery. '.repeat(4).slice(0, 300)],
  deployment: ['check', 'examples/deployments/harbor-bank.yaml', 'examples/vendors/borealis-typical.yaml'],
  compare: ['compare', 'examples/vendors', '--title', 'Vendor shortlist'],
};

function cli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, timeout: 120_000, maxBuffer: 64 << 20 }, (error) => (error && typeof error.code !== 'number' ? reject(error) : resolve())),
  );
}

const file = (name: string) => path.join(out, `${name}.html`);
let browser: Browser;

beforeAll(async () => {
  // Two at a time: the machine is shared.
  const names = Object.keys(renders);
  for (let i = 0; i < names.length; i += 2) {
    await Promise.all(names.slice(i, i + 2).map((n) => cli([...renders[n]!, '--as-of', asOf, '--format', `html=${file(n)}`])));
  }
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** The page as printed: print media, and a viewport as wide as the A4 content area. */
async function printed(name: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: contentWidth, height: 1000 } });
  await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(file(name)).href, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return { page, close: () => context.close() };
}

/** Pages of a PDF: its page objects. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('the HTML report on A4', () => {
  it.each(['examples', 'longest', 'deployment'])('%s: the header and executive summary fill the first page, and the first page break falls right after them', async (name) => {
    const { page, close } = await printed(name);
    try {
      // The whole report runs to many pages (printing the examples' 900 pages takes a minute: the small one only).
      if (name === 'deployment') expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
      // The summary alone (everything after it removed) prints on one page …
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('body > :not(header.top):not(#exec):not(a.skip)')) el.remove();
      });
      expect(await page.locator('#exec').count()).toBe(1);
      expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
      // … and it forces the break after itself, so the document sections start on page 2.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#exec')!).breakAfter)).toBe('page');
    } finally {
      await close();
    }
  });

  it.each(Object.keys(renders))('%s: no table is wider than the A4 content width', async (name) => {
    const { page, close } = await printed(name);
    try {
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('table')].map((t) => ({
          table: `${t.className || 'table'} ${t.querySelector('caption')?.textContent?.slice(0, 60) ?? ''}`,
          scroll: t.scrollWidth,
          client: t.clientWidth,
          right: Math.ceil(t.getBoundingClientRect().right),
        })),
      );
      expect(tables.length).toBeGreaterThan(0);
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(width).toBe(contentWidth);
      const over = tables.filter((t) => t.scroll > t.client + 1 || t.right > width + 1);
      expect(over).toEqual([]);
    } finally {
      await close();
    }
  });
});
