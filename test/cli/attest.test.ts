import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyPredicateType, signInToto } from '../../src/attest/dsse.js';
import { root, runCli, tempDir } from '../helpers.js';

function setup() {
  const dir = tempDir('attest');
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/m.yaml`);
  expect(runCli(['keygen', '-o', 'vendor'], { cwd: dir }).code).toBe(0);
  expect(runCli(['keygen', '-o', 'other'], { cwd: dir }).code).toBe(0);
  const a = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', '2026-11-25', '-o', 'm.intoto.json'], { cwd: dir });
  expect(a.code).toBe(0);
  return dir;
}

describe('signed self-certification (attest, verify)', () => {
  it('names its predicate by a URN; an attestation made with the earlier https type still verifies, any other type does not', () => {
    const dir = setup();
    const envelope = JSON.parse(readFileSync(`${dir}/m.intoto.json`, 'utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement.predicateType).toBe('urn:ringfence:attestation:check:v1');
    const key = readFileSync(`${dir}/vendor.key`, 'utf8');
    writeFileSync(`${dir}/old.intoto.json`, JSON.stringify(signInToto({ ...statement, predicateType: legacyPredicateType }, key)));
    const old = runCli(['verify', 'old.intoto.json', '--key', 'vendor.pub', '--recheck'], { cwd: dir });
    expect(old.stdout).toMatch(/✓ m\.yaml: re-evaluated, the same result/);
    expect(old.stdout).toMatch(/\nverified\n$/);
    expect(old.code).toBe(0);
    writeFileSync(`${dir}/other.intoto.json`, JSON.stringify(signInToto({ ...statement, predicateType: 'https://slsa.dev/provenance/v1' }, key)));
    const other = runCli(['verify', 'other.intoto.json', '--key', 'vendor.pub'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/predicateType/);
    expect(other.stderr).toMatch(/ringfence: not verified: the attestation is malformed\n$/);
  });

  it('signs an in-toto statement in a DSSE envelope that verifies, with the same result on re-evaluation', () => {
    const dir = setup();
    const envelope = JSON.parse(readFileSync(`${dir}/m.intoto.json`, 'utf8'));
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject[0].name).toBe('m.yaml');
    expect(statement.subject[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statement.predicate.documents[0]).toMatchObject({ grade: 'F', level: 0 });
    const v = runCli(['verify', 'm.intoto.json', '--key', 'vendor.pub', '--recheck'], { cwd: dir });
    expect(v.stdout).toMatch(/✓ signature verified/);
    expect(v.stdout).toMatch(/✓ m\.yaml: re-evaluated, the same result/);
    expect(v.code).toBe(0);
  });

  it('records the computed assurance, says a self-signed attestation adds none, and a re-signed higher assurance fails the recheck', () => {
    const dir = tempDir('attest-assurance');
    copyFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), `${dir}/m.yaml`);
    expect(runCli(['keygen', '-o', 'vendor'], { cwd: dir }).code).toBe(0);
    const a = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', '2026-11-25', '-o', 'm.intoto.json'], { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/attested m\.yaml: score 100, grade A, level 3, assurance linked/);
    expect(a.stderr).toMatch(/a self-signed attestation adds no assurance to the claims/);
    const envelope = JSON.parse(readFileSync(`${dir}/m.intoto.json`, 'utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement.predicate.documents[0].assurance).toBe('linked');
    // The vendor re-signs its own statement claiming more: the signature is good, the recheck is not.
    statement.predicate.documents[0].assurance = 'independently_verified';
    writeFileSync(`${dir}/resigned.json`, JSON.stringify(signInToto(statement, readFileSync(`${dir}/vendor.key`, 'utf8'))));
    const v = runCli(['verify', 'resigned.json', '--key', 'vendor.pub', '--recheck'], { cwd: dir });
    expect(v.stdout).toMatch(/✓ signature verified/);
    expect(v.stdout).toMatch(/assurance linked here, independently_verified attested/);
    expect(v.code).toBe(1);
  });

  it('rejects a changed result, another key, and a changed file', () => {
    const dir = setup();
    const envelope = JSON.parse(readFileSync(`${dir}/m.intoto.json`, 'utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.predicate.documents[0].grade = 'A';
    writeFileSync(`${dir}/forged.json`, JSON.stringify({ ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') }));
    const forged = runCli(['verify', 'forged.json', '--key', 'vendor.pub'], { cwd: dir });
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/not verified: no signature verifies/);
    expect(runCli(['verify', 'm.intoto.json', '--key', 'other.pub'], { cwd: dir }).code).toBe(1);
    writeFileSync(`${dir}/m.yaml`, readFileSync(`${dir}/m.yaml`, 'utf8').replace('bakeMinutes: 30', 'bakeMinutes: 300'));
    const changed = runCli(['verify', 'm.intoto.json', '--key', 'vendor.pub'], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/✖ m\.yaml: differs from the attested file/);
  });

  it('refuses to attest an incomplete evaluation, and a key that is not Ed25519', () => {
    const dir = setup();
    writeFileSync(`${dir}/bad.yaml`, 'apiVersion: ringfence.dev/v1\nkind: VendorManifest\nmetadata: { vendor: X, product: Y, colour: red }\n');
    const r = runCli(['attest', 'bad.yaml', '--key', 'vendor.key'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing was attested/);
    writeFileSync(`${dir}/rsa.key`, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const rsa = runCli(['attest', 'm.yaml', '--key', 'rsa.key'], { cwd: dir });
    expect(rsa.code).toBe(2);
    expect(rsa.stderr).toBe('ringfence: rsa.key is an RSA key; ringfence signs with Ed25519 keys: make a key pair with `ringfence keygen`\n');
  });
});
