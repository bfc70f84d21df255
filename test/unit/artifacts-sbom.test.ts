import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tooDeep } from '../../src/artifacts/json-input.js';
import { artifactKindOf } from '../../src/artifacts/kinds.js';
import { maxSbomBytes, maxSbomEntries, observeSbom, readSbom, sbomRange, type SbomFacts } from '../../src/artifacts/sbom/index.js';
import { parsePurl } from '../../src/artifacts/sbom/purl.js';
import { root } from '../helpers.js';

const file = (text: string | Buffer, name = 'x.cdx.json') => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { file: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const example = (p: string) => readFileSync(path.join(root, p));
const manifestOf = (p: string) => ({ value: parse(readFileSync(path.join(root, p), 'utf8')) as unknown, file: p, documentIndex: 0 });
const cdx = (components: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components, ...extra }, null, 2);
const facts = (text: string, name?: string): SbomFacts => {
  const r = readSbom(file(text, name));
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.facts!;
};
const manifest = (components: unknown[], sbom?: unknown) => ({ value: { components, ...(sbom ? { memorySafety: { sbom } } : {}) }, file: 'm.yaml', documentIndex: 0 });

describe('recognising SBOMs', () => {
  it('by the conventional names, and JSON files by their first bytes', () => {
    const kind = (name: string, head = '{}') => artifactKindOf(name, Buffer.from(head))?.kind;
    expect(kind('aegis-agent.cdx.json')).toBe('sbom');
    expect(kind('bom.json')).toBe('sbom');
    expect(kind('release/BOM.JSON')).toBe('sbom');
    expect(kind('sensor-5.8.spdx.json')).toBe('sbom');
    expect(kind('sensor.json', '{\n  "bomFormat": "CycloneDX",')).toBe('sbom');
    expect(kind('sensor.json', '{"spdxVersion": "SPDX-2.3"')).toBe('sbom');
    expect(kind('sensor.jsonld', '{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"')).toBe('sbom');
    expect(kind('report.json', '{"results": []}')).toBeUndefined();
    expect(kind('notes.txt', '"bomFormat": "CycloneDX"')).toBeUndefined();
  });

  it('package URLs: type, namespace, name and version', () => {
    expect(parsePurl('pkg:cargo/serde@1.0.210')).toEqual({ type: 'cargo', name: 'serde', version: '1.0.210' });
    expect(parsePurl('pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar')).toEqual({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.17.1' });
    expect(parsePurl('pkg:golang/github.com/spf13/cobra@v1.8.0#cmd')).toMatchObject({ type: 'golang', name: 'cobra' });
    expect(parsePurl('pkg:NPM/%40scope%2Fname@1.0.0')?.type).toBe('npm');
    for (const bad of ['cargo/serde', 'pkg:', 'pkg:cargo', 'pkg:/serde', 'https://crates.io/serde']) expect(parsePurl(bad)).toBeUndefined();
  });
});

describe('the exemplary vendor: a CycloneDX 1.6 SBOM', () => {
  const f = facts(example('examples/evidence/aegis/aegis-agent.cdx.json').toString('utf8'), 'aegis-agent.cdx.json');

  it('reads the subject, every component with its package URL, and the ecosystems', () => {
    expect([f.format, f.version]).toEqual(['cyclonedx', '1.6']);
    expect(f.subject).toMatchObject({ name: 'aegis-sentinel-windows', version: '9.4.0' });
    expect(f.entries).toHaveLength(16);
    expect(f.ecosystems).toEqual({ cargo: 12, generic: 2, conan: 1, nuget: 1 });
    expect(f.entries.find((e) => e.name === 'aegisflt.sys')?.language?.value).toBe('c');
  });

  it('positions are real: each points at the value in the file', () => {
    const lines = example('examples/evidence/aegis/aegis-agent.cdx.json').toString('utf8').split('\n');
    const agent = f.entries.find((e) => e.name === 'aegis-agent')!;
    const purl = sbomRange(f, agent.purl!.pointer);
    expect(lines[purl.startLine - 1]!.slice(purl.startColumn - 1)).toMatch(/^"pkg:cargo\/aegis-agent@9\.4\.0"/);
    expect(lines[f.formatAt.startLine - 1]!.slice(f.formatAt.startColumn - 1)).toMatch(/^"CycloneDX"/);
    const driver = f.entries.find((e) => e.name === 'aegisflt.sys')!;
    const language = sbomRange(f, driver.language!.pointer);
    expect(lines[language.startLine - 1]!.slice(language.startColumn - 1)).toMatch(/^"c"/);
  });

  it('supports the declared format and the components whose own entries state or imply their language', () => {
    const obs = observeSbom(f, manifestOf('examples/vendors/aegis-exemplary.yaml'));
    expect(obs.map((o) => [o.claim, o.result])).toEqual([
      ['/memorySafety/sbom/format', 'observed'],
      ['/components/0/language/primary', 'observed'],
      ['/components/1/language/primary', 'observed'],
      ['/components/2/language/primary', 'observed'],
    ]);
    expect(obs[0]!.observed).toBe('CycloneDX 1.6 SBOM of aegis-sentinel-windows 9.4.0: 16 packages (cargo 12, generic 2, conan 1, nuget 1)');
    expect(obs[3]!.observed).toContain('pkg:cargo/aegis-agent@9.4.0, a Rust package (cargo)');
  });
});

describe('cross-checks', () => {
  const one = (c: Record<string, unknown>) => facts(cdx([c]));

  it('an SBOM in the other format contradicts memorySafety.sbom.format, at the format field', () => {
    const f = facts(cdx([]));
    const [o] = observeSbom(f, manifest([], { format: 'spdx', url: 'https://x.example/s.spdx.json' }));
    expect(o).toMatchObject({ claim: '/memorySafety/sbom/format', result: 'contradicted', observed: 'the SBOM is CycloneDX 1.6, not SPDX: CycloneDX 1.6 SBOM: 0 packages' });
    expect(o!.artifact.at.region.startLine).toBe(2);
    expect(observeSbom(f, manifest([]))).toEqual([]);
  });

  it('a stated language other than the primary one contradicts it', () => {
    const f = one({ type: 'device-driver', name: 'acmeflt.sys', properties: [{ name: 'language', value: 'C++' }] });
    const [o] = observeSbom(f, manifest([{ id: 'win-driver', binary: 'acmeflt.sys', language: { primary: 'rust', loc: { rust: 100 } } }]));
    expect(o).toMatchObject({ claim: '/components/0/language/primary', result: 'contradicted' });
    expect(o!.observed).toBe("the SBOM's entry for win-driver (acmeflt.sys) states language C++, not rust");
  });

  it("the component's own package URL: a language neither primary nor counted contradicts the inventory; a counted one says nothing", () => {
    const f = one({ type: 'application', name: 'acme-agent', 'bom-ref': 'agent', purl: 'pkg:cargo/acme-agent@2.0.0' });
    const declaredC = manifest([{ id: 'agent', language: { primary: 'c', loc: { c: 5000 } } }]);
    expect(observeSbom(f, declaredC).map((o) => [o.claim, o.result])).toEqual([['/components/0/language', 'contradicted']]);
    expect(observeSbom(f, manifest([{ id: 'agent', language: { primary: 'c', loc: { c: 5000, rust: 900 } } }]))).toEqual([]);
    expect(observeSbom(f, manifest([{ id: 'agent', language: { primary: 'rust' } }])).map((o) => o.result)).toEqual(['observed']);
  });

  it('dependencies say nothing about a component: a Rust agent whose SBOM lists only C libraries is not contradicted', () => {
    const f = facts(cdx([{ type: 'library', name: 'zlib', purl: 'pkg:conan/zlib@1.3.1' }, { type: 'library', name: 'openssl', purl: 'pkg:conan/openssl@3.0.15' }]));
    expect(observeSbom(f, manifest([{ id: 'agent', binary: 'agent.exe', language: { primary: 'rust', loc: { rust: 1 } } }]))).toEqual([]);
  });

  it('the entry is matched by binary with or without extension, id, bom-ref or SPDXID; generic and C ecosystems name no language', () => {
    const f = facts(cdx([{ type: 'application', name: 'acme-agent', purl: 'pkg:golang/acme.example/agent@1.0.0' }, { type: 'file', name: 'acmeflt.sys', purl: 'pkg:generic/acme/acmeflt.sys@1' }]));
    const m = manifest([
      { id: 'agent', binary: 'acme-agent.exe', language: { primary: 'go' } },
      { id: 'drv', binary: 'acmeflt.sys', language: { primary: 'c' } },
    ]);
    expect(observeSbom(f, m).map((o) => [o.claim, o.result])).toEqual([['/components/0/language/primary', 'observed']]);
  });

  it('nested CycloneDX components are read', () => {
    const f = facts(cdx([{ type: 'application', name: 'outer', components: [{ type: 'library', name: 'inner', purl: 'pkg:cargo/inner@1' }] }]));
    expect(f.entries.map((e) => e.name)).toEqual(['outer', 'inner']);
    expect(f.ecosystems).toEqual({ cargo: 1 });
  });
});

describe('SPDX', () => {
  it('2.3: packages, purls from externalRefs, the subject from the DESCRIBES relationship; the declared format is observed', () => {
    const f = facts(example('examples/evidence/borealis/borealis-guard-5.8.spdx.json').toString('utf8'), 'b.spdx.json');
    expect([f.format, f.version, f.subject?.name]).toEqual(['spdx', '2.3', 'borealis-guard-windows']);
    expect(f.ecosystems).toEqual({ generic: 2, conan: 4, nuget: 2 });
    const obs = observeSbom(f, manifestOf('examples/vendors/borealis-typical.yaml'));
    expect(obs.map((o) => [o.claim, o.result])).toEqual([['/memorySafety/sbom/format', 'observed']]);
  });

  it('3.0 JSON-LD: software_Package elements and the root element', () => {
    const doc = {
      '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld',
      '@graph': [
        { type: 'CreationInfo', '@id': '_:c', specVersion: '3.0.1', created: '2026-01-01T00:00:00Z' },
        { type: 'SpdxDocument', spdxId: 'urn:x:doc', rootElement: ['urn:x:agent'] },
        { type: 'software_Package', spdxId: 'urn:x:agent', name: 'agent', software_packageVersion: '1.0', software_packageUrl: 'pkg:cargo/agent@1.0' },
        { type: 'software_Package', spdxId: 'urn:x:zlib', name: 'zlib', externalIdentifier: [{ type: 'ExternalIdentifier', externalIdentifierType: 'packageUrl', identifier: 'pkg:conan/zlib@1.3' }] },
      ],
    };
    const f = facts(JSON.stringify(doc, null, 1), 'x.spdx.jsonld');
    expect([f.format, f.version, f.subject?.name, f.entries.length]).toEqual(['spdx', '3.0.1', 'agent', 2]);
    expect(f.ecosystems).toEqual({ cargo: 1, conan: 1 });
  });
});

describe('malformed and hostile SBOMs cost only themselves', () => {
  const problems = (text: string | Buffer, name?: string) => readSbom(file(text, name));

  it('not JSON: a positioned problem and no facts', () => {
    const r = problems('{\n  "bomFormat": "CycloneDX",\n  "components": [\n    {"name": "a",}\n  ]\n}');
    expect(r.facts).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'artifact-syntax', range: { startLine: 4, startColumn: 18 } });
  });

  it('deep nesting is refused before JSON.parse sees it, at the place it goes too deep', () => {
    const deep = `{"bomFormat":"CycloneDX","specVersion":"1.6","components":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = problems(deep);
    expect(r.facts).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ code: 'artifact-too-deep', range: { startLine: 1 } });
    expect(tooDeep('{"a":"[[[[[[[["}', 2)).toBeUndefined();
  });

  it('wrong types: the document, components, a name, a purl — positioned, and what can be read is', () => {
    expect(problems('[1,2]').problems[0]).toMatchObject({ code: 'artifact-format', message: 'not an SBOM: the document is a list, not a mapping' });
    expect(problems(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: {} })).problems[0]!.message).toBe('components is a mapping, not a list');
    expect(problems(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: 2 })).problems[0]!.message).toBe('specVersion is 2; ringfence reads CycloneDX JSON 1.2 to 1.7');
    expect(problems(JSON.stringify({ bomFormat: 'SWID' })).problems[0]!.message).toBe('bomFormat is "SWID", not "CycloneDX"');
    const r = problems(cdx([{ name: 7 }, 'x', { name: 'ok', purl: 42 }, { name: 'bad', purl: 'cargo/serde' }, { name: 'good', purl: 'pkg:cargo/serde@1' }]));
    expect(r.facts!.entries.map((e) => e.name)).toEqual(['ok', 'bad', 'good']);
    expect(r.problems.map((p) => [p.severity, p.range?.startLine, p.message])).toEqual([
      ['warning', 6, 'a component needs a name (a non-empty string); this one has a number and is not read'],
      ['warning', 9, 'a component is a string, not a mapping; not read'],
      ['warning', 12, 'purl is a number, not a string; the entry is read without it'],
      ['warning', 16, '"cargo/serde" is not a package URL (pkg:type/name@version); the entry is read without it'],
    ]);
  });

  it('many bad entries: at most 20 problems, then one that counts the rest', () => {
    const r = problems(cdx(Array.from({ length: 50 }, () => ({ name: 1 }))));
    expect(r.problems).toHaveLength(21);
    expect(r.problems[20]!.message).toBe('30 more entries of the SBOM have problems like the ones above');
  });

  it(`more than ${maxSbomEntries} packages, or more than ${maxSbomBytes} bytes, is refused with a clear message`, () => {
    const many = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: Array.from({ length: maxSbomEntries + 1 }, (_, i) => ({ name: `p${i}` })) });
    const r = problems(many);
    expect(r.facts).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([`the SBOM lists more than ${maxSbomEntries} packages; ringfence reads at most ${maxSbomEntries}, so it was not used`]);
    const huge = problems(Buffer.alloc(maxSbomBytes + 1, 0x20));
    expect(huge.problems[0]).toMatchObject({ code: 'artifact-too-large', message: `the SBOM is ${maxSbomBytes + 1} bytes; at most ${maxSbomBytes} are read, so it was not used` });
  });

  it('not UTF-8, an unknown SPDX version; a key named twice counts as JSON.parse reads it (the SBOM is unsigned)', () => {
    expect(problems(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])).problems[0]!.message).toBe('the SBOM is not UTF-8 text (JSON is UTF-8)');
    expect(problems('{"spdxVersion": "SPDX-9.9"}', 'x.spdx.json').problems[0]!.message).toMatch(/^spdxVersion is "SPDX-9.9"/);
    expect(problems('{"bomFormat": "x", "bomFormat": "CycloneDX", "specVersion": "1.5"}').facts?.version).toBe('1.5');
  });
});

describe('a 10,000-component SBOM', () => {
  it('is read and observed in bounded time (figure printed)', () => {
    const components = Array.from({ length: 10_000 }, (_, i) => ({
      type: 'library',
      'bom-ref': `pkg:cargo/crate-${i}@1.0.${i}`,
      name: `crate-${i}`,
      version: `1.0.${i}`,
      purl: `pkg:cargo/crate-${i}@1.0.${i}`,
      hashes: [{ alg: 'SHA-256', content: createHash('sha256').update(String(i)).digest('hex') }],
      licenses: [{ license: { id: 'MIT' } }],
    }));
    const text = cdx([{ type: 'application', name: 'agent', 'bom-ref': 'agent', purl: 'pkg:cargo/agent@1.0.0' }, ...components]);
    const t0 = performance.now();
    const r = readSbom(file(text));
    const obs = observeSbom(r.facts!, manifest([{ id: 'agent', language: { primary: 'rust' } }], { format: 'cyclonedx' }));
    const ms = performance.now() - t0;
    console.log(`SBOM of 10,001 components (${(text.length / 1e6).toFixed(1)} MB): read and observed in ${ms.toFixed(0)} ms`);
    expect(r.facts!.entries).toHaveLength(10_001);
    expect(obs.map((o) => o.result)).toEqual(['observed', 'observed']);
    expect(ms).toBeLessThan(10_000);
  });
});
