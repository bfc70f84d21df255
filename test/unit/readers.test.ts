import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { html } from '../../reporters/html.js';
import { code, md } from '../../reporters/markdown.js';
import { contentText, firstSentences, safeLink, sensorText, topRisks, vendorQuestions } from '../../reporters/readers.js';
import { check } from '../../src/engine/check.js';
import { deploymentTimeline } from '../../src/engine/timeline.js';
import type { Report } from '../../src/model/report.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root } from '../helpers.js';

const asOf = '2026-11-25';
const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
const report = check(standard!, problems, { paths: [path.join(root, 'examples/vendors/borealis-typical.yaml'), path.join(root, 'examples/deployments/harbor-bank.yaml')], asOf });
const vendor = report.subjects.find((s) => s.kind === 'VendorManifest')!;
const config = report.subjects.find((s) => s.kind === 'DeploymentConfig')!;

describe('safeLink: which reference URLs may become links', () => {
  it('keeps absolute http and https URLs, as the browser would read them', () => {
    expect(safeLink('https://www.cisa.gov/resources-tools/resources/safe-software-deployment')).toBe('https://www.cisa.gov/resources-tools/resources/safe-software-deployment');
    expect(safeLink('HTTP://Example.COM/a b'.replace(' ', '%20'))).toBe('http://example.com/a%20b');
  });
  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['//evil.example/x'],
    ['/relative/path'],
    ['https:evil.example'],
    ['https://user:pass@evil.example/'],
    ['https://evil.example/\u202egnp.exe'],
    ['https://evil.example/ x'],
    ['https://'],
    [''],
    [undefined],
  ])('refuses %j', (url) => {
    expect(safeLink(url)).toBeUndefined();
  });

  it('the HTML report links http(s) references only, with rel="noopener noreferrer"; a hostile standard’s javascript: URL stays text', () => {
    const hostile: Report = JSON.parse(JSON.stringify(report));
    // Three controls the manifest fails, so that each one's "Why this control exists" (with its references) is shown.
    const [a, b, c] = ['KDUS-SR-01', 'KDUS-SR-02', 'KDUS-SR-04'].map((id) => hostile.standard.controls.find((x) => x.id === id));
    a!.references = [{ title: 'Evil <b>ref</b>', url: 'javascript:alert(document.domain)' }];
    b!.references = [{ title: 'Data', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }];
    c!.references = [{ title: 'Good', url: 'https://example.org/guide?a=1&b="2"' }];
    const page = html(hostile, { color: false });
    expect(page).not.toMatch(/href="(?:javascript|data):/i);
    expect(page).toContain('Evil &lt;b&gt;ref&lt;/b&gt; <span class="url">javascript:alert(document.domain)</span>');
    expect(page).toContain('<a class="ref" href="https://example.org/guide?a=1&amp;b=%222%22" rel="noopener noreferrer">Good</a>');
    for (const m of page.matchAll(/<a [^>]*href="(?!#)([^"]*)"[^>]*>/g)) {
      expect(m[1]).toMatch(/^https?:\/\//);
      expect(m[0]).toContain('rel="noopener noreferrer"');
    }
  });
});

