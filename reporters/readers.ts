import type { Assurance, ContentTiming, ControlInfo, ReportHeader, SensorTiming, Severity, Subject, SubjectControl, Timeline } from '../src/model/report.js';
import { severityOrder } from '../src/model/report.js';

/**
 * What the human reports (HTML, Markdown, text) build for their readers from the report alone, as plain data each
 * format then escapes in its own way: the executive summary's top risks, the questions a buyer should ask the
 * vendor, the links a standard's references may become, and a deployment config's update timeline in words.
 * Every string here comes from a vendor manifest, a deployment config or a standard: untrusted, never markup.
 * Pure and deterministic: fixed orders, no clock.
 */

// ─── links ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A reference's URL when it may become a link: an absolute http or https URL with a host, no credentials, and no
 * whitespace, control, zero-width or bidirectional characters in what was written. Anything else (javascript:, data:, a relative path,
 * `https:evil`) stays text. Returns the URL as the WHATWG parser serialises it, so what is linked is what a
 * browser would open.
 */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined || url.length > 2000 || !/^https?:\/\//i.test(url) || /[\s\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname || parsed.username || parsed.password) return undefined;
  return parsed.href;
}

// ─── words ────────────────────────────────────────────────────────────────────────────────────────────────

/** A subject's computed backing in words; n/a for deployment configs (their controls judge the config itself, which has no evidence to back it). */
export function assuranceText(x: Pick<Subject, 'kind' | 'assurance'>): string {
  if (x.kind !== 'VendorManifest') return 'n/a';
  return assuranceWords(x.assurance);
}

export function assuranceWords(a: Assurance): string {
  return a === 'declared' ? 'its word only' : a === 'independently_verified' ? 'independently verified' : a;
}

