import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { fingerprint } from '../src/engine/fingerprint.js';
import { detach } from '../src/util/detach.js';
import type { ControlInfo, Severity, StandardInfo, Subject } from '../src/model/report.js';
import type { Problem } from '../src/model/problem.js';
import { members, nested, renderWhole, utf8 } from './stream-kit.js';
import type { Chunk, Reporter, StreamingReporter } from './types.js';

/** GitHub reads `security-severity` as CVSS-like buckets: >9 critical, 7–8.9 high, 4–6.9 medium, <4 low. */
export const securitySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.5' };
const levelOf: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** Pseudo-rules for findings about the inputs themselves, so they land on the line in code scanning too. */
const inputRules: { id: string; name: string; codes: string[]; short: string; help: string }[] = [
  {
    id: 'RF-INPUT-SCHEMA',
    name: 'InputMatchesSchema',
    codes: ['schema'],
    short: 'The document matches the ringfence.dev/v1 schema for its kind.',
    help: 'A field is unknown, misspelt, of the wrong type or outside its allowed values. Run `ringfence schema <kind>` for the schema, or add `# yaml-language-server: $schema=…` to the file for editor completion.',
  },
  {
    id: 'RF-WAIVER',
    name: 'WaiverIsCurrent',
    codes: [],
    short: 'Every waiver is current, valid and still needed.',
    help: 'A waiver expired (its findings count again and the gate fails), expires within 30 days, matches no finding (remove it), names an unknown control, or expires more than a year ahead (waivers must be reviewed at least yearly).',
  },
  {
    id: 'RF-EVIDENCE',
    name: 'EvidenceEntryIsSound',
    codes: [],
    short: "Each evidence entry backs a claim of the document with a real digest and a link a reader can follow.",
    help: "An evidence entry's claim pointer resolves to nothing, its SHA-256 is a placeholder, its URL is not https or is on a host no reader can reach (localhost, private, .example), it backs no claim a control reads, a template's placeholder name was left in, or a file given with --evidence is missing or has other bytes than the entry pins. See docs/report.md, Assurance.",
  },
  {
    id: 'RF-INPUT-PARSE',
    name: 'InputIsReadable',
    codes: [],
    short: 'The file is readable, well-formed YAML or JSON within the input limits.',
    help: 'The file could not be read or parsed (syntax error, duplicate key, invalid UTF-8, a limit exceeded, unknown kind). Nothing in the affected document was evaluated.',
  },
];

const ruleNameCache = new Map<string, string>();
function pascal(s: string): string {
  let v = ruleNameCache.get(s);
  if (!v) {
    v = s.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_m, _p, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
    ruleNameCache.set(s, v);
  }
  return v;
}

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A result's message. With related locations (the other side of a contradiction) it links each one by id, as
 * SARIF 2.1.0 §3.11.6 embedded links `[text](id)`, which GitHub shows as links to the position; literal `[`, `]`
 * and `\` are then escaped with a backslash so that no text of the document can forge a link.
 */
function resultMessage(text: string, related: readonly { message: string }[] | undefined): string {
  if (!related?.length) return sentence(text);
  const esc = (t: string) => t.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
  // Each label is also the related location's own message: in the result's message it is clipped to a link's length.
  const links = related.map((r, k) => `[${esc(clip(r.message.trim().replace(/\s+/g, ' '), 200))}](${k + 1})`).join('; ');
  return `${sentence(esc(text))} Also at: ${links}.`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function helpMarkdown(c: ControlInfo, standardUrl: string | undefined): string {
  const parts = [
    `**${c.id}** · ${c.severity} · level ${c.level}${c.capsGrade ? ' · caps the grade when failing' : ''}`,
    '',
    `### Why`,
    c.rationale.trim(),
    '',
    `### How to fix`,
    c.remediation.trim(),
  ];
  const params = Object.entries(c.params);
  if (params.length) parts.push('', '### Parameters', ...params.map(([k, v]) => `- \`${k}\`: \`${JSON.stringify(v)}\``));
  if (c.mappings.length) parts.push('', '### Maps to', ...c.mappings.map((m) => `- ${m.framework} ${m.id}${m.title ? ` — ${m.title}` : ''}`));
  if (c.references.length) parts.push('', '### References', ...c.references.map((r) => (r.url ? `- [${r.title}](${r.url})` : `- ${r.title}`)));
  if (standardUrl) parts.push('', `[${c.id} in the standard](${standardUrl}#${c.id.toLowerCase()})`);
  return parts.join('\n');
}

