import type { Problem } from '../model/problem.js';
import type { BaselineSummary, Report, ReportHeader, ReportSummary, ShardInfo, WaiverStatus } from '../model/report.js';
import { gateFrom, noDocumentsReason, sortProblems } from './gate.js';
import type { GateOptions } from './options.js';
import { WaiverSet, type Waiver } from './waivers.js';

/**
 * A part as `check --shard i/n --format json` writes it, already checked against the report schema: everything
 * but its subjects (its skeleton), which are read once, one at a time, while the merged run is written. The subjects
 * themselves must then agree with the skeleton (see MergedSubject).
 */
export interface ShardPart {
  /** The part's file, as messages name it. */
  file: string;
  report: Omit<Report, 'subjects'> & { shard: ShardInfo };
}

/** A part that does not belong with the others (or to any run): which part, where in it, and why. */
export class PartRefusal extends Error {
  constructor(
    /** Index of the part in the list given to mergeParts. */
    readonly part: number,
    /** JSON Pointer into the part. */
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A subject of the merged run: the part and position it is read from, the batch entry its part says it is on, and
 * the schema problems the text report lists before its findings. Whoever reads the subjects checks that each part
 * holds exactly as many as its skeleton describes, and that the documents of an entry come in increasing
 * documentIndex (the order within an entry, which the skeleton does not give).
 */
export interface MergedSubject {
  part: number;
  position: number;
  entry: number;
  schema: readonly Problem[];
}

const headerOf = (r: Omit<Report, 'subjects'>): ReportHeader => ({ reportVersion: r.reportVersion, tool: r.tool, asOf: r.asOf, ...(r.about ? { about: r.about } : {}), standard: r.standard });

function gateOptionsOf(r: Omit<Report, 'subjects'>): GateOptions {
  const g = r.gate;
  return { failOn: g.failOn, ...(g.minScore !== undefined ? { minScore: g.minScore } : {}), ...(g.minLevel !== undefined ? { minLevel: g.minLevel } : {}), ...(g.failOnNew ? { failOnNew: true } : {}) };
}

/** A waiver as its register gave it, from its status in a part (the column comes from the part's shard member). */
function waiverOf(status: WaiverStatus, column: number): Waiver {
  const { status: _status, matched: _matched, note: _note, ...entry } = status;
  return { ...entry, column };
}

/**
 * Combines the parts of a sharded run into what the run would have written unsharded: the subjects in input order
 * (file, then document), the run's own problems once and every part's document problems, waivers applied over every
 * part (a waiver is unmatched only if no part matched it), the baseline's counts summed and its absent findings
 * those no part found, the gate decided again from every subject's reasons. Parts that do not belong together are
 * refused (PartRefusal): another run (inputs, settings, standard, as-of date, shard count), a shard given twice or
 * missing, a part whose subjects contradict its claims.
 */
export function mergeParts(parts: readonly ShardPart[]): { summary: ReportSummary; subjects: MergedSubject[] } {
  if (parts.length === 0) throw new PartRefusal(-1, '', 'no parts to merge');
  const first = parts[0]!.report;
  const count = first.shard.count;
  const header = headerOf(first);
  const headerText = JSON.stringify(header);
  const gate = gateOptionsOf(first);
  const byIndex = new Map<number, number>();
  parts.forEach((p, k) => {
    const r = p.report;
    const s = r.shard;
    const other = parts[0]!.file;
    if (s.count !== count) throw new PartRefusal(k, '/shard/count', `${p.file} is shard ${s.index} of ${s.count}, but ${other} is a shard of ${count}: the parts come from runs cut differently`);
    if (s.index > count) throw new PartRefusal(k, '/shard/index', `${p.file} claims to be shard ${s.index} of ${count}`);
    if (s.run !== first.shard.run) throw new PartRefusal(k, '/shard/run', `${p.file} comes from another run than ${other}: its inputs, settings, waivers, baseline or gate differ (shard.run ${s.run} ≠ ${first.shard.run})`);
    const h = JSON.stringify(headerOf(r));
    if (h !== headerText) {
      const what = r.asOf !== first.asOf ? `as-of date ${r.asOf} ≠ ${first.asOf}` : JSON.stringify(r.standard) !== JSON.stringify(first.standard) ? 'another standard' : JSON.stringify(r.tool) !== JSON.stringify(first.tool) ? 'another ringfence version or config file' : 'another title, organisation or purpose';
      throw new PartRefusal(k, r.asOf !== first.asOf ? '/asOf' : '', `${p.file} was not written by the same run as ${other}: ${what}`);
    }
    if (JSON.stringify(gateOptionsOf(r)) !== JSON.stringify(gate)) throw new PartRefusal(k, '/gate', `${p.file} was run with another gate than ${other}`);
    if (s.files !== first.shard.files || (s.allowEmpty ?? false) !== (first.shard.allowEmpty ?? false)) throw new PartRefusal(k, '/shard', `${p.file} comes from another run than ${other}: another batch or --allow-empty`);
    if (JSON.stringify(r.shard.runProblems) !== JSON.stringify(first.shard.runProblems)) throw new PartRefusal(k, '/shard/runProblems', `${p.file} met other problems with the run's own inputs than ${other} (standard, config, waivers, baseline, evidence or paths): the shards did not run on the same files`);
    if (s.waiverColumns.length !== r.waivers.length || JSON.stringify(r.waivers.map((w, i) => waiverOf(w, s.waiverColumns[i]!))) !== JSON.stringify(first.waivers.map((w, i) => waiverOf(w, first.shard.waiverColumns[i]!)))) {
      throw new PartRefusal(k, '/waivers', `${p.file} was run with other waivers than ${other}`);
    }
    if ((r.baseline?.file ?? null) !== (first.baseline?.file ?? null)) throw new PartRefusal(k, '/baseline', `${p.file} was run with another baseline than ${other}`);
    const seen = byIndex.get(s.index);
    if (seen !== undefined) throw new PartRefusal(k, '/shard/index', `shard ${s.index} of ${count} is given twice: ${parts[seen]!.file} and ${p.file}`);
    byIndex.set(s.index, k);
    // Subjects in input order, each on an entry of the batch (the documents of one entry are checked as they are read).
    let last = -1;
    s.subjects.forEach((x, i) => {
      if (x.entry >= s.files) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is on entry ${x.entry}, past the ${s.files} entries of the batch`);
      if (x.entry < last) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file}: subject ${i + 1} is out of input order`);
      last = x.entry;
    });
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new PartRefusal(-1, '', `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing: a merge needs every part of the run`);

  // Every entry is one shard's: a subject claimed by two parts would be counted twice.
  const owner = new Map<number, number>();
  const all: { entry: number; part: number; position: number; reasons: readonly string[]; schema: readonly Problem[] }[] = [];
  parts.forEach((p, k) => {
    const s = p.report.shard;
    s.subjects.forEach((x, i) => {
      const o = owner.get(x.entry);
      if (o !== undefined && o !== k) throw new PartRefusal(k, `/shard/subjects/${i}/entry`, `${p.file} and ${parts[o]!.file} both hold documents of entry ${x.entry} of the batch`);
      owner.set(x.entry, k);
      all.push({ entry: x.entry, part: k, position: i, reasons: x.reasons ?? [], schema: x.schema ?? [] });
    });
  });
  // An entry is one part's, and a part lists its subjects in input order: by entry, then position, is input order.
  all.sort((a, b) => a.entry - b.entry || a.position - b.position);

  // Waivers: each part matched some findings of its own subjects; a waiver's state is decided on the sum.
  const waiverSet = new WaiverSet(header, first.waivers.map((w, i) => waiverOf(w, first.shard.waiverColumns[i]!)));
  for (const p of parts) waiverSet.addMatches(p.report.waivers.map((w) => w.matched));
  const finished = waiverSet.finish();

  // The baseline: counts summed; a finding of the baseline is absent when no part found it again.
  let baseline: BaselineSummary | undefined;
  if (first.baseline) {
    const absentIn = parts.map((p) => new Set((p.report.baseline?.absent ?? []).map((a) => a.fingerprint)));
    baseline = {
      file: first.baseline.file,
      new: parts.reduce((n, p) => n + (p.report.baseline?.new ?? 0), 0),
      unchanged: parts.reduce((n, p) => n + (p.report.baseline?.unchanged ?? 0), 0),
      absent: first.baseline.absent.filter((a) => absentIn.every((set) => set.has(a.fingerprint))),
    };
  }

  const documents = all.length;
  const allowEmpty = first.shard.allowEmpty === true;
  const empty: Problem[] = documents === 0 && !allowEmpty ? [{ severity: 'error', code: 'input-none', message: `${noDocumentsReason}; name the files to check, or pass --allow-empty when an empty run is expected` }] : [];
  const documentProblems = [...parts].sort((a, b) => a.report.shard.index - b.report.shard.index).flatMap((p) => p.report.shard.documentProblems);
  const summary: ReportSummary = {
    ...header,
    problems: sortProblems([...first.shard.runProblems, ...documentProblems, ...finished.problems, ...empty]),
    waivers: finished.statuses,
    gate: gateFrom(
      all.flatMap((x) => x.reasons),
      finished.statuses,
      { ...gate, allowEmpty },
      documents,
    ),
    ...(baseline ? { baseline } : {}),
    documents,
  };
  return { summary, subjects: all.map((x) => ({ part: x.part, position: x.position, entry: x.entry, schema: x.schema })) };
}
