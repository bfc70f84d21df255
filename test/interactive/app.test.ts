// The interactive view (reporters/interactive/App.tsx), rendered with ink-testing-library on a report and a
// comparison computed by the real engine, driven with keystrokes as a terminal sends them.
import path from 'node:path';
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { check } from '../../src/engine/check.js';
import { compare } from '../../src/engine/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Report, Subject } from '../../src/model/report.js';
import { loadStandard } from '../../src/standard/standard.js';
import { App, type AppProps } from '../../reporters/interactive/App.js';
import { windowOf, wrap } from '../../reporters/interactive/model.js';
import { root } from '../helpers.js';

const key = { down: '\u001B[B', up: '\u001B[A', right: '\u001B[C', left: '\u001B[D', enter: '\r', escape: '\u001B', backspace: '\u007F', end: '\u001B[F', ctrlC: '\u0003' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// ink renders asynchronously: wait for the next frame (or a while, for keys that change nothing).
async function settle(frames?: readonly unknown[], before = frames?.length ?? 0) {
  for (let waited = 0; waited < 1000 && (frames === undefined || frames.length === before); waited += 5) {
    await sleep(5);
    if (frames === undefined && waited >= 40) break;
  }
  await sleep(10);
}
const plain = (s: string | undefined) => (s ?? '').replace(/\u001B\[[0-9;]*m/g, '');

let report: Report;
let comparison: Comparison;
let borealis: Subject;

beforeAll(() => {
  const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
  if (!standard) throw new Error(problems.map((p) => p.message).join('\n'));
  report = check(standard, problems, { paths: [path.join(root, 'examples/vendors')], asOf: '2026-11-25', failOn: 'none' });
  comparison = compare(report);
  borealis = report.subjects.find((s) => s.file.endsWith('borealis-typical.yaml'))!;
});

const mounted: { unmount(): void }[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount();
});

function mount(props: AppProps) {
  const app = render(createElement(App, { width: 120, height: 40, ...props }));
  mounted.push(app);
  return {
    ...app,
    frame: () => plain(app.lastFrame()),
    async press(...keys: string[]) {
      for (const k of keys) {
        const before = app.frames.length;
        app.stdin.write(k);
        await settle(app.frames, before);
      }
      return plain(app.lastFrame());
    },
  };
}

/** The list rows of a frame (lines after the column headings that start with the cursor or two spaces). */
const selectedLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('› ')) ?? '';