/** The rules, taxonomies and indexes of a run: everything the results refer to, from the standard alone. */
interface RunContext {
  standard: StandardInfo;
  taxonomies: Sarif.ToolComponent[];
  rules: Sarif.ReportingDescriptor[];
  ruleIndex: Map<string, number>;
  info: Map<string, ControlInfo>;
}

function runContext(s: StandardInfo): RunContext {
  // The standard, and each framework its controls map to, as SARIF taxonomies; every rule relates to them.
  const frameworks = [...new Set(s.controls.flatMap((c) => c.mappings.map((m) => m.framework)))].sort();
  const taxonomyIndex = new Map<string, number>([[s.id, 0], ...frameworks.map((f, i) => [f, i + 1] as [string, number])]);
  const taxonomies: Sarif.ToolComponent[] = [
    {
      name: s.id,
      version: s.version,
      guid: guidOf(`${s.id}@${s.version}`),
      ...(s.url ? { informationUri: s.url } : {}),
      shortDescription: { text: sentence(s.title) },
      taxa: s.controls.map((c) => ({ id: c.id, name: pascal(c.rule), shortDescription: { text: sentence(c.title) }, ...(s.url ? { helpUri: `${s.url}#${c.id.toLowerCase()}` } : {}) })),
    },
    ...frameworks.map((f) => {
      const ids = [...new Map(s.controls.flatMap((c) => c.mappings.filter((m) => m.framework === f)).map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      return {
        name: f,
        guid: guidOf(f),
        shortDescription: { text: `Tasks and controls of ${f} that ${s.id} maps to.` },
        taxa: ids.map((m) => ({ id: m.id, ...(m.title ? { shortDescription: { text: sentence(m.title) } } : {}) })),
      };
    }),
  ];
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const c of s.controls) {
    ruleIndex.set(c.id, rules.length);
    const relationships: Sarif.ReportingDescriptorRelationship[] = [
      { target: { id: c.id, toolComponent: { name: s.id, index: 0, guid: taxonomies[0]!.guid! } }, kinds: ['equal'] },
      ...[...new Map(c.mappings.map((m) => [`${m.framework}\0${m.id}`, m])).values()].map((m) => ({
        target: { id: m.id, toolComponent: { name: m.framework, index: taxonomyIndex.get(m.framework)!, guid: guidOf(m.framework) } },
        kinds: ['relevant'],
      })),
    ];
    rules.push({
      relationships,
      id: c.id,
      name: pascal(c.rule),
      shortDescription: { text: clip(sentence(c.title), 1024) },
      fullDescription: { text: clip(sentence(c.rationale || c.title), 1024) },
      help: { text: clip(`${c.rationale.trim()}\n\nHow to fix: ${c.remediation.trim()}`, 20_000), markdown: helpMarkdown(c, s.url) },
      ...(s.url ? { helpUri: `${s.url}#${c.id.toLowerCase()}` } : {}),
      defaultConfiguration: { level: levelOf[c.severity] },
      properties: {
        tags: ['security', 'compliance', s.id.toLowerCase(), `${s.id.toLowerCase()}/${c.area.toLowerCase()}`, `level-${c.level}`],
        precision: 'very-high',
        'problem.severity': c.severity === 'low' ? 'recommendation' : c.severity === 'medium' ? 'warning' : 'error',
        'security-severity': securitySeverity[c.severity],
      },
    });
  }
  for (const r of inputRules) {
    ruleIndex.set(r.id, rules.length);
    rules.push({
      id: r.id,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.short },
      help: { text: r.help, markdown: r.help },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ringfence-input'], precision: 'very-high', 'problem.severity': 'error' },
    });
  }
  return { standard: s, taxonomies, rules, ruleIndex, info: new Map(s.controls.map((c) => [c.id, c])) };
}

/** The cap keeps the most severe results: this is the order it ranks them in (the earlier first within a rank). */
const rankOf: Record<string, number> = { error: 0, warning: 1, note: 2, none: 3 };

/** One result, written as it sits in the log (8 spaces deep), with its rank for the cap and whether it is suppressed. */
interface ResultText {
  rank: number;
  text: string;
  suppressed: boolean;
}

function resultText(r: Sarif.Result): ResultText {
  return { rank: rankOf[r.level ?? 'warning'] ?? 1, text: nested(r, 4), suppressed: r.suppressions !== undefined };
}

/**
 * A subject's part of the log: its results as UTF-8 (one buffer, each result ending at its offset in `ends`),
 * each result's rank (+4 when suppressed) as a digit of `ranks`, and its line in the run's list of subjects.
 */
