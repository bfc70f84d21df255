import type { Problem } from '../src/model/problem.js';
import type { ControlInfo, ReportFooter, ReportHeader, Subject, SubjectControl } from '../src/model/report.js';
import { makeStyle, terminalSafe as safe, type Style } from './sanitize.js';
import { fmtScore } from './numbers.js';
import { alsoAt } from './related.js';
import { artifactSummary, signedStatements } from './statements.js';
import { renderWhole, utf8 } from './stream-kit.js';
import { controlFailsGate, subjectGateReasons } from '../src/engine/gate.js';
import type { GateOptions } from '../src/engine/options.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * The terminal report: per document, the score with its arithmetic, the failing controls and where; then
 * waivers, the baseline, problems and the gate. It streams: each document's block is written as it is evaluated,
 * so a batch of any size prints as it goes and holds nothing.
 */
export const textStream: StreamingReporter<Uint8Array> = {
  part: (header, options) => {
    const st = makeStyle(options.color);
    const info = new Map(header.standard.controls.map((c) => [c.id, c]));
    const quiet = options.quiet;
    if (quiet) {
      // --quiet: a document that passes the gate (with no schema error) is not written; one that fails it, with its
      // failing controls and its schema errors only.
      return (subject, problems) =>
        subjectGateReasons(subject, info, quiet).length === 0 && !problems.some((p) => p.severity === 'error')
          ? new Uint8Array(0)
          : utf8(`\n\n${renderQuietSubject(subject, info, quiet, st, problems).join('\n')}`);
    }
    return (subject, problems) => utf8(`\n\n${renderSubject(subject, header, info, st, problems).join('\n')}`);
  },
  writer: (header, options) => {
    const st = makeStyle(options.color);
    const s = header.standard;
    // The config file is named where the report starts: its author may have chosen the standard and the gate.
    const config = header.tool.config ? st.dim(` · config ${safe(header.tool.config.file)}`) : '';
    const head = st.bold(`ringfence ${header.tool.version}`) + st.dim(` · ${safe(s.id)} ${safe(s.version)} (${safe(s.title)}) · as of ${header.asOf}`) + config;
    if (options.quiet) {
      // The heading is written with the first thing that fails, or not at all.
      let pending = true;
      const lead = () => {
        if (!pending) return '';
        pending = false;
        return head;
      };
      return {
        begin: () => '',
        add: (part) => (part.length === 0 ? part : [lead(), part]),
        end: (footer) => {
          const errors = footer.problems.some((p) => p.severity === 'error');
          if (footer.gate.passed && !errors) return pending ? '' : '\n';
          return `${lead()}${renderFooter(footer, st, true).map((line) => `\n${line}`).join('')}\n`;
        },
      };
    }
    return {
      begin: () => {
        const a = header.about;
        const about = [a?.title ? `\n${st.bold(safe(a.title))}` : '', a?.organization || a?.purpose ? `\n${[a.organization ? `Organization: ${safe(a.organization)}` : '', a.purpose ? `Purpose: ${safe(a.purpose)}` : ''].filter(Boolean).join(' · ')}` : ''].join('');
        return head + about;
      },
      add: (part) => part,
      end: (footer) => `${renderFooter(footer, st).map((line) => `\n${line}`).join('')}\n`,
    };
  },
};

export const text: Reporter = (report, options) => renderWhole(report, options, textStream);

