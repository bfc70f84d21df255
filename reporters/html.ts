import type { Report, ReportFooter, ReportHeader, Severity, Subject, Timeline, WaiverStatus } from '../src/model/report.js';
import {
  badge,
  barChart,
  esc,
  fmtPct,
  fmtScore,
  gauge,
  gradeClass,
  levelText,
  miniBar,
  page,
  plural,
  problemsSection,
  severityTag,
  statusCounts,
  subjectSections,
} from './html-kit.js';
import { assuranceText, categoryText, compareRisks, contentText, firstSentences, sensorText, topRisks, vendorQuestions, type Risk } from './readers.js';
import { rolloutTimelineSection } from './rollout-chart.js';
import { renderWhole, Spool, utf8 } from './stream-kit.js';
import { artifactSummary, signedStatements } from './statements.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * One self-contained HTML5 page: a summary with the gate, then per document the score, grade, level, area
 * chart, findings with their YAML, accepted risk, what could not be evaluated and every control; then the
 * waiver register and the problems of the run. No script, no request of any kind, prints to a clean PDF.
 * Every string of the report is treated as hostile (see html-kit.ts).
 *
 * It streams. Each document's entry in the contents, its row of the summary and its section are rendered as it is
 * evaluated, in whatever thread evaluated it, and wait in spools (memory up to 8 MB each, then a temporary file);
 * the page is written at the end, when the gate, the count and the problems are known. Two things a document's
 * part cannot know are filled in by the writer: its place in the report (`d1`, `d2`, … in ids and links, rendered
 * as a placeholder no escaped text can contain) and the number of problems in its file.
 */
export const html: Reporter = (report, options) => renderWhole(report, options, htmlStream);

/** Stands for a document's id prefix until the writer knows its place. Text is escaped, so it cannot contain it. */
const placeholder = '<!--d-->';

/** A piece of a document's part as UTF-8, with where the placeholder sits in it. */
interface Piece {
  bytes: Uint8Array;
  at: number[];
}

/** One document's part. */
export interface HtmlPart {
  toc: Piece;
  row: Piece;
  /** The section up to the end of its facts, and from there on: the problems of its file go between. */
  head: Piece;
  tail: Piece;
  file: string;
  schemaErrors: boolean;
  /** Its row of the executive summary, and its most serious risks (for the summary's top risks). */
  exec: Piece;
  risks: (Risk & { name: string })[];
  kind: Subject['kind'];
}

/** The executive summary lists at most this many documents and risks: it must fit one printed page. */
const execDocuments = 6;
const execRisks = 5;

const marker = Buffer.from(placeholder);

function piece(text: string): Piece {
  const bytes = utf8(text);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at: number[] = [];
  for (let i = view.indexOf(marker); i >= 0; i = view.indexOf(marker, i + marker.length)) at.push(i);
  return { bytes, at };
}

/** The piece with `id` where the placeholder was, copied byte for byte (no text is decoded or encoded again). */
function fill(p: Piece, id: Uint8Array): Uint8Array {
  if (p.at.length === 0) return p.bytes;
  const out = new Uint8Array(p.bytes.byteLength + p.at.length * (id.byteLength - marker.length));
  let from = 0;
  let to = 0;
  for (const i of p.at) {
    out.set(p.bytes.subarray(from, i), to);
    to += i - from;
    out.set(id, to);
    to += id.byteLength;
    from = i + marker.length;
  }
  out.set(p.bytes.subarray(from), to);
  return out;
}

