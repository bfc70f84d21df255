import type { Problem, Range } from '../../model/problem.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { ForeignFile, ForeignPosition } from '../types.js';
import { HclSyntaxError, parseHcl, type HclAttribute, type HclBlock, type HclBody, type HclExpr, type Span } from './hcl.js';
import {
  contentCategories,
  firstRange,
  importProblem,
  sensorSelectorOf,
  type FalconCategorySetting,
  type FalconContentPolicy,
  type FalconHostGroup,
  type FalconModel,
  type FalconSensorPolicy,
  type GroupRef,
  type Located,
} from './model.js';

/**
 * Reads one Terraform module (the `.tf` files of one folder) into the Falcon model. Nothing is evaluated: literal
 * values are taken; `var.x` (a variable's literal default), `local.y` and references to the module's own
 * resources (`crowdstrike_host_group.dc.id`) and to the sensor-builds data source are resolved; anything else
 * (a function call, an operator, a variable without default, another module's output) is a positioned problem,
 * never a guess.
 */

export const terraformKind = 'falcon-terraform';

/** Resource types read, with the attributes each may have (others are reported, as a typo would be). */
const known: Record<string, readonly string[]> = {
  crowdstrike_host_group: ['name', 'description', 'type', 'assignment_rule', 'hostnames', 'host_ids'],
  crowdstrike_content_update_policy: ['name', 'description', 'enabled', 'host_groups', ...contentCategories],
  crowdstrike_default_content_update_policy: ['description', ...contentCategories],
  crowdstrike_sensor_update_policy: ['name', 'description', 'enabled', 'platform_name', 'build', 'build_arm64', 'host_groups', 'schedule', 'uninstall_protection', 'bulk_maintenance_mode'],
  crowdstrike_default_sensor_update_policy: ['platform_name', 'build', 'build_arm64', 'schedule', 'uninstall_protection', 'bulk_maintenance_mode'],
  crowdstrike_content_update_policy_attachment: ['id', 'host_groups', 'exclusive'],
  crowdstrike_sensor_update_policy_host_group_attachment: ['id', 'host_groups', 'exclusive'],
  crowdstrike_content_update_policy_precedence: ['ids', 'enforcement'],
  crowdstrike_sensor_update_policy_precedence: ['ids', 'enforcement', 'platform_name'],
};
/** Meta-arguments every resource may have. */
const meta = ['depends_on', 'provider', 'lifecycle', 'count', 'for_each'];
const categoryAttributes = ['ring_assignment', 'delay_hours', 'pinned_content_version'];

/** A value resolved from an expression: where the literal that gave it was written. */
type Value =
  | { kind: 'scalar'; v: string | number | boolean | null; at: ForeignPosition }
  | { kind: 'list'; items: Value[]; at: ForeignPosition }
  | { kind: 'object'; entries: Map<string, Value>; keys: Map<string, ForeignPosition>; at: ForeignPosition }
  /** A reference to a resource or data source of the module: its address and the attribute path after it. */
  | { kind: 'ref'; type: string; name: string; path: string[]; at: ForeignPosition };

class Unresolved extends Error {
  constructor(
    readonly at: ForeignPosition,
    message: string,
  ) {
    super(message);
  }
}

interface Located2<T> {
  item: T;
  file: string;
}

class Module {
  readonly problems: Problem[] = [];
  readonly variables = new Map<string, Located2<HclBlock>>();
  readonly locals = new Map<string, Located2<HclAttribute>>();
  readonly resources = new Map<string, Located2<HclBlock>>();
  readonly data = new Map<string, Located2<HclBlock>>();
  private readonly lineStarts = new Map<string, number[]>();

  constructor(readonly texts: ReadonlyMap<string, string>) {}

  pos(file: string, span: Span): ForeignPosition {
    return { file, range: this.range(file, span) };
  }

  range(file: string, span: Span): Range {
    let starts = this.lineStarts.get(file);
    if (!starts) {
      const text = this.texts.get(file) ?? '';
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts.set(file, starts);
    }
    const at = (offset: number): { line: number; column: number } => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    };
    const a = at(span.start);
    const b = at(Math.max(span.start, span.end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.line === a.line ? Math.max(b.column, a.column + 1) : b.column };
  }

