import { didYouMean } from '../util/did-you-mean.js';

type Json = Record<string, unknown>;

/**
 * A static type for expression checking: a node of the input's JSON Schema (with a readable name), or
 * `undefined` for "not known" (parameters, computed values), which is never an error.
 */
export interface SchemaType {
  schema: Json;
  /** How to name this type in a message: the schema's title, or the path that led here. */
  name: string;
}

export type StaticType = SchemaType | undefined;

export class SchemaTyper {
  constructor(private readonly root: Json) {}

  rootType(): SchemaType {
    return { schema: this.root, name: typeof this.root['title'] === 'string' ? (this.root['title'] as string) : 'the document' };
  }

  private resolve(s: Json, depth = 0): Json {
    const ref = s['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/') && depth < 32) {
      let node: unknown = this.root;
      for (const token of ref.slice(2).split('/')) node = (node as Json | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (node && typeof node === 'object') return this.resolve(node as Json, depth + 1);
    }
    return s;
  }

  private make(s: unknown, fallbackName: string): StaticType {
    if (!s || typeof s !== 'object') return undefined;
    const r = this.resolve(s as Json);
    // Unions are not narrowed statically; anything goes beneath them.
    if (r['oneOf'] || r['anyOf']) return undefined;
    return { schema: r, name: typeof r['title'] === 'string' ? (r['title'] as string) : fallbackName };
  }

  private kinds(t: SchemaType): Set<string> {
    const ty = t.schema['type'];
    const out = new Set<string>(Array.isArray(ty) ? (ty as string[]) : typeof ty === 'string' ? [ty] : []);
    if (t.schema['properties'] || t.schema['additionalProperties'] !== undefined) out.add('object');
    if (t.schema['items']) out.add('array');
    if (Array.isArray(t.schema['enum']) && (t.schema['enum'] as unknown[]).every((v) => typeof v === 'string')) out.add('string');
    return out;
  }

  isArray(t: StaticType): boolean {
    return t !== undefined && this.kinds(t).has('array') && !this.kinds(t).has('object');
  }

  isString(t: StaticType): boolean {
    return t !== undefined && this.kinds(t).size === 1 && this.kinds(t).has('string');
  }

  /** The type of `t.name`, or an error message when the schema says the field cannot exist. */
  property(t: StaticType, name: string, path: string): { type: StaticType } | { error: string } {
    if (!t) return { type: undefined };
    const kinds = this.kinds(t);
    if (name === 'length' && (kinds.has('array') || kinds.has('string'))) return { type: { schema: { type: 'number' }, name: `${path}.length` } };
    if (kinds.has('object')) {
      const props = (t.schema['properties'] ?? {}) as Json;
      if (Object.hasOwn(props, name)) return { type: this.make(props[name], `${path}.${name}`) };
      const extra = t.schema['additionalProperties'];
      if (extra && typeof extra === 'object') return { type: this.make(extra, `${path}.${name}`) };
      if (extra === false) {
        const hint = didYouMean(name, Object.keys(props));
        return {
          error: `unknown field "${name}" of ${t.name}${hint ? `; did you mean "${hint}"?` : Object.keys(props).length ? `; its fields are ${Object.keys(props).join(', ')}` : ''}`,
        };
      }
      return { type: undefined };
    }
    if (kinds.has('array')) return { error: `${path} is a list (${t.name}); index it (${path}[0]) or use a list method such as every or some` };
    if (kinds.size > 0 && !kinds.has('object')) return { error: `${path} is a ${[...kinds].join(' or ')} (${t.name}) and has no field "${name}"` };
    return { type: undefined };
  }

  /** The element type of a list type. */
  items(t: StaticType, path: string): StaticType {
    if (!t) return undefined;
    return this.make(t.schema['items'], `${path}[]`);
  }

  /** The value type of a mapping with arbitrary keys (`additionalProperties`). */
  values(t: StaticType, path: string): StaticType {
    if (!t) return undefined;
    return this.make(t.schema['additionalProperties'], `${path}[key]`);
  }
}