export const htmlStream: StreamingReporter<HtmlPart> = {
  part: (header) => (x) => {
    const { head, tail } = subjectSection(header, x, placeholder);
    return {
      toc: piece(tocItem(x, placeholder)),
      row: piece(summaryRow(x, placeholder)),
      head: piece(head),
      tail: piece(tail),
      file: x.file,
      schemaErrors: x.schemaErrors > 0,
      exec: piece(execRow(x, placeholder)),
      risks: topRisks(header, x, execRisks).map((r) => ({ ...r, name: x.name || x.file })),
      kind: x.kind,
    };
  },
  writer: (header) => {
    const toc = new Spool();
    const rows = new Spool();
    const sections = new Spool();
    const documents: { file: string; schemaErrors: boolean }[] = [];
    const execRows: Uint8Array[] = [];
    const kinds = { VendorManifest: 0, DeploymentConfig: 0 };
    // The most serious risks of the batch so far, one per control with the documents it concerns (bounded: the
    // summary names a few risks and a few documents each), most severe first.
    let risks: SharedRisk[] = [];
    return {
      begin: () => [],
      add: (part) => {
        const id = Buffer.from(`d${documents.length + 1}`);
        documents.push({ file: part.file, schemaErrors: part.schemaErrors });
        kinds[part.kind]++;
        if (execRows.length < execDocuments) execRows.push(fill(part.exec, id));
        // A stable sort: between equal risks, the earlier document's comes first.
        risks = mergeRisks(risks, part.risks, id.toString());
        toc.add(fill(part.toc, id));
        rows.add(fill(part.row, id));
        sections.add(fill(part.head, id));
        sections.add(fill(part.tail, id));
        return [];
      },
      end: (footer) =>
        (function* () {
          const s = header.standard;
          const title = header.about?.title ? `${header.about.title} — ${s.id} ${s.version}, as of ${header.asOf}` : `${s.id} ${s.version} compliance report — as of ${header.asOf}`;
          const [before, after] = page(title, '\u0000').split('\u0000') as [string, string];
          yield before;
          yield `${pageHeader(header, documents.length)}\n`;
          yield execOpen(header, footer, kinds);
          yield* execRows;
          yield execClose(documents.length, risks);
          yield '\n<div class="layout">\n';
          yield `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Contents</h2><ol><li><a href="#exec"><span class="tname">Executive summary</span></a></li><li><a href="#summary"><span class="tname">Summary and gate</span></a></li>`;
          yield* toc.records();
          yield `${tocEnd(footer)}</ol></nav>\n<main id="main" tabindex="-1">\n`;
          yield `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>${gateBox(footer)}`;
          if (!documents.length) yield '<p>No document was evaluated.</p></section>';
          else {
            yield '<div class="table-wrap"><table><caption class="vh">Documents evaluated</caption><thead><tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Score</th><th scope="col">Grade</th><th scope="col" class="num">Level</th><th scope="col" class="num">Declared</th><th scope="col" class="num">Not passing</th></tr></thead><tbody>';
            yield* rows.records();
            yield '</tbody></table></div></section>';
          }
          const problemsIn = new Map<string | undefined, number>();
          for (const p of footer.problems) problemsIn.set(p.file, (problemsIn.get(p.file) ?? 0) + 1);
          const pieces = sections.records();
          for (const d of documents) {
            yield '\n';
            yield pieces.next().value!;
            const problems = problemsIn.get(d.file) ?? 0;
            if (!d.schemaErrors && problems) yield `<dt>Problems</dt><dd>${problems} (see <a href="#problems">Problems</a>)</dd>`;
            yield pieces.next().value!;
          }
          if (footer.waivers.length) yield `\n${waiverRegister(footer.waivers)}`;
          if (footer.baseline) yield `\n${baselineSection(footer)}`;
          if (footer.problems.length) yield `\n${problemsSection(footer)}`;
          yield '\n</main></div>\n';
          yield (
            `<footer class="foot"><p>Generated by ${esc(header.tool.name)} ${esc(header.tool.version)} from report version ${header.reportVersion}, standard ${esc(s.id)} ${esc(s.version)} (${esc(s.digest)}), as of ${esc(header.asOf)}. ` +
            `The same inputs, standard and date give the same page.</p></footer>`
          );
          yield after;
        })(),
    };
  },
};

