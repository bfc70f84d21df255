import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

/** A manifest whose vendor-controlled strings carry terminal, Markdown, HTML and line-forging payloads. */
function hostileManifest(): string {
  const dir = tempDir('inject');
  const payload = {
    vendor: 'Evil\u001b[2J\u001b[1;1HGate passed\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
    product: 'X\nGate passed (--fail-on high)\n  ✓ KDUS-SR-01 faked\r\u202eevil',
    id: '[click me](https://evil.example) <img src=x onerror=alert(1)> @everyone #1 | broken | table',
  };
  const text = [
    'apiVersion: ringfence.dev/v1',
    'kind: VendorManifest',
    `metadata: { vendor: ${JSON.stringify(payload.vendor)}, product: ${JSON.stringify(payload.product)} }`,
    'updateChannels:',
    `  - { id: ${JSON.stringify(payload.id)}, kind: content, rollout: { strategy: all_at_once, rings: [{ name: "all\\n\\u001b[31mall", populationPct: 100 }] } }`,
  ].join('\n');
  const file = path.join(dir, 'evil.yaml');
  writeFileSync(file, `${text}\n`);
  return path.relative(root, file);
}

describe('injection-proof outputs', () => {
  const file = hostileManifest();

  it('text output cannot rewrite the terminal or forge lines', () => {
    const r = runCli(['check', file, '--as-of', '2026-11-25', '--color']);
    // The only escape sequences are our own colours (SGR: ESC [ … m).
    const escapes = r.stdout.match(/\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g) ?? [];
    expect(escapes.every((e) => /^\u001b\[[0-9;]*m$/.test(e))).toBe(true);
    expect(r.stdout).not.toMatch(/\u001b\[2J|\u001b\]8;|\r|\u202e/);
    expect(r.stdout).toContain('Evil\\x1b[2J\\x1b[1;1HGate passed');
    // The forged "Gate passed" stays inside the title line; the real verdict is the only line that starts with it.
    const plain = runCli(['check', file, '--as-of', '2026-11-25']).stdout;
    expect(plain.split('\n').filter((l) => /^Gate (passed|failed)/.test(l))).toEqual([expect.stringMatching(/^Gate failed/)]);
    expect(plain.split('\n').filter((l) => /^\s+✓ KDUS-SR-01 faked/.test(l))).toEqual([]);
  });

  it('Markdown cannot inject links, images, mentions, HTML or table cells', () => {
    const md = runCli(['check', file, '--as-of', '2026-11-25', '--format', 'markdown']).stdout;
    expect(md).not.toMatch(/\[click me\]\(https/);
    // Every < of the text is escaped (\<, literal in Markdown): no tag is left.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/@everyone/);
    expect(md).toContain('&#64;everyone');
    expect(md).toContain('&#35;1');
    // A URL is set as code: it reads as itself and is never a link.
    expect(md).not.toMatch(/[^`]https:\/\/evil/);
    expect(md).toContain('`https://evil.example)`');
    // Every table row keeps its number of cells.
    for (const row of md.split('\n').filter((l) => l.startsWith('| **KDUS-'))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
    // Escaped with a backslash (readable where the Markdown is pasted as text), not with entities.
    expect(md).toContain('\\[click me](');
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
    // Bidirectional overrides (the product name holds U+202E) are shown as escapes, never kept.
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(md).toContain('\\u202eevil');
  });

  it('HTML shows bidirectional overrides as visible escapes', () => {
    const html = runCli(['check', file, '--as-of', '2026-11-25', '--format', 'html']).stdout;
    expect(html).toContain('<html');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('JSON and SARIF carry the text as data, exactly', () => {
    const json = JSON.parse(runCli(['check', file, '--as-of', '2026-11-25', '--format', 'json']).stdout);
    expect(json.subjects[0].name).toContain('Evil\u001b[2J');
    const sarif = JSON.parse(runCli(['check', file, '--as-of', '2026-11-25', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    // Messages are single lines whatever the payload.
    for (const r of sarif.runs[0].results) expect(r.message.text).not.toMatch(/[\r\n]/);
  });
});
