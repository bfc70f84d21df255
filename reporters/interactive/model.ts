/**
 * The interactive view's logic without React: screens, navigation, filters, and what each screen lists. The
 * components in App.tsx only lay these out, so this module is the part to read (and to test) first.
 *
 * Every string that comes from a document or a standard goes through `terminalSafe` here, before it can reach
 * the terminal: a vendor writes its own manifest, and must not be able to rewrite the screen.
 */
import type { Comparison } from '../../src/model/comparison.js';
import type { ControlInfo, ControlStatus, Finding, Report, Severity, Subject, SubjectControl } from '../../src/model/report.js';
import { terminalSafe as safe } from '../sanitize.js';
import { fmtScore } from '../numbers.js';
import { rankingRule, rankLabel } from '../compare/types.js';

export type Screen =
  | { kind: 'documents' }
  | { kind: 'ranking' }
  | { kind: 'differences' }
  | { kind: 'difference'; control: string }
  | { kind: 'areas'; subject: string }
  | { kind: 'controls'; subject: string; area: string }
  | { kind: 'findings'; subject: string; control: string }
  | { kind: 'finding'; subject: string; control: string; finding: number };

/** A screen on the navigation stack, with its cursor (for a text screen: the first line shown). */
export interface Frame {
  screen: Screen;
  cursor: number;
}

export const severityFilters = ['all', 'critical', 'high+', 'medium+'] as const;
export type SeverityFilter = (typeof severityFilters)[number];
export const statusFilters = ['not-passing', 'all', 'failing', 'missing', 'errored'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const severityFilterLabel: Record<SeverityFilter, string> = { all: 'all severities', critical: 'critical only', 'high+': 'high and above', 'medium+': 'medium and above' };
export const severityFilterShort: Record<SeverityFilter, string> = { all: 'all', critical: 'critical', 'high+': 'high+', 'medium+': 'medium+' };
export const statusFilterShort: Record<StatusFilter, string> = { 'not-passing': 'not passing', all: 'all', failing: 'failing', missing: 'missing evidence', errored: 'errored' };
export const statusFilterLabel: Record<StatusFilter, string> = { 'not-passing': 'not passing', all: 'all statuses', failing: 'failing only', missing: 'missing evidence', errored: 'errored' };

export interface State {
  stack: Frame[];
  severity: SeverityFilter;
  status: StatusFilter;
  help: boolean;
  quit: boolean;
}

export type Action =
  | { type: 'move'; by: number }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'escape' }
  | { type: 'quit' }
  | { type: 'help' }
  | { type: 'severity' }
  | { type: 'status' }
  | { type: 'differences' };

export interface Data {
  report: Report;
  comparison?: Comparison;
}

/** A run of text with a style; the style never carries meaning on its own (a symbol or a word does). */
export interface Segment {
  text: string;
  color?: 'red' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'gray';
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}
export type Line = Segment[];

export interface Row {
  line: Line;
  /** Where Enter leads; undefined when the row opens nothing. */
  open?: Screen;
}

/** What a screen shows: a heading, then either a list with a cursor or scrollable text, then a footer. */
export interface View {
  breadcrumb: string[];
  header: Line[];
  /** `list`: the cursor selects a row. `text`: the cursor is the first line shown. */
  mode: 'list' | 'text';
  /** Column headings of a list, shown above its rows. */
  columns?: Line;
  rows: Row[];
  /** Shown when there are no rows. */
  empty?: string;
  /** Below the list, as much as fits (e.g. the reasons of a ranking). */
  footer: Line[];
  /** When the footer does not fit: the first footer line to keep in view (after its heading lines). */
  footerFocus?: number;
  /** Footer lines that stay on top when it scrolls to footerFocus. */
  footerHeading?: number;
}

export const statusMark: Record<ControlStatus, string> = { pass: '✓', fail: '✖', missing_evidence: '?', error: '!', not_applicable: '·' };
export const statusWord: Record<ControlStatus, string> = { pass: 'passed', fail: 'failed', missing_evidence: 'missing evidence', error: 'error', not_applicable: 'not applicable' };
export const statusColor: Record<ControlStatus, Segment['color']> = { pass: 'green', fail: 'red', missing_evidence: 'yellow', error: 'magenta', not_applicable: 'gray' };

