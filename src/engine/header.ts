import type { ControlInfo, Report, ReportAbout, ReportHeader } from '../model/report.js';
import { toolHomepage, toolVersion } from '../paths.js';
import type { Standard } from '../standard/standard.js';
import { asOfDate } from './options.js';

export function reportHeader(standard: Standard, asOf: string | undefined, config?: { file: string; sha256: string }, about?: ReportAbout): ReportHeader {
  const given = about && Object.values(about).some((v) => v !== undefined) ? { about } : {};
  return {
    reportVersion: 2,
    tool: { name: 'ringfence', version: toolVersion, ...(toolHomepage ? { informationUri: toolHomepage } : {}), ...(config ? { config: { file: config.file, sha256: config.sha256 } } : {}) },
    asOf: asOfDate(asOf),
    ...given,
    standard: standardInfo(standard),
  };
}

export function standardInfo(s: Standard): Report['standard'] {
  const controls: ControlInfo[] = s.areas.flatMap((a) =>
    a.controls.map((c) => ({
      id: c.id,
      title: c.title,
      area: a.id,
      severity: c.severity,
      weight: c.weight,
      level: c.level,
      capsGrade: c.capsGrade,
      rule: c.ruleName,
      ...(c.rule ? { appliesTo: c.rule.appliesTo } : {}),
      params: c.params,
      rationale: c.rationale,
      remediation: c.remediation,
      references: c.references,
      mappings: c.mappings,
      source: c.source,
      ...(c.brokenReason ? { broken: c.brokenReason } : {}),
    })),
  );
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    ...(s.url ? { url: s.url } : {}),
    file: s.file,
    digest: s.digest,
    extends: s.extends,
    levels: s.levels,
    grading: s.grading,
    areas: s.areas.map((a) => ({ id: a.id, title: a.title, weight: a.weight, ...(a.description ? { description: a.description } : {}), controls: a.controls.map((c) => c.id) })),
    controls,
  };
}