  /** Resolves an expression to a value, following var., local. and resource references; throws Unresolved. */
  resolve(file: string, e: HclExpr, stack: string[] = []): Value {
    const at = this.pos(file, e);
    switch (e.kind) {
      case 'literal':
        return { kind: 'scalar', v: e.value, at };
      case 'tuple':
        return { kind: 'list', items: e.items.map((x) => this.resolve(file, x, stack)), at };
      case 'object': {
        const entries = new Map<string, Value>();
        const keys = new Map<string, ForeignPosition>();
        for (const item of e.items) {
          if (item.key === undefined) throw new Unresolved(this.pos(file, item.keySpan), 'a computed object key is not evaluated');
          keys.set(item.key, this.pos(file, item.keySpan));
          entries.set(item.key, this.resolve(file, item.value, stack));
        }
        return { kind: 'object', entries, keys, at };
      }
      case 'other':
        throw new Unresolved(at, `${e.what} is not evaluated by ringfence; write the value literally, or in a variable's default`);
      case 'traversal':
        return this.traverse(file, e, at, stack);
    }
  }

  private traverse(file: string, e: Extract<HclExpr, { kind: 'traversal' }>, at: ForeignPosition, stack: string[]): Value {
    const [head, second, ...rest] = e.parts;
    const text = e.parts.join('.');
    if ((head === 'var' || head === 'local') && second !== undefined) {
      const id = `${head}.${second}`;
      if (stack.includes(id)) throw new Unresolved(at, `${[...stack.slice(stack.indexOf(id)), id].join(' → ')} refer to each other in a cycle; none has a value`);
      if (stack.length >= 32) throw new Unresolved(at, `${id}: references are followed at most 32 deep`);
      let value: Value;
      if (head === 'var') {
        const v = this.variables.get(second);
        if (!v) throw new Unresolved(at, `no variable "${second}" is declared in this module${hint(second, [...this.variables.keys()])}`);
        const def = v.item.body.attributes.find((a) => a.name === 'default');
        if (!def) throw new Unresolved(at, `variable "${second}" has no default, so its value is set outside the module (a .tfvars file, -var, the environment); give the value in a default, or import the plan JSON (terraform show -json)`);
        value = this.resolve(v.file, def.expr, [...stack, id]);
      } else {
        const l = this.locals.get(second);
        if (!l) throw new Unresolved(at, `no local value "${second}" is defined in this module${hint(second, [...this.locals.keys()])}`);
        value = this.resolve(l.file, l.item.expr, [...stack, id]);
      }
      return this.step(value, rest, at, text);
    }
    if (head === 'data' && second !== undefined && rest.length > 0) {
      const address = `data.${second}.${rest[0]}`;
      if (second !== 'crowdstrike_sensor_update_policy_builds') throw new Unresolved(at, `${text}: the data source ${second} is read when Terraform runs; ringfence cannot know its value`);
      if (!this.data.has(`${second}.${rest[0]}`)) throw new Unresolved(at, `${text}: no ${address} is declared in this module${hint(`${second}.${rest[0]}`, [...this.data.keys()])}`);
      return { kind: 'ref', type: `data.${second}`, name: rest[0]!, path: rest.slice(1), at };
    }
    if (head !== undefined && head.startsWith('crowdstrike_') && second !== undefined) {
      if (!this.resources.has(`${head}.${second}`)) {
        throw new Unresolved(at, `${text} refers to no resource of this module: there is no ${head}.${second}${hint(`${head}.${second}`, [...this.resources.keys()].filter((k) => k.startsWith(`${head}.`)))}`);
      }
      return { kind: 'ref', type: head, name: second, path: rest, at };
    }
    throw new Unresolved(at, `${text} is not a value ringfence can know from the module (only var., local., the module's crowdstrike_ resources and the sensor-builds data source are followed)`);
  }

  private step(value: Value, path: string[], at: ForeignPosition, text: string): Value {
    let v = value;
    for (const p of path) {
      if (v.kind === 'object' && v.entries.has(p)) v = v.entries.get(p)!;
      else if (v.kind === 'list' && /^\d+$/.test(p) && Number(p) < v.items.length) v = v.items[Number(p)]!;
      else throw new Unresolved(at, `${text}: "${p}" is not in the value`);
    }
    return v;
  }
}