export function initialState(data: Data): State {
  return { stack: [{ screen: data.comparison ? { kind: 'ranking' } : { kind: 'documents' }, cursor: 0 }], severity: 'all', status: 'not-passing', help: false, quit: false };
}

const cycle = <T>(list: readonly T[], value: T): T => list[(list.indexOf(value) + 1) % list.length]!;

/**
 * Applies one key's action. `view` is the current screen as shown and `visible` the number of body lines, so
 * that moving clamps to what exists and a text screen stops scrolling at its end.
 */
export function reduce(state: State, action: Action, data: Data, view: View, visible: number): State {
  const top = state.stack[state.stack.length - 1]!;
  const setCursor = (cursor: number): State => {
    const max = view.mode === 'list' ? view.rows.length - 1 : view.rows.length - visible;
    const c = Math.max(0, Math.min(cursor, max));
    return c === top.cursor ? state : { ...state, stack: [...state.stack.slice(0, -1), { ...top, cursor: c }] };
  };
  if (state.help && action.type !== 'quit' && action.type !== 'help') return { ...state, help: false };
  switch (action.type) {
    case 'move':
      return setCursor(top.cursor + action.by);
    case 'home':
      return setCursor(0);
    case 'end':
      return setCursor(Number.MAX_SAFE_INTEGER);
    case 'open': {
      if (view.mode !== 'list') return state;
      const target = view.rows[top.cursor]?.open;
      return target ? { ...state, stack: [...state.stack, { screen: target, cursor: 0 }] } : state;
    }
    case 'back':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'escape':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : { ...state, quit: true };
    case 'quit':
      return { ...state, quit: true };
    case 'help':
      return { ...state, help: !state.help };
    case 'severity':
      return clampAll({ ...state, severity: cycle(severityFilters, state.severity) });
    case 'status':
      return clampAll({ ...state, status: cycle(statusFilters, state.status) });
    case 'differences': {
      if (!data.comparison) return state;
      if (top.screen.kind === 'differences') return { ...state, stack: state.stack.slice(0, -1) };
      return { ...state, stack: [...state.stack, { screen: { kind: 'differences' }, cursor: 0 }] };
    }
  }
  // A filter changes what a list of controls, findings or differences holds: its cursor goes back to the top.
  // (Other screens only count what the filters let through, and keep their place.)
  function clampAll(s: State): State {
    const filtered = ['controls', 'findings', 'differences'];
    return { ...s, stack: s.stack.map((f, i) => (i === s.stack.length - 1 && filtered.includes(f.screen.kind) ? { ...f, cursor: 0 } : f)) };
  }
}

export function severityMatches(filter: SeverityFilter, severity: Severity): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'critical':
      return severity === 'critical';
    case 'high+':
      return severity === 'critical' || severity === 'high';
    case 'medium+':
      return severity !== 'low';
  }
}

export function statusMatches(filter: StatusFilter, status: ControlStatus): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'not-passing':
      return status === 'fail' || status === 'missing_evidence' || status === 'error';
    case 'failing':
      return status === 'fail';
    case 'missing':
      return status === 'missing_evidence';
    case 'errored':
      return status === 'error';
  }
}

function findingMatches(filter: StatusFilter, f: Finding): boolean {
  return filter === 'all' || filter === 'not-passing' ? true : statusMatches(filter, f.status);
}

const statusRank: Record<ControlStatus, number> = { fail: 0, error: 1, missing_evidence: 2, pass: 3, not_applicable: 4 };

