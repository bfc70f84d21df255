/**
 * A reader for the part of HCL's native syntax (HashiCorp Configuration Language, version 2) that Terraform
 * configuration uses, keeping the offsets of every block, attribute and expression — so a finding can sit on
 * `delay_hours = 0` in the customer's `.tf` file. No npm HCL library keeps positions (docs/importers-falcon.md).
 *
 * It reads structure only and evaluates nothing: literals, tuples, objects, templates and traversals
 * (`crowdstrike_host_group.dc.id`, `var.x`, `local.y`) are kept as such; function calls, operators, conditionals,
 * for-expressions and templates with text around an interpolation are parsed (so their syntax is checked) and
 * kept as `other`, which the Terraform reader reports as not evaluated rather than guessing.
 *
 * The input is untrusted: the text is already bounded by the loader; nesting is bounded here (`maxDepth`), every
 * loop advances, nothing recurses without the depth guard, and a syntax error is one positioned error.
 */

export interface Span {
  start: number;
  end: number;
}

export type HclExpr =
  | ({ kind: 'literal'; value: string | number | boolean | null } & Span)
  | ({ kind: 'tuple'; items: HclExpr[] } & Span)
  | ({ kind: 'object'; items: HclObjectItem[] } & Span)
  /** A name followed by attribute and index steps: `var.x`, `crowdstrike_host_group.dc.id`, `a[0]`. */
  | ({ kind: 'traversal'; parts: string[] } & Span)
  /** Parsed but not evaluated: a function call, an operator, a conditional, a for-expression, a template. */
  | ({ kind: 'other'; what: string } & Span);

export interface HclObjectItem {
  /** The key when it is a name or a literal string; undefined for a computed key. */
  key: string | undefined;
  keySpan: Span;
  value: HclExpr;
}

export interface HclAttribute extends Span {
  name: string;
  nameSpan: Span;
  expr: HclExpr;
}

