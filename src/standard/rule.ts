import type { Ir, TemplateIr } from '../expr/ir.js';
import { ExpressionError, parseExpression, parseTemplate, type ScopeEntry } from '../expr/parse.js';
import { SchemaTyper, type StaticType } from '../expr/schema-types.js';
import type { ParsedDocument } from '../load/parse-yaml.js';
import type { DocumentKind } from '../load/read-inputs.js';
import { loadSchema, rangeFor, schemaNameOfKind, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { rangeInScalar, scalarPositionMapper } from './expression-position.js';

export type Outcome = 'pass' | 'fail' | 'not_applicable' | 'missing_evidence' | 'error';

export type { Reference } from '../model/report.js';
import type { Reference } from '../model/report.js';

export interface RuleTest {
  name: string;
  doc: unknown;
  vendor?: unknown;
  /** For VendorManifest rules that read `backing`: what the evidence stage computed. */
  backing?: unknown;
  params?: Record<string, unknown>;
  asOf?: string;
  expect: Outcome | Outcome[];
  /** Positions the failing instances must report as related (JSON Pointers; `vendor#/…` for the vendor manifest). */
  related?: string[];
  /** Claims the passing and failing instances must name (JSON Pointers): what the evidence stage would back. */
  claims?: string[];
  /** Where the case is written, for reporting a failing case. */
  line: number;
}

/** A rule with every expression parsed, checked and lowered: JSON-serialisable, so it can be cached. */
export interface RuleDefinition {
  name: string;
  title: string;
  description?: string;
  appliesTo: DocumentKind;
  file: string;
  as: string;
  forEach?: Ir;
  when?: Ir;
  evidence: { text: string; ir: Ir }[];
  /**
   * Claims the rule reads without requiring them (`claims:`): where present, their places join each judged
   * instance's claims (backed, and contradicted, like the evidence's); absent, they change nothing.
   */
  claims?: { text: string; ir: Ir }[];
  assert: Ir;
  at?: Ir;
  /** The other side(s) of a contradiction: positions a failing instance also reports. */
  related?: RelatedDefinition[];
  message: TemplateIr;
  params: Record<string, unknown>;
  rationale: string;
  remediation: string;
  references: Reference[];
  tests: RuleTest[];
  /** The rule reads `vendor`: it needs the vendor manifest of the deployed product. */
  usesVendor: boolean;
  /**
   * The rule reads `backing` (VendorManifest rules only): what the evidence stage computed for the document's
   * other controls (src/evidence). Such a rule is evaluated after them, and its own claims are not backed.
   */
  usesBacking?: boolean;
  /**
   * `judges: document`: the rule judges the document itself (its consistency), not a claim about the world, so its
   * control has nothing evidence could back and is left out of the document's assurance. Stated, never inferred: a
   * rule that reads claims without naming them in `evidence` still counts as unbacked.
   */
  judgesDocument?: boolean;
  /** The expressions as written, for `ringfence explain`. */
  source: { forEach?: string; when?: string; evidence?: string[]; claims?: string[]; assert: string; at?: string; related?: RelatedYaml[]; message: string };
}

/** One `related` entry, lowered: evaluated only when an instance fails. */
export interface RelatedDefinition {
  forEach?: Ir;
  as: string;
  when?: Ir;
  at: Ir;
  message: TemplateIr;
}

interface RelatedYaml {
  forEach?: string;
  as?: string;
  when?: string;
  at: string;
  message: string;
}

export interface RuleLoadResult {
  rule?: RuleDefinition;
  problems: Problem[];
}

interface RuleYaml {
  name: string;
  title: string;
  description?: string;
  appliesTo: DocumentKind;
  forEach?: string;
  as?: string;
  when?: string;
  evidence?: string[];
  claims?: string[];
  assert: string;
  at?: string;
  related?: RelatedYaml[];
  judges?: 'document';
  message: string;
  params?: Record<string, unknown>;
  rationale: string;
  remediation: string;
  references?: Reference[];
  tests: Omit<RuleTest, 'line'>[];
}

/**
 * What `backing` holds for a VendorManifest rule: the assurance the evidence stage computed for the document
 * (src/evidence/levels.ts), never what the manifest says of itself.
 */
export const backingSchema = {
  type: 'object',
  title: 'Backing',
  additionalProperties: false,
  properties: {
    document: { type: 'string', enum: ['declared', 'linked', 'verified', 'observed', 'independently_verified'], description: "The level the document's critical controls reach." },
    rank: { type: 'integer', description: 'The same as a number: 0 declared, 1 linked, 2 verified, 3 observed, 4 independently verified.' },
    unbacked: { type: 'array', items: { type: 'string' }, description: 'Critical controls whose claims nothing backs.' },
  },
};
const backingType: StaticType = { schema: backingSchema, name: 'backing' };

const typers = new Map<DocumentKind, SchemaTyper>();
function typerFor(kind: DocumentKind): SchemaTyper {
  let t = typers.get(kind);
  if (!t) {
    t = new SchemaTyper(loadSchema(schemaNameOfKind[kind]!));
    typers.set(kind, t);
  }
  return t;
}

/**
 * Validates a parsed rule file and compiles its expressions. Every problem is positioned in the rule's YAML
 * file; a rule with any error is returned without a definition, so that its controls report `error`.
 */
export function compileRule(doc: ParsedDocument, expectedName?: string): RuleLoadResult {
  const problems = validateDocument(doc, 'rule', 'rule-schema');
  if (problems.length > 0) return { problems };
  const y = doc.value as RuleYaml;
  const file = doc.file;
  const fail = (pointer: string, message: string, range = rangeFor(doc.locations, pointer)): void => {
    problems.push({ severity: 'error', code: 'rule-compile', file, range, pointer, rule: y.name, message });
  };
  if (expectedName !== undefined && y.name !== expectedName) {
    fail('/name', `rule name "${y.name}" does not match its file name "${expectedName}.yaml"`);
  }
  const typer = typerFor(y.appliesTo);
  const paramNames = Object.keys(y.params ?? {});
  const as = y.as ?? 'item';
  const baseScope = new Map<string, ScopeEntry>([
    ['doc', { type: typer.rootType(), role: 'document' }],
    ['params', { type: undefined, role: 'params' }],
  ]);
  if (y.appliesTo === 'DeploymentConfig') {
    baseScope.set('vendor', { type: typerFor('VendorManifest').rootType(), role: 'document' });
  }
  if (y.appliesTo === 'VendorManifest') baseScope.set('backing', { type: backingType, role: 'document' });
  if (as === 'doc' || as === 'params' || as === 'vendor' || as === 'backing') fail('/as', `"${as}" is a reserved name; choose another for "as"`);

  const compileAt = (pointer: string, text: string, scope: ReadonlyMap<string, ScopeEntry>): { ir: Ir; type: StaticType } | undefined => {
    try {
      return parseExpression(text, { scope, typer, paramNames });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      fail(pointer, error.message, positionIn(doc, pointer, text, error.start, error.end));
      return undefined;
    }
  };

  let forEach: Ir | undefined;
  const scope = new Map(baseScope);
  if (y.forEach !== undefined) {
    const r = compileAt('/forEach', y.forEach, baseScope);
    forEach = r?.ir;
    if (r?.type && !typer.isArray(r.type)) {
      fail('/forEach', `forEach must give a list, but ${y.forEach} is ${r.type.name}`);
    }
    scope.set(as, { type: r?.type ? typer.items(r.type, y.forEach) : undefined, role: 'element' });
  } else if (y.as !== undefined) {
    fail('/as', '"as" names the forEach element, but the rule has no forEach');
  }

  const when = y.when !== undefined ? compileAt('/when', y.when, scope)?.ir : undefined;
  const evidence: { text: string; ir: Ir }[] = [];
  (y.evidence ?? []).forEach((text, i) => {
    const r = compileAt(`/evidence/${i}`, text, scope);
    if (r) evidence.push({ text, ir: r.ir });
  });
  // `claims:` names places of the evaluated document only: a claim of the vendor manifest is not this document's
  // to back, and a rule must not start needing the vendor manifest (or the backing) because of what it claims.
  const claims: { text: string; ir: Ir }[] = [];
  (y.claims ?? []).forEach((text, i) => {
    const r = compileAt(`/claims/${i}`, text, scope);
    if (!r) return;
    const other = mentions(r.ir, 'vendor') ? 'vendor' : mentions(r.ir, 'backing') ? 'backing' : undefined;
    if (other) fail(`/claims/${i}`, `a claims entry names a place in the evaluated document; it cannot read ${other === 'vendor' ? 'the vendor manifest (vendor)' : 'the backing (backing)'}`, positionIn(doc, `/claims/${i}`, text, 0, text.length));
    else claims.push({ text, ir: r.ir });
  });
  const assert = compileAt('/assert', y.assert, scope)?.ir;
  const at = y.at !== undefined ? compileAt('/at', y.at, scope)?.ir : undefined;
  const compileTemplate = (pointer: string, text: string, s: ReadonlyMap<string, ScopeEntry>): TemplateIr | undefined => {
    try {
      return parseTemplate(text, { scope: s, typer, paramNames });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      fail(pointer, error.message, positionIn(doc, pointer, text, error.start, error.end));
      return undefined;
    }
  };
  const message = compileTemplate('/message', y.message, scope);
  // Each related entry sees what the rule's `at` sees, plus its own forEach element.
  const related: RelatedDefinition[] = [];
  (y.related ?? []).forEach((r, i) => {
    const base = `/related/${i}`;
    const relAs = r.as ?? 'other';
    let relForEach: Ir | undefined;
    const relScope = new Map(scope);
    if (r.forEach !== undefined) {
      if (scope.has(relAs)) fail(`${base}/as`, `"${relAs}" is already a name in this rule; choose another for "as"`);
      const f = compileAt(`${base}/forEach`, r.forEach, scope);
      relForEach = f?.ir;
      if (f?.type && !typer.isArray(f.type)) fail(`${base}/forEach`, `forEach must give a list, but ${r.forEach} is ${f.type.name}`);
      relScope.set(relAs, { type: f?.type ? typer.items(f.type, r.forEach) : undefined, role: 'element' });
    } else if (r.as !== undefined) {
      fail(`${base}/as`, '"as" names the forEach element, but this related entry has no forEach');
    }
    const relWhen = r.when !== undefined ? compileAt(`${base}/when`, r.when, relScope)?.ir : undefined;
    const relAt = compileAt(`${base}/at`, r.at, relScope)?.ir;
    const relMessage = compileTemplate(`${base}/message`, r.message, relScope);
    if (relAt && relMessage) related.push({ ...(relForEach ? { forEach: relForEach } : {}), as: relAs, ...(relWhen ? { when: relWhen } : {}), at: relAt, message: relMessage });
  });

  const tests = y.tests.map((t, i) => ({ ...t, line: rangeFor(doc.locations, `/tests/${i}`).startLine }));
  if (problems.length > 0 || assert === undefined || message === undefined) return { problems };
  const irs = [forEach, when, assert, at, ...evidence.map((e) => e.ir), ...message.holes, ...related.flatMap((r) => [r.forEach, r.when, r.at, ...r.message.holes])];
  return {
    problems,
    rule: {
      name: y.name,
      title: y.title,
      ...(y.description !== undefined ? { description: y.description } : {}),
      appliesTo: y.appliesTo,
      file,
      as,
      ...(forEach ? { forEach } : {}),
      ...(when ? { when } : {}),
      evidence,
      ...(claims.length > 0 ? { claims } : {}),
      assert,
      ...(at ? { at } : {}),
      ...(related.length > 0 ? { related } : {}),
      message,
      params: y.params ?? {},
      rationale: y.rationale,
      remediation: y.remediation,
      references: y.references ?? [],
      tests,
      usesVendor: irs.some((ir) => ir !== undefined && mentions(ir, 'vendor')),
      ...(irs.some((ir) => ir !== undefined && mentions(ir, 'backing')) ? { usesBacking: true } : {}),
      ...(y.judges === 'document' ? { judgesDocument: true } : {}),
      source: {
        ...(y.forEach !== undefined ? { forEach: y.forEach } : {}),
        ...(y.when !== undefined ? { when: y.when } : {}),
        ...(y.evidence !== undefined ? { evidence: y.evidence } : {}),
        ...(y.claims !== undefined ? { claims: y.claims } : {}),
        assert: y.assert,
        ...(y.at !== undefined ? { at: y.at } : {}),
        ...(y.related !== undefined ? { related: y.related } : {}),
        message: y.message,
      },
    },
  };
}

function positionIn(doc: ParsedDocument, pointer: string, text: string, start: number, end: number) {
  const loc = doc.locations.get(pointer);
  if (!loc) return rangeFor(doc.locations, pointer);
  return rangeInScalar(scalarPositionMapper(doc.lines, loc.value, text), start, end);
}

/** Whether an expression reads the variable `name` (ignoring callback parameters that shadow it). */
function mentions(ir: Ir, name: string): boolean {
  switch (ir.t) {
    case 'var':
      return ir.n === name;
    case 'lit':
    case 'undef':
      return false;
    case 'get':
      return mentions(ir.o, name);
    case 'idx':
      return mentions(ir.o, name) || mentions(ir.i, name);
    case 'call':
      return ir.a.some((a) => mentions(a, name));
    case 'method':
      return mentions(ir.o, name) || ir.a.some((a) => mentions(a, name));
    case 'unary':
      return mentions(ir.a, name);
    case 'bin':
    case 'and':
    case 'or':
    case 'nullish':
      return mentions(ir.l, name) || mentions(ir.r, name);
    case 'cond':
      return mentions(ir.c, name) || mentions(ir.a, name) || mentions(ir.b, name);
    case 'array':
      return ir.e.some((e) => mentions(e, name));
    case 'template':
      return ir.e.some((e) => mentions(e, name));
    case 'fn':
      return !ir.p.includes(name) && mentions(ir.b, name);
  }
}
