import type { Comparison } from '../../src/model/comparison.js';
import type { ControlStatus } from '../../src/model/report.js';
import { md } from '../markdown.js';
import { fmtScore } from '../numbers.js';
import { pct, rankHead, rankingRule, type CompareReporter } from './types.js';

const mark: Record<ControlStatus, string> = { pass: '✅', fail: '❌', missing_evidence: '❔', error: '⚠️', not_applicable: '—' };

/** The comparison as Markdown, for a procurement memo or a pull-request comment. */
export const compareMarkdown: CompareReporter = (c: Comparison) => {
  const r = c.report;
  const out: string[] = [];
  out.push(`## ringfence compare · ${md(r.standard.id)} ${md(r.standard.version)}`, '', `As of ${r.asOf}; ${c.entries.length} ${c.kind === 'VendorManifest' ? 'vendor manifests' : 'deployment configs'}, best first (${rankingRule}).`, '');
  out.push(`| | ${c.entries.map((e) => rankHead(e, md(e.name))).join(' | ')} |`, `|---|${c.entries.map(() => '--:').join('|')}|`);
  out.push(`| **Score** | ${c.entries.map((e) => (e.score === null ? 'n/a' : `**${fmtScore(e.score)}**`)).join(' | ')} |`);
  out.push(`| **Grade** | ${c.entries.map((e) => (e.cappedBy.length ? `**${md(e.grade)}** (capped from ${md(e.uncappedGrade)})` : `**${md(e.grade)}**`)).join(' | ')} |`);
  out.push(`| Level | ${c.entries.map((e) => e.level).join(' | ')} |`);
  out.push(`| Assurance | ${c.entries.map((e) => (e.assurance === 'declared' ? 'declared by the vendor' : e.assurance.replace(/_/g, ' '))).join(' | ')} |`);
  out.push(`| Verified / linked coverage | ${c.entries.map((e) => `${pct(e.verifiedCoverage)} / ${pct(e.linkedCoverage)}`).join(' | ')} |`);
  out.push(`| Declaration coverage | ${c.entries.map((e) => (e.evidenceCoverage === null ? 'n/a' : `${Math.round(e.evidenceCoverage * 100)}%`)).join(' | ')} |`);
  for (const a of r.standard.areas) {
    if (c.entries.every((e) => e.areas[a.id] === undefined)) continue;
    out.push(`| ${a.id} ${md(a.title)} | ${c.entries.map((e) => fmtScore(e.areas[a.id])).join(' | ')} |`);
  }
  out.push('', '### Why this order', '', ...c.reasons.map((x) => `- ${md(x)}`), '');
  if (c.differences.length) {
    out.push(`### Controls on which they differ (${c.differences.length})`, '');
    out.push(`| control | severity | ${c.entries.map((e) => md(e.name)).join(' | ')} |`, `|---|---|${c.entries.map(() => ':-:').join('|')}|`);
    for (const d of c.differences) out.push(`| **${md(d.control)}** ${md(d.title)} | ${d.severity} | ${d.statuses.map((s) => mark[s]).join(' | ')} |`);
    out.push('', '✅ pass · ❌ fail · ❔ missing evidence · ⚠️ error · — not applicable', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