function renderFooter(footer: ReportFooter, st: Style, quiet = false): string[] {
  const out: string[] = [];
  if (footer.documents === 0) out.push('', 'No documents were evaluated.');
  if (quiet) {
    // Only the errors among the problems, and the failed gate (this is written only when it failed or an error).
    footer = { ...footer, waivers: [], problems: footer.problems.filter((p) => p.severity === 'error') };
    delete footer.baseline;
  }
  if (footer.waivers.length > 0) {
    out.push('', st.bold(`Waivers (${footer.waivers.length})`));
    for (const w of footer.waivers) {
      const state = w.status === 'active' ? st.green('active') : w.status === 'expiring' ? st.yellow('expiring') : st.red(w.status);
      out.push(`  ${state} ${w.control} ${safe(w.documents)}${w.pointer ? ` ${safe(w.pointer)}` : ''} — until ${w.expires}, owner ${safe(w.owner)}${w.ticket ? `, ${safe(w.ticket)}` : ''}; waives ${w.matched} finding${w.matched === 1 ? '' : 's'} ${st.dim(`(${safe(w.file)}:${w.line})`)}`);
    }
  }
  if (footer.baseline) {
    const b = footer.baseline;
    out.push('', st.bold(`Baseline ${safe(b.file)}: ${b.new} new, ${b.unchanged} unchanged, ${b.absent.length} gone`));
    for (const a of b.absent.slice(0, 20)) out.push(`  ${st.green('✓')} gone: ${a.control} ${safe(a.file)} ${safe(a.pointer)}`);
    if (b.absent.length > 20) out.push(st.dim(`  … and ${b.absent.length - 20} more`));
  }
  const errors = footer.problems.filter((p) => p.severity === 'error').length;
  if (footer.problems.length > 0) {
    out.push('', st.bold(`Problems (${errors} error${errors === 1 ? '' : 's'}, ${footer.problems.length - errors} warning${footer.problems.length - errors === 1 ? '' : 's'})`));
    // A document's schema errors were listed with it, before its findings; those of a document that could not be
    // written (a document-failed problem says so) are listed here, so none is lost.
    const unwritten = new Set(footer.problems.filter((p) => p.code === 'document-failed').map((p) => `${p.file}#${p.documentIndex ?? 0}`));
    const withDocument = (p: Problem) => p.code === 'schema' && p.documentIndex !== undefined && !unwritten.has(`${p.file}#${p.documentIndex}`);
    let above = 0;
    for (const p of footer.problems) {
      if (withDocument(p)) above++;
      else out.push(`  ${problemLine(p, st)}`);
    }
    if (above > 0) out.push(`  ${st.dim(`${above} schema error${above === 1 ? ' is' : 's are'} listed above with ${above === 1 ? 'its document' : 'their documents'}`)}`);
  }
  out.push('');
  const g = footer.gate;
  const gateDesc = [`--fail-on ${g.failOn}${g.failOnNew ? ' (new findings only)' : ''}`, g.minScore !== undefined ? `--min-score ${g.minScore}` : '', g.minLevel !== undefined ? `--min-level ${g.minLevel}` : ''].filter(Boolean).join(' ');
  if (g.passed && errors > 0) {
    out.push(`${st.red(st.bold('Incomplete'))}: ${errors} problem${errors === 1 ? '' : 's'} above kept part of the input from being evaluated; the gate passed on the rest ${st.dim(`(${gateDesc})`)}`);
  } else if (g.passed) out.push(`${st.green(st.bold('Gate passed'))} ${st.dim(`(${gateDesc})`)}`);
  else {
    out.push(`${st.red(st.bold('Gate failed'))} ${st.dim(`(${gateDesc})`)}`);
    for (const r of g.reasons) out.push(`  ${safe(r)}`);
  }
  return out;
}

/** --quiet: the document, its score line and the controls that fail the gate. */
function renderQuietSubject(subject: Subject, info: Map<string, ControlInfo>, gate: GateOptions, st: Style, problems: readonly Problem[]): string[] {
  const out = [st.bold(`${safe(subject.file)}${subject.documentIndex > 0 ? ` (document ${subject.documentIndex + 1})` : ''}`) + ` — ${safe(subject.name)} ${st.dim(`(${subject.kind})`)}`];
  if (subject.schemaErrors > 0) out.push(`  ${st.bold(st.yellow('Not graded'))}: ${subject.schemaErrors} schema error${subject.schemaErrors === 1 ? '' : 's'}`);
  else out.push(`  Score ${st.bold(fmtScore(subject.score))}/100   Grade ${st.bold(safe(subject.grade))}   Level ${subject.level}`);
  for (const p of [...problems].filter((x) => x.severity === 'error').sort(byPosition)) out.push(`  ${problemLine(p, st)}`);
  const failing = subject.controls.filter((c) => controlFailsGate(c, info, gate));
  failing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
  for (const c of failing) out.push(...renderControl(c, info.get(c.id), st));
  return out;
}

