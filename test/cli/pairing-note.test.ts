import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairingNote } from '../../src/engine/subject.js';
import type { Report } from '../../src/model/report.js';
import { runCli, tempDir } from '../helpers.js';

// A deployment paired with no manifest says why (pairingNote). When it names a vendor and the batch has a manifest
// of its product by another vendor, the note names the first such manifest in input order; the batch finds it by
// parsing only the files its text scan says may hold the product (src/engine/batch.ts), not every manifest. The note
// must be what the whole batch's manifests give, including a file the scan cannot read for certain (an anchor).
const fixtures = 'test/fixtures/contradictions';
const vendorText = readFileSync(`${fixtures}/vendor.yaml`, 'utf8');
const deploymentText = readFileSync(`${fixtures}/deployment.yaml`, 'utf8');

function manifest(product: string, vendorLine: string): string {
  return vendorText.replace('  vendor: Twofaced Security\n  product: Twofaced EDR', `  ${vendorLine}\n  product: ${product}`);
}

function run(files: Record<string, string>): { report: Report; manifests: Record<string, unknown>[] } {
  const d = tempDir('pairing-note');
  for (const [name, text] of Object.entries(files)) writeFileSync(`${d}/${name}`, text);
  const r = runCli(['check', d, '--as-of', '2026-11-25', '--format', 'json', '--jobs', '1']);
  expect([0, 1], r.stderr).toContain(r.code);
  const report = JSON.parse(r.stdout) as Report;
  return { report, manifests: report.subjects.filter((s) => s.kind === 'VendorManifest').map((s) => ({ product: s.name.includes('Twofaced EDR') ? 'Twofaced EDR' : 'Other EDR', vendor: s.name.replace(/ (Twofaced|Other) EDR.*$/, '') })) };
}

function note(report: Report): string {
  const deployment = report.subjects.find((s) => s.kind === 'DeploymentConfig')!;
  return deployment.controls.find((c) => c.id === 'KDUS-DC-10')!.findings[0]!.message;
}

describe('the pairing note of a deployment that names another vendor', () => {
  const deployment = deploymentText.replace('product: Twofaced EDR', 'product: Twofaced EDR\n  vendor: Twofaced Inc');
  expect(deployment).toContain('vendor: Twofaced Inc');

  it('names the first manifest of the product in input order, past manifests of other products', () => {
    const { report, manifests } = run({
      '01-deployment.yaml': deployment,
      '02-other.yaml': manifest('Other EDR', 'vendor: Other Co'),
      '03-first.yaml': manifest('Twofaced EDR', 'vendor: First Vendor'),
      '04-second.yaml': manifest('Twofaced EDR', 'vendor: Second Vendor'),
    });
    expect(note(report)).toContain('; the run has a VendorManifest of product "Twofaced EDR" by vendor "First Vendor", not by "Twofaced Inc"');
    expect(note(report)).toContain(pairingNote({ product: 'Twofaced EDR', vendor: 'Twofaced Inc' }, manifests)!);
  });

  it('reads a file the scan cannot read for certain (an anchor), in its place in the order', () => {
    const { report, manifests } = run({
      '01-deployment.yaml': deployment,
      '02-anchored.yaml': manifest('Twofaced EDR', 'vendor: &v Anchored Vendor'),
      '03-first.yaml': manifest('Twofaced EDR', 'vendor: First Vendor'),
    });
    expect(note(report)).toContain('by vendor "Anchored Vendor", not by "Twofaced Inc"');
    expect(note(report)).toContain(pairingNote({ product: 'Twofaced EDR', vendor: 'Twofaced Inc' }, manifests)!);
  });

  it('falls back to every manifest of the batch when none has the product: a product that looks alike', () => {
    const { report } = run({
      '01-deployment.yaml': deploymentText.replace('product: Twofaced EDR', 'product: TwoFaced Edr\n  vendor: Twofaced Inc'),
      '02-other.yaml': manifest('Other EDR', 'vendor: Other Co'),
      '03-first.yaml': manifest('Twofaced EDR', 'vendor: First Vendor'),
    });
    expect(note(report)).toContain('; did you mean product "Twofaced EDR"?');
  });
});
