import { createRequire } from 'node:module';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import {
  arrayMethods,
  callbackFunctions,
  callbackMethods,
  libraryFunctions,
  stringMethods,
  type BinaryOp,
  type Ir,
  type LibraryFunction,
  type MethodName,
  type TemplateIr,
} from './ir.js';
import type { SchemaTyper, StaticType } from './schema-types.js';
import { patternProblem } from './simple-regex.js';
import { didYouMean } from '../util/did-you-mean.js';

/** An error in an expression, positioned by offsets into the expression's own text. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

export interface ScopeEntry {
  type: StaticType;
  /** `params` members are checked against the rule's declared parameters. */
  role: 'document' | 'params' | 'element' | 'callback';
}

export interface ExpressionContext {
  scope: ReadonlyMap<string, ScopeEntry>;
  typer?: SchemaTyper | undefined;
  /** The parameters the rule declares; `params.x` for any other x is an error. */
  paramNames: readonly string[];
}

export interface LoweredExpression {
  ir: Ir;
  type: StaticType;
}

type Estree = typeof import('@typescript-eslint/typescript-estree');
let estree: Estree | undefined;
/**
 * The TypeScript parser takes about half a second to load, so it is loaded on first use: a run whose rules
 * come precompiled from the cache (src/standard/rule-cache.ts) never loads it.
 */
function typescriptEstree(): Estree {
  estree ??= createRequire(import.meta.url)('@typescript-eslint/typescript-estree') as Estree;
  return estree;
}

const maxExpressionLength = 4_000;
const maxNesting = 64;

/** Parses one expression (TypeScript syntax), checks it against the allow-list and the schema, and lowers it. */
export function parseExpression(text: string, context: ExpressionContext): LoweredExpression {
  if (text.length > maxExpressionLength) throw new ExpressionError(`expression is longer than ${maxExpressionLength} characters`, 0, 1);
  if (text.trim() === '') throw new ExpressionError('expression is empty', 0, Math.max(1, text.length));
  let program: TSESTree.Program;
  // Parenthesised so that `{` starts an (illegal) object literal rather than a block.
  const wrapped = `(${text}\n)`;
  const { parse, TSError } = typescriptEstree();
  try {
    program = parse(wrapped, { range: true, loc: false, comment: false, jsx: false });
  } catch (error) {
    if (error instanceof TSError) {
      const at = Math.max(0, Math.min(text.length, error.index - 1));
      throw new ExpressionError(`syntax error: ${error.message.split('\n')[0]}`, at, at + 1);
    }
    throw error;
  }
  const statement = program.body[0];
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') {
    throw new ExpressionError('expected a single expression', 0, text.length);
  }
  return new Lowerer(context, text.length).lower(statement.expression, context.scope, 0);
}

/** Parses a message with `{{ expression }}` holes. */
export function parseTemplate(text: string, context: ExpressionContext): TemplateIr {
  const out: TemplateIr = { text: [], holes: [] };
  let rest = 0;
  for (;;) {
    const open = text.indexOf('{{', rest);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new ExpressionError('unclosed "{{" in message', open, open + 2);
    out.text.push(text.slice(rest, open));
    const inner = text.slice(open + 2, close);
    try {
      out.holes.push(parseExpression(inner, context).ir);
    } catch (error) {
      if (error instanceof ExpressionError) throw new ExpressionError(error.message, open + 2 + error.start, open + 2 + error.end);
      throw error;
    }
    rest = close + 2;
  }
  out.text.push(text.slice(rest));
  return out;
}

class Lowerer {
  constructor(
    private readonly context: ExpressionContext,
    private readonly length: number,
  ) {}

  private fail(node: TSESTree.Node, message: string): never {
    // Offsets in the wrapped text are one past those in the expression.
    const start = Math.max(0, Math.min(this.length, node.range[0] - 1));
    const end = Math.max(start + 1, Math.min(this.length, node.range[1] - 1));
    throw new ExpressionError(message, start, end);
  }

