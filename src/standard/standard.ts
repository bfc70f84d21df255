import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ParsedDocument } from '../load/parse-yaml.js';
import { parseYamlText } from '../load/parse-yaml.js';
import { compareStrings, displayPath, readTextFile } from '../load/read-inputs.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import { capMessage, type Problem } from '../model/problem.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { Mapping, Reference } from '../model/report.js';
import type { RuleDefinition } from './rule.js';
import type { AssuranceLevel } from '../evidence/levels.js';
import { packageRoot } from '../paths.js';
import { loadRuleFile } from './rule-file.js';
import { Dependencies, readRuleCache, readStandardCache, rulesKey, writeRuleCache, writeStandardCache, type CachedRule } from './rule-cache.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Control weights by severity (the OpenSSF Scorecard risk weights). */
export const severityWeight: Record<Severity, number> = { critical: 10, high: 7.5, medium: 5, low: 2.5 };

export type { Mapping } from '../model/report.js';

export interface Control {
  id: string;
  title: string;
  areaId: string;
  severity: Severity;
  weight: number;
  level: number;
  capsGrade: boolean;
  ruleName: string;
  rule?: RuleDefinition;
  /** Rule defaults merged with the control's parameters. */
  params: Record<string, unknown>;
  rationale: string;
  remediation: string;
  references: Reference[];
  mappings: Mapping[];
  /** Why the control cannot be evaluated (its rule is missing or broken); such a control reports `error`. */
  brokenReason?: string;
  /** Where the control is declared. */
  source: { file: string; line: number };
}

export interface Area {
  id: string;
  title: string;
  weight: number;
  description?: string;
  controls: Control[];
}

export interface GradeBand {
  grade: string;
  min: number;
}

export interface Standard {
  id: string;
  version: string;
  title: string;
  description?: string;
  url?: string;
  file: string;
  /** The chain of standards this one extends, base first (ids with versions). */
  extends: string[];
  levels: { level: number; name: string; description?: string }[];
  grading: Grading;
  areas: Area[];
  /** sha256 over the standard's files and its rules' files: identifies exactly what was evaluated. */
  digest: string;
}

/**
 * How instances and controls add up to a score (see src/score/score.ts):
 * - `instances`: `mean` — a control scores the share of its instances that pass (KDUS 1.0); `worst` — a control
 *   scores its worst instance, so good channels never dilute a bad one;
 * - `weighting`: `areas` — controls are weighted within their area and areas by their weights (KDUS 1.0);
 *   `severity` — every control is weighted by its severity across the whole standard, so a failing critical
 *   control always costs more than any high one.
 */
export interface Grading {
  bands: GradeBand[];
  criticalCap: string;
  /**
   * The backing (src/evidence) a vendor manifest's applicable critical controls must reach for level ≥ 1; below
   * it the level is 0 and the subject says why. Absent: no requirement.
   */
  minimumAssurance?: AssuranceLevel;
  /** With minimumAssurance: the best grade while the critical controls are backed below it. */
  unbackedCap?: string;
  instances: 'mean' | 'worst';
  weighting: 'areas' | 'severity';
}

export const defaultGrading: Grading = {
  instances: 'mean',
  weighting: 'areas',
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80 },
    { grade: 'C', min: 70 },
    { grade: 'D', min: 60 },
    { grade: 'F', min: 0 },
  ],
  criticalCap: 'D',
};

export const defaultLevels: Standard['levels'] = [
  { level: 1, name: 'Baseline' },
  { level: 2, name: 'Hardened' },
  { level: 3, name: 'Safety-critical' },
];

interface RawControl {
  id: string;
  rule: string;
  title?: string;
  severity: Severity;
  level: number;
  capsGrade?: boolean;
  params?: Record<string, unknown>;
  rationale?: string;
  remediation?: string;
  references?: Reference[];
  mappings?: Mapping[];
  /** Notes added by profiles that extend the standard, appended to the rationale. */
  notes?: string[];
}

interface RawArea {
  id: string;
  title: string;
  weight?: number;
  description?: string;
  controls: RawControl[];
}

interface RawStandard {
  id: string;
  version: string;
  title: string;
  description?: string;
  url?: string;
  extends?: string;
  ruleDirs?: string[];
  levels?: Standard['levels'];
  grading?: Partial<Grading>;
  areas?: RawArea[];
  overrides?: Record<string, Partial<RawControl> & { enabled?: boolean; note?: string }>;
}