export interface SarifPart {
  bytes: Uint8Array;
  ends: number[];
  ranks: string;
  /** Results left out because the cap already holds better ones (see the writer's feedback). */
  skipped: number;
  /** Whether a skipped result is suppressed. */
  skippedSuppressed: boolean;
  /** Findings that would be results, left out of the subject itself (past 100 per control; see findingsOmitted). */
  omitted: number;
  subject: string;
}

function packResults(results: readonly ResultText[]): Pick<SarifPart, 'bytes' | 'ends' | 'ranks'> {
  const ends: number[] = [];
  let size = 0;
  for (const r of results) ends.push((size += Buffer.byteLength(r.text)));
  const bytes = new Uint8Array(size);
  const view = Buffer.from(bytes.buffer);
  results.forEach((r, i) => view.write(r.text, i ? ends[i - 1]! : 0));
  return { bytes, ends, ranks: results.map((r) => r.rank + (r.suppressed ? 4 : 0)).join('') };
}

/**
 * SARIF as it streams. A result's place in the log is fixed as its subject arrives, but which results the cap
 * keeps is known only at the end, so the results are written at the end; until then at most `maxResults` of
 * them are held (the most severe so far), never the whole batch. The invocation (notifications, success) and the
 * run's properties follow the results, since they too are known only at the end.
 */
