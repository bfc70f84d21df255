import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir, validateSarif } from '../helpers.js';

const asOf = ['--as-of', '2026-11-25'];
const dir = 'examples/deployments/intune-marlowe-credit-union';
const rings = `${dir}/windows-update-rings.json`;
const overlay = `${dir}/ringfence-overlay.yaml`;

interface Finding {
  status: string;
  message: string;
  location: { file: string; pointer: string; region: { startLine: number; startColumn: number } };
  related?: { location: { file: string; region: { startLine: number } } }[];
}
interface Report {
  subjects: { file: string; kind: string; score: number | null; controls: { id: string; status: string; findings: Finding[] }[] }[];
  problems: { severity: string; code: string; file?: string; range?: { startLine: number; startColumn: number }; message: string }[];
}
function json(args: string[]): { code: number; report: Report } {
  const r = runCli(['check', ...args, ...asOf, '-f', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}
/** The line of `file` (1-based) that holds `text`, after the line holding `after`. */
function lineOf(file: string, text: string, after?: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= from && l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

describe('check reads an Intune export as it is (issue 17)', () => {
  it('reports the paused domain-controller OS ring on its line in the Graph export, overlay values on the overlay', () => {
    const { code, report } = json([dir]);
    expect(code).toBe(1);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.map((p) => `${p.file}:${p.range?.startLine}:${p.range?.startColumn} ${p.message}`)).toEqual([
      `${rings}:3:12 1 policy of other kinds skipped (1 × windows10GeneralConfiguration): only update rings and Defender update channels are imported`,
      `${rings}:${lineOf(rings, '"assignments": []', 'Ring 3 (draft)')}:22 update ring "Windows updates - Ring 3 (draft)" is assigned to no group: it reaches no device and is not imported as a ring`,
    ]);
    const s = report.subjects.find((x) => x.kind === 'DeploymentConfig')!;
    const dc11 = s.controls.find((c) => c.id === 'KDUS-DC-11')!;
    expect(dc11.status).toBe('fail');
    const f = dc11.findings.filter((x) => x.status === 'fail');
    expect(f).toHaveLength(1);
    expect(f[0]!.location).toMatchObject({
      file: rings,
      pointer: '/osUpdateRings/3/quality',
      region: { startLine: lineOf(rings, '"qualityUpdatesDeferralPeriodInDays": 0', 'Windows updates - Domain controllers'), startColumn: 45 },
    });
    // The other side: the pilot's OS ring (the first entry of the export's value list), in the same export.
    expect(f[0]!.related?.[0]!.location).toMatchObject({ file: rings, region: { startLine: lineOf(rings, '{', '"value"') } });
    // A finding about what the overlay gave sits on the overlay's line.
    const dc07 = s.controls.find((c) => c.id === 'KDUS-DC-07')!;
    expect(dc07.findings[0]!.location).toMatchObject({ file: overlay, pointer: '/recovery', region: { startLine: lineOf(overlay, 'recovery:') } });
    // The domain controllers' single group is one ring: DC-06 names the groupId in the OMA-URI profile's assignment.
    const dc06 = s.controls.find((c) => c.id === 'KDUS-DC-06')!;
    expect(dc06.findings[0]!.location.file).toBe(`${dir}/defender-channels-servers-oma-uri.json`);
  });

  it('with a manifest for the product, DC-02 catches the critical tellers on Current Channel (Preview), on that choice value', () => {
    const channels = `${dir}/defender-update-channels.json`;
    const { report } = json([dir, 'test/fixtures/import-microsoft/defender-vendor.yaml']);
    const s = report.subjects.find((x) => x.kind === 'DeploymentConfig')!;
    const dc02 = s.controls.find((c) => c.id === 'KDUS-DC-02')!;
    expect(dc02.status).toBe('fail');
    const tellers = dc02.findings.find((f) => f.message.includes('MDE update channels - Branch tellers'))!;
    expect(tellers.message).toContain('(position 2 of 4) holds protected host group(s) [1b6f0d2e-7c41-4a8e-9d30-5e0000000003] but receives content too early: engine on ea');
    expect(tellers.location).toMatchObject({ file: channels, pointer: '/rings/1/content/engine', region: { startLine: lineOf(channels, 'engineupdateschannel_3'), startColumn: 24 } });
  });

  it('SARIF regions point into the Graph export and pass the Multitool with the GitHub rules', () => {
    const out = tempDir('intune-sarif');
    const file = path.join(out, 'intune.sarif');
    runCli(['check', dir, ...asOf, '-f', `sarif=${file}`]);
    expect(validateSarif(file).filter((x) => x.level === 'error')).toEqual([]);
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const r = sarif.runs[0]!.results.find((x) => x.ruleId.includes('DC-11'))!;
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe(rings);
    expect(r.locations[0]!.physicalLocation.region).toMatchObject({ startLine: lineOf(rings, '"qualityUpdatesDeferralPeriodInDays": 0', 'Windows updates - Domain controllers'), startColumn: 45 });
  });

  it('ringfence import round-trips: the written DeploymentConfig checks to the same result', () => {
    const out = path.join(tempDir('intune-import'), 'deployment.yaml');
    const imp = runCli(['import', dir, '-o', out]);
    expect(imp.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('osUpdateRings:');
    expect(written).toContain('Not in the files');
    const direct = json([dir]).report.subjects[0]!;
    const again = json([out]).report.subjects[0]!;
    expect(again.score).toBe(direct.score);
    expect(again.controls.map((c) => [c.id, c.status])).toEqual(direct.controls.map((c) => [c.id, c.status]));
  });

  it('a hostile export in a folder is refused with file, line and column, exit 2, and the rest is still imported', () => {
    const d = tempDir('intune-hostile');
    mkdirSync(path.join(d, 'tenant'));
    for (const f of ['windows-update-rings.json', 'defender-update-channels.json', 'ringfence-overlay.yaml']) copyFileSync(path.join(root, dir, f), path.join(d, 'tenant', f));
    copyFileSync(path.join(root, 'test/fixtures/import-microsoft/unknown-channel.json'), path.join(d, 'tenant', 'unknown-channel.json'));
    writeFileSync(path.join(d, 'tenant', 'broken.json'), '{ "@odata.type": "#microsoft.graph.windowsUpdateForBusinessConfiguration", "displayName": ');
    const r = runCli(['check', 'tenant', ...asOf], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/tenant\/unknown-channel\.json:15:46 {2}value\[0\]\.settings\[0\]\.settingInstance\.choiceSettingValue\.value \("device_vendor_msft_defender_configuration_engineupdateschannel_1"\) is "1", which is not a Defender engine update channel/);
    expect(r.stdout).toMatch(/tenant\/broken\.json:1:\d+ {2}.*\(the export was not imported\)/);
    // The readable exports are still checked: the paused domain controllers fail DC-11.
    expect(r.stdout).toContain('KDUS-DC-11');
    expect(r.stdout).toMatch(/tenant\/windows-update-rings\.json:\d+:45 {2}host group 1b6f0d2e-7c41-4a8e-9d30-5e0000000004/);
  });
});
