import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { microsoftImporter } from '../../src/import/microsoft/index.js';
import { describePointer, microsoftLimits } from '../../src/import/microsoft/map.js';
import type { ForeignFile, ImportedDeployment } from '../../src/import/types.js';
import { root } from '../helpers.js';

const exampleDir = 'examples/deployments/intune-marlowe-credit-union';
const fixtures = 'test/fixtures/import-microsoft';

function read(rel: string): ForeignFile {
  return { file: rel, text: readFileSync(path.join(root, rel), 'utf8') };
}
function example(): ForeignFile[] {
  return readdirSync(path.join(root, exampleDir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => read(`${exampleDir}/${f}`));
}
function only(doc: ImportedDeployment[]): ImportedDeployment {
  expect(doc).toHaveLength(1);
  return doc[0]!;
}
/** JSON Pointers of every scalar in a value. */
function leaves(v: unknown, at = ''): string[] {
  if (v === null || typeof v !== 'object') return [at];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leaves(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
}
/** The export's text at a position (first line of it). */
function textAt(files: ForeignFile[], p: { file: string; range: { startLine: number; startColumn: number; endLine: number; endColumn: number } }): string {
  const lines = files.find((f) => f.file === p.file)!.text.split('\n');
  const line = lines[p.range.startLine - 1]!;
  return p.range.endLine === p.range.startLine ? line.slice(p.range.startColumn - 1, p.range.endColumn - 1) : line.slice(p.range.startColumn - 1);
}

const problemLine = (p: { severity: string; file?: string; range?: { startLine: number; startColumn: number }; message: string }) =>
  `${p.severity} ${p.file}:${p.range?.startLine}:${p.range?.startColumn} ${p.message}`;

describe('Microsoft Intune importer: the example export', () => {
  const files = example();
  const r = microsoftImporter.map(files);
  const doc = only(r.documents);
  const v = doc.value as any;

  it('recognises the exports by name and first bytes, and nothing else', () => {
    for (const f of files) expect(microsoftImporter.recognise(path.basename(f.file), f.text.slice(0, 4096)), f.file).toBe(true);
    expect(microsoftImporter.recognise('ringfence-overlay.yaml', readFileSync(path.join(root, exampleDir, 'ringfence-overlay.yaml'), 'utf8'))).toBe(false);
    expect(microsoftImporter.recognise('harbor-bank.yaml', readFileSync(path.join(root, 'examples/deployments/harbor-bank.yaml'), 'utf8'))).toBe(false);
    expect(microsoftImporter.recognise('package.json', readFileSync(path.join(root, 'package.json'), 'utf8').slice(0, 4096))).toBe(false);
  });

  it('maps update rings, Defender channels and assignments, in channel order', () => {
    expect(v.apiVersion).toBe('ringfence.dev/v1');
    expect(v.kind).toBe('DeploymentConfig');
    expect(v.metadata).toEqual({ product: 'Microsoft Defender for Endpoint', vendor: 'Microsoft' });
    // Beta first, then Preview (the tellers' engine), then Broad, then Critical – Time delay.
    expect(v.rings.map((x: any) => x.name)).toEqual([
      'MDE update channels - IT pilot',
      'MDE update channels - Branch tellers',
      'MDE update channels - Head office',
      'MDE update channels - servers and domain controllers (OMA-URI)',
    ]);
    expect(v.rings[0].content).toEqual({ engine: { ring: 'ea' }, platform: { ring: 'ea' }, security_intelligence: { ring: 'ga', delayHours: 0 } });
    expect(v.rings[1].content.engine).toEqual({ ring: 'ea' });
    expect(v.rings[3].content).toEqual({ engine: { ring: 'ga', delayHours: 48 }, platform: { ring: 'ga', delayHours: 48 }, security_intelligence: { ring: 'ga', delayHours: 0 } });
    expect(v.rings[3].hostGroups).toEqual(['1b6f0d2e-7c41-4a8e-9d30-5e0000000005', '1b6f0d2e-7c41-4a8e-9d30-5e0000000004']);
    expect(v.hostGroups.map((g: any) => g.id).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `1b6f0d2e-7c41-4a8e-9d30-5e000000000${n}`));
    // The unassigned draft ring is not a ring; the other configuration kinds are skipped and counted.
    expect(v.osUpdateRings.map((x: any) => x.name)).toEqual([
      'Windows updates - Ring 0 (IT pilot)',
      'Windows updates - Ring 1 (broad)',
      'Windows updates - Ring 2 (servers)',
      'Windows updates - Domain controllers',
    ]);
    expect(v.osUpdateRings[2].quality).toEqual({ deferralDays: 7, paused: true, pausedUntil: '2026-12-12T00:00:00Z', deadlineDays: 3 });
    // Graph's 0001-01-01 "no expiry" is not a date the pause ends on.
    expect(v.osUpdateRings[3].feature).toEqual({ deferralDays: 0, paused: true, deadlineDays: 7 });
    expect(v.osUpdateRings[0].gracePeriodDays).toBe(2);
    expect(r.problems.map(problemLine)).toEqual([
      `warning ${exampleDir}/windows-update-rings.json:196:22 update ring "Windows updates - Ring 3 (draft)" is assigned to no group: it reaches no device and is not imported as a ring`,
      `warning ${exampleDir}/windows-update-rings.json:3:12 1 policy of other kinds skipped (1 × windows10GeneralConfiguration): only update rings and Defender update channels are imported`,
    ]);
  });

  it('keeps the position in the export of every value it mapped', () => {
    const unlocated = leaves(v).filter((p) => !doc.positions.has(p) && p !== '/apiVersion' && p !== '/kind');
    expect(unlocated).toEqual([]);
    for (const [pointer, pos] of doc.positions) {
      expect(files.map((f) => f.file), pointer).toContain(pos.file);
      expect(pos.range.startLine, pointer).toBeGreaterThan(0);
    }
  });

  it('positions point at the text the value was mapped from', () => {
    const at = (p: string) => textAt(files, doc.positions.get(p)!);
    expect(at('/osUpdateRings/1/quality/deferralDays')).toBe('5');
    expect(at('/osUpdateRings/1/feature/deferralDays')).toBe('60');
    expect(at('/osUpdateRings/3/quality/paused')).toBe('true');
    expect(at('/osUpdateRings/2/quality/pausedUntil')).toBe('"2026-12-12T00:00:00Z"');
    expect(at('/osUpdateRings/0/name')).toBe('"Windows updates - Ring 0 (IT pilot)"');
    expect(at('/rings/1/content/engine/ring')).toBe('"device_vendor_msft_defender_configuration_engineupdateschannel_3"');
    expect(at('/rings/3/content/engine/delayHours')).toBe('6');
    expect(doc.positions.get('/rings/3/content/engine')!.file).toBe(`${exampleDir}/defender-channels-servers-oma-uri.json`);
    for (const [i, g] of (v.hostGroups as { id: string }[]).entries()) expect(at(`/hostGroups/${i}/id`)).toBe(JSON.stringify(g.id));
    v.rings.forEach((ring: any, i: number) => ring.hostGroups.forEach((g: string, j: number) => expect(at(`/rings/${i}/hostGroups/${j}`)).toBe(JSON.stringify(g))));
  });

  it('says what an Intune export cannot', () => {
    const pointers = doc.unknown.map((u) => u.pointer);
    expect(pointers).toContain('/metadata/organization');
    expect(pointers).toContain('/hostGroups/0/hosts');
    expect(pointers).toContain('/hostGroups/0/criticality');
    expect(pointers).toContain('/recovery');
    for (const u of doc.unknown) expect(u.why).not.toMatch(/\n/);
    expect(doc.sources).toEqual(files.map((f) => f.file).sort());
  });

  it('is deterministic: the order the files come in changes nothing', () => {
    const again = microsoftImporter.map([...files].reverse());
    expect(again.documents[0]!.value).toEqual(doc.value);
    expect([...again.documents[0]!.positions]).toEqual([...doc.positions]);
    expect(again.problems).toEqual(r.problems);
  });
});

describe('Microsoft Intune importer: hostile and malformed exports', () => {
  const map = (name: string) => microsoftImporter.map([read(`${fixtures}/${name}`)]);

  it('refuses a file that is not JSON, naming the file at 1:1', () => {
    const r = map('not-json.json');
    expect(r.documents).toEqual([]);
    expect(r.problems.map(problemLine)).toEqual([`error ${fixtures}/not-json.json:1:1 not JSON: an Intune export from Microsoft Graph is a JSON object (one policy, or a "value" list of policies) or a JSON list; nothing in this file was imported`]);
  });

  it('refuses a wrong @odata.type with the kind it probably meant', () => {
    const r = map('wrong-odata-type.json');
    expect(r.documents).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(problemLine(r.problems[0]!)).toMatch(/^error test\/fixtures\/import-microsoft\/wrong-odata-type\.json:2:18 @odata\.type is "#microsoft\.graph\.windowsUpdateForBusinessConfigurations" \(did you mean "#microsoft\.graph\.windowsUpdateForBusinessConfiguration"\?\), which is not a kind this importer reads/);
  });

  it('refuses channel values Defender does not define, and a choice of another setting', () => {
    const r = map('unknown-channel.json');
    expect(r.documents).toEqual([]);
    const lines = r.problems.map(problemLine);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^error \S+unknown-channel\.json:15:46 value\[0\]\.settings\[0\]\.settingInstance\.choiceSettingValue\.value \("device_vendor_msft_defender_configuration_engineupdateschannel_1"\) is "1", which is not a Defender engine update channel; the channels are 0 \(Not configured/);
    expect(lines[1]).toMatch(/:23:46 .* is "2", which is not a Defender security intelligence update channel; the channels are 0 \(Not configured \(gradual release default\)\), 4 \(Current Channel \(Staged\)\), 5 \(Current Channel \(Broad\)\)/);
    expect(lines[2]).toMatch(/:31:46 .*sets device_vendor_msft_defender_configuration_platformupdateschannel to "device_vendor_msft_defender_configuration_engineupdateschannel_2"; expected a choice value/);
  });

  it('refuses out-of-range deferrals, non-boolean pauses, bad dates, group ids that are not object ids and unknown targets', () => {
    const r = map('hostile-values.json');
    expect(r.documents).toEqual([]);
    const lines = r.problems.map(problemLine);
    expect(lines).toEqual([
      `error ${fixtures}/hostile-values.json:8:45 value[0].qualityUpdatesDeferralPeriodInDays is 45; Intune accepts whole days from 0 to 30; this ring was not imported`,
      `error ${fixtures}/hostile-values.json:9:45 value[0].featureUpdatesDeferralPeriodInDays is "30"; Intune accepts whole days from 0 to 365; this ring was not imported`,
      `error ${fixtures}/hostile-values.json:10:31 value[0].qualityUpdatesPaused is "yes"; expected true or false; this ring was not imported`,
      `error ${fixtures}/hostile-values.json:21:102 value[1].assignments[0].target.groupId is "../../critical\\u001b[2J"; expected an Entra ID group object id (a GUID such as 0c8f7d3e-1a2b-4c5d-8e9f-00aa11bb22cc)`,
      `error ${fixtures}/hostile-values.json:22:49 value[1].assignments[1].target.@odata.type is "#microsoft.graph.configurationManagerCollectionAssignmentTarget"; expected a group, exclusion-group, all-devices or all-users assignment target`,
      `error ${fixtures}/hostile-values.json:25:5 value[2] has no "assignments", so the groups it reaches are unknown: export it with $expand=assignments (Graph) — it was not imported`,
      `error ${fixtures}/hostile-values.json:36:44 value[3].qualityUpdatesPauseExpiryDateTime is "next Tuesday"; expected a date and time such as 2026-12-24T00:00:00Z; this ring was not imported`,
    ]);
    // The control character of the hostile group id never reaches a message raw.
    for (const p of r.problems) expect(p.message).not.toMatch(/\u001b/);
  });

  it('refuses duplicate keys (which value Intune meant is unknowable)', () => {
    const r = map('duplicate-key.json');
    expect(r.documents).toEqual([]);
    expect(r.problems.map(problemLine)).toEqual([`error ${fixtures}/duplicate-key.json:5:3 duplicate key: "qualityUpdatesDeferralPeriodInDays" is already defined on line 4 (the export was not imported)`]);
  });

  it('does not turn an unassigned Beta policy into an empty "small" first ring', () => {
    const withBeta = microsoftImporter.map([...example(), read(`${fixtures}/unassigned-beta.json`)]);
    // The fixture is in another folder, so it is its own (empty) import; the example's first ring is unchanged.
    expect(withBeta.documents).toHaveLength(1);
    expect((withBeta.documents[0]!.value as any).rings[0].name).toBe('MDE update channels - IT pilot');
    expect(withBeta.problems.map(problemLine)).toContain(`warning ${fixtures}/unassigned-beta.json:16:18 Defender update policy "Beta for nobody" is assigned to no group: it reaches no device and is not imported as a ring`);
    const same = microsoftImporter.map([...example(), { file: `${exampleDir}/beta.json`, text: read(`${fixtures}/unassigned-beta.json`).text }]);
    expect((same.documents[0]!.value as any).rings.map((x: any) => x.name)).not.toContain('Beta for nobody');
  });

  it('bounds a huge list while reading it: one positioned problem, nothing imported', () => {
    const entry = '{"@odata.type":"#microsoft.graph.windowsUpdateForBusinessConfiguration","displayName":"r","assignments":[]}';
    const text = `{"value":[\n${Array.from({ length: microsoftLimits.maxEntries + 1 }, () => entry).join(',\n')}\n]}`;
    const r = microsoftImporter.map([{ file: 'huge.json', text }]);
    expect(r.documents).toEqual([]);
    expect(r.problems.map(problemLine)).toEqual([`error huge.json:1:10 value has ${microsoftLimits.maxEntries + 1} entries; at most ${microsoftLimits.maxEntries} policies are read from one file: split the export (nothing in this file was imported)`]);
  });

  it('applies an exclusion of an included group, and reports one it cannot apply', () => {
    const g1 = '00000000-0000-4000-8000-0000000000b1';
    const g2 = '00000000-0000-4000-8000-0000000000b2';
    const g3 = '00000000-0000-4000-8000-0000000000b3';
    const target = (t: string, id: string) => ({ target: { '@odata.type': `#microsoft.graph.${t}`, groupId: id } });
    const ring = {
      '@odata.type': '#microsoft.graph.windowsUpdateForBusinessConfiguration',
      displayName: 'ring',
      qualityUpdatesDeferralPeriodInDays: 3,
      assignments: [target('groupAssignmentTarget', g1), target('groupAssignmentTarget', g2), target('exclusionGroupAssignmentTarget', g2), target('exclusionGroupAssignmentTarget', g3), { target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
    };
    const r = microsoftImporter.map([{ file: 'x/ring.json', text: JSON.stringify(ring, null, 2) }]);
    const v = only(r.documents).value as any;
    expect(v.osUpdateRings[0].hostGroups).toEqual([g1, 'all-devices']);
    expect(v.rings).toBeUndefined();
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      `warning group ${g3} is excluded from this policy but not one of its included groups; membership is not known here, so the exclusion is not applied to the included groups`,
    ]);
    // Without a Defender policy the EDR side is unknown, and says so.
    expect(only(r.documents).unknown.map((u) => u.pointer)).toEqual(expect.arrayContaining(['/metadata/product', '/rings']));
  });

  it('reads channel values given as numbers or numeric strings in OMA-URI settings, and refuses others', () => {
    const profile = (value: unknown) => ({
      '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
      displayName: 'p',
      omaSettings: [{ '@odata.type': '#microsoft.graph.omaSettingString', omaUri: './Device/Vendor/MSFT/Defender/Configuration/PlatformUpdatesChannel', value }],
      assignments: [{ target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: '00000000-0000-4000-8000-0000000000c1' } }],
    });
    const content = (value: unknown) => (microsoftImporter.map([{ file: 'p.json', text: JSON.stringify(profile(value)) }]).documents[0]?.value as any)?.rings?.[0]?.content;
    expect(content(2)).toEqual({ platform: { ring: 'ea' } });
    expect(content('6')).toEqual({ platform: { ring: 'ga', delayHours: 48 } });
    for (const bad of [1, 7, '2; rm -rf /', -1, 2.5, null, true]) {
      const r = microsoftImporter.map([{ file: 'p.json', text: JSON.stringify(profile(bad)) }]);
      expect(r.documents, String(bad)).toEqual([]);
      expect(r.problems.some((p) => p.severity === 'error' && /not a Defender platform update channel/.test(p.message)), String(bad)).toBe(true);
    }
  });

  it('recognises a Graph list of every device configuration whose update rings come after the first 4 KiB', () => {
    const other = { '@odata.type': '#microsoft.graph.windows10GeneralConfiguration', displayName: 'x'.repeat(5000), assignments: [] };
    const text = JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations(assignments())', value: [other] }, null, 2);
    expect(microsoftImporter.recognise('all-configurations.json', text.slice(0, 4096))).toBe(true);
    expect(microsoftImporter.recognise('all-configurations.yaml', text.slice(0, 4096))).toBe(false);
    expect(microsoftImporter.recognise('other.json', '{"name": "a package", "version": "1.0.0"}')).toBe(false);
  });

  it('finds Defender channel settings nested in group collections and choice children', () => {
    const choice = (k: string, n: number) => ({
      '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
      settingDefinitionId: `device_vendor_msft_defender_configuration_${k}updateschannel`,
      choiceSettingValue: { value: `device_vendor_msft_defender_configuration_${k}updateschannel_${n}`, children: [] },
    });
    const policy = {
      name: 'nested',
      settings: [
        {
          settingInstance: {
            '@odata.type': '#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance',
            settingDefinitionId: 'device_vendor_msft_defender_configuration_updatecontrols',
            groupSettingCollectionValue: [{ children: [choice('engine', 6), { settingDefinitionId: 'x', choiceSettingValue: { value: 'x_1', children: [choice('platform', 3)] } }] }],
          },
        },
      ],
      assignments: [{ target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' } }],
    };
    const r = microsoftImporter.map([{ file: 'n.json', text: JSON.stringify(policy, null, 2) }]);
    expect(r.problems).toEqual([]);
    const v = only(r.documents).value as any;
    expect(v.rings[0].content).toEqual({ engine: { ring: 'ga', delayHours: 48 }, platform: { ring: 'ea' } });
    expect(v.rings[0].hostGroups).toEqual(['all-users']);
    expect(only(r.documents).positions.get('/rings/0/content/platform')!.range.startLine).toBeGreaterThan(1);
  });

  it('a setting id or OMA-URI naming an inherited property (constructor) is no channel, and nothing throws', () => {
    const policy = {
      name: 'p',
      settings: [{ settingInstance: { settingDefinitionId: 'device_vendor_msft_defender_configuration_constructor', choiceSettingValue: { value: 'device_vendor_msft_defender_configuration_constructor_2', children: [] } } }],
      assignments: [],
    };
    const oma = { '@odata.type': '#microsoft.graph.windows10CustomConfiguration', displayName: 'o', omaSettings: [{ omaUri: './Vendor/MSFT/Defender/Configuration/constructor', value: 2 }], assignments: [] };
    const r = microsoftImporter.map([
      { file: 'c/p.json', text: JSON.stringify(policy) },
      { file: 'c/o.json', text: JSON.stringify(oma) },
    ]);
    expect(r.documents).toEqual([]);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual(['warning no Windows Update for Business ring and no Defender update-channel setting was found in the Intune export(s) of this folder: nothing was imported']);
  });

  it('names places the way a reader finds them in the export', () => {
    expect(describePointer('/value/3/settings/0/settingInstance/choiceSettingValue/value')).toBe('value[3].settings[0].settingInstance.choiceSettingValue.value');
    expect(describePointer('/assignments/0/target/@odata.type')).toBe('assignments[0].target.@odata.type');
    expect(describePointer('/a b')).toBe('["a b"]');
  });
});