/** A control with the document it was declared in, so that problems can point at it. */
interface Placed {
  area: RawArea;
  control: RawControl;
  doc: ParsedDocument;
  pointer: string;
}

interface Assembled {
  raw: RawStandard;
  doc: ParsedDocument;
  placed: Placed[];
  areaOrder: RawArea[];
  ruleDirs: string[];
  extendsChain: string[];
  texts: string[];
}

export interface StandardLoadResult {
  standard?: Standard;
  problems: Problem[];
}

/**
 * Loads a standard (following `extends`), finds and compiles its rules, and merges parameters. Problems are
 * positioned in the file they concern. A missing or broken rule disables only the controls that use it.
 */
export function loadStandard(file: string): StandardLoadResult {
  const cached = readStandardCache(file);
  if (cached) {
    const result = decodeCached(cached.result as EncodedResult, () => coldParts(file, cached.readCold));
    if (result) return result;
  }
  const deps = new Dependencies();
  deps.schemas();
  const result = loadStandardUncached(file, deps);
  const { hot, cold } = encodeForCache(result);
  writeStandardCache(file, deps, hot, cold);
  return result;
}

/**
 * The cached form of a loaded standard. Each rule is stored once, and a control's fields that are its rule's
 * (title, rationale, remediation, references) are stored as 0; what a check seldom or never reads (the rules'
 * test cases, expressions as written and descriptions) is kept apart, in the cold part, and read on first use.
 * A check reads about half of the JSON it would otherwise.
 */
type EncodedControl = Omit<Control, 'rule' | 'title' | 'rationale' | 'remediation' | 'references'> & { rule?: 0; title: string | 0; rationale: string | 0; remediation: string | 0; references: Reference[] | 0 };
interface EncodedResult {
  problems: Problem[];
  rules: Record<string, Omit<RuleDefinition, ColdKey | FailureKey> & { [k in ColdKey]?: 0 } & { [k in FailureKey]?: string }>;
  standard?: Omit<Standard, 'areas'> & { areas: (Omit<Area, 'controls'> & { controls: EncodedControl[] })[] };
}
const coldKeys = ['description', 'tests', 'source'] as const;
type ColdKey = (typeof coldKeys)[number];
/**
 * What a check reads only when an instance fails (where the finding points, its message, its related positions):
 * kept in the hot part as JSON text, parsed on first read. Expression trees are most of a rule's JSON, and these
 * three are more than half of them: a check whose documents pass most controls parses them for the few that fail.
 */
const failureKeys = ['at', 'related', 'message'] as const;
type FailureKey = (typeof failureKeys)[number];
type ColdParts = Record<string, Partial<Pick<RuleDefinition, ColdKey>>>;
const sharedWithRule = ['title', 'rationale', 'remediation', 'references'] as const;
const coldOf = (rule: RuleDefinition) => Object.fromEntries(coldKeys.filter((k) => k in rule).map((k) => [k, rule[k]])) as ColdParts[string];

function encodeForCache(result: StandardLoadResult): { hot: EncodedResult; cold: ColdParts } {
  const rules: EncodedResult['rules'] = {};
  const cold: ColdParts = {};
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const encodeControl = (c: Control): EncodedControl => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) {
      if (k === 'rule' && c.rule) {
        rules[c.ruleName] ??= Object.fromEntries(Object.entries(c.rule).map(([rk, rv]) => [rk, (coldKeys as readonly string[]).includes(rk) ? 0 : (failureKeys as readonly string[]).includes(rk) ? JSON.stringify(rv) : rv])) as EncodedResult['rules'][string];
        cold[c.ruleName] ??= coldOf(c.rule);
        out[k] = 0;
      } else out[k] = c.rule && (sharedWithRule as readonly string[]).includes(k) && same(v, c.rule[k as (typeof sharedWithRule)[number]]) ? 0 : v;
    }
    return out as EncodedControl;
  };
  const standard = result.standard ? { ...result.standard, areas: result.standard.areas.map((a) => ({ ...a, controls: a.controls.map(encodeControl) })) } : undefined;
  return { hot: { problems: result.problems, rules, ...(standard ? { standard } : {}) }, cold };
}

/**
 * The inverse of encodeForCache, in place (the parsed entry is not needed otherwise); undefined when the entry
 * does not have the expected shape.
 */