function hint(name: string, candidates: string[]): string {
  const d = didYouMean(name, candidates);
  return d ? ` (did you mean ${d}?)` : '';
}

/** Reads the `.tf` files of one module. Problems are positioned; a file with a syntax error leaves the module unread. */
export function readTerraformModule(files: readonly ForeignFile[]): { model?: FalconModel; problems: Problem[] } {
  const texts = new Map(files.map((f) => [f.file, f.text]));
  const m = new Module(texts);
  const bodies: { file: string; body: HclBody }[] = [];
  for (const f of files) {
    try {
      bodies.push({ file: f.file, body: parseHcl(f.text) });
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err;
      m.problems.push(importProblem('import-syntax', `not valid HCL: ${err.message}`, m.pos(f.file, { start: err.offset, end: err.offset + 1 })));
    }
  }
  if (m.problems.length > 0) {
    // A module read in part could pass where the whole fails: the policy with the gap may be in the unreadable file.
    const names = files.map((f) => f.file);
    m.problems.push(importProblem('import-incomplete', `the Terraform module ${names.join(', ')} was not mapped, since part of it could not be read`, { file: names[0]!, range: firstRange }));
    return { problems: m.problems };
  }

  // Declarations first, so that references resolve in any order (Terraform's own rule).
  const crowdstrike: { file: string; block: HclBlock }[] = [];
  for (const { file, body } of bodies) {
    for (const b of body.blocks) {
      if (b.type === 'variable' && b.labels.length === 1) declare(m, m.variables, b.labels[0]!, { item: b, file }, m.pos(file, b.labelSpans[0]!), 'variable');
      else if (b.type === 'locals') for (const a of b.body.attributes) declare(m, m.locals, a.name, { item: a, file }, m.pos(file, a.nameSpan), 'local value');
      else if (b.type === 'data' && b.labels.length === 2) declare(m, m.data, `${b.labels[0]}.${b.labels[1]}`, { item: b, file }, m.pos(file, b.typeSpan), 'data source');
      else if (b.type === 'resource' && b.labels.length === 2) {
        declare(m, m.resources, `${b.labels[0]}.${b.labels[1]}`, { item: b, file }, m.pos(file, b.typeSpan), 'resource');
        if (b.labels[0]!.startsWith('crowdstrike_')) crowdstrike.push({ file, block: b });
      } else if (b.type === 'module') {
        m.problems.push(importProblem('import-unfollowed', `module "${b.labels[0] ?? ''}" is not followed: import its folder too if it holds Falcon policies`, m.pos(file, b.typeSpan), 'warning'));
      }
    }
  }

  const model: FalconModel = {
    kind: terraformKind,
    sources: files.map((f) => f.file),
    at: crowdstrike[0] ? m.pos(crowdstrike[0].file, crowdstrike[0].block.typeSpan) : { file: files[0]?.file ?? '', range: firstRange },
    hostGroups: [],
    contentPolicies: [],
    sensorPolicies: [],
    contentPrecedenceKnown: false,
    sensorPrecedenceKnown: false,
    notes: [],
  };
  const attachments: { type: string; file: string; block: HclBlock }[] = [];
  const precedences: { type: string; file: string; block: HclBlock }[] = [];

  for (const { file, block } of crowdstrike) {
    const type = block.labels[0]!;
    const address = `${type}.${block.labels[1]}`;
    const allowed = known[type];
    if (!allowed) continue;
    const r = new ResourceReader(m, file, block, address);
    if (!r.checkShape(allowed)) continue;
    if (type === 'crowdstrike_host_group') {
      const name = r.str('name');
      if (!name) continue;
      const g: FalconHostGroup = { key: address, name, at: r.at };
      const t = r.str('type');
      if (t) {
        if (!['static', 'dynamic', 'staticByID'].includes(t.value)) r.problem(t.at, `type must be static, dynamic or staticByID (case sensitive), not "${t.value}"`);
        else g.type = t;
      }
      const rule = r.str('assignment_rule', false);
      if (rule) g.assignmentRule = rule;
      const d = r.str('description', false);
      if (d) g.description = d;
      const listed = r.list(t?.value === 'staticByID' ? 'host_ids' : 'hostnames', false);
      // A set in the provider: a name written twice is one host.
      if (listed && t?.value !== 'dynamic') g.listedHosts = { value: new Set(listed.items.map((x) => (x.kind === 'scalar' ? String(x.v) : JSON.stringify(x.at)))).size, at: listed.at };
      model.hostGroups.push(g);
    } else if (type === 'crowdstrike_content_update_policy' || type === 'crowdstrike_default_content_update_policy') {
      const isDefault = type === 'crowdstrike_default_content_update_policy';
      const name = isDefault ? { value: 'Default', at: r.at } : r.str('name');
      if (!name) continue;
      const p: FalconContentPolicy = { key: address, name, isDefault, categories: {}, hostGroups: isDefault ? [] : r.groupRefs('host_groups'), at: r.at };
      const enabled = isDefault ? undefined : r.bool('enabled');
      if (enabled) p.enabled = enabled;
      const description = r.str('description', false);
      if (description) p.description = description;
      for (const c of contentCategories) {
        const s = r.category(c);
        if (s) p.categories[c] = s;
      }
      model.contentPolicies.push(p);
    } else if (type === 'crowdstrike_sensor_update_policy' || type === 'crowdstrike_default_sensor_update_policy') {
      const isDefault = type === 'crowdstrike_default_sensor_update_policy';
      const platform = r.str('platform_name');
      const name = isDefault ? { value: `Default (${platform?.value ?? 'platform unknown'})`, at: r.at } : r.str('name');
      if (!name) continue;
      const p: FalconSensorPolicy = { key: address, name, isDefault, hostGroups: isDefault ? [] : r.groupRefs('host_groups'), at: r.at };
      if (platform) p.platform = platform;
      const enabled = isDefault ? undefined : r.bool('enabled');
      if (enabled) p.enabled = enabled;
      const build = r.build();
      if (build) p.build = build;
      model.sensorPolicies.push(p);
    } else if (type.endsWith('_attachment')) attachments.push({ type, file, block });
    else precedences.push({ type, file, block });
  }

  for (const { type, file, block } of attachments) {
    const r = new ResourceReader(m, file, block, `${type}.${block.labels[1]}`);
    const target = r.policyRef('id', type.startsWith('crowdstrike_content') ? 'crowdstrike_content_update_policy' : 'crowdstrike_sensor_update_policy');
    if (!target) continue;
    const policies: (FalconContentPolicy | FalconSensorPolicy)[] = type.startsWith('crowdstrike_content') ? model.contentPolicies : model.sensorPolicies;
    const policy = policies.find((p) => p.key === target);
    if (!policy) continue;
    const exclusive = r.bool('exclusive');
    const refs = r.groupRefs('host_groups');
    if (exclusive?.value !== false && policy.hostGroups.length > 0) {
      r.problem(r.at, `${target} lists host_groups itself and an exclusive attachment sets them again; Terraform keeps fighting over them — set them in one place`, 'warning');
    }
    for (const ref of refs) if (!policy.hostGroups.some((g) => g.key === ref.key)) policy.hostGroups.push(ref);
  }

  for (const { type, file, block } of precedences) {
    const r = new ResourceReader(m, file, block, `${type}.${block.labels[1]}`);
    const isContent = type === 'crowdstrike_content_update_policy_precedence';
    const ids = r.list('ids');
    if (!ids) continue;
    const policies: (FalconContentPolicy | FalconSensorPolicy)[] = isContent ? model.contentPolicies : model.sensorPolicies;
    const platform = isContent ? undefined : r.str('platform_name');
    const enforcement = r.str('enforcement');
    ids.items.forEach((item, n) => {
      const wanted = isContent ? 'crowdstrike_content_update_policy' : 'crowdstrike_sensor_update_policy';
      if (item.kind !== 'ref' || item.type !== wanted || item.path.join('.') !== 'id') {
        r.problem(item.at, `ids must list ${wanted}.<name>.id references of this module (a literal policy id cannot be matched to a policy here)`);
        return;
      }
      const p = policies.find((x) => x.key === `${item.type}.${item.name}`);
      if (p) p.precedence = n + 1;
    });
    const listed = policies.filter((p) => !p.isDefault && (!platform || (p as FalconSensorPolicy).platform?.value?.toLowerCase() === platform.value.toLowerCase()));
    if (enforcement?.value === 'strict' || listed.every((p) => p.precedence !== undefined)) {
      if (isContent) model.contentPrecedenceKnown = true;
      else model.sensorPrecedenceKnown = true;
    }
  }

  return { model, problems: m.problems };
}