describe('interactive view of a report', () => {
  it('lists the documents with score, grade (and cap), level and evidence coverage', async () => {
    const app = mount({ report });
    await settle();
    const f = app.frame();
    expect(f).toMatch(/ringfence › Documents/);
    expect(f).toMatch(/KDUS 1\.1\.0 Kernel-Driver and Update Safety · as of 2026-11-25 · 4 documents/);
    expect(f).toMatch(/Aegis Sentinel Systems Aegis Sentinel 9\.4 \(examples\/vendors.*\s100 {2}A\s+L3\s+100% {2}✖ 0 {2}\? 0 {2}! 0/);
    expect(f).toMatch(/Borealis Cyber Ltd Borealis Guard 5\.8 \(examples\/vendors.*\s48 {2}F\s+L0\s+98% {2}✖ 25 {2}\? 1/);
    expect(f).toMatch(/Cobalt Shield, Inc\. Cobalt Shield Endpoint 7\.28 \(examples\/v.*\s67 {2}D\s+L0\s+87% {2}✖ 9/);
    expect(f).toMatch(/Cobalt Shield, Inc\. Cobalt Shield Endpoint 7\.15 .*\s2 {2}F\s+L0\s+43%/);
    expect(selectedLine(f)).toMatch(/Aegis/);
    // The status bar names the filters in words, and the keys.
    expect(f).toMatch(/s severity: all │ f status: not passing │ 1\/4 │ q quit · \? help/);
    // The screen is exactly as tall as it was given, less one line (ink redraws a full screen from scratch).
    expect(f.split('\n')).toHaveLength(39);
  });

  it('drills from borealis-typical to an area, a failing control and a finding with its excerpt and remediation', async () => {
    const app = mount({ report });
    await settle();
    let f = await app.press(key.down);
    expect(selectedLine(f)).toMatch(/Borealis/);

    f = await app.press(key.enter);
    expect(f).toMatch(/ringfence › Documents › examples\/vendors\/borealis-typical\.yaml/);
    expect(f).toMatch(/Score 48\/100 {3}Grade F \(critical controls not passing: KDUS-SR-01, KDUS-SR-02, KDUS-SR-04, KDUS-CU-01, KDUS-CU-07, KDUS…/);
    expect(f).toMatch(/✖ 25 failed {2}\? 1 missing evidence {2}! 0 error {2}✓ 27 passed/);
    expect(selectedLine(f)).toMatch(/^› SR Staged rollout\s+25 {2}[█░]{10} {2}3 controls: ✖ 3/);
    expect(f).toMatch(/ {2}TR Transparency and incident response\s+87 {2}█████████░ {2}1 control: ✖ 1/);

    // → opens too; then the area's failing controls, most costly first.
    f = await app.press(key.right);
    expect(f).toMatch(/› SR Staged rollout\n/);
    expect(f).toMatch(/3 of 5 controls listed \(not passing, all severities\)/);
    expect(selectedLine(f)).toMatch(/^› ✖ failed\s+KDUS-SR-01 {2}critical L1\s+−\d\.\d {2}Every update channel, code and content, is rolled out in stages/);
    expect(f).toMatch(/✖ failed\s+KDUS-SR-02 {2}critical/);
    expect(f).not.toMatch(/KDUS-SR-03/);

    const control = borealis.controls.find((c) => c.id === 'KDUS-SR-01')!;
    const finding = control.findings[0]!;
    const { startLine, startColumn } = finding.location.region;
    f = await app.press(key.enter);
    expect(f).toMatch(/› KDUS-SR-01\n/);
    expect(f).toMatch(/failed · critical · level 1 · −\d\.\d points lost · instances: 1 passed, 2 failed/);
    expect(selectedLine(f)).toContain(`✖ failed           examples/vendors/borealis-typical.yaml:${startLine}:${startColumn} ${finding.message.slice(0, 40)}`);
    // The list cuts long messages; the selected one is shown in full below it.
    expect(f.replace(/\n +/g, ' ')).toContain(`✖ ${finding.message}`);
    expect(f).toContain(`examples/vendors/borealis-typical.yaml:${control.findings[1]!.location.region.startLine}:`);
    expect(f).toMatch(/Remediation\n {2}Give every update channel/);

    f = await app.press(key.enter);
    expect(f).toMatch(/› KDUS-SR-01 › finding 1 of 2\n/);
    expect(f).toContain(`✖ failed: ${finding.message}`);
    expect(f).toContain(`at examples/vendors/borealis-typical.yaml:${startLine}:${startColumn}  ${finding.location.pointer}`);
    // The excerpt with line numbers; the finding's line marked (▶), with a caret under its column.
    const excerpt = finding.excerpt!;
    expect(f).toContain(`examples/vendors/borealis-typical.yaml, lines ${excerpt.startLine}–${excerpt.startLine + excerpt.lines.length - 1}`);
    expect(f).toContain(`▶ ${startLine} │ ${excerpt.lines[startLine - excerpt.startLine]}`);
    expect(f).toContain(`  ${startLine - 1} │ ${excerpt.lines[startLine - 1 - excerpt.startLine]}`);
    const caret = f.split('\n').find((l) => l.includes(`line ${startLine}, column ${startColumn}`))!;
    expect(caret.indexOf('^') - caret.indexOf('│') - 2).toBe(startColumn - 1);
    expect(f).toMatch(/Remediation · KDUS-SR-01 Every update channel/);
    expect(f).toContain('emergency path, which still stages (see KDUS-SR-05).');

    // ← and Backspace go back, with the cursor where it was.
    f = await app.press(key.left);
    expect(f).toMatch(/› KDUS-SR-01\n/);
    f = await app.press(key.backspace, key.backspace);
    expect(selectedLine(f)).toMatch(/SR Staged rollout/);
    // Esc goes back too; at the top it quits.
    f = await app.press(key.escape);
    expect(selectedLine(f)).toMatch(/Borealis/);
  });

  it('j/k move; the finding of KDUS-RB-02 shows the crash-loop breaker line', async () => {
    const app = mount({ report });
    await settle();
    // borealis → RB (3rd area) → KDUS-RB-02 → its one finding: the crash-loop breaker threshold.
    const f = await app.press('j', key.enter, 'j', 'j', 'k', 'j', key.enter);
    expect(f).toMatch(/› RB Rollback and recovery\n/);
    const rows = f.split('\n').filter((l) => /KDUS-RB-\d\d/.test(l));
    const index = rows.findIndex((l) => l.includes('KDUS-RB-02'));
    const g = await app.press(...Array<string>(index).fill('j'), key.enter, key.enter);
    const finding = borealis.controls.find((c) => c.id === 'KDUS-RB-02')!.findings[0]!;
    expect(g).toContain(`▶ ${finding.location.region.startLine} │ ${finding.excerpt!.lines[finding.location.region.startLine - finding.excerpt!.startLine]}`);
    expect(g).toContain('the crash-loop breaker trips after 5 abnormal boots or crashes; at most 3 are allowed');
  });

  it('filters controls by status (f) and severity (s), and says so in the status bar', async () => {
    const app = mount({ report });
    await settle();
    let f = await app.press('j', key.enter, key.enter);
    expect(f).toMatch(/3 of 5 controls listed \(not passing, all severities\)/);

    f = await app.press('f');
    expect(f).toMatch(/f status: all │/);
    expect(f).toMatch(/5 of 5 controls listed \(all statuses, all severities\)/);
    expect(f).toMatch(/✓ passed\s+KDUS-SR-03 {2}medium/);

    f = await app.press('f');
    expect(f).toMatch(/f status: failing │/);
    expect(f).toMatch(/3 of 5 controls listed \(failing only/);
    expect(f).not.toMatch(/KDUS-SR-03/);

    f = await app.press('s');
    expect(f).toMatch(/s severity: critical │/);
    expect(f).toMatch(/3 of 5 controls listed \(failing only, critical only\)/);
    expect(f).toMatch(/KDUS-SR-01/);
    expect(f).toMatch(/KDUS-SR-04/);
    expect(f).not.toMatch(/KDUS-SR-03/);

    f = await app.press('s');
    expect(f).toMatch(/s severity: high\+ │/);
    expect(f).toMatch(/KDUS-SR-02/);

    // Missing evidence: none in this area of borealis.
    f = await app.press('f');
    expect(f).toMatch(/f status: missing evidence │/);
    expect(f).toMatch(/No control of this area is missing evidence at high and above/);
    expect(f).toMatch(/│ 0\/0 │/);

    f = await app.press('f', 'f', 's', 's');
    expect(f).toMatch(/s severity: all │ f status: not passing │/);
    expect(f).toMatch(/3 of 5 controls listed/);

    // The area list counts what the filters let through.
    f = await app.press(key.left, 'f', 'f');
    expect(f).toMatch(/SR Staged rollout\s+25 {2}[█░]{10} {2}3 controls: ✖ 3/);
    f = await app.press('f');
    expect(f).toMatch(/SR Staged rollout\s+25 {2}[█░]{10} {2}0 controls/);
  });

  it('keeps the selected document when a filter changes, and counts what the filters let through', async () => {
    const app = mount({ report });
    await settle();
    let f = await app.press('j', 's', 'f');
    expect(selectedLine(f)).toMatch(/Borealis/);
    expect(f).toMatch(/s severity: critical │ f status: all │ 2\/4/);
    f = await app.press(key.enter);
    // Critical controls of any status in SR: KDUS-SR-01, SR-02 and SR-04.
    expect(f).toMatch(/SR Staged rollout\s+25 {2}[█░]{10} {2}3 controls: ✖ 3\n/);
  });

  it('shows missing evidence with its own symbol and word', async () => {
    const app = mount({ report });
    await settle();
    // cobalt-pre-incident: 14 controls missing evidence.
    let f = await app.press('j', 'j', key.enter);
    expect(f).toMatch(/Cobalt Shield Endpoint 7\.15/);
    f = await app.press('f', 'f', 'f');
    expect(f).toMatch(/f status: missing evidence/);
    const area = f.split('\n').find((l) => /^(› | {2})[A-Z]{2} .*controls: \? \d/.test(l));
    expect(area).toBeDefined();
    const target = f.split('\n').filter((l) => /^(› | {2})[A-Z]{2} /.test(l)).indexOf(area!);
    f = await app.press(...Array<string>(target).fill('j'), key.enter);
    expect(selectedLine(f)).toMatch(/^› \? missing evidence\s+KDUS-/);
    expect(f).not.toMatch(/✖ failed {2}/);
  });

  it('keeps long lists scrollable: the window follows the cursor', async () => {
    // A short terminal: the 17 failing controls of borealis, all areas, do not fit; use the differences of a
    // comparison (44 rows) and the areas of a report.
    const app = mount({ comparison, height: 20 });
    await settle();
    let f = await app.press('d');
    const first = comparison.differences[0]!.control;
    const last = comparison.differences[comparison.differences.length - 1]!.control;
    expect(f).toContain(first);
    expect(f).not.toContain(last);
    expect(f).toMatch(/↓ \d+ more below/);
    expect(f.split('\n')).toHaveLength(19);

    f = await app.press('G');
    expect(selectedLine(f)).toContain(last);
    expect(f).not.toContain(`${first} `);
    expect(f).toMatch(/↑ \d+ more above/);
    expect(f).toMatch(new RegExp(`│ ${comparison.differences.length}/${comparison.differences.length} │`));

    // Moving up one at a time keeps the cursor in view.
    for (let i = 0; i < 12; i++) {
      f = await app.press(key.up);
      expect(selectedLine(f)).toContain(comparison.differences[comparison.differences.length - 2 - i]!.control);
    }
    f = await app.press('g');
    expect(selectedLine(f)).toContain(first);
    expect(f.split('\n')).toHaveLength(19);
  });

  it('scrolls a finding that is taller than the terminal', async () => {
    const app = mount({ report, height: 16 });
    await settle();
    let f = await app.press('j', key.enter, key.enter, key.enter, key.enter);
    expect(f).toMatch(/finding 1 of 2/);
    expect(f).toMatch(/✖ failed: content channel/);
    expect(f).toMatch(/— lines 1–\d+ of \d+ · ↓ for more —/);
    f = await app.press(key.down, key.down, key.down);
    expect(f).not.toMatch(/✖ failed: content channel/);
    expect(f).toMatch(/— lines 4–/);
    f = await app.press('G');
    expect(f).toContain('emergency path, which still stages (see KDUS-SR-05).');
    expect(f.split('\n')).toHaveLength(15);
  });

  it('shows help on ?, closed by any key', async () => {
    const app = mount({ report });
    await settle();
    let f = await app.press('?');
    expect(f).toMatch(/Keys\n/);
    expect(f).toMatch(/s {19}severity filter: all → critical → high and above → medium and above/);
    expect(f).toMatch(/Symbols: ✓ passed {2}✖ failed {2}\? missing evidence {2}! error {2}· not applicable/);
    f = await app.press('x');
    expect(f).not.toMatch(/Keys\n/);
    expect(selectedLine(f)).toMatch(/Aegis/);
  });

  it.each([
    ['q', ['q']],
    ['Esc at the top', [key.escape]],
    ['q from deep inside', [key.down, key.enter, key.enter, 'q']],
    ['Esc from a document, twice', [key.enter, key.escape, key.escape]],
  ])('quits on %s', async (_name, keys) => {
    const onExit = vi.fn();
    const app = mount({ report, onExit });
    await settle();
    await app.press(...keys);
    expect(onExit).toHaveBeenCalledTimes(1);
    // Unmounted: further keys change nothing.
    const before = app.frames.length;
    app.stdin.write(key.down);
    app.stdin.write(key.enter);
    await sleep(100);
    expect(app.frames.length).toBe(before);
  });

  it('does not quit on Esc below the top level', async () => {
    const onExit = vi.fn();
    const app = mount({ report, onExit });
    await settle();
    const f = await app.press(key.enter, key.enter, key.escape);
    expect(onExit).not.toHaveBeenCalled();
    expect(f).toMatch(/Aegis Sentinel Systems Aegis Sentinel 9\.4 \(VendorManifest\)/);
  });

  it('makes untrusted text inert: escape sequences and line breaks in a manifest become visible escapes', async () => {
    const evil: Report = structuredClone(report);
    const s = evil.subjects.find((x) => x.id === borealis.id)!;
    s.name = 'Evil\u001B[2J\u001B]0;owned\u0007 Corp\nForged line \u202Eabc';
    const c = s.controls.find((x) => x.id === 'KDUS-SR-01')!;
    c.findings[0]!.message = 'bad\u001B[31m red\u009B';
    c.findings[0]!.excerpt!.lines = c.findings[0]!.excerpt!.lines.map((l) => `${l}\u001B[8m`);
    const app = mount({ report: evil });
    await settle();
    let raw = '';
    const capture = async (...keys: string[]) => {
      await app.press(...keys);
      raw += app.lastFrame();
    };
    await capture();
    await capture('j', key.enter, key.enter, key.enter, key.enter);
    expect(raw).not.toMatch(/\u001B\[2J|\u001B\]0;|\u0007|\u001B\[8m|\u009B|\u202E/);
    const f = plain(raw);
    expect(f).toContain('Evil\\x1b[2J\\x1b]0;owned\\x07 Corp\\x0aForged line \\u202eabc');
    expect(f).toContain('bad\\x1b[31m red\\x9b');
    expect(f).toContain('\\x1b[8m');
  });
});

describe('interactive view of a comparison', () => {
  it('ranks the vendors with score, grade, level, coverage and the reasons', async () => {
    const app = mount({ comparison, height: 60 });
    await settle();
    const f = app.frame();
    expect(f).toMatch(/ringfence › Ranking/);
    expect(f).toMatch(/ringfence compare · KDUS 1\.1\.0 · as of 2026-11-25 · 4 vendor manifests/);
    const rows = f.split('\n').filter((l) => /^(› | {2}) +\d {2}/.test(l));
    expect(rows.map((r) => r.match(/^.. +(\d)/)![1])).toEqual(['1', '2', '3', '4']);
    comparison.entries.forEach((e, i) => {
      expect(rows[i]).toContain(e.name);
      expect(rows[i]).toContain(String(Math.floor(e.score!)));
      expect(rows[i]).toContain(`L${e.level}`);
    });
    expect(rows[0]).toMatch(/Aegis.*100 {2}A\s+L3\s+100% {2}53\/53/);
    expect(rows[2]).toMatch(/Borealis.*48 {2}F\s+L0\s+98% {2}27\/53/);
    expect(f).toMatch(/Why this order/);
    for (const r of comparison.reasons) expect(f.replace(/\n +/g, ' ')).toContain(r.slice(0, 60));
    expect(f).toMatch(/d differences/);
  });

  it('drills into a vendor, and back', async () => {
    const app = mount({ comparison });
    await settle();
    const rank = comparison.entries.findIndex((e) => e.file.endsWith('borealis-typical.yaml'));
    let f = await app.press(...Array<string>(rank).fill(key.down));
    expect(selectedLine(f)).toMatch(/Borealis/);
    // The reasons that concern the selected vendor are marked.
    expect(f).toMatch(/▸ .*ranks above Borealis/);
    f = await app.press(key.enter);
    expect(f).toMatch(/ringfence › Ranking › examples\/vendors\/borealis-typical\.yaml/);
    expect(f).toMatch(/Borealis Cyber Ltd Borealis Guard 5\.8 \(VendorManifest\)/);
    expect(selectedLine(f)).toMatch(/SR Staged rollout/);
    f = await app.press(key.enter, key.enter, key.enter);
    expect(f).toMatch(/› KDUS-SR-01 › finding 1 of 2/);
    expect(f).toMatch(/▶ \d+ │/);
    f = await app.press(key.left, key.left, key.left, key.left);
    expect(f).toMatch(/ringfence › Ranking\n/);
    expect(selectedLine(f)).toMatch(/Borealis/);
  });

  it('shows the controls on which they differ (d), each with every vendor\'s status', async () => {
    const app = mount({ comparison, height: 70 });
    await settle();
    let f = await app.press('d');
    expect(f).toMatch(/ringfence › Ranking › Differences/);
    expect(f).toContain(`Controls on which they differ: ${comparison.differences.length} of ${comparison.differences.length} (all severities)`);
    expect(f).toMatch(/✓ passed {2}✖ failed {2}\? missing evidence {2}! error {2}· not applicable/);
    comparison.entries.forEach((e) => expect(f).toContain(`column ${e.rank}: ${e.name} (${e.file})`));
    const d0 = comparison.differences[0]!;
    const marks = d0.statuses.map((s) => ({ pass: '✓', fail: '✖', missing_evidence: '?', error: '!', not_applicable: '·' })[s]).join(' ');
    expect(selectedLine(f)).toContain(`${marks} ${d0.control}`);

    f = await app.press('s');
    const critical = comparison.differences.filter((d) => d.severity === 'critical').length;
    expect(f).toContain(`Controls on which they differ: ${critical} of ${comparison.differences.length} (critical only)`);
    expect(f).not.toMatch(/ high {5}/);

    // Enter: the control for each vendor; Enter again: that vendor's findings for it.
    f = await app.press(key.enter);
    expect(f).toMatch(new RegExp(`› Differences › ${d0.control}\\n`));
    const failing = d0.statuses.findIndex((s) => s === 'fail');
    f = await app.press(...Array<string>(failing).fill('j'));
    expect(selectedLine(f)).toMatch(/✖ failed/);
    f = await app.press(key.enter);
    expect(f).toMatch(new RegExp(`› ${d0.control}\\n✖ ${d0.control}`));
    expect(selectedLine(f)).toMatch(/✖ failed .*\.yaml:\d+:\d+/);

    // d again from the differences returns to the ranking.
    f = await app.press(key.left, key.left, 'd');
    expect(f).toMatch(/ringfence › Ranking\n/);
  });
});

describe('layout helpers', () => {
  it('windowOf keeps the cursor in view and the window full', () => {
    expect(windowOf(5, 10, 3)).toEqual({ start: 0, end: 5 });
    expect(windowOf(100, 10, 0)).toEqual({ start: 0, end: 10 });
    expect(windowOf(100, 10, 50)).toEqual({ start: 45, end: 55 });
    expect(windowOf(100, 10, 99)).toEqual({ start: 90, end: 100 });
    for (let c = 0; c < 100; c++) {
      const w = windowOf(100, 7, c);
      expect(c >= w.start && c < w.end && w.end - w.start === 7).toBe(true);
    }
  });

  it('wrap breaks at spaces and cuts words longer than a line', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('abcdefghijklmnopqrst', 8)).toEqual(['abcdefgh', 'ijklmnop', 'qrst']);
    expect(wrap('', 10)).toEqual(['']);
  });
});

describe('interactive view of a contradiction', () => {
  it('shows the other side(s) of a finding as "also at" lines', async () => {
    const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
    const full = check(standard!, problems, { paths: [path.join(root, 'test/fixtures/contradictions/vendor.yaml')], asOf: '2026-11-25', failOn: 'none' });
    // Only the consistency control, so that four presses reach its finding.
    const subject = { ...full.subjects[0]!, areas: full.subjects[0]!.areas.filter((a) => a.id === 'TR'), controls: full.subjects[0]!.controls.filter((c) => c.id === 'KDUS-TR-06') };
    const app = mount({ report: { ...full, subjects: [subject] }, height: 60 });
    await settle();
    const f = await app.press(key.enter, key.enter, key.enter, key.enter);
    expect(f).toMatch(/KDUS-TR-06 The vendor manifest is current and does not contradict itself · finding 1 of 1\n/);
    expect(f).toMatch(/also at test\/fixtures\/contradictions\/vendor\.yaml:13:5 {2}privilege user \(component drv\)/);
    expect(f).toMatch(/also at test\/fixtures\/contradictions\/vendor\.yaml:12:5 {2}kind kernel_driver \(component drv\)/);
  });
});
