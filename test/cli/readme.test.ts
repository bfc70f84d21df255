import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers.js';

/**
 * The README is what a user reads first: its quick starts must run as written, and every link in it and in the
 * documentation must lead somewhere. Real files, the real CLI.
 */
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/** The Markdown files whose links are checked: the README, the examples' README, and everything under docs/. */
function markdownFiles(): string[] {
  const out = ['README.md', 'examples/README.md'];
  const walk = (dir: string): void => {
    for (const e of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out;
}

/** The text outside fenced code blocks, line by line (a `#` comment in a YAML block is no heading). */
function prose(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && m) fence = m[1]!;
    else if (fence !== undefined && m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
    else if (fence === undefined) lines.push({ text: line, line: i + 1 });
  }
  return lines;
}

/** The fenced code blocks of a Markdown text, with their info string. */
function fences(text: string): { lang: string; body: string }[] {
  const out: { lang: string; body: string }[] = [];
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (open === undefined) {
      const m = /^```(\S*)\s*$/.exec(line);
      if (m) open = { lang: m[1]!, lines: [] };
    } else if (line === '```') {
      out.push({ lang: open.lang, body: open.lines.join('\n') });
      open = undefined;
    } else open.lines.push(line);
  }
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const { text: line } of prose(text)) {
    for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]!);
    const h = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const textOnly = h[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = textOnly
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** Every relative link of a Markdown file (inline and reference style, outside code), with its line. */
function relativeLinks(text: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  for (const { text: raw, line: n } of prose(text)) {
    const line = raw.replace(/(`+)[^`]*?\1/g, ''); // inline code is no link
    const found = [...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...line.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)];
    for (const m of found) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
      out.push({ target, line: n });
    }
  }
  return out;
}

describe('links in README.md and docs/', () => {
  const files = markdownFiles();

  it('covers the README, the moved documentation and the generated references', () => {
    for (const f of ['README.md', 'docs/design-notes.md', 'docs/performance.md', 'docs/development.md', 'docs/standards/kdus-1.1.md']) expect(files).toContain(f);
  });

  it.each(files)('every relative link of %s points at a file that exists, and at a heading that exists', (file) => {
    const broken: string[] = [];
    for (const { target, line } of relativeLinks(read(file))) {
      const [p, hash] = target.split('#', 2) as [string, string | undefined];
      const dest = p === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(p));
      if (!dest.startsWith(root + path.sep) && dest !== root) {
        broken.push(`${file}:${line} ${target}: outside the repository`);
        continue;
      }
      if (!existsSync(dest)) {
        broken.push(`${file}:${line} ${target}: no such file`);
        continue;
      }
      if (hash !== undefined && dest.endsWith('.md') && statSync(dest).isFile() && !anchors(readFileSync(dest, 'utf8')).has(decodeURIComponent(hash))) {
        broken.push(`${file}:${line} ${target}: no heading with that anchor`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the anchor rules match GitHub on the headings that need care', () => {
    const a = anchors("# Checking what backs a vendor's claims\n## `check` options\n## Waivers: accepted risk\n## Waivers: accepted risk\n```yaml\n# not a heading\n```\n");
    expect([...a]).toEqual(['checking-what-backs-a-vendors-claims', 'check-options', 'waivers-accepted-risk', 'waivers-accepted-risk-1']);
  });

  it('finds a broken link (the check itself is not vacuous)', () => {
    const links = relativeLinks('See [a](docs/nope.md#x), [b](https://example.org), `[c](d.md)` and\n```\n[e](f.md)\n```\n[ref]: ../g.md\n');
    expect(links.map((l) => l.target)).toEqual(['docs/nope.md#x', '../g.md']);
  });
});

/**
 * Each quick start, run as written in a folder of its own holding only a copy of examples/: `npx ringfence` is the
 * built CLI, any ringfence exit above 1 (a usage, input, rule or standard problem) fails the run, and every line of
 * the section's output excerpts (abridged only with "…") is a line the commands printed.
 */
describe('README quick starts', () => {
  const readme = read('README.md');
  const sections = [...readme.matchAll(/^## (Quick start: [^\n]+)\n([\s\S]*?)(?=^## )/gm)].map((m) => ({ title: m[1]!, body: m[2]! }));
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('has one for the buyer, the vendor and the admin', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Quick start: buying an EDR product',
      'Quick start: certifying your own product',
      'Quick start: running an EDR product in your fleet',
    ]);
  });

  it.each(sections.map((s) => [s.title, s.body] as const))('%s runs as written', (_title, body) => {
    const blocks = fences(body);
    const scripts = blocks.filter((b) => b.lang === 'sh').map((b) => b.body);
    const excerpts = blocks.filter((b) => b.lang === '').map((b) => b.body);
    expect(scripts.length).toBeGreaterThan(0);
    const dir = tempDir('quick-start');
    dirs.push(dir);
    cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const npx = `npx() {
  [ "$1" = ringfence ] || { echo "npx $1: not ringfence" >&2; exit 91; }
  shift
  set +e; ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} "$@"; local s=$?; set -e
  echo "exit $s: ringfence $*" >&2
  if [ "$s" -gt 1 ]; then exit 90; fi
}`;
    const r = spawnSync('bash', ['-c', `set -euo pipefail\n${npx}\n${scripts.join('\n')}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: 'true' },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    const exits = r.stderr.split('\n').filter((l) => l.startsWith('exit '));
    expect(exits.length).toBe(scripts.join('\n').split('\n').filter((l) => /^npx ringfence /.test(l)).length);
    // A command the README says passes the gate does.
    const lines = scripts.join('\n').split('\n');
    lines.forEach((l, i) => {
      if (/# Gate passed/.test(l)) {
        const nth = lines.slice(0, i + 1).filter((x) => /^npx ringfence /.test(x)).length;
        expect(exits[nth - 1], l).toMatch(/^exit 0:/);
      }
    });
    const real = r.stdout.split('\n').map((l) => l.trimEnd());
    for (const block of excerpts) {
      for (const line of block.split('\n').map((l) => l.trimEnd())) {
        if (line.trim() === '' || line.trim() === '…') continue;
        if (line.includes('…')) expect(real.some((x) => x.startsWith(line.slice(0, line.indexOf('…')))), line).toBe(true);
        else expect(real, line).toContain(line);
      }
    }
  }, 180_000);
});