export const sarifStream: StreamingReporter<SarifPart> = {
  part: (header, options) => {
    // Only what results refer to: the rules themselves are the writer's.
    const controls = header.standard.controls;
    const info = new Map(controls.map((c) => [c.id, c]));
    const ruleIndex = new Map(controls.map((c, i) => [c.id, i]));
    // Results of this rank or worse cannot make it into the capped run any more (the writer's feedback).
    let skipFrom = rankOf['none']! + 1;
    const part = (subject: Subject): SarifPart => {
      const results: ResultText[] = [];
      let skipped = 0;
      let skippedSuppressed = false;
      let omitted = 0;
      for (const control of subject.controls) {
        const c = info.get(control.id)!;
        if (control.findingsOmitted) {
          // Errors are never results; how many of the left-out findings are errors follows from the counts.
          const errors = control.counts.error - control.findings.filter((f) => f.status === 'error').length;
          omitted += control.findingsOmitted.count - errors - (options.omitWaived ? control.findingsOmitted.waived : 0);
        }
        for (const f of control.findings) {
          // Errors are reported once, as tool notifications (from report.problems), never as results.
          if (f.status === 'error') continue;
          if (f.waiver && options.omitWaived) continue;
          if (rankOf[levelOf[c.severity]]! >= skipFrom) {
            skipped++;
            if (f.waiver) skippedSuppressed = true;
            continue;
          }
          const fp = f.fingerprint;
          results.push(
            resultText({
              ruleId: c.id,
              ruleIndex: ruleIndex.get(c.id)!,
              level: levelOf[c.severity],
              message: { text: resultMessage(`${f.status === 'missing_evidence' ? 'Missing evidence' : c.title}: ${f.message}`, f.related) },
              locations: [physical(f.location.file, f.location.region, f.excerpt)],
              ...(f.related?.length ? { relatedLocations: f.related.map((r, k) => ({ id: k + 1, ...physical(r.location.file, r.location.region), message: { text: sentence(r.message) } })) } : {}),
              partialFingerprints: { primaryLocationLineHash: `${fp.slice(0, 16)}:1`, 'ringfence/v1': fp },
              ...(f.baselineState ? { baselineState: f.baselineState } : {}),
              ...(f.waiver
                ? {
                    suppressions: [
                      {
                        kind: 'external' as const,
                        status: 'accepted' as const,
                        justification: `${f.waiver.reason} (owner: ${f.waiver.owner}${f.waiver.ticket ? `, ticket: ${f.waiver.ticket}` : ''}, expires ${f.waiver.expires})`,
                        location: physical(f.waiver.file, { startLine: f.waiver.line, startColumn: 1, endLine: f.waiver.line, endColumn: 2 }),
                      },
                    ],
                  }
                : {}),
              properties: { jsonPointer: f.location.pointer, documentIndex: f.location.documentIndex, status: f.status, subject: subject.name, ...(control.assurance !== undefined && control.assurance !== null ? { assurance: control.assurance } : {}), subjectAssurance: subject.assurance },
            }),
          );
        }
      }
      const x = subject;
      return { ...packResults(results), skipped, skippedSuppressed, omitted, subject: nested({ file: x.file, documentIndex: x.documentIndex, name: x.name, score: x.score, grade: x.grade, level: x.level, assurance: x.assurance, ...(x.declaredAssurance !== undefined ? { declaredAssurance: x.declaredAssurance } : {}), linkedCoverage: x.linkedCoverage, verifiedCoverage: x.verifiedCoverage }, 5) };
    };
    return Object.assign(part, { feedback: (value: unknown) => void (typeof value === 'number' && (skipFrom = Math.min(skipFrom, value))) });
  },
  writer: (header, options) => {
    const maxResults = options.maxResults ?? 5_000;
    const ctx = runContext(header.standard);
    const s = ctx.standard;
    // The best `maxResults` results so far by (rank, arrival), one list per rank, each in arrival order.
    const kept: { seq: number; bytes: Uint8Array; suppressed: boolean }[][] = [[], [], [], []];
    let keptCount = 0;
    let total = 0;
    let anySuppressed = false;
    let omitted = 0;
    const subjects: string[] = [];
    /** `bytes` is copied only when kept, so that a kept result does not hold on to its whole part. */
    const offer = (rank: number, suppressed: boolean, bytes: () => Uint8Array) => {
      const seq = total++;
      if (suppressed) anySuppressed = true;
      if (keptCount < maxResults) {
        kept[rank]!.push({ seq, bytes: bytes(), suppressed });
        keptCount++;
        return;
      }
      let worst = kept.length - 1;
      while (worst > 0 && kept[worst]!.length === 0) worst--;
      if (rank >= worst) return;
      kept[worst]!.pop();
      kept[rank]!.push({ seq, bytes: bytes(), suppressed });
    };
    const offerText = (r: ResultText) => offer(r.rank, r.suppressed, () => utf8(r.text));
    return {
      begin: () => {
        const run = {
          tool: {
            driver: {
              name: 'ringfence',
              semanticVersion: header.tool.version,
              version: header.tool.version,
              // Only a page the package names (package.json homepage or repository): no invented address.
              ...(header.tool.informationUri ? { informationUri: header.tool.informationUri } : {}),
              rules: ctx.rules,
              supportedTaxonomies: ctx.taxonomies.map((t, index) => ({ name: t.name, index, guid: t.guid! })),
            },
          },
          taxonomies: ctx.taxonomies,
          automationDetails: { id: options.sarifCategory !== undefined ? `${options.sarifCategory.replace(/\/+$/, '')}/` : `ringfence/${s.id.toLowerCase()}/` },
          originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory ringfence was run from.' } } },
          columnKind: 'utf16CodeUnits',
        };
        return `{\n${members({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' }, 0).join(',\n')},\n  "runs": [\n    {\n${members(run, 2).join(',\n')},\n      "results": `;
      },
      add: (part) => {
        part.ends.forEach((end, i) => {
          const code = part.ranks.charCodeAt(i) - 48;
          offer(code & 3, code >= 4, () => part.bytes.slice(i ? part.ends[i - 1]! : 0, end));
        });
        total += part.skipped;
        omitted += part.omitted;
        if (part.skippedSuppressed) anySuppressed = true;
        // Kept to the end: its own copy, not a view of the text it was cut from (see detach).
        subjects.push(detach(part.subject));
        return [];
      },
      // Once the cap is full, a later result is kept only if it is more severe than the least severe kept one.
      feedback: () => {
        if (keptCount < maxResults) return undefined;
        let worst = kept.length - 1;
        while (worst > 0 && kept[worst]!.length === 0) worst--;
        return worst;
      },
      end: (footer) => {
        const executionNotifications: Sarif.Notification[] = [];
        const configurationNotifications: Sarif.Notification[] = [];
        for (const p of footer.problems) {
          const inputRule = problemRule(p);
          if (inputRule && p.file) {
            const fp = fingerprint(inputRule, p.file, p.documentIndex ?? 0, `${p.pointer ?? ''}#${p.code}#${p.message}`);
            offerText(
              resultText({
                ruleId: inputRule,
                ruleIndex: ctx.ruleIndex.get(inputRule)!,
                level: p.severity === 'error' ? 'error' : 'warning',
                message: { text: sentence(p.message) },
                locations: [physical(p.file, p.range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 })],
                partialFingerprints: { primaryLocationLineHash: `${fp.slice(0, 16)}:1`, 'ringfence/v1': fp },
                properties: { code: p.code, ...(p.pointer !== undefined ? { jsonPointer: p.pointer } : {}) },
              }),
            );
            continue;
          }
          const n: Sarif.Notification = {
            level: p.severity === 'error' ? 'error' : 'warning',
            message: { text: sentence(p.message) },
            descriptor: { id: p.code },
            ...(p.control && ctx.ruleIndex.has(p.control) ? { associatedRule: { id: p.control, index: ctx.ruleIndex.get(p.control)! } } : {}),
            ...(p.file ? { locations: [physical(p.file, p.range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 })] } : {}),
          };
          if (p.code === 'rule-runtime') executionNotifications.push(n);
          else if (p.code.startsWith('rule-') || p.code.startsWith('standard-')) configurationNotifications.push(n);
          else executionNotifications.push(n);
        }
        if (total > maxResults) {
          executionNotifications.push({
            level: 'warning',
            message: { text: `${total - maxResults} results were left out to stay within ${maxResults} results per run (GitHub shows at most 5,000 and rejects more than 25,000); the most severe were kept, and the JSON report has them all.` },
            descriptor: { id: 'result-limit' },
          });
        }
        if (omitted > 0) {
          executionNotifications.push({
            level: 'warning',
            message: { text: `${omitted} findings were left out: at most 100 are listed per control and document, in every format; the JSON report counts the rest of each control (findingsOmitted).` },
            descriptor: { id: 'finding-limit' },
          });
        }
        // The kept results in arrival order. SARIF requires suppressions on all results of a run or on none:
        // [] means "not suppressed", added (as the last key) to every other result when one is suppressed.
        const closing = '\n        }';
        const results: Chunk[] = [];
        for (const r of kept.flat().sort((a, b) => a.seq - b.seq)) {
          results.push(results.length ? ',\n        ' : '[\n        ');
          if (anySuppressed && !r.suppressed) results.push(r.bytes.subarray(0, r.bytes.length - closing.length), `,\n          "suppressions": []${closing}`);
          else results.push(r.bytes);
        }
        results.push(results.length ? '\n      ]' : '[]');
        const hasError = footer.problems.some((p) => p.severity === 'error') || executionNotifications.some((n) => n.level === 'error');
        const invocations = [
          {
            executionSuccessful: !hasError,
            ...(executionNotifications.length ? { toolExecutionNotifications: executionNotifications } : {}),
            ...(configurationNotifications.length ? { toolConfigurationNotifications: configurationNotifications } : {}),
          },
        ];
        const properties = members({ standard: { id: s.id, version: s.version, digest: s.digest }, asOf: header.asOf }, 3);
        return [
          ...results,
          [
            ',\n',
            members({ invocations }, 2).join(',\n'),
            ',\n      "properties": {\n',
            properties.join(',\n'),
            ',\n        "subjects": ',
            subjects.length ? `[\n${subjects.map((x) => `          ${x}`).join(',\n')}\n        ]` : '[]',
            '\n      }\n    }\n  ]\n}\n',
          ].join(''),
        ];
      },
    };
  },
};

