import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { falconApiImporter, falconTerraformImporter, falconTerraformJsonImporter } from '../../src/import/falcon/index.js';
import type { ForeignFile, ImportedDeployment } from '../../src/import/types.js';
import type { Problem } from '../../src/model/problem.js';
import { loadStandard } from '../../src/standard/standard.js';
import { root, tempDir } from '../helpers.js';
import { applyOverlay, example, file, fixtures, folder, leaves, lineOf, yamlFile } from './falcon-helpers.js';

const asOf = '2026-12-05';
const tf = folder(example, '.tf');
const overlay = yamlFile(`${example}/ringfence-overlay.yaml`);
const equivalent = yamlFile(`${fixtures}/larkspur-equivalent.yaml`);

function only(r: { documents: ImportedDeployment[]; problems: Problem[] }): ImportedDeployment {
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(r.documents).toHaveLength(1);
  return r.documents[0]!;
}

function strip(v: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
}

describe('Falcon Terraform → DeploymentConfig', () => {
  const doc = only(falconTerraformImporter.map(tf));

  it('with the overlay, is the hand-written equivalent', () => {
    expect(strip(applyOverlay(doc, overlay))).toEqual(strip(equivalent));
  });

  it('orders rings by promotion: early access first, then by delay', () => {
    expect((doc.value.rings as { name: string }[]).map((r) => r.name)).toEqual(['canary', 'pilot', 'broad', 'domain-controllers', 'trading']);
  });

  it('locates every mapped value in the .tf files, and the decisive ones on their own line', () => {
    for (const pointer of leaves(doc.value)) {
      // Filled-in constants (apiVersion, kind, product) sit at the document; every mapped value at itself, or
      // (an element of os) at its list.
      const at = /^\/(hostGroups|rings)\//.test(pointer) ? (doc.positions.get(pointer) ?? doc.positions.get(pointer.replace(/\/os\/\d+$/, '/os'))) : doc.positions.get('');
      expect(at, pointer).toBeDefined();
      expect(at!.file, pointer).toMatch(/^examples\/deployments\/falcon-terraform\/[a-z_]+\.tf$/);
    }
    const content = tf.find((f) => f.file.endsWith('content_update_policies.tf'))!;
    const broad = doc.positions.get('/rings/2/content/system_critical')!;
    // The finding about the broad ring's system-critical content sits on `delay_hours = 0` of the Broad policy.
    expect(broad.file).toBe(content.file);
    expect(broad.range.startLine).toBe(lineOf(content.text, 'delay_hours     = 0', 0));
    expect(doc.positions.get('/rings/3/content/system_critical/delayHours')!.range.startLine).toBe(lineOf(content.text, 'delay_hours     = 0', 1));
    // A value from a variable's default is located at the default (the line to change).
    const variables = tf.find((f) => f.file.endsWith('variables.tf'))!;
    expect(doc.positions.get('/rings/2/content/sensor_operations/delayHours')).toEqual({ file: variables.file, range: expect.objectContaining({ startLine: lineOf(variables.text, 'default     = 4') }) });
    // The trading floor's early-access rapid response sits on its ring_assignment.
    expect(doc.positions.get('/rings/4/content/rapid_response')!.range.startLine).toBe(lineOf(content.text, 'ring_assignment = "ea"', 4));
    // A ring's host group sits on the reference in host_groups.
    expect(doc.positions.get('/rings/2/hostGroups/1')!.range.startLine).toBe(lineOf(content.text, 'crowdstrike_host_group.servers.id'));
  });

  it('lists what Terraform cannot say: dynamic groups’ hosts, criticality, pin dates, organisation', () => {
    const pointers = doc.unknown.map((u) => u.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/hostGroups/1/hosts', '/hostGroups/1/criticality', '/rings/3/sensor/pinnedSince', '/metadata/organization', '/recovery']));
    expect(pointers).not.toContain('/hostGroups/0/hosts');
    expect(doc.unknown.find((u) => u.pointer === '/hostGroups/1/hosts')!.why).toMatch(/dynamic group "Head Office"/);
  });

  it('warns, at the group, of a host group in no content-update policy', () => {
    const r = falconTerraformImporter.map(tf);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/"ATM Kiosks" is in no content-update policy/), file: `${example}/host_groups.tf` })]);
  });
});

