import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactKindOf } from '../../src/artifacts/kinds.js';
import { readArtifacts } from '../../src/artifacts/index.js';
import { inf, observeInf, readInf, type InfFacts } from '../../src/artifacts/windows-inf/index.js';
import { decodeInf, maxInfBytes, parseInf, splitFields } from '../../src/artifacts/windows-inf/parse.js';
import { root } from '../helpers.js';

const file = (text: string | Buffer, name = 'pkg.inf') => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { file: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};

const driverInf = (service: string) => `[Version]
Signature = "$WINDOWS NT$"
CatalogFile = acme.cat

[DefaultInstall.NTamd64.Services]
AddService = AcmeFlt,,Acme.Service

[Acme.Service]
ServiceBinary = %12%\\acmeflt.sys
${service}
`;

const facts = (text: string): InfFacts => {
  const r = readInf(file(text));
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.facts!;
};

const component = (over: Record<string, unknown> = {}) => ({ id: 'win-driver', binary: 'acmeflt.sys', platform: 'windows', kind: 'kernel_driver', privilege: 'kernel', bootStart: true, signing: { windows: 'whql' }, ...over });
const manifest = (...components: unknown[]) => ({ value: { components }, file: 'm.yaml', documentIndex: 0 });

describe('INF syntax', () => {
  it('reads sections, keys, quoted fields, comments, continuations and %strkey% substitution', () => {
    const doc = parseInf(
      'x.inf',
      Buffer.from('; header comment\n[Version]\nSignature = "$WINDOWS NT$" ; trailing\n[S]\nKey = "a,b", c ; x\nLong = one,\\\n  two\nName = %Who%\nDir = %12%\\x.sys\nPct = "%%"\n[Strings]\nWho = "Acme ""Labs"""\n'),
    );
    expect(doc.problems).toEqual([]);
    const s = doc.sections.get('s')!;
    expect(s.entries.map((e) => [e.key, e.fields])).toEqual([
      ['Key', ['a,b', 'c']],
      ['Long', ['one', 'two']],
      ['Name', ['Acme "Labs"']],
      ['Dir', ['%12%\\x.sys']],
      ['Pct', ['%']],
    ]);
    // Positions: the line of the entry (a continuation keeps the first line), the column of its value.
    expect(s.entries.map((e) => [e.line, e.valueColumn])).toEqual([
      [5, 7],
      [6, 8],
      [8, 8],
      [9, 7],
      [10, 7],
    ]);
  });

  it('splits fields like Windows setup: quotes group, "" is a quote, blanks around unquoted fields go', () => {
    expect(splitFields(' a , "b, c" ,, "d""e" ')).toEqual(['a', 'b, c', '', 'd"e']);
  });

  it('decodes UTF-16LE and UTF-16BE with a byte-order mark, and UTF-8 with or without one', () => {
    const text = '[Version]\r\nSignature = "$WINDOWS NT$"\r\n';
    expect(decodeInf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(decodeInf(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toBe(text);
    expect(decodeInf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it('refuses what is not an INF, with a position where there is one', () => {
    expect(parseInf('x.inf', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0])).problems.map((p) => [p.code, p.message, p.range?.startLine])).toEqual([
      ['artifact-format', 'not an INF: the file holds NUL bytes and no UTF-16 byte-order mark (a binary file?)', 1],
    ]);
    expect(parseInf('x.inf', Buffer.alloc(maxInfBytes + 1, 0x20)).problems[0]!.code).toBe('artifact-too-large');
    const unclosed = parseInf('x.inf', Buffer.from('[Version]\n[Broken\nKey = 1\n'));
    expect(unclosed.problems.map((p) => [p.code, p.range?.startLine, p.range?.startColumn])).toEqual([['artifact-syntax', 2, 1]]);
    expect(readInf(file('[Strings]\nA = b\n')).problems.map((p) => p.message)).toEqual(['not a driver package INF: it has no [Version] section']);
  });

  it('reports an AddService that names a missing section or a StartType that is not a number, at its line', () => {
    const r = readInf(file('[Version]\nSignature = "$WINDOWS NT$"\n[S.Services]\nAddService = Gone,,Missing.Service\nAddService = Acme,,Acme.Service\n[Acme.Service]\nStartType = soon\n'));
    expect(r.problems.map((p) => `${p.range?.startLine}:${p.range?.startColumn} ${p.message}`)).toEqual([
      '4:14 AddService Gone names the section [Missing.Service], which the INF does not have',
      '7:13 StartType in [Acme.Service] is "soon", not a number',
    ]);
    expect(r.facts!.services.map((s) => s.name)).toEqual(['Acme']);
  });
});

describe('INF facts beside the manifest', () => {
  it('a boot-start minifilter with a catalog backs the kernel driver it is declared as', () => {
    const f = facts(driverInf('ServiceType = 2\nStartType = 0\nLoadOrderGroup = "FSFilter Anti-Virus"'));
    const o = observeInf(f, manifest(component()));
    expect(o.map((x) => `${x.claim} ${x.result}`)).toEqual([
      '/components/0/platform observed',
      '/components/0/kind observed',
      '/components/0/privilege observed',
      '/components/0/bootStart observed',
      '/components/0/signing/windows observed',
    ]);
    expect(o[3]!.observed).toBe('StartType 0 (boot start): starts at boot');
    expect(o[3]!.artifact.at.region.startLine).toBe(11);
  });

  it('contradicts a kernel driver declared as a user service, not starting at boot, on another platform', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 0'));
    const o = observeInf(f, manifest(component({ kind: 'user_service', privilege: 'user', bootStart: false, platform: 'linux' })));
    expect(o.filter((x) => x.result === 'contradicted').map((x) => `${x.claim}: ${x.observed}`)).toEqual([
      '/components/0/platform: a Windows driver package installs service AcmeFlt (acmeflt.sys), ServiceType 1 (kernel driver), StartType 0 (boot start)',
      '/components/0/kind: ServiceType 1 (kernel driver): kernel_driver',
      '/components/0/privilege: ServiceType 1 (kernel driver): runs in kernel mode',
      '/components/0/bootStart: StartType 0 (boot start): starts at boot',
    ]);
  });

  it('an Early-Launch load order group makes the driver an ELAM driver', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 0\nLoadOrderGroup = Early-Launch'));
    expect(observeInf(f, manifest(component({ kind: 'kernel_driver' }))).find((x) => x.claim.endsWith('/kind'))).toMatchObject({ result: 'contradicted', observed: 'ServiceType 1 (kernel driver), LoadOrderGroup Early-Launch: elam_driver' });
    expect(observeInf(f, manifest(component({ kind: 'elam_driver', privilege: 'boot' }))).every((x) => x.result === 'observed')).toBe(true);
  });

  it('a package without a catalog contradicts WHQL or attestation signing', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 3').replace('CatalogFile = acme.cat\n', ''));
    expect(observeInf(f, manifest(component({ bootStart: false }))).filter((x) => x.result === 'contradicted').map((x) => `${x.claim}: ${x.observed}`)).toEqual([
      '/components/0/signing/windows: no CatalogFile in [Version]: the package has no catalog for Microsoft to sign',
    ]);
  });

  it('a kernel driver the component list leaves out contradicts the list; a user service it leaves out does not', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 0'));
    expect(observeInf(f, manifest(component({ binary: 'other.sys', id: 'other' })))).toEqual([
      expect.objectContaining({ claim: '/components', result: 'contradicted', observed: 'the package installs service AcmeFlt (acmeflt.sys), ServiceType 1 (kernel driver), StartType 0 (boot start), and no component has its binary or id' }),
    ]);
    expect(observeInf(facts(driverInf('ServiceType = 0x10\nStartType = 2')), manifest(component({ binary: 'other.sys', id: 'other' })))).toEqual([]);
  });

  it('matches by id when the manifest names no binary, case-insensitively', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 0'));
    const { binary: _, ...noBinary } = component({ id: 'acmeflt' });
    expect(observeInf(f, manifest(noBinary)).every((x) => x.claim.startsWith('/components/0/'))).toBe(true);
  });

  it('says nothing of a field the manifest does not declare', () => {
    const f = facts(driverInf('ServiceType = 1\nStartType = 0'));
    expect(observeInf(f, manifest({ id: 'win-driver', binary: 'ACMEFLT.SYS' })).map((x) => x.claim)).toEqual([]);
  });

  it('reads the examples: the exemplary minifilter with its altitude, and the UTF-16 package of the typical vendor', () => {
    const aegis = readInf(file(readFileSync(path.join(root, 'examples/evidence/aegis/aegisflt.inf')), 'aegisflt.inf'));
    expect(aegis.problems).toEqual([]);
    expect(aegis.facts!.services).toEqual([
      expect.objectContaining({ name: 'AegisFlt', serviceType: expect.objectContaining({ value: 2 }), startType: expect.objectContaining({ value: 0 }), binary: expect.objectContaining({ value: 'aegisflt.sys' }), altitude: expect.objectContaining({ value: '328010' }) }),
    ]);
    const borealis = readInf(file(readFileSync(path.join(root, 'examples/evidence/borealis/borealis.inf')), 'borealis.inf'));
    expect(borealis.problems).toEqual([]);
    expect(borealis.facts!.services.map((s) => `${s.name} ${s.binary?.value} ${s.serviceType?.value} ${s.startType?.value} line ${s.at.startLine}`)).toEqual(['BorealisFlt borealisflt.sys 2 0 line 19', 'BorealisNet borealisnet.sys 1 0 line 20']);
  });
});