export const sarif: Reporter = (report, options) => renderWhole(report, options, sarifStream);

function problemRule(p: Problem): string | undefined {
  if (p.code.startsWith('rule-') || p.code.startsWith('standard-') || p.code.startsWith('baseline-')) return undefined;
  if (p.code === 'schema') return 'RF-INPUT-SCHEMA';
  if (p.code.startsWith('waiver')) return 'RF-WAIVER';
  if (p.code.startsWith('evidence-') || p.code === 'placeholder') return 'RF-EVIDENCE';
  return 'RF-INPUT-PARSE';
}

/** A deterministic RFC 4122 version-5-shaped GUID for a name, so taxonomies keep their identity across runs. */
function guidOf(name: string): string {
  const h = createHash('sha256').update(`ringfence:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function physical(
  file: string,
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number },
  excerpt?: { startLine: number; lines: string[] },
): Sarif.Location {
  const r: Sarif.Region = {
    startLine: region.startLine,
    startColumn: region.startColumn,
    endLine: region.endLine,
    // A region is never empty: on one line it covers at least one character.
    endColumn: region.endLine === region.startLine ? Math.max(region.endColumn, region.startColumn + 1) : region.endColumn,
  };
  let contextRegion: Sarif.Region | undefined;
  if (excerpt && excerpt.lines.length && excerpt.startLine <= region.startLine && excerpt.startLine + excerpt.lines.length - 1 >= region.endLine) {
    const line = excerpt.lines[region.startLine - excerpt.startLine];
    if (line !== undefined && region.startLine === region.endLine) r.snippet = { text: line.slice(region.startColumn - 1, r.endColumn! - 1) };
    contextRegion = { startLine: excerpt.startLine, endLine: excerpt.startLine + excerpt.lines.length - 1, snippet: { text: `${excerpt.lines.join('\n')}\n` } };
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(file), uriBaseId: '%SRCROOT%' },
      region: r,
      ...(contextRegion ? { contextRegion } : {}),
    },
  };
}