describe('Markdown escaping', () => {
  it('leaves ordinary text alone: dots, hyphens, parentheses, underscores inside words, colons, e-mail addresses', () => {
    for (const s of ['Borealis Guard 5.8 (build 5.8.1-rc2)', 'detection_rules and agent_config', 'snake_case_name', 'a-b-c, x.y.z; 50% (max.)', 'ops@example.com', 'C:\\Program Files\\Vendor', 'version n-1', 'rings: early, ga']) {
      expect(md(s)).toBe(s);
    }
  });

  it('escapes what Markdown would act on, and nothing else, in a hostile value', () => {
    expect(md('a | b | c')).toBe('a \\| b \\| c');
    expect(md('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(md('run `rm -rf /` now')).toBe('run \\`rm -rf /\\` now');
    expect(md('# Gate passed')).toBe('\\# Gate passed');
    expect(md('- [x] done')).toBe('\\- \\[x] done');
    expect(md('> quoted')).toBe('\\> quoted');
    expect(md('1. first')).toBe('1\\. first');
    expect(md('**bold** and _under_ and ~~gone~~')).toBe('\\*\\*bold\\*\\* and \\_under\\_ and \\~\\~gone\\~\\~');
    expect(md('[click](https://evil.example)')).toBe('\\[click](`https://evil.example)`');
    expect(md('![img](x)')).toBe('!\\[img](x)');
    expect(md('cc @everyone about #123')).toBe('cc &#64;everyone about &#35;123');
    expect(md('&lt; stays text')).toBe('\\&lt; stays text');
    expect(md('AT&T')).toBe('AT&T');
    expect(md('ends with \\')).toBe('ends with \\\\');
    expect(md('a\\*b')).toBe('a\\\\\\*b');
    expect(md('two\nlines\r\u001b[31m')).toBe('two lines \\[31m');
    expect(md('evil\u202eexe')).toBe('evil\\u202eexe');
    expect(md('see www.evil.example/x')).toBe('see `www.evil.example/x`');
  });

  it('a value keeps a table row’s cells, whatever it holds', () => {
    const row = `| ${md('a | b')} | ${code('file|`name`.yaml')} | ${md('\\|')} |`;
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });

  it('code spans use a fence longer than any run of backticks in them', () => {
    expect(code('plain.yaml', false)).toBe('`plain.yaml`');
    expect(code('a`b', false)).toBe('``a`b``');
    expect(code('`x`', false)).toBe('`` `x` ``');
    expect(code('a|b')).toBe('`a\\|b`');
  });
});

describe('questions to ask the vendor', () => {
  const qs = vendorQuestions(report, vendor);

  it('one for every failing, undeclared or unbacked control, most severe first, then by id', () => {
    const expected = vendor.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || (c.status === 'pass' && c.assurance === 'declared')).map((c) => c.id);
    expect(qs.map((q) => q.control).sort()).toEqual([...expected].sort());
    const rank = ['critical', 'high', 'medium', 'low'];
    const order = qs.map((q) => [rank.indexOf(q.severity), q.control] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    expect(vendorQuestions(report, config)).toEqual([]);
  });

  it('is worded from the control: its title, its finding, its remediation', () => {
    const failing = qs.find((q) => q.control === 'KDUS-SR-01')!;
    const info = report.standard.controls.find((c) => c.id === 'KDUS-SR-01')!;
    expect(failing.reason).toBe('failing');
    expect(failing.question).toBe(`How and when will the product meet this: ${info.title}?`);
    expect(failing.because).toContain('content channel detection-rules is rolled out in 2 ring(s); at least 3 are required');
    expect(failing.because).toContain('(and 1 more finding)');
    expect(failing.wanted).toBe(`What would make it pass: ${firstSentences(info.remediation, 400)}`);
    const unbacked = qs.find((q) => q.reason === 'unbacked')!;
    expect(unbacked.question).toMatch(/^What evidence shows this is true: .+\?$/);
    expect(unbacked.wanted).toContain('SHA-256');
  });

  it('is deterministic', () => {
    expect(vendorQuestions(report, vendor)).toEqual(qs);
  });
});

describe('top risks', () => {
  it('the most severe, then costliest controls that do not pass, each once', () => {
    const risks = topRisks(report, vendor, 5);
    expect(risks).toHaveLength(5);
    expect(risks.every((r) => r.severity === 'critical')).toBe(true);
    expect(new Set(risks.map((r) => r.control)).size).toBe(5);
  });
});

describe('firstSentences', () => {
  it('keeps whole sentences up to the limit, and does not cut inside dotted names', () => {
    expect(firstSentences('One. Two is longer. Three.', 20)).toBe('One. Two is longer.');
    expect(firstSentences('Declare rollout.rings for every channel. Then more text follows here.', 45)).toBe('Declare rollout.rings for every channel.');
    expect(firstSentences('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('the deployment timeline', () => {
  it('harbor-bank: each host group, its ring, sensor and content hours after GA, pauses and groups in no ring', () => {
    const t = config.timeline!;
    expect(t.categories).toEqual(['agent_config', 'detection_rules', '*']);
    const by = (g: string) => t.rows.find((r) => r.group === g)!;
    expect(by('it-canary')).toMatchObject({ ring: 'canary', ringIndex: 1, hosts: 300, sensor: { version: 'n', behind: 0 } });
    expect(by('it-canary').content.map(contentText)).toEqual(['early access (before GA)', 'early access (before GA)', 'early access (before GA)']);
    expect(by('head-office').content.map((c) => c.hoursAfterGa)).toEqual([4, 2, 4]);
    expect(by('trading-floor').content.map(contentText)).toEqual(['GA + 12 h', 'paused, no expiry', 'GA + 12 h']);
    expect(sensorText(by('trading-floor').sensor)).toBe('n-1: one release behind (held at 5.7.412 since 2026-08-10)');
    expect(by('atm-kiosks')).toMatchObject({ sensor: { version: 'unset' } });
    expect(by('atm-kiosks').ring).toBeUndefined();
    expect(t.rows.map((r) => r.group)).toEqual(['it-canary', 'head-office', 'branch-desktops', 'servers', 'trading-floor', 'domain-controllers', 'atm-kiosks']);
    expect(vendor.timeline).toBeUndefined();
  });

  it('an expired pause holds nothing back; a group in two rings has a row for each; groups only rings name are listed', () => {
    const doc = {
      hostGroups: [{ id: 'a', hosts: 1 }, { id: 'a', hosts: 9 }],
      rings: [
        { name: 'r1', hostGroups: ['a'], content: { rapid_response: { ring: 'ga', delayHours: 1 } } },
        { name: 'r2', hostGroups: ['a', 'ghost'], sensor: { version: 'pinned', pinnedVersion: '7.1' }, content: { rapid_response: { ring: 'pause' } } },
      ],
      pauses: [{ category: 'rapid_response', rings: ['r1'], expiresAt: '2026-11-01T00:00:00Z' }],
    };
    const t = deploymentTimeline(doc, Date.parse('2026-11-25T00:00:00Z'));
    expect(t.categories).toEqual(['rapid_response']);
    expect(t.rows.map((r) => [r.group, r.ring, r.content[0]!.hoursAfterGa])).toEqual([
      ['a', 'r1', 1],
      ['a', 'r2', null],
      ['ghost', 'r2', null],
    ]);
    expect(sensorText(t.rows[1]!.sensor)).toBe('pinned to 7.1: no new sensor');
    expect(deploymentTimeline(doc, Date.parse('2026-10-25T00:00:00Z')).rows[0]!.content[0]!.paused).toEqual({ expiresAt: '2026-11-01T00:00:00Z' });
  });

  it('is bounded and reads only values of the right type', () => {
    const many = { hostGroups: Array.from({ length: 900 }, (_, i) => ({ id: `g${i}` })), rings: [{ name: 1, hostGroups: 'g1', content: [] }, null, 'x'] };
    const t = deploymentTimeline(many, 0);
    expect(t.rows).toHaveLength(500);
    expect(t.rowsOmitted).toBe(400);
    expect(deploymentTimeline('not an object', 0)).toEqual({ categories: [], rows: [] });
  });
});
