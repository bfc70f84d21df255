import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { root, runCli } from '../helpers.js';

/**
 * The figures the READMEs print are what a buyer reads first, so they must be what ringfence prints today: each
 * example output of the README is the real output of the command it names, and every row of the examples' results
 * table is the real result of the folder run it describes. A rule change that moves a figure fails here until the
 * prose follows.
 */
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

describe('README figures', () => {
  // Every example output the README shows, introduced as "What `npx ringfence check|compare …` prints (abridged…",
  // is the real output of the command it names, abridged only with "…". Trailing spaces are not compared (the
  // compare table pads its columns; a Markdown editor strips them).
  const readme = read('README.md');
  const blocks = [...readme.matchAll(/What `npx ringfence ((?:check|compare) [^`]+)` prints \(abridged[^\n]*\n(?:[^\n]*\n)*?```\n([\s\S]*?)```/g)];

  it('shows the example output of a check, of a comparison and of a deployment with its vendor', () => {
    expect(blocks.map((b) => b[1]!.split(' ')[0])).toEqual(expect.arrayContaining(['check', 'compare']));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b) => [b[1]!, b[2]!] as const))('"%s" prints what the README shows', (command, block) => {
    const r = runCli(command.split(' '));
    expect(r.stderr).toBe('');
    const real = r.stdout.split('\n').map((l) => l.trimEnd());
    const shown = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '' && l.trim() !== '…');
    expect(shown.length).toBeGreaterThan(5);
    for (const line of shown) {
      // A line abridged with "…" must be the start of a real line; any other line must be a real line.
      if (line.includes('…')) expect(real.some((x) => x.startsWith(line.slice(0, line.indexOf('…')))), line).toBe(true);
      else expect(real, line).toContain(line);
    }
  });
});

describe('examples/README.md figures', () => {
  const text = read('examples/README.md');
  const table = text.slice(text.indexOf('| example | score |'), text.indexOf('\n\n', text.indexOf('| example | score |')));
  const rows = table.split('\n').slice(2).map((l) => l.split('|').map((c) => c.trim()).slice(1, -1));
  const r = runCli(['check', 'examples/', '--as-of', '2026-11-25', '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;

  it('the results table has a row for every document of the folder run, and no other', () => {
    expect(r.code).toBe(1);
    expect(rows.map((c) => `examples/${c[0]!.split(' ')[0]}`).sort()).toEqual(report.subjects.map((s) => s.file).sort());
  });

  it.each(rows.map((c) => [c[0]!, c] as const))('%s: score, grade, cap, level and coverage are the real ones', (_name, c) => {
    const s = report.subjects.find((x) => x.file === `examples/${c[0]!.split(' ')[0]}`)!;
    const [, score, grade, level, coverage] = c;
    // Whole points rounded down, as the text report prints them.
    expect(Number(score)).toBe(Math.floor(s.score!));
    const g = /^\*\*([A-F])\*\*(?: \(([A-F]); (.+)\))?$/.exec(grade!);
    expect(g, grade).not.toBeNull();
    expect(g![1]).toBe(s.grade);
    if (g![2] !== undefined) {
      expect(g![2]).toBe(s.uncappedGrade);
      expect(g![3] === 'no cap reported' ? [] : g![3]!.split(', ').map((x) => `KDUS-${x}`)).toEqual(s.cappedBy ?? []);
    }
    expect(Number(level)).toBe(s.level);
    expect(coverage).toBe(`${Math.round(s.evidenceCoverage! * 100)}%`);
  });
});
