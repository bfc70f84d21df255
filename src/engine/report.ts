import type { Report, ReportSummary, Subject } from '../model/report.js';

/** The full report from a streamed run's summary and its subjects (in the report's key order). */
export function reportOf(summary: ReportSummary, subjects: Subject[]): Report {
  const { reportVersion, tool, asOf, about, standard, problems, waivers, gate, baseline } = summary;
  return { reportVersion, tool, asOf, ...(about ? { about } : {}), standard, subjects, problems, waivers, gate, ...(baseline ? { baseline } : {}) };
}