  lower(node: TSESTree.Node, scope: ReadonlyMap<string, ScopeEntry>, depth: number): LoweredExpression {
    if (depth > maxNesting) this.fail(node, `expression nests deeper than ${maxNesting} levels`);
    const next = (n: TSESTree.Node, s = scope) => this.lower(n, s, depth + 1);
    switch (node.type) {
      case 'Literal': {
        if ('regex' in node && node.regex) this.fail(node, 'regular expression literals are not allowed; use matches(text, "pattern")');
        if (typeof node.value === 'bigint' || ('bigint' in node && node.bigint)) this.fail(node, 'BigInt literals are not allowed');
        const v = node.value as string | number | boolean | null;
        return { ir: { t: 'lit', v }, type: undefined };
      }
      case 'TemplateLiteral': {
        const q = node.quasis.map((x) => x.value.cooked ?? x.value.raw);
        const e = node.expressions.map((x) => next(x).ir);
        return { ir: { t: 'template', q, e }, type: undefined };
      }
      case 'Identifier': {
        if (node.name === 'undefined') return { ir: { t: 'undef' }, type: undefined };
        const entry = scope.get(node.name);
        if (!entry) {
          if ((libraryFunctions as readonly string[]).includes(node.name)) this.fail(node, `${node.name} is a function; call it: ${node.name}(…)`);
          const names = [...scope.keys()];
          const hint = didYouMean(node.name, [...names, ...libraryFunctions]);
          this.fail(node, `unknown name "${node.name}"${hint ? `; did you mean "${hint}"?` : `; in scope: ${names.join(', ')}`}`);
        }
        return { ir: { t: 'var', n: node.name }, type: entry.type };
      }
      case 'ChainExpression':
        // Optional chaining is implicit everywhere; `a?.b` means the same as `a.b`.
        return next(node.expression);
      case 'MemberExpression':
        return this.member(node, scope, depth);
      case 'CallExpression':
        return this.call(node, scope, depth);
      case 'UnaryExpression': {
        if (node.operator !== '!' && node.operator !== '-' && node.operator !== '+') this.fail(node, `operator "${node.operator}" is not allowed`);
        return { ir: { t: 'unary', op: node.operator, a: next(node.argument).ir }, type: undefined };
      }
      case 'BinaryExpression': {
        const op = binaryOps[node.operator];
        if (!op) this.fail(node, `operator "${node.operator}" is not allowed`);
        if (node.left.type === 'PrivateIdentifier') this.fail(node.left, 'private names are not allowed');
        return { ir: { t: 'bin', op, l: next(node.left).ir, r: next(node.right).ir }, type: undefined };
      }
      case 'LogicalExpression': {
        const t = node.operator === '&&' ? 'and' : node.operator === '||' ? 'or' : 'nullish';
        const l = next(node.left);
        const r = next(node.right);
        return { ir: { t, l: l.ir, r: r.ir }, type: t === 'and' ? r.type : l.type ?? r.type };
      }
      case 'ConditionalExpression': {
        const a = next(node.consequent);
        const b = next(node.alternate);
        return { ir: { t: 'cond', c: next(node.test).ir, a: a.ir, b: b.ir }, type: a.type ?? b.type };
      }
      case 'ArrayExpression': {
        const e = node.elements.map((el) => {
          if (el === null) this.fail(node, 'array holes are not allowed');
          if (el.type === 'SpreadElement') this.fail(el, 'spread (...) is not allowed');
          return next(el).ir;
        });
        return { ir: { t: 'array', e }, type: undefined };
      }
      case 'ArrowFunctionExpression':
        this.fail(node, 'arrow functions are allowed only as callback arguments, e.g. xs.every(x => …)');
      // eslint-disable-next-line no-fallthrough
      default:
        this.fail(node, `${describeNode(node.type)} is not allowed in rule expressions`);
    }
  }