function declare<T>(m: Module, map: Map<string, T>, name: string, value: T, at: ForeignPosition, what: string): void {
  if (map.has(name)) {
    m.problems.push(importProblem('import-duplicate', `${what} "${name}" is declared twice in this module; Terraform refuses that`, at));
    return;
  }
  map.set(name, value);
}

/** Reads the attributes of one resource block, reporting each problem at its position. */
class ResourceReader {
  readonly at: ForeignPosition;
  private readonly attrs: Map<string, HclAttribute>;

  constructor(
    private readonly m: Module,
    private readonly file: string,
    private readonly block: HclBlock,
    private readonly address: string,
  ) {
    this.at = m.pos(file, { start: block.start, end: block.labelSpans.at(-1)?.end ?? block.typeSpan.end });
    this.attrs = new Map(block.body.attributes.map((a) => [a.name, a]));
  }

  problem(at: ForeignPosition, message: string, severity: Problem['severity'] = 'error'): void {
    this.m.problems.push(importProblem(severity === 'error' ? 'import-value' : 'import-note', `${this.address}: ${message}`, at, severity));
  }

  /** Unknown attributes and blocks are reported (a misspelt delay_hours must not vanish); count/for_each refused. */
  checkShape(allowed: readonly string[]): boolean {
    for (const a of this.block.body.attributes) {
      if (a.name === 'count' || a.name === 'for_each') {
        this.problem(this.m.pos(this.file, a.nameSpan), `${a.name} makes this resource many, decided when Terraform runs; ringfence reads resources one by one, so it was left out — import the plan JSON (terraform show -json) instead`);
        return false;
      }
      if (!allowed.includes(a.name) && !meta.includes(a.name)) {
        this.problem(this.m.pos(this.file, a.nameSpan), `unknown attribute "${a.name}"${hint(a.name, [...allowed])}; the provider would refuse it`);
      }
    }
    for (const b of this.block.body.blocks) {
      if (!meta.includes(b.type)) this.problem(this.m.pos(this.file, b.typeSpan), `unknown block "${b.type}"${hint(b.type, [...allowed])} (this provider's settings are attributes: ${b.type} = { … })`);
    }
    return true;
  }