describe('the same estate from terraform show -json and from the API', () => {
  const fromTf = only(falconTerraformImporter.map(tf)).value;
  it('terraform show -json (a state) maps to the same document, located in the JSON', () => {
    const doc = only(falconTerraformJsonImporter.map([file(`${fixtures}/state/larkspur.tfstate-show.json`)]));
    expect(strip(doc.value)).toEqual(strip(fromTf));
    const at = doc.positions.get('/rings/2/content/system_critical')!;
    expect(at.file).toBe(`${fixtures}/state/larkspur.tfstate-show.json`);
    expect(at.range.startLine).toBeGreaterThan(1);
  });

  it('the API export maps to the same rings, plus the console’s default policy, which takes the group in no policy', () => {
    const doc = only(falconApiImporter.map(folder('examples/deployments/falcon-api', '.json')));
    const rings = doc.value.rings as { name: string; hostGroups: string[] }[];
    const tfRings = fromTf.rings as { name: string }[];
    expect(strip({ r: rings.filter((r) => r.name !== 'platform-default') })).toEqual(strip({ r: tfRings }));
    expect(rings.find((r) => r.name === 'platform-default')!.hostGroups).toEqual(['atm-kiosks']);
    expect(doc.positions.get('/rings/2/content/system_critical')!.file).toBe('examples/deployments/falcon-api/content-update-policies.json');
  });

  it('recognises each source by name and first bytes', () => {
    const tfHead = tf.find((f) => f.file.endsWith('host_groups.tf'))!.text.slice(0, 400);
    expect(falconTerraformImporter.recognise('host_groups.tf', tfHead)).toBe(true);
    // A module's variables.tf names no Falcon resource and is taken; a file of other providers' resources is not;
    // a folder of taken files with no Falcon resource maps to nothing.
    expect(falconTerraformImporter.recognise('variables.tf', 'variable "x" {}')).toBe(true);
    expect(falconTerraformImporter.recognise('main.tf', 'resource "aws_s3_bucket" "b" {}')).toBe(false);
    expect(falconTerraformImporter.map([{ file: 'aws/main.tf', text: 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' }])).toEqual({ documents: [], problems: [] });
    const plan = file(`${fixtures}/state/larkspur.tfstate-show.json`).text.slice(0, 2000);
    expect(falconTerraformJsonImporter.recognise('plan.json', plan)).toBe(true);
    expect(falconApiImporter.recognise('plan.json', plan)).toBe(false);
    expect(falconApiImporter.recognise('host-groups.json', file('examples/deployments/falcon-api/host-groups.json').text.slice(0, 400))).toBe(true);
  });
});

describe('the imported document and the hand-written one give the same findings', () => {
  it('control by control, with the same messages', () => {
    const { standard, problems } = loadStandard(path.join(root, 'standards/kdus/1.1.yaml'));
    const dir = tempDir('falcon-equivalence');
    mkdirSync(dir, { recursive: true });
    const imported = path.join(dir, 'imported.yaml');
    writeFileSync(imported, stringify(applyOverlay(only(falconTerraformImporter.map(tf)), overlay)));
    const vendor = path.join(root, fixtures, 'falcon-customer-controls.vendor.yaml');
    const findings = (p: string): unknown[] => {
      const report = check(standard!, problems, { paths: [vendor, p], asOf });
      const subject = report.subjects.find((s) => s.kind === 'DeploymentConfig')!;
      expect(subject.schemaErrors).toBe(0);
      return subject.controls.map((c) => ({ id: c.id, status: c.status, findings: c.findings.map((f) => [f.status, f.message, f.location?.pointer]) }));
    };
    const a = findings(imported);
    const b = findings(path.join(root, fixtures, 'larkspur-equivalent.yaml'));
    expect(a).toEqual(b);
    // The example's gaps are findings: a group in no ring, zero-delay exposure, the pinned sensor without a date.
    expect(a).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'KDUS-DC-01', status: 'fail' }),
        expect.objectContaining({ id: 'KDUS-DC-03', status: 'fail', findings: [expect.arrayContaining(['fail', expect.stringMatching(/^system_critical: /), '/rings/2/content/system_critical'])] }),
        expect.objectContaining({ id: 'KDUS-DC-04', status: 'fail' }),
      ]),
    );
  });
});

