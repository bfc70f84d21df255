/** RFC 6901 JSON Pointer helpers. */

// Most tokens hold neither `~` nor `/`: they are returned as they are, without running a RegExp over them.
export function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapePointerToken(String(token))}`;
}

/** The parent pointers of `pointer`, nearest first, ending with the root ''. */
export function ancestors(pointer: string): string[] {
  const out: string[] = [];
  let p = pointer;
  while (p !== '') {
    p = p.slice(0, p.lastIndexOf('/'));
    out.push(p);
  }
  return out;
}

/** Assigns a pointer to every object and array of a plain value (for documents that were not parsed from text). */
export function indexPointers(value: unknown, pointers = new WeakMap<object, string>(), pointer = ''): WeakMap<object, string> {
  if (value !== null && typeof value === 'object') {
    if (pointers.has(value)) return pointers;
    pointers.set(value, pointer);
    if (Array.isArray(value)) value.forEach((v, i) => indexPointers(v, pointers, `${pointer}/${i}`));
    else for (const [k, v] of Object.entries(value)) indexPointers(v, pointers, joinPointer(pointer, k));
  }
  return pointers;
}

/** Whether `pointer` names a node of `value` (own properties of mappings, in-range indexes of lists). */
export function resolvesPointer(value: unknown, pointer: string): boolean {
  let node = value;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return false;
      node = (node as Record<string, unknown>)[token];
    } else {
      return false;
    }
  }
  return true;
}

/**
 * How a user finds `pointer` in their YAML: `rings[0].content.rapid_response`, with a key that is not a plain name
 * quoted (`content["detection-rules"]`); the root is "the document". With the document's value, a numeric token
 * is an index only where the node is a list (a mapping may have the key "0"); without it, every numeric token is.
 */
export function yamlPath(pointer: string, value?: unknown): string {
  if (pointer === '') return 'the document';
  let out = '';
  let node = value;
  const known = arguments.length > 1;
  for (const token of pointerTokens(pointer)) {
    const index = known && node !== undefined ? Array.isArray(node) : /^(0|[1-9]\d*)$/.test(token);
    if (index) out += `[${token}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token)) out += out === '' ? token : `.${token}`;
    else out += `[${JSON.stringify(token)}]`;
    node = node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, token) ? (node as Record<string, unknown>)[token] : undefined;
  }
  return out;
}
