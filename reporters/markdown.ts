import type { ControlInfo, Report, ReportFooter, ReportHeader, Subject } from '../src/model/report.js';
import { bidiControls, visible } from './sanitize.js';
import { fmtScore } from './numbers.js';
import { alsoAt } from './related.js';
import { categoryText, contentText, sensorText, vendorQuestions } from './readers.js';
import { renderWhole } from './stream-kit.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * Markdown for a GitHub job summary or pull-request comment: a table of documents, then per document the
 * controls that do not pass. GitHub limits a comment to 65,536 characters (a job summary to 1 MiB); the
 * report is summarised — fewer findings per control, then fewer details — until it fits `maxChars`.
 *
 * It streams: each document's table row and its details (at each level of detail) are rendered as it is
 * evaluated, and the writer keeps them only while they can still fit, so a batch of any size holds at most a few
 * times `maxChars` and the whole text is put together at the end, when the gate and the count are known.
 */
export const markdown: Reporter = (report, options) => renderWhole(report, options, markdownStream);

export function renderMarkdown(report: Report, maxChars: number): string {
  return renderWhole(report, { color: false }, markdownStreamOf(maxChars));
}

/** Findings shown per control at each level of detail, most first; the last resort is no details at all. */
const detailLevels = [5, 2, 1, 0] as const;

/** One document's part: its row of the table, and its details at each of `detailLevels` ('' when all pass). */
export interface MarkdownPart {
  row: string;
  details: string[];
}

export const markdownStream = markdownStreamOf(60_000);

/** `keepEverything` turns off letting go of what cannot fit, which must not change the text (tests check it). */
export function markdownStreamOf(maxChars: number, keepEverything = false): StreamingReporter<MarkdownPart> {
  const bound = keepEverything ? Infinity : maxChars;
  return {
    part: (header) => {
      const info = new Map(header.standard.controls.map((c) => [c.id, c]));
      // The timeline and the questions for the vendor go with the details, the questions only while findings are
      // shown two or more at a time (they are the longest part).
      return (x) => {
        const timeline = timelineLines(x);
        const questions = questionLines(header, x);
        return { row: tableRow(x), details: detailLevels.map((d) => [...subjectDetails(x, info, d), ...(d >= 1 ? timeline : []), ...(d >= 2 ? questions : [])].join('\n')) };
      };
    },
    writer: (header) => {
      // Rows are kept until they alone pass the limit: after that, only the truncated summary can be written, and
      // it is cut before the rows that were let go. Each level's details are kept until rows and details together
      // pass the limit, which rules that level out.
      let documents = 0;
      const rows: string[] = [];
      let rowChars = 0;
      const details: (string[] | undefined)[] = detailLevels.map(() => []);
      const detailChars = detailLevels.map(() => 0);
      return {
        begin: () => [],
        add: (part) => {
          documents++;
          if (rowChars <= bound) {
            rows.push(part.row);
            rowChars += part.row.length + 1;
          }
          part.details.forEach((text, level) => {
            if (!text) return;
            detailChars[level] = detailChars[level]! + text.length + 1;
            if (rowChars + detailChars[level]! > bound) details[level] = undefined;
            else details[level]?.push(text);
          });
          return [];
        },
        end: (footer) => {
          const body = { header, footer, documents, rows };
          for (const level of details) {
            if (!level) continue;
            const text = compose(body, level);
            if (text.length <= maxChars) return text;
          }
          const summary = compose(body, undefined);
          return summary.length <= maxChars ? summary : `${summary.slice(0, maxChars - 120)}\n\n… (truncated: the full report is in the JSON and SARIF outputs)\n`;
        },
      };
    },
  };
}