/** Maps a module given as file name → text. */
function module(files: Record<string, string>): ReturnType<typeof falconTerraformImporter.map> {
  const list: ForeignFile[] = Object.entries(files).map(([name, text]) => ({ file: `m/${name}`, text }));
  return falconTerraformImporter.map(list);
}

const groupTf = 'resource "crowdstrike_host_group" "dc" {\n  name        = "DC"\n  description = "x"\n  type        = "static"\n  hostnames   = ["a.example"]\n}\n';
const policyTf = (body: string, extra = ''): string =>
  `resource "crowdstrike_content_update_policy" "p" {\n  name        = "P"\n  description = "x"\n  host_groups = [crowdstrike_host_group.dc.id]\n${body}\n  sensor_operations        = { ring_assignment = "ga" }\n  system_critical          = { ring_assignment = "ga" }\n  vulnerability_management = { ring_assignment = "ga" }\n}\n${extra}`;

describe('hostile and malformed Terraform', () => {
  it('a syntax error in one file: a positioned error, and the module is not mapped (a part could pass where the whole fails)', () => {
    const r = module({ 'groups.tf': groupTf, 'policy.tf': 'resource "crowdstrike_content_update_policy" "p" {\n  name = "P\n}\n' });
    expect(r.documents).toEqual([]);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'import-syntax', file: 'm/policy.tf', range: { startLine: 2, startColumn: 10 } });
    expect(r.problems[1]).toMatchObject({ severity: 'error', code: 'import-incomplete' });
  });

  it('other modules are still mapped when one is broken', () => {
    const r = falconTerraformImporter.map([...tf, { file: 'other/bad.tf', text: 'resource "crowdstrike_host_group" {' }]);
    expect(r.documents).toHaveLength(1);
    expect(r.problems.some((p) => p.file === 'other/bad.tf' && p.severity === 'error')).toBe(true);
  });

  it('an unknown attribute (a misspelt delay_hours) is an error at it, with the right name', () => {
    const r = module({ 'g.tf': groupTf, 'p.tf': policyTf('  rapid_response = {\n    ring_assignment = "ga"\n    delay_hour      = 24\n  }') });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/unknown attribute "delay_hour" \(did you mean delay_hours\?\)/), range: expect.objectContaining({ startLine: 7 }) }));
  });

  it('a reference to a missing resource is an error at the reference', () => {
    const r = module({ 'g.tf': groupTf, 'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }').replace('crowdstrike_host_group.dc.id', 'crowdstrike_host_group.dcs.id') });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/there is no crowdstrike_host_group.dcs \(did you mean crowdstrike_host_group.dc\?\)/), range: expect.objectContaining({ startLine: 4, startColumn: 18 }) }));
  });

  it('cyclic locals, a variable without default and a function call are reported, not guessed', () => {
    const r = module({
      'g.tf': groupTf,
      'l.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nvariable "d" {\n  type = number\n}\n',
      'p.tf': policyTf('  rapid_response = { ring_assignment = "ga", delay_hours = local.a }').replace('"ga" }\n  system_critical', '"ga", delay_hours = var.d }\n  system_critical').replace('vulnerability_management = { ring_assignment = "ga" }', 'vulnerability_management = { ring_assignment = "ga", delay_hours = max(4, 8) }'),
    });
    const messages = r.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.range?.startLine} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^m\/l\.tf:\d .*local\.a → local\.b → local\.a refer to each other in a cycle/),
        expect.stringMatching(/^m\/p\.tf:6 .*variable "d" has no default/),
        expect.stringMatching(/^m\/p\.tf:8 .*a function call \(max\) is not evaluated/),
      ]),
    );
    // The settings that could not be read are not mapped as something else.
    const ring = (r.documents[0]!.value.rings as { content: Record<string, unknown> }[])[0]!;
    expect(ring.content.rapid_response).toBeUndefined();
  });

  it('CRLF line ends and a byte-order mark change nothing, positions included', () => {
    const crlf = tf.map((f) => ({ file: f.file, text: `\ufeff${f.text.replace(/\n/g, '\r\n')}` }));
    const a = only(falconTerraformImporter.map(tf));
    const b = only(falconTerraformImporter.map(crlf));
    expect(b.value).toEqual(a.value);
    const line = (d: ImportedDeployment): number => d.positions.get('/rings/2/content/system_critical')!.range.startLine;
    expect(line(b)).toBe(line(a));
  });

  it('a group named twice by one policy is in its ring once, with no ambiguity', () => {
    const r = module({ 'g.tf': groupTf, 'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }').replace('[crowdstrike_host_group.dc.id]', '[crowdstrike_host_group.dc.id, crowdstrike_host_group.dc.id]') });
    expect(r.problems).toEqual([]);
    expect((r.documents[0]!.value.rings as { hostGroups: string[] }[])[0]!.hostGroups).toEqual(['dc']);
  });

  it('a hostname listed twice is one host (the provider’s hostnames is a set)', () => {
    const r = module({ 'g.tf': groupTf.replace('["a.example"]', '["a.example", "b.example", "a.example"]') });
    expect((r.documents[0]!.value.hostGroups as { hosts: number }[])[0]!.hosts).toBe(2);
  });

  it('count and for_each are refused with a pointer to the plan JSON', () => {
    const r = module({ 'g.tf': groupTf.replace('  name ', '  count = 3\n  name ') });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/count makes this resource many.*terraform show -json/) }));
  });

  it('a value outside what the provider accepts is an error at it', () => {
    const r = module({ 'g.tf': groupTf, 'p.tf': policyTf('  rapid_response = { ring_assignment = "ga", delay_hours = 5 }').replace('system_critical          = { ring_assignment = "ga" }', 'system_critical          = { ring_assignment = "pause" }') });
    const messages = r.problems.map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/delay_hours must be one of 0, 1, 2, 4, 8, 12, 24, 48, 72, not 5/), expect.stringMatching(/system_critical.ring_assignment must be ga or ea, not "pause"/)]));
  });

  it('a group in two policies without a stated precedence is an error, and the group is in both rings', () => {
    const second = policyTf('  rapid_response = { ring_assignment = "ea" }').replace('"p"', '"q"').replace('"P"', '"Q"');
    const r = module({ 'g.tf': groupTf, 'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }'), 'q.tf': second });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'import-ambiguous', file: 'm/q.tf' }));
    const rings = r.documents[0]!.value.rings as { hostGroups: string[] }[];
    expect(rings.map((x) => x.hostGroups)).toEqual([['dc'], ['dc']]);
    // With a precedence resource, the higher one wins and the other is a warning at its reference.
    const ordered = module({
      'g.tf': groupTf,
      'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }'),
      'q.tf': `${second}resource "crowdstrike_content_update_policy_precedence" "o" {\n  enforcement = "strict"\n  ids = [crowdstrike_content_update_policy.q.id, crowdstrike_content_update_policy.p.id]\n}\n`,
    });
    expect(ordered.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect((ordered.documents[0]!.value.rings as { name: string }[]).map((x) => x.name)).toEqual(['q']);
  });

  it('a huge module is read (no quadratic step) and nothing is lost', () => {
    const groups = Array.from({ length: 3000 }, (_, i) => `resource "crowdstrike_host_group" "g${i}" {\n  name = "G${i}"\n  description = "x"\n  type = "static"\n  hostnames = ["h${i}.example"]\n}\n`).join('');
    const refs = Array.from({ length: 3000 }, (_, i) => `crowdstrike_host_group.g${i}.id`).join(', ');
    const r = module({ 'g.tf': groups, 'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }').replace('[crowdstrike_host_group.dc.id]', `[${refs}]`) });
    expect(r.problems).toEqual([]);
    expect((r.documents[0]!.value.rings as { hostGroups: string[] }[])[0]!.hostGroups).toHaveLength(3000);
  });
});