  value(name: string, required = true): Value | undefined {
    const a = this.attrs.get(name);
    if (!a) {
      if (required) this.problem(this.at, `"${name}" is not set`);
      return undefined;
    }
    try {
      return this.m.resolve(this.file, a.expr);
    } catch (err) {
      if (!(err instanceof Unresolved)) throw err;
      this.problem(err.at, `${name}: ${err.message}`);
      return undefined;
    }
  }

  str(name: string, required = true): Located<string> | undefined {
    return this.scalar(this.value(name, required), name, 'string') as Located<string> | undefined;
  }

  bool(name: string): Located<boolean> | undefined {
    return this.scalar(this.value(name, false), name, 'boolean') as Located<boolean> | undefined;
  }

  private scalar(v: Value | undefined, name: string, type: 'string' | 'number' | 'boolean'): Located<string | number | boolean> | undefined {
    if (!v) return undefined;
    if (v.kind === 'scalar' && v.v !== null) {
      if (typeof v.v === type) return { value: v.v, at: v.at };
      // Terraform converts between strings, numbers and booleans where the text allows it.
      if (type === 'string' && typeof v.v !== 'string') return { value: String(v.v), at: v.at };
      if (type === 'number' && typeof v.v === 'string' && /^-?\d+(\.\d+)?$/.test(v.v)) return { value: Number(v.v), at: v.at };
      if (type === 'boolean' && (v.v === 'true' || v.v === 'false')) return { value: v.v === 'true', at: v.at };
    }
    if (v.kind === 'scalar' && v.v === null) return undefined;
    this.problem(v.at, `${name} must be a ${type}`);
    return undefined;
  }

  list(name: string, required = true): Extract<Value, { kind: 'list' }> | undefined {
    const v = this.value(name, required);
    if (!v) return undefined;
    if (v.kind !== 'list') {
      this.problem(v.at, `${name} must be a list`);
      return undefined;
    }
    return v;
  }