function decodeCached(hot: EncodedResult, readCold: () => ColdParts): StandardLoadResult | undefined {
  if (!hot || !Array.isArray(hot.problems) || !hot.rules || typeof hot.rules !== 'object') return undefined;
  let cold: ColdParts | undefined;
  const rules = hot.rules as unknown as Record<string, RuleDefinition>;
  for (const name of Object.keys(rules)) {
    const rule = rules[name]!;
    for (const k of failureKeys) {
      if (!Object.hasOwn(rule, k)) continue;
      const text = rule[k] as unknown;
      if (typeof text !== 'string') return undefined;
      const settle = (value: unknown) => Object.defineProperty(rule, k, { value, enumerable: true, configurable: true, writable: true });
      Object.defineProperty(rule, k, {
        enumerable: true,
        configurable: true,
        get: () => {
          const value: unknown = JSON.parse(text);
          settle(value);
          return value;
        },
        set: settle,
      });
    }
    for (const k of coldKeys) {
      if (!Object.hasOwn(rule, k)) continue;
      // Redefined in place (keeping the key order), and replaced by the value on first read or write, so that
      // it behaves as an ordinary property.
      const settle = (value: unknown) => Object.defineProperty(rule, k, { value, enumerable: true, configurable: true, writable: true });
      Object.defineProperty(rule, k, {
        enumerable: true,
        configurable: true,
        get: () => {
          cold ??= readCold();
          const value = cold[name]?.[k];
          settle(value);
          return value;
        },
        set: settle,
      });
    }
  }
  if (hot.standard) {
    for (const area of hot.standard.areas) {
      for (const control of area.controls as unknown as Record<string, unknown>[]) {
        if (control['rule'] !== 0) continue;
        const rule = Object.hasOwn(rules, control['ruleName'] as string) ? rules[control['ruleName'] as string] : undefined;
        if (!rule) return undefined;
        control['rule'] = rule;
        for (const k of sharedWithRule) {
          if (control[k] !== 0) continue;
          const own = rule[k];
          control[k] = Array.isArray(own) ? [...own] : own;
        }
      }
    }
  }
  return { problems: hot.problems, ...(hot.standard ? { standard: hot.standard as unknown as Standard } : {}) };
}

/** The cold part of a cached standard; when it is gone or does not match, the standard is loaded again for it. */
function coldParts(file: string, readCold: () => unknown): ColdParts {
  const cold = readCold();
  if (cold && typeof cold === 'object') return cold as ColdParts;
  const fresh = loadStandardUncached(file, new Dependencies());
  const out: ColdParts = {};
  for (const c of fresh.standard?.areas.flatMap((a) => a.controls) ?? []) if (c.rule) out[c.ruleName] = coldOf(c.rule);
  return out;
}