describe('the artifacts stage', () => {
  it('recognises an INF by its name, and loads no reader for other files', () => {
    expect(artifactKindOf('driver/acme.INF', Buffer.from(''))?.kind).toBe('windows-inf');
    expect(artifactKindOf('report.md', Buffer.from('[Version]'))).toBeUndefined();
    expect(inf.recognise('x.inf', '')).toBe(true);
  });

  it('ties an artifact to the manifest that pins its digest; with several manifests and no pin, it is not used', async () => {
    const a = file(driverInf('ServiceType = 1\nStartType = 0'));
    const target = (name: string, pinned: string[]) => ({ file: name, documentIndex: 0, value: { components: [component()] }, pinned: new Set(pinned) });
    const pinned = await readArtifacts([a], [target('one.yaml', []), target('two.yaml', [a.sha256])]);
    expect([...new Set(pinned.observations.map((o) => o.target.file))]).toEqual(['two.yaml']);
    const loose = await readArtifacts([a], [target('one.yaml', []), target('two.yaml', [])]);
    expect(loose.observations).toEqual([]);
    expect(loose.problems.map((p) => p.code)).toEqual(['artifact-untied']);
    const single = await readArtifacts([a], [target('one.yaml', [])]);
    expect(single.observations.length).toBe(5);
  });

  it('a hostile artifact costs only itself: the others are read', async () => {
    const good = file(driverInf('ServiceType = 1\nStartType = 0'), 'good.inf');
    const bad = file(Buffer.from([0x4d, 0x5a, 0, 0, 1, 2, 3]), 'bad.inf');
    const r = await readArtifacts([bad, good], [{ file: 'm.yaml', documentIndex: 0, value: { components: [component()] }, pinned: new Set() }]);
    // good.inf is not pinned by the manifest: its support is reported as lifting nothing.
    expect(r.problems.map((p) => `${p.file} ${p.code}`)).toEqual(['bad.inf artifact-format', 'good.inf artifact-unpinned']);
    expect(r.read).toEqual([{ file: 'good.inf', kind: 'windows-inf' }]);
    expect(r.observations.length).toBe(5);
  });
});
