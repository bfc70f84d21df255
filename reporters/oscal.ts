import { createHash } from 'node:crypto';
import type { Report, ReportHeader, Subject } from '../src/model/report.js';
import { members, nested, renderWhole, Spool, utf8 } from './stream-kit.js';
import type { Reporter, StreamingReporter } from './types.js';

/**
 * OSCAL Assessment Results (JSON, OSCAL 1.2.2) for GRC tools: one result per evaluated document; one finding per
 * control that applied, targeting the control as an objective (satisfied / not-satisfied); one observation per
 * finding of ringfence (method TEST) with where it is, and the manifest's evidence links as relevant evidence.
 * UUIDs are version-5-shaped and derived from stable keys, so the same run gives the same document; arrays are
 * never empty (OSCAL forbids it), so empty ones are left out.
 *
 * It streams: each document's result is rendered as it is evaluated and waits in a spool, since the metadata
 * before the results carries the gate, and the document's UUID is derived from every document's id (hashed as they
 * come).
 */
/** The namespace of ringfence's own props: a URN (OSCAL's ns is a URI naming the namespace, not a page to fetch). */
const oscalNs = 'urn:ringfence:oscal';

export const oscal: Reporter = (report, options) => renderWhole(report, options, oscalStream);

/** One document's result, as it sits in the file, and its id for the document's UUID. */
export interface OscalPart {
  id: string;
  json: Uint8Array;
}

export const oscalStream: StreamingReporter<OscalPart> = {
  part: (header) => {
    const time = `${header.asOf}T00:00:00Z`;
    const info = new Map(header.standard.controls.map((c) => [c.id, c]));
    return (s) => ({ id: s.id, json: utf8(`      ${nested(result(s, header, time, info), 3)}`) });
  },
  writer: (header) => {
    const time = `${header.asOf}T00:00:00Z`;
    const spool = new Spool();
    // uuid() of `ar:<digest>:<as-of>:<id>,<id>,…`, hashed a document at a time.
    const key = createHash('sha256').update(`ringfence-oscal:ar:${header.standard.digest}:${header.asOf}:`);
    let results = 0;
    return {
      begin: () => [],
      add: (part) => {
        key.update(results++ ? `,${part.id}` : part.id);
        spool.add(part.json);
        return [];
      },
      end: (footer) =>
        (function* () {
          const metadata = {
            title: `ringfence assessment against ${header.standard.id} ${header.standard.version}`,
            'last-modified': time,
            version: header.tool.version,
            'oscal-version': '1.2.2',
            props: [
              { name: 'standard-digest', ns: oscalNs, value: header.standard.digest },
              { name: 'gate', ns: oscalNs, value: footer.gate.passed ? 'passed' : 'failed' },
            ],
          };
          yield `{\n  "assessment-results": {\n${members({ uuid: uuidOf(key.digest('hex')), metadata, 'import-ap': { href: header.standard.file } }, 1).join(',\n')}`;
          if (results) {
            yield ',\n    "results": [\n';
            let first = true;
            for (const r of spool.records()) {
              if (!first) yield ',\n';
              first = false;
              yield r;
            }
            yield '\n    ]';
          }
          yield '\n  }\n}\n';
        })(),
    };
  },
};

function result(s: Subject, header: ReportHeader, time: string, info: Map<string, Report['standard']['controls'][number]>) {
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
          { name: 'location', ns: oscalNs, value: `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}` },
          { name: 'json-pointer', ns: oscalNs, value: f.location.pointer || '/' },
          ...(f.waiver ? [{ name: 'waived-until', ns: oscalNs, value: f.waiver.expires }] : []),
          // The other side(s) of a contradiction, each as file:line:column with its label in the remarks.
          ...(f.related ?? []).map((r) => ({ name: 'related-location', ns: oscalNs, value: `${r.location.file}:${r.location.region.startLine}:${r.location.region.startColumn}`, remarks: r.message })),
        ],
        collected: time,
      });
      return { 'observation-uuid': id };
    });
    // What backs the control (passing ones too): each evidence entry covering its claims, with its digest and the
    // level ringfence reached for it — an EXAMINE observation, apart from the TEST observations of its findings.
    const evidence = c.evidence ?? [];
    if (evidence.length) {
      const id = uuid(`backing:${s.id}:${c.id}`);
      observations.push({
        uuid: id,
        title: `${c.id}: backed ${(c.assurance ?? 'declared').replace(/_/g, ' ')}`,
        description: `The evidence entries of ${s.file} that cover the claims ${c.id} read, and what ringfence could check of each (linked: an https URL and a SHA-256; verified: the file with that digest was given).`,
        methods: ['EXAMINE'],
        types: ['control-objective'],
        'relevant-evidence': evidence.map((e) => ({
          ...(e.url !== undefined && /^https:\/\//.test(e.url) ? { href: e.url } : {}),
          description: `${e.claim}: ${e.level.replace(/_/g, ' ')}${e.sha256 ? `, sha256 ${e.sha256}` : ''}${e.file ? `, matched ${e.file}` : ''}`,
        })),
        props: [{ name: 'assurance', ns: oscalNs, value: c.assurance ?? 'declared' }],
        collected: time,
      });
      related.push({ 'observation-uuid': id });
    }
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
        { name: 'severity', ns: oscalNs, value: control?.severity ?? 'unknown' },
        { name: 'level', ns: oscalNs, value: String(control?.level ?? '') },
        ...(c.assurance ? [{ name: 'assurance', ns: oscalNs, value: c.assurance }] : []),
      ],
      ...(related.length ? { 'related-observations': related } : {}),
    });
  }
  return {
    uuid: uuid(`result:${s.id}:${header.asOf}`),
    title: `${s.name} (${s.file})`,
    description: `${s.kind} ${s.file} against ${header.standard.id} ${header.standard.version}: score ${s.score ?? 'n/a'}, grade ${s.grade}${s.cappedBy.length ? ` (capped from ${s.uncappedGrade} by ${s.cappedBy.join(', ')})` : ''}, level ${s.level}.`,
    start: time,
    props: [
      { name: 'score', ns: oscalNs, value: String(s.score ?? 'n/a') },
      { name: 'grade', ns: oscalNs, value: s.grade },
      { name: 'level', ns: oscalNs, value: String(s.level) },
      // Computed from the evidence, never the manifest's own word, which follows apart as declared-assurance.
      { name: 'assurance', ns: oscalNs, value: s.assurance },
      ...(s.declaredAssurance !== undefined ? [{ name: 'declared-assurance', ns: oscalNs, value: s.declaredAssurance }] : []),
      ...(s.linkedCoverage !== null ? [{ name: 'linked-coverage', ns: oscalNs, value: String(s.linkedCoverage) }] : []),
      ...(s.verifiedCoverage !== null ? [{ name: 'verified-coverage', ns: oscalNs, value: String(s.verifiedCoverage) }] : []),
    ],
    'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
    ...(observations.length ? { observations } : {}),
    ...(findings.length ? { findings } : {}),
  };
}

/** A UUID in the version-5 shape OSCAL requires, derived from a stable key (sha-256 rather than sha-1). */
export function uuid(key: string): string {
  return uuidOf(createHash('sha256').update(`ringfence-oscal:${key}`).digest('hex'));
}

function uuidOf(h: string): string {
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