function loadStandardUncached(file: string, deps: Dependencies): StandardLoadResult {
  const problems: Problem[] = [];
  const assembled = assemble(file, [], problems, deps);
  if (!assembled) return { problems };
  const { raw, placed } = assembled;

  const ruleIndex = indexRules(assembled.ruleDirs, problems, deps);
  const compiled = compileRules([...new Set(placed.map((p) => p.control.rule))].filter((n) => ruleIndex.has(n)).map((n) => [n, ruleIndex.get(n)!] as const), deps);
  const loadRule = (name: string) => compiled.get(name)!;
  for (const entry of compiled.values()) problems.push(...entry.problems);

  const areas: Area[] = [];
  const areaById = new Map<string, Area>();
  for (const a of assembled.areaOrder) {
    const area: Area = { id: a.id, title: a.title, weight: a.weight ?? 1, ...(a.description ? { description: a.description } : {}), controls: [] };
    areas.push(area);
    areaById.set(a.id, area);
  }
  const seen = new Set<string>();
  for (const p of placed) {
    const c = p.control;
    const source = { file: p.doc.file, line: rangeFor(p.doc.locations, p.pointer).startLine };
    if (seen.has(c.id)) {
      problems.push({ severity: 'error', code: 'standard-duplicate-control', file: p.doc.file, range: rangeFor(p.doc.locations, `${p.pointer}/id`), control: c.id, message: `control id ${c.id} is used twice` });
      continue;
    }
    seen.add(c.id);
    let rule: RuleDefinition | undefined;
    let brokenReason: string | undefined;
    if (!ruleIndex.has(c.rule)) {
      const hint = didYouMean(c.rule, [...ruleIndex.keys()]);
      brokenReason = `rule "${c.rule}" was not found${hint ? `; did you mean "${hint}"?` : ''}`;
      problems.push({ severity: 'error', code: 'standard-missing-rule', file: p.doc.file, range: rangeFor(p.doc.locations, `${p.pointer}/rule`), control: c.id, rule: c.rule, message: `${c.id}: ${brokenReason}` });
    } else {
      const entry = loadRule(c.rule);
      rule = entry.rule;
      if (!rule) {
        const first = entry.problems.find((x) => x.severity === 'error');
        brokenReason = `rule "${c.rule}" failed to load${first ? `: ${capMessage(first.message)}${first.file && first.range ? ` (${first.file}:${first.range.startLine}:${first.range.startColumn})` : ''}` : ''}`;
      }
    }
    if (rule) {
      for (const key of Object.keys(c.params ?? {})) {
        if (!Object.hasOwn(rule.params, key)) {
          const hint = didYouMean(key, Object.keys(rule.params));
          brokenReason = `parameter "${key}" is not declared by rule ${rule.name}${hint ? `; did you mean "${hint}"?` : ''}`;
          problems.push({ severity: 'error', code: 'standard-unknown-param', file: p.doc.file, range: rangeFor(p.doc.locations, `${p.pointer}/params/${key}`, 'key'), control: c.id, message: `${c.id}: ${brokenReason}` });
        }
      }
    }
    const control: Control = {
      id: c.id,
      title: c.title ?? rule?.title ?? c.id,
      areaId: p.area.id,
      severity: c.severity,
      weight: severityWeight[c.severity],
      level: c.level,
      capsGrade: c.capsGrade ?? c.severity === 'critical',
      ruleName: c.rule,
      ...(rule ? { rule } : {}),
      params: { ...(rule?.params ?? {}), ...(c.params ?? {}) },
      rationale: [c.rationale ?? rule?.rationale ?? '', ...(c.notes ?? []).map((n) => `Profile note (${n.split(':')[0]}): ${n.slice(n.indexOf(':') + 2)}`)].filter(Boolean).join('\n\n'),
      remediation: c.remediation ?? rule?.remediation ?? '',
      references: [...(rule?.references ?? []), ...(c.references ?? [])],
      mappings: c.mappings ?? [],
      ...(brokenReason ? { brokenReason } : {}),
      source,
    };
    areaById.get(p.area.id)!.controls.push(control);
  }

  const hash = createHash('sha256');
  for (const t of assembled.texts) hash.update(t).update('\0');
  for (const name of [...compiled.keys()].sort(compareStrings)) hash.update(name).update('\0').update(compiled.get(name)!.text).update('\0');
  const grading = {
    bands: raw.grading?.bands ?? defaultGrading.bands,
    criticalCap: raw.grading?.criticalCap ?? defaultGrading.criticalCap,
    instances: raw.grading?.instances ?? defaultGrading.instances,
    weighting: raw.grading?.weighting ?? defaultGrading.weighting,
    minimumAssurance: raw.grading?.minimumAssurance,
    unbackedCap: raw.grading?.unbackedCap,
  };
  if (grading.unbackedCap !== undefined && !grading.bands.some((b) => b.grade === grading.unbackedCap)) {
    problems.push({ severity: 'error', code: 'standard-schema', file: assembled.doc.file, range: rangeFor(assembled.doc.locations, '/grading/unbackedCap'), message: `unbackedCap "${grading.unbackedCap}" is not one of the grade bands` });
  }
  if (!grading.bands.some((b) => b.grade === grading.criticalCap)) {
    problems.push({ severity: 'error', code: 'standard-schema', file: assembled.doc.file, range: rangeFor(assembled.doc.locations, '/grading/criticalCap'), message: `criticalCap "${grading.criticalCap}" is not one of the grade bands` });
  }
  return {
    problems,
    standard: {
      id: raw.id,
      version: raw.version,
      title: raw.title,
      ...(raw.description ? { description: raw.description } : {}),
      ...(raw.url ? { url: raw.url } : {}),
      file: assembled.doc.file,
      extends: assembled.extendsChain,
      levels: raw.levels ?? defaultLevels,
      grading: {
        bands: [...grading.bands].sort((a, b) => b.min - a.min),
        criticalCap: grading.criticalCap,
        instances: grading.instances,
        weighting: grading.weighting,
        ...(grading.minimumAssurance !== undefined && grading.minimumAssurance !== 'declared' ? { minimumAssurance: grading.minimumAssurance } : {}),
        ...(grading.minimumAssurance !== undefined && grading.minimumAssurance !== 'declared' && grading.unbackedCap !== undefined ? { unbackedCap: grading.unbackedCap } : {}),
      },
      areas: areas.filter((a) => a.controls.length > 0),
      digest: `sha256:${hash.digest('hex')}`,
    },
  };
}

