import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustPolicy } from '../../src/evidence/trust-policy.js';
import { readVouches } from '../../src/evidence/vouches.js';
import { resolvesPointer } from '../../src/load/pointer.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { root, runCli, tempDir } from '../helpers.js';

describe('ringfence vouch', () => {
  const dir = tempDir('vouch');
  copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), path.join(dir, 'aegis.yaml'));
  expect(runCli(['keygen', '-o', 'lab'], { cwd: dir }).code).toBe(0);

  it("signs a lab's statement about the manifest's exact bytes, which a reader's trust policy then counts as independent", () => {
    const r = runCli(['vouch', 'aegis.yaml', '--key', 'lab.key', '--verifier', 'Northbridge Labs', '--claim', '/updateChannels/0/rollout', '--contradicted', '/metadata/productVersion', '--method', 'observed 12 releases', '--checked-on', '2026-10-01', '-o', 'aegis.vouch.json'], { cwd: dir });
    expect(r.stderr).toMatch(/^vouched for 2 claims of aegis\.yaml \(sha256 [0-9a-f]{16}…\) as Northbridge Labs\n$/);
    expect(r.code).toBe(0);
    const bytes = readFileSync(path.join(dir, 'aegis.yaml'));
    const statement = JSON.parse(Buffer.from(JSON.parse(readFileSync(path.join(dir, 'aegis.vouch.json'), 'utf8')).payload, 'base64').toString('utf8'));
    expect(statement.subject).toEqual([{ name: 'aegis.yaml', digest: { sha256: createHash('sha256').update(bytes).digest('hex') } }]);
    expect(statement.predicate).toEqual({
      verifier: 'Northbridge Labs',
      checkedOn: '2026-10-01',
      claims: [
        { pointer: '/updateChannels/0/rollout', result: 'verified', method: 'observed 12 releases' },
        { pointer: '/metadata/productVersion', result: 'contradicted', method: 'observed 12 releases' },
      ],
    });

    const pub = readFileSync(path.join(dir, 'lab.pub'), 'utf8');
    writeFileSync(path.join(dir, 'trust.yaml'), `apiVersion: ringfence.dev/v1\nkind: TrustPolicy\nkeys:\n  - name: Northbridge\n    party: Northbridge Labs\n    role: lab\n    publicKey: |\n${pub.trim().split('\n').map((l) => `      ${l}`).join('\n')}\n`);
    const { policy, problems } = loadTrustPolicy(path.join(dir, 'trust.yaml'));
    expect(problems).toEqual([]);
    const value = parseYamlText(bytes.toString('utf8'), 'aegis.yaml').documents[0]!.value;
    const manifest = { file: 'aegis.yaml', sha256: statement.subject[0].digest.sha256, vendor: 'Aegis Security', resolves: (p: string) => resolvesPointer(value, p) };
    const v = readVouches([{ name: 'aegis.vouch.json', bytes: readFileSync(path.join(dir, 'aegis.vouch.json')) }], policy, [manifest], '2026-11-25');
    expect(v.problems).toEqual([]);
    expect(v.vouches.map((x) => [x.pointer, x.result, x.independent])).toEqual([
      ['/updateChannels/0/rollout', 'verified', true],
      ['/metadata/productVersion', 'contradicted', true],
    ]);
  });

  it('refuses a claim the manifest does not state, a pointer that is not one, and a file with no manifest (exit 2)', () => {
    const dangling = runCli(['vouch', 'aegis.yaml', '--key', 'lab.key', '--verifier', 'Lab', '--claim', '/updateChannels/99'], { cwd: dir });
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toMatch(/\/updateChannels\/99 does not exist in aegis\.yaml: a statement vouches only for what the manifest states/);
    const notPointer = runCli(['vouch', 'aegis.yaml', '--key', 'lab.key', '--verifier', 'Lab', '--claim', 'updateChannels'], { cwd: dir });
    expect(notPointer.code).toBe(2);
    expect(notPointer.stderr).toMatch(/updateChannels is not a JSON Pointer/);
    writeFileSync(path.join(dir, 'other.yaml'), 'apiVersion: ringfence.dev/v1\nkind: DeploymentConfig\n');
    const other = runCli(['vouch', 'other.yaml', '--key', 'lab.key', '--verifier', 'Lab', '--claim', '/kind'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/other\.yaml holds no VendorManifest/);
    const noVerifier = runCli(['vouch', 'aegis.yaml', '--key', 'lab.key', '--claim', '/kind'], { cwd: dir });
    expect(noVerifier.stderr).toMatch(/vouch needs --verifier NAME/);
  });
});
