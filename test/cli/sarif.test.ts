import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, validateSarif } from '../helpers.js';

interface SarifLog {
  runs: {
    automationDetails: { id: string };
    tool: { driver: { rules: { id: string; properties: Record<string, unknown>; help: { markdown: string } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[]; partialFingerprints: Record<string, string> }[];
  }[];
}

function sarifOf(args: string[]): { log: SarifLog; file: string } {
  const dir = tempDir('sarif');
  const file = `${dir}/out.sarif`;
  const r = runCli(['check', ...args, '--as-of', '2026-11-25', '--format', `sarif=${file}`]);
  expect([0, 1, 2]).toContain(r.code);
  return { log: JSON.parse(readFileSync(file, 'utf8')) as SarifLog, file };
}

describe('SARIF for GitHub code scanning', () => {
  it('passes the SARIF Multitool with GitHub ingestion rules for every example', () => {
    const { log, file } = sarifOf(['examples']);
    const issues = validateSarif(file);
    const errors = issues.filter((i) => i.level === 'error');
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    const warnings = issues.filter((i) => i.level === 'warning');
    expect(warnings, JSON.stringify(warnings, null, 2)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.automationDetails.id).toBe('ringfence/kdus/');
    expect(log.runs[0]!.results.length).toBeGreaterThan(10);
  });

  it('passes the Multitool for a run with input problems and broken rules too', () => {
    const dir = tempDir('sarif-bad');
    writeFileSync(`${dir}/bad.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: X, product: Y }\nupdateChannelz: []\n');
    writeFileSync(`${dir}/broken.yaml`, 'a: [\n');
    const { file } = sarifOf([dir, '--standard', 'test/fixtures/faulty-standard/standard.yaml']);
    const errors = validateSarif(file).filter((i) => i.level === 'error');
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  });

  it('passes the Multitool with waivers (suppressions), a baseline (baselineState) and a result cap', () => {
    const dir = tempDir('sarif-options');
    writeFileSync(
      `${dir}/waivers.yaml`,
      'apiVersion: ringfence.dev/v1\nkind: Waivers\nwaivers:\n  - control: KDUS-DC-06\n    documents: "examples/**"\n    reason: Accepted for this test, with compensating controls.\n    owner: test\n    expires: 2027-01-31\n',
    );
    const base = `${dir}/base.sarif`;
    // The baseline knows the two Falcon configurations but not the other deployments: the 25 most severe results
    // of the whole folder (earliest first, the deployments' DC results among them) then include both unchanged and
    // new ones, and some of DC-06 (waived).
    runCli(['check', 'examples/deployments/falcon-api', 'examples/deployments/falcon-terraform', '--as-of', '2026-11-25', '--format', `sarif=${base}`]);
    const { log, file } = sarifOf(['examples', '--waivers', `${dir}/waivers.yaml`, '--baseline', base, '--max-results', '25']);
    const errors = validateSarif(file).filter((i) => i.level === 'error' || i.level === 'warning');
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    const results = log.runs[0]!.results as unknown as { suppressions: unknown[]; baselineState: string }[];
    expect(results).toHaveLength(25);
    expect(results.some((r) => r.suppressions.length > 0)).toBe(true);
    expect(new Set(results.map((r) => r.baselineState))).toEqual(new Set(['new', 'unchanged']));
  });

  it('describes every control as a rule GitHub can show, with a security severity', () => {
    const { log } = sarifOf(['examples/vendors/aegis-exemplary.yaml']);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.length).toBeGreaterThanOrEqual(11);
    for (const r of rules.filter((x) => x.id.startsWith('KDUS-'))) {
      expect(['9.5', '8.0', '5.5', '2.5']).toContain(r.properties['security-severity']);
      expect(r.properties['tags']).toContain('security');
      expect(r.help.markdown).toMatch(/### Why/);
    }
  });

  it('gives every result a relative location with a 1-based region and a semantic fingerprint', () => {
    const { log } = sarifOf(['examples']);
    for (const r of log.runs[0]!.results) {
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^examples\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints['primaryLocationLineHash']).toMatch(/^[0-9a-f]{16}:1$/);
      expect(r.message.text).toMatch(/\.$/);
    }
  });
});