  private member(node: TSESTree.MemberExpression, scope: ReadonlyMap<string, ScopeEntry>, depth: number): LoweredExpression {
    const object = this.lower(node.object, scope, depth + 1);
    const path = pathText(node.object);
    const typer = this.context.typer;
    if (!node.computed) {
      if (node.property.type !== 'Identifier') this.fail(node.property, 'private names are not allowed');
      const name = node.property.name;
      if (object.ir.t === 'var' && scope.get(object.ir.n)?.role === 'params') {
        if (!this.context.paramNames.includes(name)) {
          const hint = didYouMean(name, this.context.paramNames);
          this.fail(node.property, `unknown parameter "${name}"${hint ? `; did you mean "${hint}"?` : `; the rule declares ${this.context.paramNames.length ? this.context.paramNames.join(', ') : 'no params'}`}`);
        }
        return { ir: { t: 'get', o: object.ir, k: name }, type: undefined };
      }
      let type: StaticType;
      if (typer) {
        const r = typer.property(object.type, name, path);
        if ('error' in r) this.fail(node.property, r.error);
        type = r.type;
      }
      return { ir: { t: 'get', o: object.ir, k: name }, type };
    }
    const index = this.lower(node.property, scope, depth + 1);
    let type: StaticType;
    if (typer && object.type) {
      if (index.ir.t === 'lit' && typeof index.ir.v === 'string') {
        const r = typer.property(object.type, index.ir.v, path);
        if ('error' in r) this.fail(node.property, r.error);
        type = r.type;
      } else if (typer.isArray(object.type)) {
        type = typer.items(object.type, path);
      } else {
        type = typer.values(object.type, path);
      }
    }
    return { ir: { t: 'idx', o: object.ir, i: index.ir }, type };
  }

  private call(node: TSESTree.CallExpression, scope: ReadonlyMap<string, ScopeEntry>, depth: number): LoweredExpression {
    const callee = node.callee;
    const typer = this.context.typer;
    if (callee.type === 'Identifier') {
      const f = callee.name as LibraryFunction;
      if (!(libraryFunctions as readonly string[]).includes(f)) {
        const hint = didYouMean(f, libraryFunctions);
        this.fail(callee, `unknown function "${callee.name}"${hint ? `; did you mean "${hint}"?` : `; available: ${libraryFunctions.join(', ')}`}`);
      }
      const [arity0, arity1] = functionArity[f];
      if (node.arguments.length < arity0 || node.arguments.length > arity1) {
        this.fail(node, `${f} takes ${arity0 === arity1 ? arity0 : `${arity0} to ${arity1}`} argument${arity1 === 1 ? '' : 's'}`);
      }
      const first = node.arguments[0] ? this.argument(node.arguments[0], scope, depth, undefined, false) : undefined;
      const a: Ir[] = first ? [first.ir] : [];
      node.arguments.slice(1).forEach((arg) => {
        const element = callbackFunctions.has(f) && typer ? typer.items(first?.type, pathText(node.arguments[0]!)) : undefined;
        a.push(this.argument(arg, scope, depth, element, callbackFunctions.has(f)).ir);
      });
      // A literal pattern too large to compile is the rule's problem at load time, not an error on every document.
      const pattern = a[1];
      if (f === 'matches' && pattern?.t === 'lit' && typeof pattern.v === 'string') {
        const problem = patternProblem(pattern.v);
        if (problem) this.fail(node.arguments[1]!, problem);
      }
      const type = f === 'unique' ? first?.type : undefined;
      return { ir: { t: 'call', f, a }, type };
    }
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const m = callee.property.name;
      const receiver = this.lower(callee.object, scope, depth + 1);
      const isArray = typer?.isArray(receiver.type) ?? false;
      const isString = typer?.isString(receiver.type) ?? false;
      const allowed: readonly string[] = isArray ? arrayMethods : isString ? stringMethods : [...arrayMethods, ...stringMethods];
      if (!allowed.includes(m)) {
        const hint = didYouMean(m, allowed);
        this.fail(callee.property, `method "${m}" is not available${receiver.type ? ` on ${receiver.type.name}` : ''}${hint ? `; did you mean "${hint}"?` : `; allowed: ${allowed.join(', ')}`}`);
      }
      const element = typer && isArray ? typer.items(receiver.type, pathText(callee.object)) : undefined;
      const a = node.arguments.map((arg, i) => this.argument(arg, scope, depth, element, i === 0 && callbackMethods.has(m)).ir);
      if (callbackMethods.has(m) && a[0]?.t !== 'fn') this.fail(node, `${m} needs a callback, e.g. .${m}(x => …)`);
      let type: StaticType;
      if (m === 'filter' || m === 'slice') type = receiver.type;
      else if (m === 'find') type = element;
      return { ir: { t: 'method', o: receiver.ir, m: m as MethodName, a }, type };
    }
    this.fail(callee, 'only library functions and list or string methods can be called');
  }

  private argument(
    arg: TSESTree.CallExpressionArgument,
    scope: ReadonlyMap<string, ScopeEntry>,
    depth: number,
    element: StaticType,
    callbackAllowed: boolean,
  ): LoweredExpression {
    if (arg.type === 'SpreadElement') this.fail(arg, 'spread (...) is not allowed');
    if (arg.type !== 'ArrowFunctionExpression') return this.lower(arg, scope, depth + 1);
    if (!callbackAllowed) this.fail(arg, 'a callback is not expected here');
    if (arg.async || arg.generator) this.fail(arg, 'async and generator functions are not allowed');
    if (arg.body.type === 'BlockStatement') this.fail(arg.body, 'callback bodies must be a single expression: x => x.a > 1');
    if (arg.params.length < 1 || arg.params.length > 2) this.fail(arg, 'callbacks take one or two parameters: (element, index)');
    const inner = new Map(scope);
    const names: string[] = [];
    arg.params.forEach((p, i) => {
      if (p.type !== 'Identifier') this.fail(p, 'callback parameters must be plain names');
      if (p.typeAnnotation) this.fail(p, 'type annotations are not allowed');
      if (scope.has(p.name) && scope.get(p.name)!.role !== 'callback') this.fail(p, `"${p.name}" would hide a name already in scope`);
      names.push(p.name);
      inner.set(p.name, { type: i === 0 ? element : undefined, role: 'callback' });
    });
    const body = this.lower(arg.body, inner, depth + 1);
    return { ir: { t: 'fn', p: names, b: body.ir }, type: undefined };
  }
}

