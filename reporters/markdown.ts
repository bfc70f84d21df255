import type { ControlInfo, Report, Subject } from '../src/model/report.js';
import type { Reporter } from './types.js';

/**
 * Markdown for a GitHub job summary or pull-request comment: a table of documents, then per document the
 * controls that do not pass. GitHub limits a comment to 65,536 characters (a job summary to 1 MiB); the
 * report is summarised — fewer findings per control, then fewer details — until it fits `maxChars`.
 */
export const markdown: Reporter = (report) => renderMarkdown(report, 60_000);

export function renderMarkdown(report: Report, maxChars: number): string {
  for (const detail of [5, 2, 1, 0]) {
    const text = render(report, detail, true);
    if (text.length <= maxChars) return text;
  }
  const summary = render(report, 0, false);
  return summary.length <= maxChars ? summary : `${summary.slice(0, maxChars - 120)}\n\n… (truncated: the full report is in the JSON and SARIF outputs)\n`;
}

/**
 * Vendor-controlled text, made inert: no HTML, no links or autolinks, no emphasis, no @mentions or #references,
 * no table breaks, one line. Characters are replaced by HTML entities, which GitHub renders as themselves.
 */
export function md(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|~&@#!]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`)
    .trim();
}

function render(report: Report, findingsPerControl: number, withDetails: boolean): string {
  const s = report.standard;
  const info = new Map(s.controls.map((c) => [c.id, c]));
  const out: string[] = [];
  const gate = report.gate.passed ? '✅ gate passed' : '❌ gate failed';
  out.push(`## ringfence · ${md(s.id)} ${md(s.version)} — ${gate}`, '');
  out.push(`As of ${report.asOf} · ${report.subjects.length} document${report.subjects.length === 1 ? '' : 's'} · standard digest \`${s.digest.slice(0, 19)}…\``, '');
  if (report.subjects.length) {
    out.push('| document | score | grade | level | evidence | not passing |', '|---|--:|---|--:|--:|--:|');
    for (const x of report.subjects) {
      const notPassing = x.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error').length;
      const grade = x.cappedBy.length ? `**${x.grade}** (capped from ${x.uncappedGrade} by ${x.cappedBy.join(', ')})` : `**${x.grade}**`;
      out.push(
        `| \`${md(x.file)}\`<br>${md(x.name)} | ${x.score === null ? 'n/a' : x.score.toFixed(1)} | ${grade} | ${x.level} | ${x.evidenceCoverage === null ? 'n/a' : `${Math.round(x.evidenceCoverage * 100)}%`} | ${notPassing} |`,
      );
    }
    out.push('');
  }
  if (!report.gate.passed) {
    out.push('**Why the gate failed**', '');
    for (const r of report.gate.reasons.slice(0, 20)) out.push(`- ${md(r)}`);
    if (report.gate.reasons.length > 20) out.push(`- … and ${report.gate.reasons.length - 20} more`);
    out.push('');
  }
  if (withDetails) for (const x of report.subjects) out.push(...subjectDetails(x, info, findingsPerControl));
  const waived = report.waivers.filter((w) => w.matched > 0 || w.status !== 'active');
  if (waived.length) {
    out.push('**Accepted risk (waivers)**', '', '| control | documents | status | expires | owner | reason |', '|---|---|---|---|---|---|');
    for (const w of waived) out.push(`| ${md(w.control)} | \`${md(w.documents)}\` | ${w.status} (${w.matched}) | ${w.expires} | ${md(w.owner)} | ${md(w.reason)} |`);
    out.push('');
  }
  if (report.baseline) out.push(`**Since the baseline:** ${report.baseline.new} new, ${report.baseline.unchanged} unchanged, ${report.baseline.absent.length} fixed.`, '');
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (report.problems.length) {
    out.push(`**Problems:** ${errors.length} error${errors.length === 1 ? '' : 's'}, ${report.problems.length - errors.length} warning${report.problems.length - errors.length === 1 ? '' : 's'}`, '');
    for (const p of report.problems.slice(0, withDetails ? 20 : 5)) {
      out.push(`- ${p.severity} \`${md(p.file ?? '(run)')}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''}\` ${md(p.message)}`);
    }
    if (report.problems.length > (withDetails ? 20 : 5)) out.push(`- … and ${report.problems.length - (withDetails ? 20 : 5)} more`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function subjectDetails(x: Subject, info: Map<string, ControlInfo>, perControl: number): string[] {
  const notPassing = x.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error');
  if (!notPassing.length) return [];
  notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
  const out = [`<details><summary>${md(x.file)}: ${notPassing.length} control${notPassing.length === 1 ? '' : 's'} not passing</summary>`, ''];
  out.push('| control | severity | points | finding |', '|---|---|--:|---|');
  for (const c of notPassing) {
    const i = info.get(c.id);
    const status = c.status === 'missing_evidence' ? ' (missing evidence)' : c.status === 'error' ? ' (error)' : '';
    const findings = perControl > 0 ? c.findings.slice(0, perControl) : [];
    const text = findings.map((f) => `line ${f.location.region.startLine}: ${md(f.message)}${f.waiver ? ' *(waived)*' : ''}`).join('<br>');
    const more = c.findings.length > findings.length ? `${text ? '<br>' : ''}${c.findings.length - findings.length} finding${c.findings.length - findings.length === 1 ? '' : 's'} more` : '';
    out.push(`| **${c.id}** ${md(i?.title ?? '')}${status} | ${i?.severity ?? ''} | −${c.pointsLost.toFixed(1)} | ${text}${more} |`);
  }
  out.push('', '</details>', '');
  return out;
}
