import type { ControlInfo, Report, Subject, SubjectControl } from '../src/model/report.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML for CI dashboards: one test suite per document, one test case per control. A control that does
 * not pass is a <failure> (an errored one an <error>); one that does not apply is <skipped>; one whose every
 * finding is waived is <skipped> as accepted risk, because the gate accepts it (its points are still lost).
 */
export const junit: Reporter = (report) => {
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  const suites = report.subjects.map((s) => suite(s, info, report));
  const tests = report.subjects.reduce((n, s) => n + s.controls.length, 0);
  const failures = report.subjects.reduce((n, s) => n + s.controls.filter((c) => outcome(c) === 'failure').length, 0);
  const errors = report.subjects.reduce((n, s) => n + s.controls.filter((c) => outcome(c) === 'error').length, 0);
  const skipped = report.subjects.reduce((n, s) => n + s.controls.filter((c) => outcome(c) === 'skipped').length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`ringfence ${report.standard.id} ${report.standard.version}`)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

type Outcome = 'pass' | 'failure' | 'error' | 'skipped';

function outcome(c: SubjectControl): Outcome {
  if (c.status === 'pass') return 'pass';
  if (c.status === 'not_applicable') return 'skipped';
  if (c.status === 'error') return 'error';
  return c.findings.length > 0 && c.findings.every((f) => f.waiver) ? 'skipped' : 'failure';
}

function suite(s: Subject, info: Map<string, ControlInfo>, report: Report): string {
  const counts = { failure: 0, error: 0, skipped: 0 };
  const cases = s.controls.map((c) => {
    const i = info.get(c.id);
    const o = outcome(c);
    if (o !== 'pass') counts[o]++;
    const head = `    <testcase classname="${attr(`${s.file}#${s.documentIndex}`)}" name="${attr(`${c.id} ${i?.title ?? ''}`.trim())}" file="${attr(s.file)}" time="0"`;
    if (o === 'pass') return `${head}/>`;
    const findings = c.findings.map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn} ${f.message}${f.waiver ? ` (waived until ${f.waiver.expires}: ${f.waiver.reason})` : ''}`).join('\n');
    const summary = c.findings[0]?.message ?? c.status;
    if (o === 'skipped') {
      const why = c.status === 'not_applicable' ? 'not applicable to this document' : `accepted risk: every finding is waived (still costs ${c.pointsLost} points)`;
      return `${head}>\n      <skipped message="${attr(why)}"/>\n    </testcase>`;
    }
    const tag = o === 'error' ? 'error' : 'failure';
    const type = c.status === 'missing_evidence' ? 'missing_evidence' : c.status;
    const body = [findings, '', `Severity ${i?.severity ?? '?'}, level ${i?.level ?? '?'}, −${c.pointsLost} points.`, `How to fix: ${i?.remediation.trim() ?? ''}`].join('\n');
    return `${head}>\n      <${tag} message="${attr(summary)}" type="${type}">${text(body)}</${tag}>\n    </testcase>`;
  });
  return [
    `  <testsuite name="${attr(`${s.file}${s.documentIndex ? `#${s.documentIndex}` : ''} — ${s.name}`)}" tests="${s.controls.length}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}" time="0">`,
    '    <properties>',
    `      <property name="score" value="${s.score ?? ''}"/>`,
    `      <property name="grade" value="${attr(s.grade)}"/>`,
    `      <property name="level" value="${s.level}"/>`,
    `      <property name="evidenceCoverage" value="${s.evidenceCoverage ?? ''}"/>`,
    `      <property name="standard" value="${attr(`${report.standard.id} ${report.standard.version}`)}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/** XML 1.0 cannot carry most control characters at all, even escaped: they are replaced. */
function clean(s: string): string {
  return s.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
