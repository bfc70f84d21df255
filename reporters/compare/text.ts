import type { Comparison } from '../../src/model/comparison.js';
import type { ControlStatus } from '../../src/model/report.js';
import { makeStyle, terminalSafe as safe } from '../sanitize.js';
import { fmtScore } from '../numbers.js';
import { pct, rankHead, rankingRule, rankLabel, type CompareReporter } from './types.js';

const mark: Record<ControlStatus, string> = { pass: '✓', fail: '✖', missing_evidence: '?', error: '!', not_applicable: '·' };

/** Side by side in a terminal: the ranking, area scores per vendor, the reasons, and the controls that differ. */
export const compareText: CompareReporter = (c: Comparison, options) => {
  const st = makeStyle(options.color);
  const r = c.report;
  const out: string[] = [];
  out.push(st.bold(`ringfence compare · ${safe(r.standard.id)} ${safe(r.standard.version)} · as of ${r.asOf} · ${c.entries.length} ${c.kind === 'VendorManifest' ? 'vendor manifests' : 'deployment configs'}`), '');
  for (const e of c.entries) out.push(`  ${st.bold(rankLabel(e).padEnd(2))} ${safe(e.name)} ${st.dim(`(${safe(e.file)})`)}`);
  out.push(st.dim(`  ${rankingRule}`), '');
  const names = c.entries.map((e) => rankHead(e, safe(e.name)));
  const col = Math.max(14, ...names.map((n) => Math.min(n.length, 28))) + 2;
  const areaLabel = (a: { id: string; title: string }) => safe(`${a.id} ${a.title}`);
  const label = Math.max(...r.standard.areas.map((a) => areaLabel(a).length), 'Declaration coverage'.length) + 2;
  const cell = (s: string) => (s.length > col - 2 ? `${s.slice(0, col - 3)}…` : s).padEnd(col);
  out.push(''.padEnd(label) + names.map(cell).join(''));
  const row = (title: string, values: string[]) => out.push(title.padEnd(label) + values.map(cell).join(''));
  row('Score', c.entries.map((e) => fmtScore(e.score)));
  row('Grade', c.entries.map((e) => safe(e.cappedBy.length ? `${e.grade} (from ${e.uncappedGrade})` : e.grade)));
  row('Level', c.entries.map((e) => String(e.level)));
  row('Assurance', c.entries.map((e) => (e.assurance === 'declared' ? 'declared' : e.assurance.replace(/_/g, ' '))));
  row('Verified coverage', c.entries.map((e) => pct(e.verifiedCoverage)));
  row('Linked coverage', c.entries.map((e) => pct(e.linkedCoverage)));
  row('Declaration coverage', c.entries.map((e) => (e.evidenceCoverage === null ? 'n/a' : `${Math.round(e.evidenceCoverage * 100)}%`)));
  row('Controls passed', c.entries.map((e) => `${e.passed}/${e.passed + e.notPassing}`));
  for (const a of r.standard.areas) {
    if (c.entries.every((e) => e.areas[a.id] === undefined)) continue;
    row(areaLabel(a), c.entries.map((e) => fmtScore(e.areas[a.id])));
  }
  out.push('', st.bold('Why this order'));
  for (const reason of c.reasons) out.push(`  ${safe(reason)}`);
  if (c.differences.length) {
    out.push('', st.bold(`Controls on which they differ (${c.differences.length})  ${st.dim('✓ pass  ✖ fail  ? missing evidence  ! error  · n/a')}`));
    for (const d of c.differences) {
      const marks = d.statuses.map((s) => (s === 'pass' ? st.green(mark[s]) : s === 'fail' || s === 'error' ? st.red(mark[s]) : s === 'missing_evidence' ? st.yellow(mark[s]) : mark[s])).join(' ');
      out.push(`  ${marks}  ${st.bold(safe(d.control))} ${d.severity} — ${safe(d.title)}`);
    }
  }
  if (c.excluded.length) out.push('', st.dim(`Not compared (other kind): ${c.excluded.map((x) => safe(x.file)).join(', ')}`));
  if (r.problems.length) out.push('', st.yellow(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} while loading; run \`ringfence check\` on the same files for details.`));
  return `${out.join('\n')}\n`;
};