describe('hostile JSON sources', () => {
  it('a plan nested too deep is refused at the place, not parsed', () => {
    const text = `{"format_version":"1.2","planned_values":${'['.repeat(200)}${']'.repeat(200)}}`;
    const r = falconTerraformJsonImporter.map([{ file: 'plan.json', text }]);
    expect(r.documents).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'import-too-deep', file: 'plan.json' });
  });

  it('a JSON syntax error and a repeated key are positioned', () => {
    const r1 = falconApiImporter.map([{ file: 'x/a.json', text: '[{"id": "1", "group_type": "static",\n "name": }]' }]);
    expect(r1.problems[0]).toMatchObject({ severity: 'error', file: 'x/a.json', range: expect.objectContaining({ startLine: 2 }) });
    const r2 = falconApiImporter.map([{ file: 'x/b.json', text: '[{"id": "1", "group_type": "static", "name": "A",\n "name": "B"}]' }]);
    expect(r2.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/duplicate key "name"/), range: expect.objectContaining({ startLine: 2 }) });
    expect(r2.documents).toEqual([]);
  });

  it('an API policy naming a group absent from the export is an error at the reference', () => {
    const text = JSON.stringify([{ id: 'p1', name: 'P', groups: ['nope'], settings: { ring_assignment_settings: [{ id: 'system_critical', ring_assignment: 'ga', delay_hours: '0' }] } }], null, 1);
    const r = falconApiImporter.map([{ file: 'x/p.json', text }]);
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'import-reference', file: 'x/p.json' }));
  });
});