function pageHeader(header: ReportHeader, documents: number): string {
  const s = header.standard;
  const about = header.about;
  const facts: [string, string][] = [
    ...(about?.organization ? [['Organization', esc(about.organization)] as [string, string]] : []),
    ['Standard', `${esc(s.id)} ${esc(s.version)} — ${esc(s.title)}`],
    ['Digest', `<code>${esc(s.digest)}</code>`],
    ['As of', esc(header.asOf)],
    ['Tool', `${esc(header.tool.name)} ${esc(header.tool.version)}`],
    // The config file whose author may have chosen the standard, the gate and what was left out.
    ...(header.tool.config ? [['Config file', `<code>${esc(header.tool.config.file)}</code>`] as [string, string]] : []),
    ['Documents', String(documents)],
  ];
  if (s.extends.length) facts.splice(1, 0, ['Extends', s.extends.map(esc).join(', ')]);
  return (
    `<header class="top"><p class="kicker">${esc(header.tool.name)} · compliance report</p>` +
    (about?.title
      ? `<h1>${esc(about.title)} <span class="muted-h">(${esc(s.id)} ${esc(s.version)})</span></h1>`
      : `<h1>${esc(s.title)} <span class="muted-h">(${esc(s.id)} ${esc(s.version)})</span></h1>`) +
    `<dl>${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl></header>`
  );
}

const clipText = (t: string, max: number) => (t.length <= max ? t : `${t.slice(0, max - 1)}…`);
const kindWord = (k: Subject['kind']) => (k === 'VendorManifest' ? 'Vendor manifest' : 'Deployment config');

/**
 * The start of the executive summary: one printed page for a reader who reads nothing else — what was assessed,
 * against which standard and why, the gate, then (execRow, execClose) each document's grade, level, score and
 * backing, and the most serious risks in words.
 */
function execOpen(header: ReportHeader, footer: ReportFooter, kinds: Record<Subject['kind'], number>): string {
  const s = header.standard;
  const about = header.about;
  const g = footer.gate;
  const assessed = [kinds.VendorManifest ? plural(kinds.VendorManifest, 'vendor manifest') : '', kinds.DeploymentConfig ? plural(kinds.DeploymentConfig, 'deployment config') : ''].filter(Boolean).join(' and ') || 'no document';
  const facts: [string, string][] = [
    ['Purpose', about?.purpose ? esc(about.purpose) : '<span class="muted">not stated (give it with <code>--purpose</code>)</span>'],
    ['Assessed', `${assessed} against ${esc(s.id)} ${esc(s.version)}, as of ${esc(header.asOf)}`],
  ];
  // The reasons name every control: the first, shortened, stands for them (all are in the Summary).
  const first = g.reasons[0] !== undefined ? esc(firstSentences(g.reasons[0], 110)) : '';
  const gate =
    `<div class="exec-gate ${g.passed ? 'passed' : 'failed'}"><p><span class="gate-h"><span aria-hidden="true">${g.passed ? '✓' : '✖'} </span>Gate ${g.passed ? 'passed' : 'failed'}.</span> ` +
    (g.passed
      ? `<span class="small">No control of severity ${esc(g.failOn)} or higher is left failing${g.minScore !== undefined ? `, and every document scores at least ${g.minScore}` : ''}.</span>`
      : `<span class="small">${first}${g.reasons.length > 1 ? `; and ${g.reasons.length - 1} more reason${g.reasons.length === 2 ? '' : 's'} (see <a href="#summary">Summary</a>)` : ''}.</span>`) +
    `</p></div>`;
  return (
    `<section id="exec" class="exec" aria-labelledby="exec-h"><h2 id="exec-h">Executive summary</h2>` +
    `<dl class="exec-facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>${gate}` +
    `<table class="exec-t"><caption class="vh">Results: kind, grade, level, score and backing of each document</caption><thead><tr><th scope="col">Assessed</th><th scope="col">Kind</th><th scope="col">Grade</th><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col">Backing</th></tr></thead><tbody>`
  );
}

function execRow(x: Subject, p: string): string {
  const level = String(x.level);
  return (
    `<tr><th scope="row"><a href="#${p}">${esc(clipText(x.name || '(unnamed)', 48))}</a></th><td>${x.kind === 'VendorManifest' ? 'vendor' : 'customer'}</td>` +
    `<td><span class="letter-s ${gradeClass(x.grade)}">${esc(x.grade)}</span>${x.cappedBy.length ? ' <span class="small muted">(capped)</span>' : ''}</td>` +
    `<td>${level}</td><td class="num">${fmtScore(x.score)}</td><td>${esc(assuranceText(x))}</td></tr>`
  );
}