/** The first sentences of `text`, up to about `max` characters (cut at a word, with an ellipsis, past it). */
export function firstSentences(text: string, max: number): string {
  if (text.length <= max && !/\s\s|[\t\n\r]|^\s|\s$/.test(text)) return text;
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const sentences = t.match(/.+?(?:[.!?]+(?=\s|$)|$)/g) ?? [t];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  out = out.trim();
  if (out) return out;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const severityRank = (s: Severity | string): number => {
  const i = severityOrder.indexOf(s as Severity);
  return i < 0 ? severityOrder.length : i;
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ─── top risks ────────────────────────────────────────────────────────────────────────────────────────────

export interface Risk {
  control: string;
  title: string;
  severity: Severity;
  pointsLost: number;
  /** failing, or not declared (missing evidence). */
  status: 'fail' | 'missing_evidence';
  /** The first finding's message, shortened: what the document says (or leaves out). */
  detail: string;
}

/** Orders risks: most severe first, then costliest, then by control id. */
export function compareRisks(a: Pick<Risk, 'severity' | 'pointsLost' | 'control'>, b: Pick<Risk, 'severity' | 'pointsLost' | 'control'>): number {
  return severityRank(a.severity) - severityRank(b.severity) || b.pointsLost - a.pointsLost || byId(a.control, b.control);
}

/** A document's `n` most serious controls that do not pass (failing or not declared), in plain words. */
export function topRisks(header: Pick<ReportHeader, 'standard'>, x: Subject, n: number): Risk[] {
  const info = controlInfo(header);
  const risks: Risk[] = [];
  for (const c of x.controls) {
    if (c.status !== 'fail' && c.status !== 'missing_evidence') continue;
    const i = info.get(c.id);
    if (!i) continue;
    const f = c.findings[0];
    risks.push({ control: c.id, title: i.title, severity: i.severity, pointsLost: c.pointsLost, status: c.status, detail: f ? firstSentences(f.message, 220) : '' });
  }
  return risks.sort(compareRisks).slice(0, n);
}

// ─── questions to ask the vendor ──────────────────────────────────────────────────────────────────────────

export interface VendorQuestion {
  control: string;
  title: string;
  severity: Severity;
  /** failing: the manifest states something that fails; undeclared: it leaves it out; unbacked: it passes on the vendor's word alone. */
  reason: 'failing' | 'undeclared' | 'unbacked';
  /** The question, one sentence. */
  question: string;
  /** Why it is asked: what the manifest says, or that nothing backs it. */
  because: string;
  /** What answer would settle it: what would make the control pass, or what evidence would back the claim. */
  wanted: string;
}

/**
 * The questions a buyer should put to the vendor: one for every applicable control a vendor manifest fails or
 * leaves undeclared (what fact would make it pass), and one for every control it passes on its own word alone
 * (assurance `declared`: what evidence would back the claim). Worded from the control's own title, remediation
 * and findings; most severe first, then by control id. Controls that could not be evaluated (error) are problems
 * of the run, not questions for the vendor. Empty for deployment configs.
 */
export function vendorQuestions(header: Pick<ReportHeader, 'standard'>, x: Subject): VendorQuestion[] {
  if (x.kind !== 'VendorManifest') return [];
  const info = controlInfo(header);
  const out: VendorQuestion[] = [];
  for (const c of x.controls) {
    const i = info.get(c.id);
    if (!i) continue;
    const q = questionFor(c, i);
    if (q) out.push(q);
  }
  return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || byId(a.control, b.control));
}

function questionFor(c: SubjectControl, i: ControlInfo): VendorQuestion | undefined {
  const base = { control: c.id, title: i.title, severity: i.severity };
  const fix = remediationOf(i);
  const more = (k: number) => (k > 0 ? ` (and ${k} more finding${k === 1 ? '' : 's'})` : '');
  const findings = c.findings.length + (c.findingsOmitted?.count ?? 0);
  if (c.status === 'fail') {
    return {
      ...base,
      reason: 'failing',
      question: `How and when will the product meet this: ${i.title}?`,
      because: `${c.findings[0] ? firstSentences(c.findings[0].message, 300) : 'The control fails'}${more(findings - 1)}.`.replace(/\.\.$/, '.'),
      wanted: `What would make it pass: ${fix}`,
    };
  }
  if (c.status === 'missing_evidence') {
    return {
      ...base,
      reason: 'undeclared',
      question: `What does the product do here: ${i.title}?`,
      because: `The manifest does not say${c.findings[0] ? `: ${firstSentences(c.findings[0].message, 300)}` : ''}${more(findings - 1)}.`.replace(/\.\.$/, '.'),
      wanted: `A declared answer that meets it: ${fix}`,
    };
  }
  if (c.status === 'pass' && c.assurance === 'declared') {
    const claims = [...new Set(c.evidence.filter((e) => e.level === 'declared').map((e) => e.claim))].sort(byId).slice(0, 5);
    return {
      ...base,
      reason: 'unbacked',
      question: `What evidence shows this is true: ${i.title}?`,
      because: 'The manifest passes this control on its own word: no evidence ringfence could check backs it.',
      wanted:
        `A document the vendor publishes at an https URL, pinned by its SHA-256 in the manifest's evidence list, that covers ${claims.length ? `the claims at ${claims.join(', ')}` : 'the fields this control reads'}` +
        ' — or the file itself, handed over for --evidence, or a statement signed by a lab or auditor.',
    };
  }
  return undefined;
}

/** A control's remediation, shortened once per control (a batch asks for it once per document). */
const remediations = new WeakMap<ControlInfo, string>();
function remediationOf(i: ControlInfo): string {
  let fix = remediations.get(i);
  if (fix === undefined) {
    fix = i.remediation ? firstSentences(i.remediation, 400) : 'the control passing, as the standard describes it';
    remediations.set(i, fix);
  }
  return fix;
}

function controlInfo(header: Pick<ReportHeader, 'standard'>): Map<string, ControlInfo> {
  return new Map(header.standard.controls.map((c) => [c.id, c]));
}

// ─── deployment timeline ──────────────────────────────────────────────────────────────────────────────────

/** A category key in words: "*" is every category no ring names. */
export function categoryText(c: string): string {
  return c === '*' ? 'other content' : c.replace(/_/g, ' ');
}

/** When a ring's sensor updates arrive, in words. */
export function sensorText(s: SensorTiming): string {
  if (s.version === 'pinned') return `pinned${s.pinnedVersion ? ` to ${s.pinnedVersion}` : ''}${s.pinnedSince ? ` since ${s.pinnedSince}` : ''}: no new sensor`;
  if (s.version === 'unset') return 'not stated';
  const held = s.pinnedVersion ? ` (held at ${s.pinnedVersion}${s.pinnedSince ? ` since ${s.pinnedSince}` : ''})` : '';
  return s.behind === 0 ? `latest (n), at release${held}` : `${s.version}: ${s.behind === 1 ? 'one release' : `${s.behind} releases`} behind${held}`;
}

/** When a ring receives a content category, in words: hours after GA, early access, or never (paused, pinned). */
export function contentText(c: ContentTiming): string {
  if (c.paused) return `paused${c.paused.expiresAt ? ` until ${c.paused.expiresAt}` : ', no expiry'}`;
  if (c.pinnedVersion !== undefined) return `pinned to ${c.pinnedVersion}`;
  if (c.ring === 'ea') return 'early access (before GA)';
  if (c.ring === 'pause') return 'paused (vendor pause ring)';
  if (c.ring === 'unset' || c.hoursAfterGa === null) return 'not stated';
  return c.hoursAfterGa === 0 ? 'GA + 0 h (at GA)' : `GA + ${c.hoursAfterGa} h`;
}

/** A short label for the cell of a compact table: `0 h`, `+12 h`, `EA`, `paused`, `pinned`, `—`. */
export function contentShort(c: ContentTiming): string {
  if (c.paused || c.ring === 'pause') return 'paused';
  if (c.pinnedVersion !== undefined) return 'pinned';
  if (c.ring === 'ea') return 'EA';
  if (c.hoursAfterGa === null) return '—';
  return `+${c.hoursAfterGa} h`;
}
