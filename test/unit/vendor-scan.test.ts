import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HintTable, hintMatches, lineDepth, scanVendorHint } from '../../src/engine/vendor-scan.js';
import { loadInputText } from '../../src/load/read-inputs.js';
import { root } from '../helpers.js';

/** Every (product, vendor) of the vendor manifests the real loader finds in a text. */
function manifestsOf(text: string): { product: string; vendor?: string }[] {
  return loadInputText(text, 'f.yaml')
    .documents.filter((d) => d.kind === 'VendorManifest')
    .map((d) => (d.value as { metadata?: Record<string, unknown> }).metadata ?? {})
    .filter((m) => typeof m['product'] === 'string')
    .map((m) => ({ product: m['product'] as string, ...(typeof m['vendor'] === 'string' ? { vendor: m['vendor'] } : {}) }));
}

/** The scan may name files that hold no match, but never miss one: every manifest the loader finds matches its hint. */
function expectNoMiss(text: string): number {
  const found = manifestsOf(text);
  const hint = scanVendorHint(text);
  for (const m of found) {
    expect(hintMatches(hint, m.product, m.vendor), `${JSON.stringify(m)} in\n${text}`).toBe(true);
    expect(hintMatches(hint, m.product, undefined)).toBe(true);
  }
  return found.length;
}

/** What lineDepth computes, written with the patterns it replaced: quoted scalars blanked, the comment cut off. */
function lineDepthByPatterns(line: string): number {
  const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""').replace(/(^|[ \t])#[^]*$/, '');
  let depth = 0;
  for (const ch of bare) {
    if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && --depth < 0) return -1;
  }
  return depth;
}

const head = 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\n';