/**
 * Vendor- or standard-controlled text, made inert for Markdown (CommonMark and GitHub's extensions) while staying
 * readable where the Markdown is pasted as plain text (a ticket, a chat, an e-mail): only what Markdown would
 * act on is escaped, with a backslash, so dots, hyphens, parentheses and underscores inside words are left alone.
 *  - one line: control characters and line breaks become spaces; bidirectional controls visible escapes;
 *  - no emphasis, code, strikethrough, HTML or links: ` * ~ < [ | are backslash-escaped everywhere (| keeps a
 *    table cell a cell), _ at the edge of a word, & only where it would start an entity, \ only before punctuation;
 *  - no block at the start of the value: a leading # > - + = or "1." is escaped (it may start a line or list item);
 *  - no @mentions or #123 references (GitHub notifies and links them): their @ or # is an HTML entity, which
 *    GitHub renders as the character;
 *  - URLs (http, https, ftp, www.) are set as code, which is never a link, and reads as the URL.
 */
export function md(s: string): string {
  const clean = s
    .replace(bidiControls, visible)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
  // Most text holds no URL: the split is skipped for it.
  if (!/:\/\/|www\./i.test(clean)) return escapeText(clean, true);
  return clean
    .split(urls)
    .map((piece, i) => (i % 2 === 1 ? `\`${piece}\`` : escapeText(piece, i === 0)))
    .join('');
}

/** http(s)/ftp URLs and www. hosts, up to whitespace or a character that would end a code span or a table cell. */
const urls = /((?:https?|ftp):\/\/[^\s<>`|\\]+|(?<![\p{L}\p{N}_.-])www\.[^\s<>`|\\]+)/giu;

const word = /[\p{L}\p{N}]/u;