export interface HclBlock extends Span {
  type: string;
  typeSpan: Span;
  labels: string[];
  labelSpans: Span[];
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export class HclSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export const defaultHclMaxDepth = 64;

/** Parses a whole file's body. Throws HclSyntaxError (with an offset) on the first error. */
export function parseHcl(text: string, maxDepth = defaultHclMaxDepth): HclBody {
  const p = new Parser(text, maxDepth);
  return p.file();
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

class Parser {
  private i = 0;
  private depth = 0;
  /** Open (), [] or ${}: newlines are insignificant inside them. */
  private brackets = 0;

  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
  ) {
    // A byte-order mark is not content.
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  file(): HclBody {
    const body = this.body(false);
    this.ws(true);
    if (this.i < this.s.length) this.fail(`unexpected ${this.describe()}`);
    return body;
  }

  private fail(message: string, at = this.i): never {
    throw new HclSyntaxError(Math.min(at, this.s.length), message);
  }

  private describe(): string {
    const c = this.s[this.i];
    if (c === undefined) return 'end of file';
    if (c === '\n') return 'end of line';
    return `"${c}"`;
  }

  private enter(at: number): void {
    if (++this.depth > this.maxDepth) this.fail(`blocks and expressions nest more than ${this.maxDepth} deep here; the file was not read`, at);
  }

  private leave(): void {
    this.depth--;
  }

  /** Skips spaces, tabs, comments and (when `newlines`) line ends. */
  private ws(newlines: boolean): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '\n' && newlines) this.i++;
      else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) {
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl;
      } else if (c === '/' && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('a /* comment is never closed');
        this.i = end + 2;
      } else return;
    }
  }

  private wsIn(): void {
    this.ws(this.brackets > 0);
  }

  private ident(): string | undefined {
    const s = this.s;
    if (!isIdentStart(s.charCodeAt(this.i))) return undefined;
    const start = this.i;
    this.i++;
    while (isIdentPart(s.charCodeAt(this.i))) this.i++;
    return s.slice(start, this.i);
  }

  private expect(c: string, what: string): void {
    if (this.s[this.i] !== c) this.fail(`expected ${what}, found ${this.describe()}`);
    this.i++;
  }

  /** A body: attributes and blocks, up to `}` (when `inBlock`) or the end of the file. */
  private body(inBlock: boolean): HclBody {
    const attributes: HclAttribute[] = [];
    const blocks: HclBlock[] = [];
    const names = new Map<string, number>();
    const saved = this.brackets;
    this.brackets = 0;
    for (;;) {
      this.ws(true);
      const c = this.s[this.i];
      if (c === undefined) {
        if (inBlock) this.fail('a block is never closed: expected "}"');
        break;
      }
      if (c === '}') {
        if (!inBlock) this.fail('unexpected "}": no block is open here');
        break;
      }
      const start = this.i;
      const name = this.ident();
      if (name === undefined) this.fail(`expected an attribute name or a block type, found ${this.describe()}`);
      const nameSpan = { start, end: this.i };
      this.ws(false);
      if (this.s[this.i] === '=' && this.s[this.i + 1] !== '=') {
        this.i++;
        if (names.has(name)) this.fail(`attribute "${name}" is set twice in this block; readers disagree on which value counts`, start);
        names.set(name, start);
        const expr = this.expr();
        attributes.push({ name, nameSpan, expr, start, end: expr.end });
        this.endOfItem();
      } else {
        const labels: string[] = [];
        const labelSpans: Span[] = [];
        for (;;) {
          const ls = this.i;
          if (this.s[this.i] === '"') {
            const t = this.template();
            if (t.kind !== 'literal' || typeof t.value !== 'string') this.fail('a block label must be a plain string', ls);
            labels.push(t.value);
          } else {
            const l = this.ident();
            if (l === undefined) break;
            labels.push(l);
          }
          labelSpans.push({ start: ls, end: this.i });
          this.ws(false);
        }
        if (this.s[this.i] !== '{') this.fail(`expected "=" or "{" after "${name}", found ${this.describe()}`);
        this.enter(this.i);
        this.i++;
        const inner = this.body(true);
        this.expect('}', '"}"');
        this.leave();
        blocks.push({ type: name, typeSpan: nameSpan, labels, labelSpans, body: inner, start, end: this.i });
        this.endOfItem();
      }
    }
    this.brackets = saved;
    return { attributes, blocks };
  }

  /** After an attribute or a block: a line end, a `}` or the end of the file. */
  private endOfItem(): void {
    this.ws(false);
    const c = this.s[this.i];
    if (c === '\n' || c === '}' || c === undefined) return;
    this.fail(`expected a new line after the value, found ${this.describe()}`);
  }

  expr(): HclExpr {
    this.enter(this.i);
    this.wsIn();
    let e = this.binary(0);
    this.wsIn();
    if (this.s[this.i] === '?') {
      this.i++;
      this.brackets++;
      this.expr();
      this.ws(true);
      this.expect(':', '":" of a conditional');
      this.brackets--;
      const last = this.expr();
      e = { kind: 'other', what: 'a conditional', start: e.start, end: last.end };
    }
    this.leave();
    return e;
  }

  private static readonly operators: readonly (readonly string[])[] = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<=', '>=', '<', '>'],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  private binary(level: number): HclExpr {
    if (level >= Parser.operators.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      this.wsIn();
      const op = Parser.operators[level]!.find((o) => this.s.startsWith(o, this.i) && !(o === '/' && (this.s[this.i + 1] === '/' || this.s[this.i + 1] === '*')));
      if (!op) return left;
      this.i += op.length;
      this.wsIn();
      const right = this.binary(level + 1);
      left = { kind: 'other', what: `an operator (${op})`, start: left.start, end: right.end };
    }
  }

  private unary(): HclExpr {
    this.wsIn();
    const c = this.s[this.i];
    if (c === '!' || c === '-') {
      const start = this.i;
      this.i++;
      this.enter(start);
      const operand = this.unary();
      this.leave();
      if (c === '-' && operand.kind === 'literal' && typeof operand.value === 'number') return { ...operand, value: -operand.value, start };
      return { kind: 'other', what: `an operator (${c})`, start, end: operand.end };
    }
    return this.postfix(this.primary());
  }

  private postfix(base: HclExpr): HclExpr {
    let e = base;
    for (;;) {
      const c = this.s[this.i];
      if (c === '.' && this.s[this.i + 1] !== '.') {
        this.i++;
        let step: string | undefined;
        if (this.s[this.i] === '*') {
          this.i++;
          step = '*';
        } else if (/[0-9]/.test(this.s[this.i] ?? '')) {
          const st = this.i;
          while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
          step = this.s.slice(st, this.i);
        } else step = this.ident();
        if (step === undefined) this.fail(`expected a name after ".", found ${this.describe()}`);
        e = e.kind === 'traversal' && step !== '*' ? { ...e, parts: [...e.parts, step], end: this.i } : { kind: 'other', what: 'a splat or an attribute of a computed value', start: e.start, end: this.i };
      } else if (c === '[') {
        this.i++;
        this.brackets++;
        this.ws(true);
        let step: string | undefined;
        if (this.s[this.i] === '*') {
          this.i++;
        } else {
          const index = this.expr();
          if (index.kind === 'literal' && (typeof index.value === 'number' || typeof index.value === 'string')) step = String(index.value);
        }
        this.ws(true);
        this.expect(']', '"]"');
        this.brackets--;
        e = e.kind === 'traversal' && step !== undefined ? { ...e, parts: [...e.parts, step], end: this.i } : { kind: 'other', what: 'an index or a splat', start: e.start, end: this.i };
      } else return e;
    }
  }

  private primary(): HclExpr {
    const s = this.s;
    const start = this.i;
    const c = s[this.i];
    if (c === undefined) this.fail('expected a value, found end of file');
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(this.i, this.i + 400));
      this.i += m![0].length;
      return { kind: 'literal', value: Number(m![0]), start, end: this.i };
    }
    if (c === '"') return this.template();
    if (c === '<' && s[this.i + 1] === '<') return this.heredoc();
    if (c === '(') {
      this.i++;
      this.brackets++;
      const inner = this.expr();
      this.ws(true);
      this.expect(')', '")"');
      this.brackets--;
      return { ...inner, start, end: this.i };
    }
    if (c === '[') return this.tuple();
    if (c === '{') return this.object();
    const name = this.ident();
    if (name === undefined) this.fail(`expected a value, found ${this.describe()}`);
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', start, end: this.i };
    if (name === 'null') return { kind: 'literal', value: null, start, end: this.i };
    if (s.startsWith('::', this.i)) {
      // A provider-defined function: provider::name::function(…)
      while (s.startsWith('::', this.i)) {
        this.i += 2;
        if (this.ident() === undefined) this.fail(`expected a function name after "::", found ${this.describe()}`);
      }
      if (s[this.i] !== '(') this.fail(`expected "(" after a provider function name, found ${this.describe()}`);
    }
    if (s[this.i] === '(') {
      this.i++;
      this.brackets++;
      this.ws(true);
      while (s[this.i] !== ')') {
        this.expr();
        this.ws(true);
        if (s.startsWith('...', this.i)) {
          this.i += 3;
          this.ws(true);
        }
        if (s[this.i] === ',') {
          this.i++;
          this.ws(true);
        } else if (s[this.i] !== ')') this.fail(`expected "," or ")" in the arguments of ${name}(), found ${this.describe()}`);
      }
      this.i++;
      this.brackets--;
      return { kind: 'other', what: `a function call (${name})`, start, end: this.i };
    }
    return { kind: 'traversal', parts: [name], start, end: this.i };
  }

  /** `for x, y in coll : …` after the opening bracket, up to (not including) the closing one. */
  private forExpression(close: string, isObject: boolean): void {
    this.ws(true);
    if (this.ident() === undefined) this.fail(`expected a name after "for", found ${this.describe()}`);
    this.ws(true);
    if (this.s[this.i] === ',') {
      this.i++;
      this.ws(true);
      if (this.ident() === undefined) this.fail(`expected a second name after ",", found ${this.describe()}`);
      this.ws(true);
    }
    if (this.ident() !== 'in') this.fail('expected "in" in a for expression');
    this.expr();
    this.ws(true);
    this.expect(':', '":" in a for expression');
    this.expr();
    this.ws(true);
    if (isObject) {
      if (!this.s.startsWith('=>', this.i)) this.fail(`expected "=>" in a for expression, found ${this.describe()}`);
      this.i += 2;
      this.expr();
      this.ws(true);
      if (this.s.startsWith('...', this.i)) this.i += 3;
      this.ws(true);
    }
    const save = this.i;
    if (this.ident() === 'if') this.expr();
    else this.i = save;
    this.ws(true);
    if (this.s[this.i] !== close) this.fail(`expected "${close}" to close the for expression, found ${this.describe()}`);
  }

  private isFor(): boolean {
    return this.s.startsWith('for', this.i) && !isIdentPart(this.s.charCodeAt(this.i + 3));
  }

  private tuple(): HclExpr {
    const start = this.i;
    this.enter(start);
    this.i++;
    this.brackets++;
    this.ws(true);
    let result: HclExpr;
    if (this.isFor()) {
      this.i += 3;
      this.forExpression(']', false);
      this.i++;
      result = { kind: 'other', what: 'a for expression', start, end: this.i };
    } else {
      const items: HclExpr[] = [];
      while (this.s[this.i] !== ']') {
        items.push(this.expr());
        this.ws(true);
        if (this.s[this.i] === ',') {
          this.i++;
          this.ws(true);
        } else if (this.s[this.i] !== ']') this.fail(`expected "," or "]" in a list, found ${this.describe()}`);
      }
      this.i++;
      result = { kind: 'tuple', items, start, end: this.i };
    }
    this.brackets--;
    this.leave();
    return result;
  }

  private object(): HclExpr {
    const start = this.i;
    this.enter(start);
    this.i++;
    const saved = this.brackets;
    this.brackets = 0;
    this.ws(true);
    let result: HclExpr;
    if (this.isFor()) {
      this.brackets = 1;
      this.i += 3;
      this.forExpression('}', true);
      this.i++;
      result = { kind: 'other', what: 'a for expression', start, end: this.i };
    } else {
      const items: HclObjectItem[] = [];
      const seen = new Set<string>();
      while (this.s[this.i] !== '}') {
        const ks = this.i;
        let key: string | undefined;
        if (this.s[this.i] === '(') {
          this.primary();
        } else if (this.s[this.i] === '"') {
          const t = this.template();
          key = t.kind === 'literal' && typeof t.value === 'string' ? t.value : undefined;
        } else {
          key = this.ident();
          if (key === undefined) this.fail(`expected a key in an object, found ${this.describe()}`);
          // A key may be a traversal in HCL (computed); keep it but not as a plain key.
          if (this.s[this.i] === '.' || this.s[this.i] === '[') {
            this.postfix({ kind: 'traversal', parts: [key], start: ks, end: this.i });
            key = undefined;
          }
        }
        const keySpan = { start: ks, end: this.i };
        this.ws(false);
        if (this.s[this.i] === '=' || this.s[this.i] === ':') this.i++;
        else this.fail(`expected "=" or ":" after an object key, found ${this.describe()}`);
        if (key !== undefined) {
          if (seen.has(key)) this.fail(`key "${key}" is set twice in this object; readers disagree on which value counts`, ks);
          seen.add(key);
        }
        const value = this.expr();
        items.push({ key, keySpan, value });
        this.ws(false);
        if (this.s[this.i] === ',') this.i++;
        else if (this.s[this.i] !== '\n' && this.s[this.i] !== '}') this.fail(`expected "," or a new line between object items, found ${this.describe()}`);
        this.ws(true);
      }
      this.i++;
      result = { kind: 'object', items, start, end: this.i };
    }
    this.brackets = saved;
    this.leave();
    return result;
  }

  /** A quoted template: a literal string when it has no interpolation, the inner expression for "${x}" alone. */
  private template(): HclExpr {
    const s = this.s;
    const start = this.i;
    this.i++;
    let text = '';
    let literalText = false;
    const parts: HclExpr[] = [];
    for (;;) {
      const c = s[this.i];
      if (c === undefined || c === '\n') this.fail('a string is never closed: expected "\\"" before the end of the line', start);
      if (c === '"') {
        this.i++;
        break;
      }
      if (c === '\\') {
        const n = s[this.i + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (n !== undefined && simple[n] !== undefined) {
          text += simple[n];
          this.i += 2;
        } else if (n === 'u' || n === 'U') {
          const len = n === 'u' ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) this.fail(`a \\${n} escape needs ${len} hexadecimal digits`);
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff) this.fail('a \\U escape names no Unicode character');
          text += String.fromCodePoint(cp);
          this.i += 2 + len;
        } else this.fail(`unknown escape \\${n ?? ''} in a string`);
        literalText = true;
        continue;
      }
      if ((c === '$' || c === '%') && s[this.i + 1] === c && s[this.i + 2] === '{') {
        text += `${c}{`;
        this.i += 3;
        literalText = true;
        continue;
      }
      if (c === '$' && s[this.i + 1] === '{') {
        this.i += 2;
        if (s[this.i] === '~') this.i++;
        this.brackets++;
        parts.push(this.expr());
        this.ws(true);
        if (s[this.i] === '~') this.i++;
        this.expect('}', '"}" to close the interpolation');
        this.brackets--;
        continue;
      }
      if (c === '%' && s[this.i + 1] === '{') {
        const close = s.indexOf('}', this.i);
        if (close < 0) this.fail('a %{ directive is never closed');
        this.i = close + 1;
        parts.push({ kind: 'other', what: 'a template directive', start: this.i, end: close + 1 });
        continue;
      }
      text += c;
      literalText = true;
      this.i++;
    }
    if (parts.length === 0) return { kind: 'literal', value: text, start, end: this.i };
    if (parts.length === 1 && !literalText && parts[0]!.kind !== 'other') return { ...parts[0]!, start, end: this.i };
    return { kind: 'other', what: 'a string template', start, end: this.i };
  }

  private heredoc(): HclExpr {
    const s = this.s;
    const start = this.i;
    this.i += 2;
    const indented = s[this.i] === '-';
    if (indented) this.i++;
    const marker = this.ident();
    if (marker === undefined) this.fail('expected a heredoc marker after "<<"');
    this.ws(false);
    if (s[this.i] === '\r') this.i++;
    if (s[this.i] !== '\n') this.fail('expected a new line after the heredoc marker');
    this.i++;
    const lines: string[] = [];
    for (;;) {
      if (this.i >= s.length) this.fail(`the heredoc ${marker} is never closed`, start);
      const nl = s.indexOf('\n', this.i);
      const lineEnd = nl < 0 ? s.length : nl;
      const line = s.slice(this.i, lineEnd).replace(/\r$/, '');
      if (line.trim() === marker) {
        this.i = lineEnd;
        break;
      }
      lines.push(line);
      this.i = nl < 0 ? s.length : nl + 1;
    }
    let body = lines;
    if (indented) {
      const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
      body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
    }
    const text = body.map((l) => `${l}\n`).join('');
    if (/(^|[^$])\$\{|(^|[^%])%\{/.test(text)) return { kind: 'other', what: 'a heredoc template', start, end: this.i };
    return { kind: 'literal', value: text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'), start, end: this.i };
  }
}
