import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine/fingerprint.js';
import type { Report } from '../../src/model/report.js';
import { runCli, tempDir, validateSarif } from '../helpers.js';

const dir = 'test/fixtures/contradictions';
const asOf = ['--as-of', '2026-11-25'];

interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
}
interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

function report(paths: string[]): Report {
  const r = runCli(['check', ...paths, ...asOf, '--format', 'json']);
  expect([0, 1, 2], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout) as Report;
}

function findings(rep: Report, file: string, control: string) {
  return rep.subjects.find((s) => s.file === file || file.endsWith(`/${s.file}`) || s.file.endsWith(file))!.controls.find((c) => c.id === control)!.findings;
}

describe('contradictions carry both positions to every output', () => {
  it('SARIF: the Multitool (with GitHub rules) accepts relatedLocations, linked from the message by id, in both documents', () => {
    const out = `${tempDir('related-sarif')}/out.sarif`;
    const r = runCli(['check', dir, ...asOf, '--format', `sarif=${out}`]);
    expect(r.code, r.stderr).toBe(1);
    const issues = validateSarif(out).filter((i) => i.level === 'error' || i.level === 'warning');
    expect(issues, JSON.stringify(issues, null, 2)).toEqual([]);
    const results = (JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;

    // The vendor manifest: kind on one line, privilege on the next, both positions reported.
    const tr = results.find((x) => x.ruleId === 'KDUS-TR-06')!;
    expect(tr.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`${dir}/vendor.yaml`);
    const related = tr.relatedLocations!;
    expect(related.map((l) => [l.id, l.physicalLocation.region.startLine])).toEqual([
      [1, 12],
      [2, 13],
      [3, 16],
      [4, 14],
    ]);
    expect(related[1]!.message!.text).toBe('privilege user (component drv).');
    expect(tr.message.text).toContain('Also at: [kind kernel_driver (component drv)](1); [privilege user (component drv)](2);');

    // The deployment: a delay the vendor does not offer, the other side in the vendor's manifest.
    const dc = results.find((x) => x.ruleId === 'KDUS-DC-10')!;
    expect(dc.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`${dir}/deployment.yaml`);
    expect(dc.relatedLocations!.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual([`${dir}/deployment.yaml`, `${dir}/vendor.yaml`]);
    expect(dc.relatedLocations![1]!.physicalLocation.region.startLine).toBe(20);

    // Document text cannot forge a link: brackets of a ring name are escaped in a message that has links.
    const dup = results.filter((x) => x.ruleId === 'KDUS-DC-08');
    expect(dup).toHaveLength(2);
    expect(dup[0]!.message.text).toContain('"late \\[x\\](1)" (position 3)');
    expect(dup[0]!.message.text).toMatch(/\]\(1\)\.$/);
  });

  it('JSON: related locations validate and do not change fingerprints (the primary position alone makes one)', () => {
    const rep = report([dir]);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
    expect(validate(rep), JSON.stringify(validate.errors)).toBe(true);
    const [first, third] = findings(rep, `${dir}/deployment.yaml`, 'KDUS-DC-08');
    expect(first!.location.pointer).toBe('/rings/0/hostGroups/1');
    expect(first!.related).toEqual([
      {
        message: 'host group servers is also in ring "late [x](1)" (position 3)',
        location: { file: `${dir}/deployment.yaml`, documentIndex: 0, pointer: '/rings/2/hostGroups/0', region: { startLine: 23, startColumn: 18, endLine: 23, endColumn: 25 } },
      },
    ]);
    expect(third!.related![0]!.location.pointer).toBe('/rings/0/hostGroups/1');
    for (const f of [first!, third!]) expect(f.fingerprint).toBe(fingerprint('KDUS-DC-08', f.location.file, 0, f.location.pointer));
    const offer = findings(rep, `${dir}/deployment.yaml`, 'KDUS-DC-10')[0]!;
    expect(offer.related!.at(-1)).toMatchObject({ location: { file: `${dir}/vendor.yaml`, pointer: '/customerControls/delayHoursOptions' } });
  });

  it('text, Markdown, HTML and JUnit say "also at"; OSCAL lists related-location properties', () => {
    const out = tempDir('related-formats');
    const r = runCli(['check', dir, ...asOf, '--format', `text=${out}/r.txt`, '--format', `markdown=${out}/r.md`, '--format', `html=${out}/r.html`, '--format', `junit=${out}/r.xml`]);
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(`${out}/r.txt`, 'utf8')).toContain('also at line 13: privilege user (component drv)');
    expect(readFileSync(`${out}/r.txt`, 'utf8')).toContain(`also at ${dir}/vendor.yaml:20: delays the vendor offers: 0, 1, 24, 72 hours`);
    expect(readFileSync(`${out}/r.md`, 'utf8')).toContain('also at line 13: privilege user (component drv)');
    expect(readFileSync(`${out}/r.html`, 'utf8')).toContain('<ul class="related"><li>also at line 12: kind kernel_driver (component drv)</li>');
    expect(readFileSync(`${out}/r.xml`, 'utf8')).toContain('also at line 13: privilege user (component drv)');
    const oscal = runCli(['check', dir, ...asOf, '--format', 'oscal']).stdout;
    expect(JSON.stringify(JSON.parse(oscal))).toContain(`{"name":"related-location","ns":"urn:ringfence:oscal","value":"${dir}/vendor.yaml:13:5","remarks":"privilege user (component drv)"}`);
  });

  it('a deployment whose product matches no manifest says which one it probably meant', () => {
    const d = tempDir('pairing');
    const text = readFileSync(`${dir}/deployment.yaml`, 'utf8');
    const write = (name: string, product: string, vendor?: string) => {
      const file = `${d}/${name}.yaml`;
      writeFileSync(file, text.replace('product: Twofaced EDR', `product: ${product}${vendor ? `\n  vendor: ${vendor}` : ''}`));
      return file;
    };
    const typo = write('typo', 'TwoFaced Edr');
    const other = write('other-vendor', 'Twofaced EDR', 'Twofaced Inc');
    const rep = report([`${dir}/vendor.yaml`, typo, other]);
    const msg = (file: string) => findings(rep, file, 'KDUS-DC-10')[0]!.message;
    expect(msg(typo)).toBe('this check compares the deployment with its vendor\'s manifest, and no VendorManifest for product "TwoFaced Edr" was given; did you mean product "Twofaced EDR"?');
    expect(msg(other)).toContain('the run has a VendorManifest of product "Twofaced EDR" by vendor "Twofaced Security", not by "Twofaced Inc"');
  });
});