/** A risk of the summary: one control, the documents it concerns (the first named), its worst cost. */
interface SharedRisk extends Risk {
  documents: { id: string; name: string; detail: string }[];
  more: number;
}

function mergeRisks(risks: SharedRisk[], add: readonly (Risk & { name: string })[], id: string): SharedRisk[] {
  const out = risks.map((r) => ({ ...r, documents: [...r.documents] }));
  for (const r of add) {
    const known = out.find((x) => x.control === r.control);
    const doc = { id, name: r.name, detail: r.status === 'fail' ? r.detail : '' };
    if (!known) out.push({ ...r, documents: [doc], more: 0 });
    else {
      known.pointsLost = Math.max(known.pointsLost, r.pointsLost);
      if (known.documents.length < 1) known.documents.push(doc);
      else known.more++;
    }
  }
  // A risk that falls out of the top few cannot come back with a count that leaves out what it had: keep a margin.
  return out.sort(compareRisks).slice(0, execRisks * 20);
}

function execClose(documents: number, all: SharedRisk[]): string {
  const risks = all.slice(0, execRisks);
  const more = documents > execDocuments ? `<p class="small muted">The first ${execDocuments} of ${documents} documents; every one is in the <a href="#summary">Summary</a>.</p>` : '';
  const risky = risks.length
    ? `<ol class="risks">${risks.map(riskLine).join('')}</ol>`
    : '<p>No applicable control fails or is left undeclared.</p>';
  return (
    `</tbody></table>${more}<h3 id="exec-risks">Top risks</h3>${risky}` +
    `<p class="small muted exec-note">Backing: how much of a vendor's statements ringfence could check against evidence (its word only, linked, verified, independently verified). Each vendor's section lists the questions to put to it.</p></section>`
  );
}

/** One risk in plain words: what is not met, in which documents, and what the first of them says. */
function riskLine(r: SharedRisk): string {
  const docs = r.documents.map((d) => `<a href="#${d.id}">${esc(clipText(d.name, 60))}</a>`).join(', ') + (r.more ? ` and ${r.more} other${r.more === 1 ? '' : 's'}` : '');
  const detail = r.documents.length === 1 && r.documents[0]!.detail ? `: ${esc(firstSentences(r.documents[0]!.detail, 100))}` : '';
  return `<li><strong>${esc(r.title)}</strong> <span class="small">(${severityTag(r.severity)}, ${r.status === 'fail' ? 'not met' : 'not declared'})</span> — ${docs}${detail}</li>`;
}

/** The questions a buyer should put to the vendor, from every failing, undeclared and unbacked control. */
function questionsSection(header: ReportHeader, x: Subject, p: string): string {
  const qs = vendorQuestions(header, x);
  if (!qs.length) return '';
  const reason = { failing: 'fails', undeclared: 'not declared', unbacked: "vendor's word only" } as const;
  return (
    `<section class="sub questions" aria-labelledby="${p}-qh"><h3 id="${p}-qh">Questions to ask the vendor</h3>` +
    `<p class="lead-s">${plural(qs.length, 'question')}, most severe first: one for each control the manifest fails or leaves undeclared (what would make it pass), and one for each it passes on its own word (what evidence would back it).</p><ol class="qs">` +
    qs
      .map(
        (q) =>
          `<li><p class="q"><strong>${esc(q.question)}</strong></p><p class="small muted"><span class="cid">${esc(q.control)}</span> · ${severityTag(q.severity)} · ${reason[q.reason]}</p>` +
          `<p>${esc(q.because)}</p><p>${esc(q.wanted)}</p></li>`,
      )
      .join('') +
    `</ol></section>`
  );
}