describe('the vendor scan (which later files may hold a deployment’s vendor manifest)', () => {
  it('balances a line’s brackets outside quotes and comments as the patterns it replaced did', () => {
    const line = fc.array(fc.constantFrom('"', "'", '\\', '#', ' ', '\t', '[', ']', '{', '}', 'a', ':', ',', '\r', '\u2028'), { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(line, (l) => {
        expect(lineDepth(`x\n${l}\ny`, 2, 2 + l.length)).toBe(lineDepthByPatterns(l));
      }),
      { numRuns: 20_000, seed: 7 },
    );
    expect(lineDepth('a: "[" # ]', 0, 10)).toBe(0);
    expect(lineDepth("a: ['x'']', b", 0, 13)).toBe(1);
    expect(lineDepth('a: {b: 1}}', 0, 10)).toBe(-1);
  });

  it('reads the plain forms exactly, so that other products’ manifests are not parsed ahead of their turn', () => {
    const text = readFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), 'utf8');
    expect(expectNoMiss(text)).toBe(1);
    const hint = scanVendorHint(text);
    expect(hint).toEqual({ products: ['Borealis Guard'], vendors: ['Borealis Cyber Ltd'] });
    expect(hintMatches(hint, 'Aegis Sentinel', undefined)).toBe(false);
    expect(hintMatches(hint, 'Borealis Guard', 'Someone Else')).toBe(false);
    // A deployment config cannot hold a vendor manifest.
    expect(scanVendorHint(readFileSync(path.join(root, 'examples/deployments/harbor-bank.yaml'), 'utf8'))).toBeNull();
    // A JSON manifest is read exactly.
    expect(scanVendorHint(JSON.stringify({ apiVersion: 'ringfence.dev/v1', kind: 'VendorManifest', metadata: { product: 'P\\"x', vendor: 'V' } }))).toEqual({ products: ['P\\"x'], vendors: ['V'] });
  });

  it('never misses a manifest, whatever form its product and vendor are written in', () => {
    const cases = [
      `${head}metadata:\n  vendor: "Acme, Inc."\n  product: 'It''s # not a comment'\n`,
      `${head}metadata: { vendor: Acme, product: Flow Product }\n`,
      `${head}metadata:\n  product: A product written\n    over two lines\n  vendor: Acme\n`,
      `${head}metadata:\n  product: >-\n    Folded\n    product\n  vendor: Acme\n`,
      `${head}metadata:\n  product: "Esc\\u0061ped"\n  vendor: "Acme"\n`,
      `${head}metadata:\n  "pr\\u006fduct": Escaped Key\n  vendor: Acme\n`,
      `${head}x: &p Anchored\nmetadata:\n  product: *p\n  vendor: Acme\n`,
      `${head}metadata:\n  ? product\n  : Explicit Key\n  vendor: Acme\n`,
      `${head}metadata:\n  product: !!str Tagged\n  vendor: Acme   # trailing comment\n`,
      `${head}metadata:\n  product:\n    Next Line\n  vendor: Acme\n`,
      `apiVersion: ringfence.dev/v1\nkind: "Vendor\\u004danifest"\nmetadata:\n  product: Escaped Kind\n  vendor: Acme\n`,
      `${head}metadata:\n  product: First\n---\n${head}metadata:\n  product: Second\n  vendor: Other\n`,
      `{"apiVersion": "ringfence.dev/v1", "kind": "VendorManifest", "metadata": {"product": "J\\u0053ON", "vendor": "Acme"}}`,
      `# product: Commented Out\n${head}metadata:\n  product: "Quoted: with colon"\n  vendor: 'Single'\n`,
    ];
    let manifests = 0;
    for (const text of cases) manifests += expectNoMiss(text);
    expect(manifests).toBe(cases.length + 1);
  });

  it('never misses a manifest written by a YAML library in any style (property)', () => {
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.constantFrom('Borealis Guard', 'a: b', '#x', "it's", 'x\\y', '- dash', '  padded  ', 'null', '12'));
    fc.assert(
      fc.property(
        name,
        fc.option(name, { nil: undefined }),
        fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
        fc.constantFrom('block', 'flow', 'any'),
        fc.constantFrom(12, 40, 80),
        fc.boolean(),
        (product, vendor, stringType, collectionStyle, lineWidth, metadataFirst) => {
          const metadata = { ...(vendor !== undefined ? { vendor } : {}), product, productVersion: '1.0' };
          const doc = metadataFirst ? { metadata, apiVersion: 'ringfence.dev/v1', kind: 'VendorManifest' } : { apiVersion: 'ringfence.dev/v1', kind: 'VendorManifest', metadata };
          const text = stringify(doc, { defaultStringType: stringType as 'PLAIN', collectionStyle: collectionStyle as 'block', lineWidth, minContentWidth: 0 });
          expectNoMiss(text);
        },
      ),
      { numRuns: 400, seed: 20261125 },
    );
  });

  it('never misses a manifest in an edited example (property)', () => {
    const examples = ['aegis-exemplary.yaml', 'cobalt-pre-incident.yaml'].map((f) => readFileSync(path.join(root, 'examples/vendors', f), 'utf8'));
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(fc.record({ line: fc.nat(), op: fc.constantFrom('drop', 'dup', 'replace', 'insert'), text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('  product: X', '  vendor: "Y"', 'product: Z', '  - vendor: Q', '  product: |', '    B')) }), { maxLength: 6 }),
        (text, edits) => {
          const lines = text.split('\n');
          for (const e of edits) {
            const i = e.line % lines.length;
            if (e.op === 'drop') lines.splice(i, 1);
            else if (e.op === 'dup') lines.splice(i, 0, lines[i] ?? '');
            else if (e.op === 'replace') lines[i] = e.text;
            else lines.splice(i, 0, e.text);
          }
          expectNoMiss(lines.join('\n'));
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('never misses a manifest whose metadata is written in odd shapes: quoting, folding, flow, explicit keys (property)', () => {
    const key = fc.constantFrom('product', '"product"', "'product'", 'vendor', '"vendor"', "'vendor'", 'productVersion');
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('A B', 'A, B', 'A]', '[A]', '{A}', '"A"', "'A'", 'A #c', 'A\n    B', 'A\n B', '|\n    A', '>\n    A\n    B', '"A\n  B"', "'A\n  B'", '*x', '&x A', '!!str A', 'A:B', '"A\\x41"'),
    );
    const entry = fc.tuple(fc.constantFrom('', '- ', '? '), key, fc.constantFrom(':', ' :', ':\n   '), fc.constantFrom(' ', '  ', '\t'), value);
    let manifests = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom('block', 'flow', 'flow over lines'), fc.constantFrom('', '# product: Z\n', 'x: [a,\n  b]\n'), (entries, style, before) => {
        const items = entries.map(([lead, k, sep, space, v]) => `${lead}${k}${sep}${space}${v}`);
        const metadata =
          style === 'block'
            ? `metadata:\n${items.map((i) => `  ${i.replace(/\n/g, '\n  ')}`).join('\n')}\n`
            : style === 'flow'
              ? `metadata: { ${items.join(', ')} }\n`
              : `metadata: {\n${items.map((i) => `  ${i}`).join(',\n')}\n}\n`;
        manifests += expectNoMiss(`${before}${head}${metadata}`);
      }),
      { numRuns: 4000, seed: 20261125 },
    );
    // Most shapes are not valid YAML; enough are for the property to mean something.
    expect(manifests).toBeGreaterThan(200);
  });

  it('keeps the findings of every file in a table threads can share, without losing a match', () => {
    const dir = path.join(root, 'examples');
    const files = ['deployments/harbor-bank.yaml', 'vendors/aegis-exemplary.yaml', 'vendors/borealis-typical.yaml', 'vendors/cobalt-remediated.yaml'].map((f) => path.join(dir, f));
    const reads: string[] = [];
    const read = (f: string) => (reads.push(f), readFileSync(f, 'utf8'));
    for (const buffer of [undefined, new SharedArrayBuffer(HintTable.bytes(files.length))]) {
      reads.length = 0;
      const table = new HintTable(files, read, buffer);
      expect(table.mayHold(0, 'Borealis Guard', undefined)).toBe(false);
      expect(table.mayHold(2, 'Borealis Guard', 'Borealis Cyber Ltd')).toBe(true);
      expect(table.mayHold(2, 'Borealis Guard', undefined)).toBe(true);
      expect(table.mayHold(3, 'Cobalt Shield Endpoint', 'Cobalt Shield, Inc.')).toBe(true);
      expect(table.mayHold(3, 'Cobalt Shield Endpoint', 'Vendor 7')).toBe(false);
      expect(table.mayHold(1, 'Borealis Guard', undefined)).toBe(false);
      // Each file is read once; shared, the whole table is filled at the first question.
      expect(reads.length).toBe(buffer ? files.length : 4);
      expect(new Set(reads).size).toBe(reads.length);
    }
  });
});