/** The characters escapeText may have to escape; everything else is copied as it is. */
const special = /[`*<[|~_\\&@#]/g;

const anySpecial = /[`*<[|~_\\&@#]/;

function escapeText(t: string, atStart: boolean): string {
  let out = anySpecial.test(t) ? t.replace(special, (c, i: number) => {
    const prev = t[i - 1];
    const next = t[i + 1];
    const edge = prev === undefined || !word.test(prev);
    switch (c) {
      case '_':
        return prev !== undefined && next !== undefined && word.test(prev) && word.test(next) ? c : '\\_';
      case '\\':
        return next === undefined || /[!-/:-@[-`{-~]/.test(next) ? '\\\\' : c;
      case '&':
        return /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.test(t.slice(i, i + 40)) ? '\\&' : c;
      case '@':
        return edge && next !== undefined && /[A-Za-z0-9]/.test(next) ? '&#64;' : c;
      case '#':
        return edge && next !== undefined && /[0-9]/.test(next) ? '&#35;' : i === 0 && atStart ? '\\#' : c;
      default:
        return `\\${c}`;
    }
  }) : t;
  if (atStart) {
    // A block marker at the start (it may begin a line or a list item): a heading, quote, list or rule.
    if (/^[>+=-]/.test(out)) out = `\\${out}`;
    out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}

/**
 * Text as a code span (file names, patterns): a fence longer than any run of backticks in it, so it cannot end
 * early. In a table cell (`inTable`) a | is escaped, which GitHub's tables read as part of the cell.
 */
export function code(s: string, inTable = true): string {
  const clean = s.replace(bidiControls, visible).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const body = inTable ? clean.replace(/\|/g, '\\|') : clean;
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${body || ' '}${pad}${fence}`;
}

/** Text inside raw HTML (a <summary>): & < > as entities, one line. */
function htmlText(s: string): string {
  return s
    .replace(bidiControls, visible)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function tableRow(x: Subject): string {
  const notPassing = x.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error').length;
  const grade = x.cappedBy.length
    ? `**${md(x.grade)}** (capped from ${md(x.uncappedGrade)} by ${md(x.cappedBy.join(', '))})`
    : x.gradeLimitedBy
      ? `**${md(x.grade)}** (held from ${md(x.uncappedGrade)}: its critical controls are not backed as the standard requires)`
      : `**${md(x.grade)}**`;
  return `| ${code(x.file)}<br>${md(x.name)} | ${fmtScore(x.score)} | ${grade} | ${x.level}${x.levelLimitedBy ? ` (${md(x.levelLimitedBy)})` : ''} | ${x.evidenceCoverage === null ? 'n/a' : `${Math.round(x.evidenceCoverage * 100)}%`} | ${notPassing} |`;
}

/** The whole text from its parts: `details`, the documents' details at one level, or none (the summary). */
function compose(body: { header: ReportHeader; footer: ReportFooter; documents: number; rows: readonly string[] }, details: readonly string[] | undefined): string {
  const { header, footer, documents, rows } = body;
  const s = header.standard;
  const withDetails = details !== undefined;
  const out: string[] = [];
  const gate = footer.gate.passed ? '✅ gate passed' : '❌ gate failed';
  out.push(`## ringfence · ${md(s.id)} ${md(s.version)} — ${gate}`, '');
  const about = header.about;
  if (about?.title) out.push(`**${md(about.title)}**`, '');
  if (about?.organization || about?.purpose) {
    out.push([about.organization ? `Organization: ${md(about.organization)}` : '', about.purpose ? `Purpose: ${md(about.purpose)}` : ''].filter(Boolean).join(' · '), '');
  }
  out.push(`As of ${header.asOf} · ${documents} document${documents === 1 ? '' : 's'} · standard digest \`${s.digest.slice(0, 19)}…\`${header.tool.config ? ` · config file ${md(header.tool.config.file)}` : ''}`, '');
  if (documents) {
    out.push('| document | score | grade | level | declared | not passing |', '|---|--:|---|--:|--:|--:|');
    out.push(...rows);
    out.push('');
  }
  if (!footer.gate.passed) {
    out.push('**Why the gate failed**', '');
    for (const r of footer.gate.reasons.slice(0, 20)) out.push(`- ${md(r)}`);
    if (footer.gate.reasons.length > 20) out.push(`- … and ${footer.gate.reasons.length - 20} more`);
    out.push('');
  }
  if (details) out.push(...details);
  const waived = footer.waivers.filter((w) => w.matched > 0 || w.status !== 'active');
  if (waived.length) {
    out.push('**Accepted risk (waivers)**', '', '| control | documents | status | expires | owner | reason |', '|---|---|---|---|---|---|');
    for (const w of waived) out.push(`| ${md(w.control)} | ${code(w.documents)} | ${w.status} (${w.matched}) | ${w.expires} | ${md(w.owner)} | ${md(w.reason)} |`);
    out.push('');
  }
  if (footer.baseline) out.push(`**Since the baseline:** ${footer.baseline.new} new, ${footer.baseline.unchanged} unchanged, ${footer.baseline.absent.length} fixed.`, '');
  const errors = footer.problems.filter((p) => p.severity === 'error');
  if (footer.problems.length) {
    out.push(`**Problems:** ${errors.length} error${errors.length === 1 ? '' : 's'}, ${footer.problems.length - errors.length} warning${footer.problems.length - errors.length === 1 ? '' : 's'}`, '');
    for (const p of footer.problems.slice(0, withDetails ? 20 : 5)) {
      out.push(`- ${p.severity} ${code(`${p.file ?? '(run)'}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''}`, false)} ${md(p.message)}`);
    }
    if (footer.problems.length > (withDetails ? 20 : 5)) out.push(`- … and ${footer.problems.length - (withDetails ? 20 : 5)} more`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function subjectDetails(x: Subject, info: Map<string, ControlInfo>, perControl: number): string[] {
  const notPassing = x.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error');
  if (!notPassing.length) return [];
  notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
  const out = [`<details><summary>${htmlText(x.file)}: ${notPassing.length} control${notPassing.length === 1 ? '' : 's'} not passing</summary>`, ''];
  out.push('| control | severity | points | finding |', '|---|---|--:|---|');
  for (const c of notPassing) {
    const i = info.get(c.id);
    const status = c.status === 'missing_evidence' ? ' (missing evidence)' : c.status === 'error' ? ' (error)' : '';
    const findings = perControl > 0 ? c.findings.slice(0, perControl) : [];
    // A finding in another file than the subject's (a value an overlay gave an imported document) names its file.
    const text = findings.map((f) => `${f.location.file === x.file ? 'line' : `${md(f.location.file)}:`}${f.location.file === x.file ? ' ' : ''}${f.location.region.startLine}: ${md(f.message)}${f.waiver ? ' *(waived)*' : ''}${alsoAt(f).map((a) => `<br>↳ ${md(a)}`).join('')}`).join('<br>');
    const rest = c.findings.length - findings.length + (c.findingsOmitted?.count ?? 0);
    const more = rest > 0 ? `${text ? '<br>' : ''}${rest} finding${rest === 1 ? '' : 's'} more` : '';
    out.push(`| **${md(c.id)}** ${md(i?.title ?? '')}${status} | ${i?.severity ?? ''} | −${c.pointsLost.toFixed(1)} | ${text}${more} |`);
  }
  out.push('', '</details>', '');
  return out;
}

/** A deployment config's timeline: who receives sensor and content updates when (hours after the vendor's GA). */
function timelineLines(x: Subject): string[] {
  const t = x.timeline;
  if (!t || !t.rows.length) return [];
  const out = [`<details><summary>${htmlText(x.file)}: when each host group receives updates</summary>`, ''];
  out.push("Content: hours after the vendor releases it to general availability (GA); early access comes before GA. Sensor: how far behind the latest release the ring runs.", '');
  out.push(`| host group | hosts | ring | sensor | ${t.categories.map((c) => md(categoryText(c))).join(' | ')} |`);
  out.push(`|---|--:|---|---|${t.categories.map(() => '---|').join('')}`);
  for (const r of t.rows) {
    const ring = r.ring !== undefined ? `${r.ringIndex}. ${md(r.ring)}` : r.ringIndex !== undefined ? `${r.ringIndex}. (unnamed)` : '**in no ring**';
    out.push(`| ${code(r.group)} | ${r.hosts ?? ''} | ${ring} | ${md(sensorText(r.sensor))} | ${r.content.map((c) => md(contentText(c))).join(' | ')} |`);
  }
  if (t.rowsOmitted) out.push('', `… and ${t.rowsOmitted} more rows (see the JSON report).`);
  out.push('', '</details>', '');
  return out;
}

/**
 * The questions to ask the vendor, most severe first: one for each failing or undeclared control, then one for all
 * the controls the manifest passes on its own word (they ask the same thing: the evidence that backs them).
 */
function questionLines(header: ReportHeader, x: Subject): string[] {
  const qs = vendorQuestions(header, x);
  if (!qs.length) return [];
  const open = qs.filter((q) => q.reason !== 'unbacked');
  const unbacked = qs.filter((q) => q.reason === 'unbacked');
  const count = open.length + (unbacked.length ? 1 : 0);
  const out = [`<details><summary>${htmlText(x.file)}: ${count} question${count === 1 ? '' : 's'} to ask the vendor</summary>`, ''];
  open.forEach((q, k) => {
    out.push(`${k + 1}. **${md(q.question)}** (${q.control}, ${q.severity}, ${q.reason})`);
    out.push(`   ${md(q.because)}`);
    out.push(`   ${md(q.wanted)}`);
  });
  if (unbacked.length) {
    out.push(`${open.length + 1}. **What evidence shows that these ${unbacked.length} controls are met?** The manifest passes them on its own word: no evidence ringfence could check backs them.`);
    for (const q of unbacked) out.push(`   - ${q.control} (${q.severity}): ${md(q.title)}`);
    out.push("   A document the vendor publishes at an https URL, pinned by its SHA-256 in the manifest's evidence list, for each — or the file itself, handed over for --evidence, or a statement signed by a lab or auditor.");
  }
  out.push('', '</details>', '');
  return out;
}
