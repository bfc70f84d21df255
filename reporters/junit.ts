import type { ControlInfo, ReportHeader, Subject, SubjectControl } from '../src/model/report.js';
import { renderWhole, Spool, utf8 } from './stream-kit.js';
import { alsoAt } from './related.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * JUnit XML for CI dashboards: one test suite per document, one test case per control. A control that does
 * not pass is a <failure> (an errored one an <error>); one that does not apply is <skipped>; one whose every
 * finding is waived is <skipped> as accepted risk, because the gate accepts it (its points are still lost).
 *
 * It streams: each document's suite is rendered as it is evaluated. The root element carries the totals, known
 * only at the end, so the suites wait in a spool (in memory up to 8 MB, then in a temporary file) and are copied
 * out after it.
 */
export const junit: Reporter = (report, options) => renderWhole(report, options, junitStream);

/** One document's suite, and its tests, failures, errors and skipped for the totals. */
export interface JunitPart {
  xml: Uint8Array;
  counts: [number, number, number, number];
}

export const junitStream: StreamingReporter<JunitPart> = {
  part: (header) => {
    const info = new Map(header.standard.controls.map((c) => [c.id, c]));
    return (s) => suite(s, info, header);
  },
  writer: (header) => {
    const spool = new Spool();
    const totals = [0, 0, 0, 0];
    return {
      begin: () => [],
      add: (part) => {
        spool.add(part.xml);
        part.counts.forEach((n, i) => (totals[i]! += n));
        return [];
      },
      end: () =>
        (function* () {
          const [tests, failures, errors, skipped] = totals;
          yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(`ringfence ${header.standard.id} ${header.standard.version}`)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n`;
          yield* spool.chunks();
          yield '</testsuites>\n';
        })(),
    };
  },
};

type Outcome = 'pass' | 'failure' | 'error' | 'skipped';

function outcome(c: SubjectControl): Outcome {
  if (c.status === 'pass') return 'pass';
  if (c.status === 'not_applicable') return 'skipped';
  if (c.status === 'error') return 'error';
  const omittedOpen = c.findingsOmitted ? c.findingsOmitted.count - c.findingsOmitted.waived : 0;
  return c.findings.length > 0 && c.findings.every((f) => f.waiver) && omittedOpen === 0 ? 'skipped' : 'failure';
}

function suite(s: Subject, info: Map<string, ControlInfo>, header: ReportHeader): JunitPart {
  const counts = { failure: 0, error: 0, skipped: 0 };
  const cases = s.controls.map((c) => {
    const i = info.get(c.id);
    const o = outcome(c);
    if (o !== 'pass') counts[o]++;
    const head = `    <testcase classname="${attr(`${s.file}#${s.documentIndex}`)}" name="${attr(`${c.id} ${i?.title ?? ''}`.trim())}" file="${attr(s.file)}" time="0"`;
    if (o === 'pass') return `${head}/>`;
    const listed = c.findings.map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn} ${f.message}${f.waiver ? ` (waived until ${f.waiver.expires}: ${f.waiver.reason})` : ''}${alsoAt(f).map((a) => `\n  ${a}`).join('')}`);
    if (c.findingsOmitted) listed.push(`… and ${c.findingsOmitted.count} more (at most 100 findings are listed per control and document)`);
    const findings = listed.join('\n');
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
  const xml = [
    `  <testsuite name="${attr(`${s.file}${s.documentIndex ? `#${s.documentIndex}` : ''} — ${s.name}`)}" tests="${s.controls.length}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}" time="0">`,
    '    <properties>',
    `      <property name="score" value="${s.score ?? ''}"/>`,
    `      <property name="grade" value="${attr(s.grade)}"/>`,
    `      <property name="level" value="${s.level}"/>`,
    `      <property name="evidenceCoverage" value="${s.evidenceCoverage ?? ''}"/>`,
    `      <property name="standard" value="${attr(`${header.standard.id} ${header.standard.version}`)}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '',
  ].join('\n');
  return { xml: utf8(xml), counts: [s.controls.length, counts.failure, counts.error, counts.skipped] };
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