/**
 * Compiles the rules a standard uses, or takes them from the cache when their files, the schemas and the
 * ringfence version are unchanged (so an ordinary run never loads the TypeScript parser).
 */
function compileRules(rules: readonly (readonly [string, string])[], deps: Dependencies): Map<string, CachedRule & { text: string }> {
  const texts = rules.map(([name, file]) => {
    const { text, problem } = readTextFile(file);
    deps.file(file, text);
    return { name, file: displayPath(file), path: file, text: text ?? '', problem };
  });
  const key = rulesKey(texts);
  const cached = readRuleCache(key);
  const out = new Map<string, CachedRule & { text: string }>();
  if (cached && texts.every((t) => cached.has(t.name))) {
    for (const t of texts) out.set(t.name, { ...cached.get(t.name)!, text: t.text });
    return out;
  }
  for (const t of texts) {
    const r: CachedRule = t.problem ? { problems: [t.problem] } : loadRuleFile(t.path);
    out.set(t.name, { ...(r.rule ? { rule: r.rule } : {}), problems: r.problems, text: t.text });
  }
  // Files that could not be read are not cached: they may be readable next time.
  if (texts.every((t) => !t.problem)) writeRuleCache(key, new Map([...out].map(([n, e]) => [n, { ...(e.rule ? { rule: e.rule } : {}), problems: e.problems }])));
  return out;
}

function assemble(file: string, chain: string[], problems: Problem[], deps: Dependencies): Assembled | undefined {
  const shown = displayPath(file);
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    problems.push({ severity: 'error', code: 'standard-missing', file: shown, message: 'standard file not found' });
    return undefined;
  }
  if (chain.includes(real)) {
    problems.push({
      severity: 'error',
      code: 'standard-extends-cycle',
      file: shown,
      message: `"extends" forms a cycle: ${[...chain, real].map((f) => displayPath(f)).join(' → ')}`,
    });
    return undefined;
  }
  if (chain.length > 16) {
    problems.push({ severity: 'error', code: 'standard-extends-depth', file: shown, message: 'more than 16 levels of "extends"' });
    return undefined;
  }
  const { text, problem } = readTextFile(file);
  deps.file(file, text);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  const parsed = parseYamlText(text!, shown);
  problems.push(...parsed.problems);
  const doc = parsed.documents[0];
  if (!doc) {
    if (parsed.problems.length === 0) problems.push({ severity: 'error', code: 'standard-schema', file: shown, message: 'the standard file is empty' });
    return undefined;
  }
  const schemaProblems = validateDocument(doc, 'standard', 'standard-schema');
  problems.push(...schemaProblems);
  if (schemaProblems.length > 0) return undefined;
  const raw = doc.value as RawStandard;
  const dir = path.dirname(file);
  // An extending standard finds rules where its base does, plus any folders it names itself.
  const roots = allowedRoots(chain.length ? chain[0]! : real);
  // Judged by real paths: a symbolic link inside the project that points out of it is outside.
  const inside = (target: string, pointer: string, what: string): boolean => {
    const resolved = path.resolve(target);
    const real = realPath(resolved);
    if (roots.some((r) => real === r || real.startsWith(r + path.sep))) return true;
    problems.push({
      severity: 'error',
      code: 'standard-path-outside',
      file: shown,
      range: rangeFor(doc.locations, pointer),
      message: `${what} ${displayPath(resolved)}${real !== resolved ? ` (a symbolic link to ${displayPath(real)})` : ''} is outside the standard's folder tree (${roots.map((r) => displayPath(r)).join(' or ')}); a standard may only read files of its own project or the bundled standards`,
    });
    return false;
  };
  const ownRuleDirs = (raw.ruleDirs ?? (raw.extends === undefined ? ['../../rules'] : []))
    .map((d, i) => ({ d: path.resolve(dir, d), i }))
    .filter(({ d, i }) => inside(d, raw.ruleDirs ? `/ruleDirs/${i}` : '', 'rule folder'))
    .map(({ d }) => d);

  let base: Assembled | undefined;
  if (raw.extends !== undefined) {
    const target = path.resolve(dir, raw.extends);
    base = inside(target, '/extends', 'extended standard') ? assemble(target, [...chain, real], problems, deps) : undefined;
    if (!base) {
      problems.push({ severity: 'error', code: 'standard-extends', file: shown, range: rangeFor(doc.locations, '/extends'), message: `cannot extend ${raw.extends}; see the problems above` });
      return undefined;
    }
  }

  const areaOrder: RawArea[] = base ? base.areaOrder.map((a) => ({ ...a, controls: [] })) : [];
  const areaById = new Map(areaOrder.map((a) => [a.id, a]));
  let placed: Placed[] = base ? [...base.placed] : [];
  placed = placed.map((p) => ({ ...p, area: areaById.get(p.area.id)! }));

  // Overrides apply to the inherited controls.
  for (const [id, o] of Object.entries(raw.overrides ?? {})) {
    const i = placed.findIndex((p) => p.control.id === id);
    if (i < 0) {
      const hint = didYouMean(id, placed.map((p) => p.control.id));
      problems.push({ severity: 'error', code: 'standard-unknown-control', file: shown, range: rangeFor(doc.locations, `/overrides/${id}`, 'key'), control: id, message: `override of unknown control ${id}${hint ? `; did you mean ${hint}?` : ''}` });
      continue;
    }
    const p = placed[i]!;
    if (o.enabled === false) {
      placed.splice(i, 1);
      continue;
    }
    const { enabled: _enabled, note, ...changes } = o;
    placed[i] = {
      ...p,
      control: {
        ...p.control,
        ...changes,
        params: { ...(p.control.params ?? {}), ...(o.params ?? {}) },
        references: [...(p.control.references ?? []), ...(o.references ?? [])],
        mappings: [...(p.control.mappings ?? []), ...(o.mappings ?? [])],
        ...(note ? { notes: [...(p.control.notes ?? []), `${raw.id}: ${note.trim()}`] } : {}),
      },
    };
  }

  (raw.areas ?? []).forEach((a, ai) => {
    let area = areaById.get(a.id);
    if (!area) {
      area = { ...a, controls: [] };
      areaOrder.push(area);
      areaById.set(a.id, area);
    }
    a.controls.forEach((control, ci) => placed.push({ area, control, doc, pointer: `/areas/${ai}/controls/${ci}` }));
  });

  return {
    raw: { ...(base?.raw ?? {}), ...raw, grading: raw.grading ?? base?.raw.grading, levels: raw.levels ?? base?.raw.levels } as RawStandard,
    doc,
    placed,
    areaOrder,
    ruleDirs: [...(base?.ruleDirs ?? []), ...ownRuleDirs],
    extendsChain: base ? [...base.extendsChain, `${base.raw.id}@${base.raw.version}`] : [],
    texts: [...(base?.texts ?? []), text!],
  };
}