describe('terraform show -json of a plan: ids unknown until apply', () => {
  const resource = (type: string, name: string, values: Record<string, unknown>): Record<string, unknown> => ({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/crowdstrike/crowdstrike', values });
  const ga = (delay: number): Record<string, unknown> => ({ ring_assignment: 'ga', delay_hours: delay, pinned_content_version: null });
  const plan = (policyValues: Record<string, unknown>): string =>
    JSON.stringify(
      {
        format_version: '1.2',
        terraform_version: '1.9.8',
        planned_values: {
          root_module: {
            resources: [
              resource('crowdstrike_host_group', 'dc', { name: 'Domain Controllers', description: 'x', type: 'static', hostnames: ['dc1.corp.example', 'dc2.corp.example'], assignment_rule: null }),
              resource('crowdstrike_content_update_policy', 'dc', { name: 'DC', description: 'x', enabled: true, ...policyValues }),
              resource('crowdstrike_sensor_update_policy', 'dc', { name: 'DC sensors', platform_name: 'Windows', enabled: true }),
            ],
          },
        },
        configuration: {
          root_module: {
            resources: [
              { address: 'crowdstrike_content_update_policy.dc', expressions: { host_groups: { references: ['crowdstrike_host_group.dc.id', 'crowdstrike_host_group.dc'] } } },
              { address: 'crowdstrike_sensor_update_policy.dc', expressions: { host_groups: { references: ['crowdstrike_host_group.dc.id', 'crowdstrike_host_group.dc'] }, build: { references: ['data.crowdstrike_sensor_update_policy_builds.all.windows.n1.build', 'data.crowdstrike_sensor_update_policy_builds.all.windows.n1'] } } },
            ],
          },
        },
      },
      null,
      2,
    );

  it('follows the configuration’s references for host groups and the sensor build', () => {
    const r = falconTerraformJsonImporter.map([{ file: 'plan.json', text: plan({ sensor_operations: ga(24), system_critical: ga(0), vulnerability_management: ga(24), rapid_response: ga(8) }) }]);
    const doc = only(r);
    expect(doc.value.rings).toEqual([
      {
        name: 'dc',
        description: 'x',
        hostGroups: ['domain-controllers'],
        sensor: { version: 'n-1' },
        content: { sensor_operations: { ring: 'ga', delayHours: 24 }, system_critical: { ring: 'ga', delayHours: 0 }, vulnerability_management: { ring: 'ga', delayHours: 24 }, rapid_response: { ring: 'ga', delayHours: 8 } },
      },
    ]);
    expect((doc.value.hostGroups as { hosts: number }[])[0]!.hosts).toBe(2);
  });

  it('a delay known only after apply is an error, not a zero', () => {
    const r = falconTerraformJsonImporter.map([{ file: 'plan.json', text: plan({ sensor_operations: ga(24), system_critical: { ring_assignment: 'ga', pinned_content_version: null }, vulnerability_management: ga(24), rapid_response: ga(8) }) }]);
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/system_critical: delay_hours is known only after apply/) }));
    const ring = (r.documents[0]!.value.rings as { content: Record<string, unknown> }[])[0]!;
    expect(ring.content.system_critical).toBeUndefined();
  });
});