/** The controls of a subject (optionally of one area) that pass both filters: most costly first. */
export function filteredControls(subject: Subject, info: Map<string, ControlInfo>, state: Pick<State, 'severity' | 'status'>, area?: string): SubjectControl[] {
  const order = new Map([...info.keys()].map((id, i) => [id, i]));
  return subject.controls
    .filter((c) => {
      const ci = info.get(c.id);
      if (area !== undefined && ci?.area !== area) return false;
      return statusMatches(state.status, c.status) && (ci === undefined || severityMatches(state.severity, ci.severity));
    })
    .sort((a, b) => statusRank[a.status] - statusRank[b.status] || b.pointsLost - a.pointsLost || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

// ————— text helpers —————

/** Display width, counting code points (the sanitized text has no control characters left). */
export const width = (s: string): number => Array.from(s).length;

export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export const pad = (s: string, n: number): string => {
  const t = truncate(s, n);
  return t + ' '.repeat(Math.max(0, n - width(t)));
};
export const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s;

/** Word-wraps one paragraph to `max` columns; words longer than a line are cut. */
export function wrap(text: string, max: number): string[] {
  const m = Math.max(8, max);
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    let w = word;
    while (width(w) > m) {
      if (line) {
        out.push(line);
        line = '';
      }
      const chars = Array.from(w);
      out.push(chars.slice(0, m).join(''));
      w = chars.slice(m).join('');
    }
    if (!line) line = w;
    else if (width(line) + 1 + width(w) <= m) line += ` ${w}`;
    else {
      out.push(line);
      line = w;
    }
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

/** Multi-line text from a document or standard: each source line is made safe, then wrapped. */
export function safeParagraphs(text: string, max: number, indent = ''): string[] {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  return lines.flatMap((l) => wrap(safe(l.trimEnd()), max - width(indent)).map((w) => indent + w));
}


const fmtCoverage = (n: number | null) => (n === null ? 'n/a' : `${Math.round(n * 100)}%`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function bar(score: number | null): Segment {
  if (score === null) return { text: '··········', color: 'gray' };
  const filled = Math.max(0, Math.min(10, Math.round(score / 10)));
  return { text: '█'.repeat(filled) + '░'.repeat(10 - filled), color: score >= 90 ? 'green' : score >= 60 ? 'yellow' : 'red' };
}

function gradeText(g: { grade: string; uncappedGrade: string; cappedBy: string[]; criticalFailures: string[] }): string {
  if (g.cappedBy.length) return `${safe(g.grade)} (capped from ${safe(g.uncappedGrade)} by ${g.cappedBy.map(safe).join(', ')})`;
  if (g.criticalFailures.length) return `${safe(g.grade)} (critical controls not passing: ${g.criticalFailures.map(safe).join(', ')})`;
  return safe(g.grade);
}

/** `D (capped C)`: the grade, and the grade the score alone would give when a critical control capped it. */
function shortGrade(g: { grade: string; uncappedGrade: string; cappedBy: string[] }): string {
  return g.cappedBy.length ? `${safe(g.grade)} (capped ${safe(g.uncappedGrade)})` : safe(g.grade);
}

function levelText(report: Report, level: number): string {
  const name = report.standard.levels.find((l) => l.level === level)?.name;
  return name ? `${level} ${safe(name)}` : `${level} (none met)`;
}

function subjectLabel(s: Subject): string {
  return `${safe(s.file)}${s.documentIndex > 0 ? ` (document ${s.documentIndex + 1})` : ''}`;
}

function statusCounts(controls: readonly SubjectControl[]): Record<ControlStatus, number> {
  const counts: Record<ControlStatus, number> = { pass: 0, fail: 0, missing_evidence: 0, error: 0, not_applicable: 0 };
  for (const c of controls) counts[c.status]++;
  return counts;
}

function countsLine(counts: Record<ControlStatus, number>): Line {
  const order: ControlStatus[] = ['fail', 'missing_evidence', 'error', 'pass', 'not_applicable'];
  return order.flatMap((s, i) => [
    ...(i ? [{ text: '  ' }] : []),
    { text: statusMark[s], color: statusColor[s], bold: true },
    { text: ` ${counts[s]} ${statusWord[s]}` },
  ]);
}

const filterNote = (state: State) => `${statusFilterLabel[state.status]}, ${severityFilterLabel[state.severity]}`;

// ————— screens —————

/** What the screen on top of the stack shows, laid out for `cols` columns. */
export function buildView(state: State, data: Data, cols: number): View {
  const top = state.stack[state.stack.length - 1]!;
  const screen = top.screen;
  const report = data.report;
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  const areaTitle = new Map(report.standard.areas.map((a) => [a.id, safe(a.title)]));
  const subjectOf = (id: string) => report.subjects.find((s) => s.id === id);
  const root = data.comparison ? 'Ranking' : 'Documents';
  const crumbs = (s: Subject) => [root, subjectLabel(s)];

  switch (screen.kind) {
    case 'documents': {
      const st = report.standard;
      const gate = report.gate.passed ? '✓ Gate passed' : '✖ Gate failed';
      const errors = report.problems.filter((p) => p.severity === 'error').length;
      const header: Line[] = [
        [{ text: `${safe(st.id)} ${safe(st.version)}`, bold: true }, { text: ` ${safe(st.title)} · as of ${safe(report.asOf)} · ${plural(report.subjects.length, 'document')} · ` }, { text: gate, color: report.gate.passed ? 'green' : 'red', bold: true }, { text: ` (--fail-on ${report.gate.failOn})` }],
      ];
      if (report.problems.length) header.push([{ text: `! ${plural(report.problems.length, 'problem')} while loading (${errors} error${errors === 1 ? '' : 's'}); run without --interactive to list them`, color: 'yellow' }]);
      // Name and file share the first column; the rest are narrow, so that names stay readable at 100 columns.
      const nameW = Math.max(20, cols - 60);
      return {
        breadcrumb: [root],
        header,
        mode: 'list',
        columns: [{ text: `  ${pad('Document (file)', nameW)} ${padStart('Score', 6)}  ${pad('Grade', 12)} ${pad('Level', 5)} ${padStart('Evidence', 8)}  ✖ fail ? miss ! err`, dim: true }],
        rows: report.subjects.map((s) => {
          const c = statusCounts(s.controls);
          const name = safe(s.name);
          const file = ` (${subjectLabel(s)})`;
          return {
            open: { kind: 'areas', subject: s.id },
            line: [
              { text: truncate(name, nameW) },
              { text: pad(file, nameW - width(truncate(name, nameW))), dim: true },
              { text: ' ' },
              { text: padStart(fmtScore(s.score), 6), bold: true },
              { text: `  ${pad(shortGrade(s), 12)} ${pad(`L${s.level}`, 5)} ${padStart(fmtCoverage(s.evidenceCoverage), 8)}  ` },
              { text: `✖ ${c.fail}  ? ${c.missing_evidence}  ! ${c.error}`, color: c.fail + c.error ? 'red' : c.missing_evidence ? 'yellow' : 'green' },
            ],
          };
        }),
        empty: 'No documents were evaluated.',
        footer: [],
      };
    }

    case 'ranking': {
      const cmp = data.comparison!;
      const nameW = Math.max(20, cols - 56);
      // The reasons that concern the selected entry (why it ranks below the one above, above the one below) are
      // marked, and kept in view when not all of them fit.
      const selected = top.cursor;
      const footer: Line[] = [[{ text: '' }], [{ text: 'Why this order', bold: true }, { text: ` — ${rankingRule}`, dim: true }]];
      let footerFocus = 0;
      cmp.reasons.forEach((r, i) => {
        const mine = i === selected - 1 || i === selected;
        if (i === Math.max(0, selected - 1)) footerFocus = footer.length;
        footer.push(...wrap(safe(r), cols - 4).map((l, j): Line => [{ text: `${j ? '    ' : mine ? '  ▸ ' : '  • '}${l}`, bold: mine }]));
      });
      if (cmp.excluded.length) footer.push([{ text: '' }], [{ text: `Not compared (other kind): ${cmp.excluded.map((x) => safe(x.file)).join(', ')}`, dim: true }]);
      if (report.problems.length) footer.push([{ text: '' }], [{ text: `! ${plural(report.problems.length, 'problem')} while loading; run \`ringfence check\` on the same files for details`, color: 'yellow' }]);
      return {
        breadcrumb: [root],
        header: [[{ text: 'ringfence compare', bold: true }, { text: ` · ${safe(report.standard.id)} ${safe(report.standard.version)} · as of ${safe(report.asOf)} · ${plural(cmp.entries.length, cmp.kind === 'VendorManifest' ? 'vendor manifest' : 'deployment config')}` }]],
        mode: 'list',
        columns: [{ text: `  ${padStart('#', 2)}  ${pad('Name', nameW)} ${padStart('Score', 6)}  ${pad('Grade', 12)} ${pad('Level', 5)} ${padStart('Evidence', 8)}  Passed`, dim: true }],
        rows: cmp.entries.map((e) => ({
          open: { kind: 'areas', subject: e.subject },
          line: [
            { text: `${padStart(rankLabel(e), 2)}  `, bold: true },
            { text: `${pad(safe(e.name), nameW)} ` },
            { text: padStart(fmtScore(e.score), 6), bold: true },
            { text: `  ${pad(shortGrade(e), 12)} ${pad(`L${e.level}`, 5)} ${padStart(fmtCoverage(e.evidenceCoverage), 8)}  ${e.passed}/${e.passed + e.notPassing}` },
          ],
        })),
        footerFocus,
        footerHeading: 2,
        empty: 'Nothing to compare.',
        footer,
      };
    }

    case 'differences': {
      const cmp = data.comparison!;
      const diffs = cmp.differences.filter((d) => severityMatches(state.severity, d.severity));
      const markW = cmp.entries.length * 2;
      const header: Line[] = [
        [{ text: `Controls on which they differ: ${diffs.length} of ${cmp.differences.length}`, bold: true }, { text: ` (${severityFilterLabel[state.severity]})` }],
        [{ text: '  ✓ passed  ✖ failed  ? missing evidence  ! error  · not applicable', dim: true }],
        ...cmp.entries.map((e, i): Line => [{ text: `  column ${i + 1}: ${safe(e.name)} (${safe(e.file)})`, dim: true }]),
      ];
      return {
        breadcrumb: [root, 'Differences'],
        header,
        mode: 'list',
        columns: [{ text: `  ${pad(cmp.entries.map((_e, i) => String((i + 1) % 10)).join(' '), markW)} ${pad('Control', 11)} ${pad('Severity', 8)} Title`, dim: true }],
        rows: diffs.map((d) => ({
          open: { kind: 'difference', control: d.control },
          line: [
            ...d.statuses.flatMap((s): Segment[] => [{ text: statusMark[s], color: statusColor[s], bold: true }, { text: ' ' }]),
            { text: `${pad(safe(d.control), 11)} ${pad(d.severity, 8)} ${safe(d.title)}` },
          ],
        })),
        empty: 'No control differs at this severity (s changes the severity filter).',
        footer: [],
      };
    }

    case 'difference': {
      const cmp = data.comparison;
      const d = cmp?.differences.find((x) => x.control === screen.control);
      if (!cmp || !d) return missing(root);
      const ci = info.get(d.control);
      const nameW = Math.max(20, cols - 46);
      return {
        breadcrumb: [root, 'Differences', safe(d.control)],
        header: [
          [{ text: safe(d.control), bold: true }, { text: ` ${safe(d.title)}` }],
          [{ text: `${d.severity} · level ${d.level} · area ${safe(d.area)} ${areaTitle.get(d.area) ?? ''}` }],
        ],
        mode: 'list',
        columns: [{ text: `  ${padStart('#', 2)}  ${pad('Name', nameW)} ${pad('Status', 18)} ${padStart('Lost', 6)}`, dim: true }],
        rows: cmp.entries.map((e, i) => {
          const st = d.statuses[i] ?? 'not_applicable';
          const lost = d.pointsLost[i] ?? 0;
          return {
            open: { kind: 'findings', subject: e.subject, control: d.control },
            line: [
              { text: `${padStart(rankLabel(e), 2)}  `, bold: true },
              { text: `${pad(safe(e.name), nameW)} ` },
              { text: statusMark[st], color: statusColor[st], bold: true },
              { text: ` ${pad(statusWord[st], 16)} ${padStart(lost > 0 ? `−${lost.toFixed(1)}` : '0.0', 6)}` },
            ],
          };
        }),
        footer: ci ? [[{ text: '' }], [{ text: 'Remediation', bold: true }], ...safeParagraphs(ci.remediation, cols, '  ').map((l): Line => [{ text: l }])] : [],
      };
    }

    case 'areas': {
      const s = subjectOf(screen.subject);
      if (!s) return missing(root);
      const header: Line[] = [
        [{ text: safe(s.name), bold: true }, { text: ` (${s.kind}) · ${subjectLabel(s)}` }],
        [
          { text: s.schemaErrors ? 'Not graded ' : 'Score ' },
          { text: s.schemaErrors ? '(schema errors)' : `${fmtScore(s.score)}/100`, bold: true },
          { text: '   Grade ' },
          { text: gradeText(s), bold: true, ...(s.cappedBy.length ? { color: 'yellow' as const } : {}) },
          { text: `   Level ${levelText(report, s.level)}   ${s.kind !== 'VendorManifest' ? '' : `Assurance ${s.assurance === 'declared' ? 'declared by the vendor' : safe(s.assurance.replace(/_/g, ' '))}   `}Declaration coverage ${fmtCoverage(s.evidenceCoverage)}` },
        ],
        countsLine(statusCounts(s.controls)),
      ];
      if (s.schemaErrors) header.push([{ text: `! ${plural(s.schemaErrors, 'schema error')} in this document`, color: 'yellow' }]);
      const titleW = Math.max(20, Math.min(40, cols - 56));
      return {
        breadcrumb: crumbs(s),
        header,
        mode: 'list',
        columns: [{ text: `  ${pad('Area', titleW + 3)} ${padStart('Score', 6)}  ${pad('', 10)}  Listed (${filterNote(state)})`, dim: true }],
        rows: s.areas.map((a) => {
          const listed = filteredControls(s, info, state, a.id);
          const c = statusCounts(listed);
          const parts = (['fail', 'missing_evidence', 'error', 'pass', 'not_applicable'] as const).filter((x) => c[x]).map((x) => `${statusMark[x]} ${c[x]}`);
          return {
            open: { kind: 'controls', subject: s.id, area: a.id },
            line: [
              { text: `${pad(safe(a.id), 3)}${pad(areaTitle.get(a.id) ?? '', titleW)} ` },
              { text: padStart(fmtScore(a.score), 6), bold: true },
              { text: '  ' },
              bar(a.score),
              { text: `  ${plural(listed.length, 'control')}${parts.length ? `: ${parts.join('  ')}` : ''}` },
            ],
          };
        }),
        empty: 'No area of the standard applies to this document.',
        footer: [],
      };
    }

    case 'controls': {
      const s = subjectOf(screen.subject);
      if (!s) return missing(root);
      const area = s.areas.find((a) => a.id === screen.area);
      const all = s.controls.filter((c) => info.get(c.id)?.area === screen.area);
      const listed = filteredControls(s, info, state, screen.area);
      return {
        breadcrumb: [...crumbs(s), `${safe(screen.area)} ${areaTitle.get(screen.area) ?? ''}`],
        header: [
          [{ text: `${safe(screen.area)} ${areaTitle.get(screen.area) ?? ''}`, bold: true }, { text: ` · area score ${fmtScore(area?.score ?? null)} · ${listed.length} of ${plural(all.length, 'control')} listed (${filterNote(state)})` }],
          countsLine(statusCounts(all)),
        ],
        mode: 'list',
        columns: [{ text: `  ${pad('Status', 18)} ${pad('Control', 11)} ${pad('Severity', 8)} ${pad('Level', 5)} ${padStart('Lost', 7)}  Title`, dim: true }],
        rows: listed.map((c) => {
          const ci = info.get(c.id);
          return {
            open: { kind: 'findings', subject: s.id, control: c.id },
            line: [
              { text: statusMark[c.status], color: statusColor[c.status], bold: true },
              { text: ` ${pad(statusWord[c.status], 16)} ` },
              { text: pad(safe(c.id), 11), bold: true },
              { text: ` ${pad(ci?.severity ?? '?', 8)} ${pad(`L${ci?.level ?? '?'}`, 5)} ${padStart(c.pointsLost > 0 ? `−${c.pointsLost.toFixed(1)}` : '0.0', 7)}  ${safe(ci?.title ?? '')}` },
            ],
          };
        }),
        empty: `No control of this area is ${statusFilterLabel[state.status]} at ${severityFilterLabel[state.severity]} (f and s change the filters).`,
        footer: [],
      };
    }

    case 'findings': {
      const s = subjectOf(screen.subject);
      const c = s?.controls.find((x) => x.id === screen.control);
      if (!s || !c) return missing(root);
      const ci = info.get(c.id);
      const shown = c.findings.map((f, i) => ({ f, i })).filter(({ f }) => findingMatches(state.status, f));
      const where = (f: Finding) => `${safe(f.location.file)}:${f.location.region.startLine}:${f.location.region.startColumn}`;
      const whereW = Math.min(Math.max(5, ...shown.map(({ f }) => width(where(f)))), Math.max(20, Math.floor(cols / 2)));
      const header: Line[] = [
        [{ text: statusMark[c.status], color: statusColor[c.status], bold: true }, { text: ` ${safe(c.id)}`, bold: true }, { text: ` ${safe(ci?.title ?? '')}` }],
        [{ text: `${statusWord[c.status]} · ${ci?.severity ?? '?'} · level ${ci?.level ?? '?'} · ${c.pointsLost > 0 ? `−${c.pointsLost.toFixed(1)}` : 'no'} points lost · instances: ${c.counts.pass} passed, ${c.counts.fail} failed, ${c.counts.missing_evidence} missing evidence, ${c.counts.error} errored` }],
      ];
      if (ci?.broken) header.push([{ text: `! this control could not be evaluated: ${safe(ci.broken)}`, color: 'magenta' }]);
      const footer: Line[] = [];
      // The selected finding's message in full (the list cuts it at the terminal's width), then the remediation.
      const sel = shown[Math.min(top.cursor, shown.length - 1)]?.f;
      if (sel) footer.push([{ text: '' }], ...wrap(safe(sel.message), cols - 4).map((l, i): Line => [{ text: i ? '  ' : '', bold: true }, ...(i ? [] : [{ text: statusMark[sel.status], color: statusColor[sel.status], bold: true }, { text: ' ' }]), { text: l }]));
      if (ci) footer.push([{ text: '' }], [{ text: 'Remediation', bold: true }], ...safeParagraphs(ci.remediation, cols, '  ').map((l): Line => [{ text: l }]));
      return {
        breadcrumb: [...crumbs(s), `${safe(ci?.area ?? '')} ${areaTitle.get(ci?.area ?? '') ?? ''}`, safe(c.id)],
        header,
        mode: 'list',
        ...(shown.length ? { columns: [{ text: `  ${pad('Status', 18)} ${pad('Where', whereW)} Message`, dim: true }] } : {}),
        rows: shown.map(({ f, i }) => {
          const r = f.location.region;
          const tags = [f.baselineState === 'new' ? '[new]' : '', f.waiver ? `[waived until ${safe(f.waiver.expires)}]` : ''].filter(Boolean).join(' ');
          return {
            open: { kind: 'finding', subject: s.id, control: c.id, finding: i },
            line: [
              { text: statusMark[f.status], color: statusColor[f.status], bold: true },
              { text: ` ${pad(statusWord[f.status], 16)} ` },
              { text: pad(where(f), whereW), color: 'cyan' },
              { text: ` ${safe(f.message)}${tags ? ` ${tags}` : ''}` },
            ],
          };
        }),
        empty: c.findings.length ? `No finding is ${statusFilterLabel[state.status]} (f changes the filter).` : c.status === 'pass' ? '✓ No findings: this control passes.' : `No findings (${statusWord[c.status]}).`,
        footer,
      };
    }

    case 'finding': {
      const s = subjectOf(screen.subject);
      const c = s?.controls.find((x) => x.id === screen.control);
      const f = c?.findings[screen.finding];
      if (!s || !c || !f) return missing(root);
      const ci = info.get(c.id);
      const r = f.location.region;
      const lines: Line[] = [];
      const text = (t: string, seg: Omit<Segment, 'text'> = {}) => lines.push([{ text: t, ...seg }]);
      // The message, wrapped: the first piece after the status, the rest below it.
      const label = ` ${statusWord[f.status]}: `;
      const msg = wrap(safe(f.message), cols - width(label) - 2);
      lines.push([{ text: statusMark[f.status], color: statusColor[f.status], bold: true }, { text: label, bold: true }, { text: msg[0] ?? '' }]);
      for (const l of msg.slice(1)) text(`${' '.repeat(width(label) + 1)}${l}`);
      lines.push([{ text: 'at ' }, { text: `${safe(f.location.file)}:${r.startLine}:${r.startColumn}`, color: 'cyan', bold: true }, { text: `  ${safe(f.location.pointer)}`, dim: true }]);
      // The other side(s) of a contradiction.
      for (const x of f.related ?? []) lines.push([{ text: 'also at ' }, { text: `${safe(x.location.file)}:${x.location.region.startLine}:${x.location.region.startColumn}`, color: 'cyan' }, { text: `  ${truncate(safe(x.message), Math.max(10, cols - 30))}`, dim: true }]);
      if (f.baselineState) text(`baseline: ${f.baselineState}`);
      if (f.waiver) text(`waived until ${safe(f.waiver.expires)} by ${safe(f.waiver.owner)}${f.waiver.ticket ? ` (${safe(f.waiver.ticket)})` : ''}: ${safe(f.waiver.reason)} — ${safe(f.waiver.file)}:${f.waiver.line}`, { dim: true });
      text('');
      if (f.excerpt && f.excerpt.lines.length) {
        const last = f.excerpt.startLine + f.excerpt.lines.length - 1;
        const numW = String(last).length;
        text(`${safe(f.location.file)}, lines ${f.excerpt.startLine}–${last}`, { bold: true });
        f.excerpt.lines.forEach((src, i) => {
          const n = f.excerpt!.startLine + i;
          const hit = n === r.startLine;
          const body = truncate(safe(src), cols - numW - 6);
          lines.push(hit ? [{ text: `▶ ${padStart(String(n), numW)} │ `, bold: true }, { text: body, bold: true, inverse: true }] : [{ text: `  ${padStart(String(n), numW)} │ `, dim: true }, { text: body }]);
          if (hit) {
            // A caret under the column, measured in the sanitized text up to the column.
            const before = width(safe(src.slice(0, Math.max(0, r.startColumn - 1))));
            const span = r.endLine === r.startLine ? Math.max(1, width(safe(src.slice(r.startColumn - 1, r.endColumn - 1)))) : 1;
            lines.push([{ text: `  ${' '.repeat(numW)} │ ${' '.repeat(before)}` }, { text: '^'.repeat(Math.min(span, Math.max(1, cols - numW - 6 - before))), bold: true }, { text: ` line ${r.startLine}, column ${r.startColumn}`, dim: true }]);
          }
        });
      } else text('(no excerpt of the source for this finding)', { dim: true });
      if (ci) {
        text('');
        lines.push([{ text: 'Remediation', bold: true }, { text: ` · ${safe(ci.id)} ${safe(ci.title)}`, dim: true }]);
        for (const l of safeParagraphs(ci.remediation, cols, '  ')) text(l);
      }
      const findingNo = `finding ${screen.finding + 1} of ${c.findings.length}`;
      return {
        breadcrumb: [...crumbs(s), `${safe(ci?.area ?? '')} ${areaTitle.get(ci?.area ?? '') ?? ''}`, safe(c.id), findingNo],
        header: [[{ text: `${safe(c.id)}`, bold: true }, { text: ` ${safe(ci?.title ?? '')} · ${findingNo}` }]],
        mode: 'text',
        rows: lines.map((line) => ({ line })),
        footer: [],
      };
    }
  }
}

function missing(root: string): View {
  return { breadcrumb: [root], header: [], mode: 'text', rows: [{ line: [{ text: 'This item is no longer in the report.' }] }], footer: [] };
}

/**
 * The rows to show for a list of `total` rows in `height` lines with the cursor at `cursor`: the window
 * follows the cursor, keeping it away from the edges where it can.
 */
export function windowOf(total: number, height: number, cursor: number): { start: number; end: number } {
  if (total <= height) return { start: 0, end: total };
  const h = Math.max(1, height);
  const start = Math.max(0, Math.min(cursor - Math.floor(h / 2), total - h));
  return { start, end: start + h };
}

export const helpLines: string[] = [
  '↑ ↓  or  k j        move (PgUp PgDn, Home End or g G: by a page, to the ends)',
  'Enter  or  →  l     open the selected item',
  '←  Backspace  h     back',
  'Esc                 back; at the top, quit',
  'q  Ctrl-C           quit',
  's                   severity filter: all → critical → high and above → medium and above',
  'f                   status filter: not passing → all → failing only → missing evidence → errored',
  'd                   (compare) the controls on which the vendors differ; Enter on one: each vendor',
  '?                   this help; any key closes it',
  '',
  'Symbols: ✓ passed  ✖ failed  ? missing evidence  ! error  · not applicable',
  'Grades are capped when a critical control fails; the header names the controls.',
];