  groupRefs(name: string): GroupRef[] {
    // Each reference on its own: one bad reference is reported, and the policy keeps the others.
    const a = this.attrs.get(name);
    let items: Value[];
    if (a && a.expr.kind === 'tuple') {
      items = [];
      for (const x of a.expr.items) {
        try {
          items.push(this.m.resolve(this.file, x));
        } catch (err) {
          if (!(err instanceof Unresolved)) throw err;
          this.problem(err.at, `${name}: ${err.message}`);
        }
      }
    } else {
      const l = this.list(name, false);
      if (!l) return [];
      items = l.items;
    }
    const out: GroupRef[] = [];
    for (const item of items) {
      if (item.kind === 'ref' && item.type === 'crowdstrike_host_group' && item.path.join('.') === 'id') out.push({ key: `crowdstrike_host_group.${item.name}`, at: item.at });
      else this.problem(item.at, `${name} must list crowdstrike_host_group.<name>.id references of this module (a literal group id cannot be matched to a group here)`);
    }
    return out;
  }

  policyRef(name: string, type: string): string | undefined {
    const v = this.value(name);
    if (!v) return undefined;
    if (v.kind === 'ref' && v.type === type && v.path.join('.') === 'id') return `${type}.${v.name}`;
    this.problem(v.at, `${name} must be a ${type}.<name>.id reference of this module`);
    return undefined;
  }

  category(c: string): FalconCategorySetting | undefined {
    const v = this.value(c, this.address.includes('content_update_policy'));
    if (!v) return undefined;
    if (v.kind !== 'object') {
      this.problem(v.at, `${c} must be an object: ${c} = { ring_assignment = "ga", delay_hours = 4 }`);
      return undefined;
    }
    const s: FalconCategorySetting = { at: v.at };
    for (const [k, x] of v.entries) {
      if (!categoryAttributes.includes(k)) this.problem(v.keys.get(k) ?? x.at, `${c}: unknown attribute "${k}"${hint(k, categoryAttributes)}; the provider would refuse it`);
    }
    const ring = this.scalar(v.entries.get('ring_assignment'), `${c}.ring_assignment`, 'string') as Located<string> | undefined;
    if (!ring) this.problem(v.at, `${c}.ring_assignment is not set`);
    else if (!['ea', 'ga', 'pause'].includes(ring.value) || (c === 'system_critical' && ring.value === 'pause')) {
      this.problem(ring.at, `${c}.ring_assignment must be ${c === 'system_critical' ? 'ga or ea' : 'ga, ea or pause'}, not "${ring.value}"`);
    } else s.ring = ring;
    const delay = this.scalar(v.entries.get('delay_hours'), `${c}.delay_hours`, 'number') as Located<number> | undefined;
    if (delay) {
      if (![0, 1, 2, 4, 8, 12, 24, 48, 72].includes(delay.value)) this.problem(delay.at, `${c}.delay_hours must be one of 0, 1, 2, 4, 8, 12, 24, 48, 72, not ${delay.value}`);
      else s.delayHours = delay;
    }
    const pinned = this.scalar(v.entries.get('pinned_content_version'), `${c}.pinned_content_version`, 'string') as Located<string> | undefined;
    if (pinned && pinned.value !== '') s.pinnedContentVersion = pinned;
    return s;
  }

  build(): Located<{ selector: 'n' | 'n-1' | 'n-2' | 'pinned' | 'off'; build?: string }> | undefined {
    const v = this.value('build');
    if (!v) return undefined;
    if (v.kind === 'ref' && v.type === 'data.crowdstrike_sensor_update_policy_builds') {
      const [, which, field] = v.path;
      const selector = which === 'latest' ? 'n' : which === 'n1' ? 'n-1' : which === 'n2' ? 'n-2' : undefined;
      if (selector && field === 'build') return { value: { selector }, at: v.at };
      this.problem(v.at, `build: expected data.crowdstrike_sensor_update_policy_builds.<name>.<platform>.(latest|n1|n2).build`);
      return undefined;
    }
    const s = this.scalar(v, 'build', 'string') as Located<string> | undefined;
    if (!s) return undefined;
    return { value: sensorSelectorOf(s.value), at: s.at };
  }
}