/** A deployment config's timeline as a table: each host group, its ring, its sensor and when each content category reaches it. */
function timelineSection(t: Timeline, x: Subject, p: string): string {
  if (!t.rows.length) return '';
  // Many categories do not fit across a page: past four, each row lists them in one cell.
  const wide = t.categories.length <= 4;
  const head =
    `<th scope="col">Host group</th><th scope="col" class="num">Hosts</th><th scope="col">Ring</th><th scope="col">Sensor</th>` +
    (wide ? t.categories.map((c) => `<th scope="col">${esc(categoryText(c))}</th>`).join('') : '<th scope="col">Content</th>');
  const rows = t.rows.map((r) => {
    const ring = r.ringIndex !== undefined ? `${r.ringIndex}. ${esc(r.ring ?? '(unnamed)')}` : '<strong>in no ring</strong>';
    const content = wide
      ? r.content.map((c) => `<td>${esc(contentText(c))}</td>`).join('')
      : `<td><ul class="plain">${r.content.map((c, k) => `<li>${esc(categoryText(t.categories[k]!))}: ${esc(contentText(c))}</li>`).join('')}</ul></td>`;
    return `<tr><th scope="row"><code>${esc(r.group)}</code>${r.criticality ? `<div class="small muted">${esc(r.criticality)}</div>` : ''}</th><td class="num">${r.hosts ?? ''}</td><td>${ring}</td><td>${esc(sensorText(r.sensor))}</td>${content}</tr>`;
  });
  return (
    `<section class="sub timeline" aria-labelledby="${p}-th"><h3 id="${p}-th">Who receives updates when</h3>` +
    `<p class="lead-s">Content: hours after the vendor releases it to general availability (GA); early access arrives before GA. Sensor: how far behind the latest release each ring runs.</p>` +
    `<div class="table-wrap"><table class="timeline-t"><caption class="vh">When each host group of ${esc(x.name || x.file)} receives sensor and content updates</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>` +
    (t.rowsOmitted ? `<p class="small muted">… and ${t.rowsOmitted} more rows (see the JSON report).</p>` : '') +
    `</section>`
  );
}

function tocItem(x: Subject, p: string): string {
  return `<li><a href="#${p}"><span class="tgrade ${gradeClass(x.grade)}">${esc(x.grade)}</span><span class="tname">${esc(x.name || x.file)}</span></a></li>`;
}

function tocEnd(footer: ReportFooter): string {
  const items: string[] = [];
  if (footer.waivers.length) items.push(`<li><a href="#waivers"><span class="tname">Accepted risk: waiver register</span></a></li>`);
  if (footer.baseline) items.push(`<li><a href="#baseline"><span class="tname">Since the baseline</span></a></li>`);
  if (footer.problems.length) items.push(`<li><a href="#problems"><span class="tname">Problems (${footer.problems.length})</span></a></li>`);
  return items.join('');
}