const binaryOps: Record<string, BinaryOp | undefined> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '%': '%',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  '===': '===',
  '!==': '!==',
  '==': '===',
  '!=': '!==',
};

const functionArity: Record<LibraryFunction, [number, number]> = {
  count: [1, 2],
  sum: [1, 2],
  min: [1, 2],
  max: [1, 2],
  unique: [1, 1],
  flat: [1, 1],
  includesAll: [2, 2],
  daysSince: [1, 1],
  daysBetween: [2, 2],
  matches: [2, 2],
  keys: [1, 1],
  values: [1, 1],
  isDefined: [1, 1],
  closest: [2, 2],
};

function pathText(node: TSESTree.Node): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'MemberExpression':
      if (!node.computed && node.property.type === 'Identifier') return `${pathText(node.object)}.${node.property.name}`;
      return `${pathText(node.object)}[…]`;
    case 'ChainExpression':
      return pathText(node.expression);
    case 'CallExpression':
      return `${pathText(node.callee)}(…)`;
    default:
      return '(expression)';
  }
}

function describeNode(type: string): string {
  const names: Record<string, string> = {
    AssignmentExpression: 'assignment',
    UpdateExpression: 'increment/decrement',
    NewExpression: '"new"',
    ThisExpression: '"this"',
    ObjectExpression: 'an object literal',
    FunctionExpression: 'a function expression',
    ClassExpression: 'a class',
    ImportExpression: 'import()',
    AwaitExpression: 'await',
    YieldExpression: 'yield',
    SequenceExpression: 'the comma operator',
    TaggedTemplateExpression: 'a tagged template',
    TSAsExpression: 'a type assertion',
    TSNonNullExpression: 'a non-null assertion',
    TSSatisfiesExpression: '"satisfies"',
    MetaProperty: 'a meta property',
  };
  return names[type] ?? type;
}