/** `error file:line:column  message [code]`, as in the Problems list. */
function problemLine(p: Problem, st: Style): string {
  const where = p.file ? `${safe(p.file)}${p.range ? `:${p.range.startLine}:${p.range.startColumn}` : ''}` : '(run)';
  const sev = p.severity === 'error' ? st.red('error') : st.yellow('warning');
  return `${sev} ${where}  ${safe(p.message)} ${st.dim(`[${p.code}]`)}`;
}

/** Document order: line, column, then the message (the same order however the problems arrived). */
function byPosition(a: Problem, b: Problem): number {
  const la = a.range?.startLine ?? 0;
  const lb = b.range?.startLine ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.range?.startColumn ?? 0;
  const cb = b.range?.startColumn ?? 0;
  if (ca !== cb) return ca - cb;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function renderSubject(subject: Subject, header: ReportHeader, info: Map<string, ControlInfo>, st: Style, problems: readonly Problem[]): string[] {
  const out: string[] = [];
  out.push(st.bold(`${safe(subject.file)}${subject.documentIndex > 0 ? ` (document ${subject.documentIndex + 1})` : ''}`) + ` — ${safe(subject.name)} ${st.dim(`(${subject.kind})`)}`);
  const score = fmtScore(subject.score);
  // Grade names are the standard's (a third-party standard's text, as untrusted as a manifest's).
  const gradeText = subject.cappedBy.length
    ? `${st.bold(safe(subject.grade))} ${st.yellow(safe(`(capped from ${subject.uncappedGrade} by ${subject.cappedBy.join(', ')})`))}`
    : subject.criticalFailures.length
      ? `${st.bold(safe(subject.grade))} ${st.yellow(safe(`(critical controls not passing: ${subject.criticalFailures.join(', ')})`))}`
      : st.bold(safe(subject.grade));
  const levelName = header.standard.levels.find((l) => l.level === subject.level)?.name;
  const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
  // The assurance ringfence computed (src/evidence), never the manifest's own word for itself.
  // A deployment config is the reader's own: it has no evidence list, and nothing in it is the vendor's word.
  const vendor = subject.kind === 'VendorManifest';
  const assuranceText = subject.assurance === 'declared' ? st.yellow(vendor ? 'declared by the vendor' : 'declared') : st.bold(safe(subject.assurance.replace(/_/g, ' ')));
  if (subject.schemaErrors > 0) {
    // No score, grade or level from a document its schema refuses: its schema errors come before its findings.
    const listed = problems.length > 0;
    out.push(`  ${st.bold(st.yellow('Not graded'))}: ${subject.schemaErrors} schema error${subject.schemaErrors === 1 ? '' : 's'}${listed ? '' : ' (see Problems)'}; the controls below were evaluated as written`);
    for (const p of [...problems].sort(byPosition)) out.push(`    ${problemLine(p, st)}`);
  } else {
    out.push(`  Score ${st.bold(score)}/100   Grade ${gradeText}   Level ${subject.level}${levelName ? ` (${safe(levelName)})` : ''}   Assurance ${assuranceText}`);
    if (subject.gradeLimitedBy) out.push(`  Grade ${safe(subject.grade)}: ${st.yellow(safe(subject.gradeLimitedBy))}`);
    if (subject.levelLimitedBy) out.push(`  Level 0: ${st.yellow(safe(subject.levelLimitedBy))}`);
  }
  if (vendor) out.push(...backingLines(subject, info, st, pct));
  else out.push(`  Declaration coverage ${pct(subject.evidenceCoverage)}`);
  out.push(...subjectBody(subject, header, info, st));
  return out;
}

function backingLines(subject: Subject, info: Map<string, ControlInfo>, st: Style, pct: (x: number | null) => string): string[] {
  const out: string[] = [];
  const says = subject.declaredAssurance !== undefined ? `; the manifest calls itself ${safe(subject.declaredAssurance)}` : '';
  out.push(`  Backing: ${pct(subject.linkedCoverage)} of controls linked to evidence, ${pct(subject.verifiedCoverage)} verified; declaration coverage ${pct(subject.evidenceCoverage)}${says}`);
  const unbacked = subject.controls.filter((c) => c.assurance === 'declared' && info.get(c.id)?.capsGrade).map((c) => c.id);
  if (unbacked.length > 0) out.push(`  ${st.dim(`Critical controls backed by nothing (declared by the vendor): ${unbacked.join(', ')}`)}`);
  const signed = signedStatements(subject);
  if (signed) out.push(`  Signed statements (trust policy): ${safe(signed)}`);
  const artifacts = artifactSummary(subject);
  if (artifacts) out.push(`  The vendor's own files: ${safe(artifacts)}`);
  return out;
}

/** The area scores, control counts and the controls not passing. */
function subjectBody(subject: Subject, header: ReportHeader, info: Map<string, ControlInfo>, st: Style): string[] {
  const out: string[] = [];
  const areaTitle = new Map(header.standard.areas.map((a) => [a.id, a.title]));
  const areaLabel = (id: string) => safe(`${id} ${areaTitle.get(id) ?? ''}`);
  const width = Math.max(...subject.areas.map((a) => areaLabel(a.id).length), 10);
  for (const a of subject.schemaErrors > 0 ? [] : subject.areas) {
    const label = areaLabel(a.id).padEnd(width);
    if (a.score === null) out.push(`    ${label}    n/a`);
    else {
      const filled = Math.round(a.score / 10);
      const bar = '█'.repeat(filled) + '░'.repeat(10 - filled);
      const colour = a.score >= 90 ? st.green : a.score >= 60 ? st.yellow : st.red;
      out.push(`    ${label} ${fmtScore(a.score).padStart(6)}  ${colour(bar)}`);
    }
  }
  const counts = { pass: 0, fail: 0, missing_evidence: 0, error: 0, not_applicable: 0 };
  for (const c of subject.controls) counts[c.status]++;
  out.push(`  Controls: ${st.green(`${counts.pass} passed`)}, ${st.red(`${counts.fail} failed`)}, ${counts.missing_evidence} missing evidence, ${counts.error} errored, ${counts.not_applicable} not applicable`);

  const notPassing = subject.controls.filter((c) => c.status === 'fail' || c.status === 'missing_evidence' || c.status === 'error');
  notPassing.sort((a, b) => b.pointsLost - a.pointsLost || (a.id < b.id ? -1 : 1));
  for (const c of notPassing) out.push(...renderControl(c, info.get(c.id), st));
  return out;
}

function renderControl(c: SubjectControl, info: ControlInfo | undefined, st: Style): string[] {
  const mark = c.status === 'fail' ? st.red('✖') : c.status === 'error' ? st.red('!') : st.yellow('?');
  const status = c.status === 'fail' ? 'failed' : c.status === 'error' ? 'error' : 'missing evidence';
  const head = `  ${mark} ${st.bold(safe(c.id))} ${info ? `${info.severity}, level ${info.level}` : ''} — ${safe(info?.title ?? '')} ${st.dim(`(${status}, −${c.pointsLost.toFixed(1)} pts)`)}`;
  const lines = [head];
  const shown = c.findings.slice(0, 5);
  for (const f of shown) {
    const r = f.location.region;
    const tags = [f.baselineState === 'new' ? st.yellow('new') : '', f.waiver ? st.dim(`waived until ${f.waiver.expires} (${safe(f.waiver.owner)})`) : ''].filter(Boolean).join(' ');
    lines.push(`      ${st.cyan(`${safe(f.location.file)}:${r.startLine}:${r.startColumn}`)}  ${safe(f.message)}${tags ? ` ${tags}` : ''}`);
    for (const also of alsoAt(f)) lines.push(st.dim(`        ${safe(also)}`));
  }
  const more = c.findings.length - shown.length + (c.findingsOmitted?.count ?? 0);
  if (more > 0) lines.push(st.dim(`      … and ${more} more`));
  return lines;
}