describe('small rules of the mapping', () => {
  it('reads Falcon’s build strings', async () => {
    const { sensorSelectorOf } = await import('../../src/import/falcon/model.js');
    expect(['20709|n|tagged|17', '19507|n-1|tagged|11', '19311|n-2|tagged|16', '19507', '7.24.19507', '', '  '].map(sensorSelectorOf)).toEqual([
      { selector: 'n' },
      { selector: 'n-1' },
      { selector: 'n-2' },
      { selector: 'pinned', build: '19507' },
      { selector: 'pinned', build: '19507' },
      { selector: 'off' },
      { selector: 'off' },
    ]);
  });

  it('makes ids from Falcon names', async () => {
    const { slug } = await import('../../src/import/falcon/map.js');
    expect(['Domain Controllers', 'ATM / Kiosks (EMEA)', '  --Tier 0--', 'Ünïcode', '', 'v7.2 pilot'].map(slug)).toEqual(['domain-controllers', 'atm-kiosks-emea', 'tier-0', 'unicode', 'unnamed', 'v7.2-pilot']);
  });

  it('a group whose platforms follow different sensor policies: the most current describes its ring, with a warning', () => {
    const sensor = (name: string, platform: string, which: string): string =>
      `resource "crowdstrike_sensor_update_policy" "${name}" {\n  name = "${name}"\n  platform_name = "${platform}"\n  build = data.crowdstrike_sensor_update_policy_builds.b.${platform.toLowerCase()}.${which}.build\n  host_groups = [crowdstrike_host_group.dc.id]\n  schedule = { enabled = false }\n}\n`;
    const r = module({
      'g.tf': `${groupTf}data "crowdstrike_sensor_update_policy_builds" "b" {}\n`,
      'p.tf': policyTf('  rapid_response = { ring_assignment = "ga" }'),
      's.tf': sensor('win', 'Windows', 'n2') + sensor('lin', 'Linux', 'latest'),
    });
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/follows sensor-update policies "lin" \(n\), "win" \(n-2\).*the most current, n$/) })]);
    const doc = r.documents[0]!.value as { rings: { sensor: unknown }[]; hostGroups: { os: string[] }[] };
    expect(doc.rings[0]!.sensor).toEqual({ version: 'n' });
    expect(doc.hostGroups[0]!.os).toEqual(['linux', 'windows']);
  });

  it('a disabled policy applies to nobody: its groups fall to the default policy, with a warning at enabled', () => {
    const r = module({
      'g.tf': groupTf,
      'p.tf': policyTf('  rapid_response = { ring_assignment = "ea" }').replace('  host_groups', '  enabled     = false\n  host_groups'),
      'd.tf': 'resource "crowdstrike_default_content_update_policy" "d" {\n  description = "x"\n  sensor_operations = { ring_assignment = "ga", delay_hours = 8 }\n  system_critical = { ring_assignment = "ga", delay_hours = 8 }\n  vulnerability_management = { ring_assignment = "ga", delay_hours = 8 }\n  rapid_response = { ring_assignment = "ga", delay_hours = 8 }\n}\n',
    });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'm/p.tf', message: expect.stringMatching(/"P" is disabled/) }));
    expect((r.documents[0]!.value.rings as { name: string; hostGroups: string[] }[]).map((x) => [x.name, x.hostGroups])).toEqual([['default', ['dc']]]);
  });
});