/**
 * Where a standard may read files: its project (the folder above `standards/<id>/` when it sits in such a
 * layout, else its own folder) and the bundled standards and rules. A third-party standard cannot make the
 * engine read — and echo into reports — files elsewhere on the machine.
 */
function allowedRoots(topFile: string): string[] {
  const dir = path.dirname(topFile);
  const project = path.basename(path.dirname(dir)) === 'standards' ? path.dirname(path.dirname(dir)) : dir;
  return [...new Set([project, packageRoot].map((r) => realPath(path.resolve(r))))];
}

/**
 * The real path of `p` (every symbolic link followed); for a path that does not exist, the real path of its
 * nearest existing folder with the rest appended (what is not there yet cannot be a link).
 */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPath(parent), path.basename(p));
  }
}

/** Maps rule names to files by scanning the rule folders (each rule's file is named after the rule). */
function indexRules(dirs: readonly string[], problems: Problem[], deps: Dependencies): Map<string, string> {
  const index = new Map<string, string>();
  const visit = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      problems.push({ severity: 'error', code: 'standard-rule-dir', file: displayPath(dir), message: 'rule folder not found or unreadable' });
      return;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    deps.directory(dir, entries.map((e) => `${e.name}${e.isDirectory() ? '/' : ''}`));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 8) visit(full, depth + 1);
      else if (e.isFile() && /\.ya?ml$/.test(e.name)) {
        const name = e.name.replace(/\.ya?ml$/, '');
        const prior = index.get(name);
        if (prior && prior !== full) {
          problems.push({ severity: 'error', code: 'standard-duplicate-rule', file: displayPath(full), message: `rule name "${name}" is also used by ${displayPath(prior)}` });
          continue;
        }
        index.set(name, full);
      }
    }
  };
  const seen = new Set<string>();
  for (const d of dirs) {
    let key = d;
    try {
      if (statSync(d).isDirectory()) key = realpathSync(d);
    } catch {
      /* reported by visit */
    }
    if (seen.has(key)) continue;
    seen.add(key);
    visit(d, 0);
  }
  return index;
}