function gateBox(footer: Pick<Report, 'gate'>): string {
  const g = footer.gate;
  const rules = [`fail on ${esc(g.failOn)}${g.failOn === 'none' ? '' : ' or higher'}`];
  if (g.minScore !== undefined) rules.push(`minimum score ${g.minScore}`);
  if (g.minLevel !== undefined) rules.push(`minimum level ${g.minLevel}`);
  if (g.failOnNew) rules.push('only findings new since the baseline count');
  const reasons = g.reasons.length ? `<ul>${g.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  return (
    `<div class="gate ${g.passed ? 'passed' : 'failed'}">` +
    `<p class="gate-h"><span aria-hidden="true">${g.passed ? '✓' : '✖'} </span>Gate ${g.passed ? 'passed' : 'failed'}</p>` +
    `<p class="small muted">Gate: ${rules.join('; ')}.</p>${reasons}</div>`
  );
}

function gradeText(x: Subject): string {
  return x.cappedBy.length ? `${esc(x.grade)} <span class="small muted">(capped from ${esc(x.uncappedGrade)})</span>` : esc(x.grade);
}

function summaryRow(x: Subject, p: string): string {
  const notPassing = x.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error').length;
  return (
    `<tr><th scope="row"><a href="#${p}" class="vname">${esc(x.name || '(unnamed)')}</a><div class="small muted vfile">${esc(x.file)}${x.documentIndex ? ` (document ${x.documentIndex + 1})` : ''}</div></th>` +
    `<td>${x.kind === 'VendorManifest' ? 'Vendor manifest' : 'Deployment config'}</td>` +
    `<td class="scorecell">${miniBar(x.score)}${fmtScore(x.score)}</td><td>${gradeText(x)}</td>` +
    `<td class="num">${x.level}</td><td class="num">${fmtPct(x.evidenceCoverage)}</td><td class="num">${notPassing}</td></tr>`
  );
}

/** A document's section, cut where the number of problems in its file goes (known only at the end). */
function subjectSection(header: ReportHeader, x: Subject, p: string): { head: string; tail: string } {
  const s = header.standard;
  const index = new Map(s.controls.map((c, k) => [c.id, k]));
  const link = (id: string) => {
    const k = index.get(id);
    return k === undefined ? `<span class="cid">${esc(id)}</span>` : `<a class="cid" href="#${p}-c${k}">${esc(id)}</a>`;
  };
  let gradeLine: string;
  if (x.cappedBy.length) gradeLine = `${esc(x.grade)}, capped from ${esc(x.uncappedGrade)} by ${x.cappedBy.map(link).join(', ')} (a failing critical control caps the grade at ${esc(s.grading.criticalCap)})`;
  else if (x.criticalFailures.length) gradeLine = `${esc(x.grade)}; critical failures: ${x.criticalFailures.map(link).join(', ')}`;
  else gradeLine = `${esc(x.grade)}; no critical failure`;
  const facts: [string, string][] = [
    ['Score', x.schemaErrors > 0 ? `not graded: ${x.schemaErrors} schema error${x.schemaErrors === 1 ? '' : 's'} (see <a href="#problems">Problems</a>)` : x.score === null ? 'n/a (no control applied)' : `${fmtScore(x.score)} of 100`],
    ['Grade', gradeLine],
    ...(x.gradeLimitedBy ? [['Grade held', `<span class="muted">${esc(x.gradeLimitedBy)}</span>`] as [string, string]] : []),
    ['Level', `${levelText(header, x.level)}${x.levelLimitedBy ? ` <span class="muted">(${esc(x.levelLimitedBy)})</span>` : ''}`],
    ['Declaration coverage', x.evidenceCoverage === null ? 'n/a' : `${fmtPct(x.evidenceCoverage)} of applicable controls have every field declared`],
    ...(x.kind === 'VendorManifest'
      ? [['Assurance', `${x.assurance === 'declared' ? 'declared by the vendor' : esc(x.assurance.replace(/_/g, ' '))} <span class="muted">(computed from the evidence: ${fmtPct(x.linkedCoverage)} of controls linked, ${fmtPct(x.verifiedCoverage)} verified)</span>`] as [string, string]]
      : []),
  ];
  const signed = x.kind === 'VendorManifest' ? signedStatements(x) : '';
  if (signed) facts.push(['Signed statements', `${esc(signed)} <span class="muted">(verified against the reader's trust policy)</span>`]);
  const artifacts = x.kind === 'VendorManifest' ? artifactSummary(x) : '';
  if (artifacts) facts.push(["The vendor's own files", `${esc(artifacts)} <span class="muted">(artifacts read by ringfence: pinned by the manifest, signed by a trust-policy key, or given on the command line)</span>`]);
  if (x.schemaErrors) facts.push(['Schema errors', `${x.schemaErrors} (see <a href="#problems">Problems</a>)`]);

  const areaTitle = new Map(s.areas.map((a) => [a.id, a.title]));
  const applicable = x.areas.filter((a) => a.score !== null);
  const inapplicable = s.areas.filter((a) => !applicable.some((b) => b.id === a.id));
  const chart = applicable.length
    ? `<div class="chart">${barChart(`${p}-bars`, `Area scores of ${x.name || x.file} (0–100)`, applicable.map((a) => ({ label: `${a.id} ${areaTitle.get(a.id) ?? ''}`.trim(), value: a.score })))}</div>` +
      (inapplicable.length ? `<p class="small muted">Not applicable to this document: ${inapplicable.map((a) => `${esc(a.id)} ${esc(a.title)}`).join(', ')}.</p>` : '')
    : '<p class="muted">No area applies to this document.</p>';

  const head =
    `<section class="doc" id="${p}" aria-labelledby="${p}-h">` +
    `<div class="doc-head"><h2 id="${p}-h">${esc(x.name || '(unnamed document)')}<span class="kind">${x.kind === 'VendorManifest' ? 'Vendor manifest' : 'Deployment config'}</span></h2>` +
    `<p class="file"><code>${esc(x.file)}</code>${x.documentIndex ? `, document ${x.documentIndex + 1}` : ''}</p></div>` +
    `<div class="overview">${gauge(`${p}-g`, x.score, x.grade)}` +
    `<div class="gradebox"><span class="cap">Grade</span><span class="letter ${gradeClass(x.grade)}">${esc(x.grade)}</span>${x.cappedBy.length ? `<span class="small muted">capped from ${esc(x.uncappedGrade)}</span>` : ''}</div>` +
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}`;
  const tail =
    `</dl></div>` +
    `<ul class="counts" aria-label="Controls by status">${statusCounts(x, s.controls.length)}</ul>` +
    `<h3 id="${p}-ch">Scores by area</h3>${chart}` +
    (x.timeline ? timelineSection(x.timeline, x, p) : '') +
    rolloutTimelineSection(x, p) +
    subjectSections(header, x, p, 3, { allControls: true }) +
    questionsSection(header, x, p) +
    `</section>`;
  return { head, tail };
}

const waiverBadge: Record<WaiverStatus['status'], string> = {
  active: badge('st-na', '⚑', 'active'),
  expiring: badge('st-missing', '⏳', 'expiring within 30 days'),
  expired: badge('st-fail', '✖', 'expired'),
  unmatched: badge('st-na', '–', 'unmatched'),
  invalid: badge('st-error', '!', 'invalid'),
};

function waiverRegister(waivers: WaiverStatus[]): string {
  const rows = waivers.map(
    (w) =>
      `<tr><th scope="row"><span class="cid">${esc(w.control)}</span><div class="small muted"><code>${esc(w.file)}:${w.line}</code></div></th><td><code>${esc(w.documents)}</code>${w.pointer ? `<div class="small muted">at <code>${esc(w.pointer)}</code></div>` : ''}</td>` +
      `<td>${waiverBadge[w.status] ?? esc(w.status)}${w.note ? `<div class="small">${esc(w.note)}</div>` : ''}</td><td class="num">${w.matched}</td><td class="nowrap">${esc(w.expires)}</td>` +
      `<td>${esc(w.owner)}${w.ticket ? `<div class="small muted">${esc(w.ticket)}</div>` : ''}</td><td>${esc(w.reason)}</td></tr>`,
  );
  return (
    `<section id="waivers" class="risk" aria-labelledby="waivers-h"><h2 id="waivers-h"><span aria-hidden="true">⚑ </span>Accepted risk: waiver register</h2>` +
    `<p class="lead-s">${plural(waivers.length, 'waiver')} given with <code>--waivers</code>. A waived finding still costs its points but does not fail the gate until its waiver expires; an expired waiver fails the gate.</p>` +
    `<div class="table-wrap"><table><caption class="vh">Waivers and what became of them</caption><thead><tr><th scope="col">Control (waiver)</th><th scope="col">Documents</th><th scope="col">Status</th><th scope="col" class="num">Matched</th><th scope="col">Expires</th><th scope="col">Owner</th><th scope="col">Reason</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

function baselineSection(footer: Pick<Report, 'baseline'>): string {
  const b = footer.baseline!;
  const absent = b.absent.length
    ? `<div class="table-wrap"><table><caption class="vh">Findings of the baseline that are fixed</caption><thead><tr><th scope="col">Control</th><th scope="col">File</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead><tbody>` +
      b.absent.map((a) => `<tr><th scope="row" class="cid">${esc(a.control)}</th><td><code>${esc(a.file)}</code></td><td><code>${esc(a.pointer)}</code></td><td>${esc(a.message)}</td></tr>`).join('') +
      `</tbody></table></div>`
    : '';
  return (
    `<section id="baseline" aria-labelledby="baseline-h"><h2 id="baseline-h">Since the baseline</h2>` +
    `<p>Compared with <code>${esc(b.file)}</code>: ${plural(b.new, 'new finding')}, ${b.unchanged} unchanged, ${b.absent.length} fixed.</p>${absent}</section>`
  );
}
