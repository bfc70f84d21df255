import { createHash } from 'node:crypto';
import type { Report, Subject } from '../src/model/report.js';
import type { Reporter } from './types.js';

/**
 * OSCAL Assessment Results (JSON, OSCAL 1.2.2) for GRC tools: one result per evaluated document; one finding per
 * control that applied, targeting the control as an objective (satisfied / not-satisfied); one observation per
 * finding of ringfence (method TEST) with where it is, and the manifest's evidence links as relevant evidence.
 * UUIDs are version-5-shaped and derived from stable keys, so the same run gives the same document; arrays are
 * never empty (OSCAL forbids it), so empty ones are left out.
 */
export const oscal: Reporter = (report) => {
  const time = `${report.asOf}T00:00:00Z`;
  const info = new Map(report.standard.controls.map((c) => [c.id, c]));
  const results = report.subjects.map((s) => result(s, report, time, info));
  const doc = {
    'assessment-results': {
      uuid: uuid(`ar:${report.standard.digest}:${report.asOf}:${report.subjects.map((s) => s.id).join(',')}`),
      metadata: {
        title: `ringfence assessment against ${report.standard.id} ${report.standard.version}`,
        'last-modified': time,
        version: report.tool.version,
        'oscal-version': '1.2.2',
        props: [
          { name: 'standard-digest', ns: 'https://ringfence.dev/ns/oscal', value: report.standard.digest },
          { name: 'gate', ns: 'https://ringfence.dev/ns/oscal', value: report.gate.passed ? 'passed' : 'failed' },
        ],
      },
      'import-ap': { href: report.standard.file },
      ...(results.length ? { results } : {}),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};

function result(s: Subject, report: Report, time: string, info: Map<string, Report['standard']['controls'][number]>) {
  const observations: object[] = [];
  const findings: object[] = [];
  for (const c of s.controls) {
    if (c.status === 'not_applicable') continue;
    const control = info.get(c.id);
    const related = c.findings.map((f) => {
      const id = uuid(`obs:${f.fingerprint}`);
      observations.push({
        uuid: id,
        title: `${c.id}: ${f.status.replace('_', ' ')}`,
        description: f.message,
        methods: ['TEST'],
        types: [f.status === 'fail' ? 'finding' : 'control-objective'],
        ...(c.linkedEvidence.length ? { 'relevant-evidence': c.linkedEvidence.map((claim) => ({ description: `Evidence entry for ${claim} in ${s.file}` })) } : {}),
        props: [
          { name: 'location', ns: 'https://ringfence.dev/ns/oscal', value: `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}` },
          { name: 'json-pointer', ns: 'https://ringfence.dev/ns/oscal', value: f.location.pointer || '/' },
          ...(f.waiver ? [{ name: 'waived-until', ns: 'https://ringfence.dev/ns/oscal', value: f.waiver.expires }] : []),
        ],
        collected: time,
      });
      return { 'observation-uuid': id };
    });
    findings.push({
      uuid: uuid(`finding:${s.id}:${c.id}`),
      title: `${c.id} ${control?.title ?? ''}`.trim(),
      description: `${c.status === 'pass' ? 'Satisfied' : `Not satisfied (${c.status.replace('_', ' ')})`}: ${c.counts.pass} instance(s) passed, ${c.counts.fail} failed, ${c.counts.missing_evidence} without evidence, ${c.counts.error} errored; ${c.pointsLost} points lost.`,
      target: {
        type: 'objective-id',
        'target-id': c.id.toLowerCase(),
        status: { state: c.status === 'pass' ? 'satisfied' : 'not-satisfied', ...(c.status === 'pass' ? {} : { reason: c.status === 'fail' ? 'fail' : 'other' }) },
      },
      props: [
        { name: 'severity', ns: 'https://ringfence.dev/ns/oscal', value: control?.severity ?? 'unknown' },
        { name: 'level', ns: 'https://ringfence.dev/ns/oscal', value: String(control?.level ?? '') },
      ],
      ...(related.length ? { 'related-observations': related } : {}),
    });
  }
  return {
    uuid: uuid(`result:${s.id}:${report.asOf}`),
    title: `${s.name} (${s.file})`,
    description: `${s.kind} ${s.file} against ${report.standard.id} ${report.standard.version}: score ${s.score ?? 'n/a'}, grade ${s.grade}${s.cappedBy.length ? ` (capped from ${s.uncappedGrade} by ${s.cappedBy.join(', ')})` : ''}, level ${s.level}.`,
    start: time,
    props: [
      { name: 'score', ns: 'https://ringfence.dev/ns/oscal', value: String(s.score ?? 'n/a') },
      { name: 'grade', ns: 'https://ringfence.dev/ns/oscal', value: s.grade },
      { name: 'level', ns: 'https://ringfence.dev/ns/oscal', value: String(s.level) },
    ],
    'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
    ...(observations.length ? { observations } : {}),
    ...(findings.length ? { findings } : {}),
  };
}

/** A UUID in the version-5 shape OSCAL requires, derived from a stable key (sha-256 rather than sha-1). */
export function uuid(key: string): string {
  const h = createHash('sha256').update(`ringfence-oscal:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
