import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pae, payloadType, signStatement, type Statement } from '../../src/attest/dsse.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * A vendor holds its own key, so it can sign anything: these statements are all validly signed, and each must
 * still be refused. One attested folder serves every case; each case writes its own statement file.
 */
let dir: string;
let original: Statement & { predicate: any };

beforeAll(() => {
  dir = tempDir('attest-forgery');
  copyFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), `${dir}/m.yaml`);
  expect(runCli(['keygen', '-o', 'vendor'], { cwd: dir }).code).toBe(0);
  const a = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', '2026-11-25', '-o', 'm.intoto.json'], { cwd: dir });
  expect(a.code).toBe(0);
  const envelope = JSON.parse(readFileSync(`${dir}/m.intoto.json`, 'utf8'));
  original = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
});

const copy = () => JSON.parse(JSON.stringify(original)) as typeof original;
const key = () => readFileSync(`${dir}/vendor.key`, 'utf8');

/** Signs a changed statement with the vendor's own key, as a dishonest vendor would. */
function resign(name: string, change: (s: typeof original) => void): string {
  const s = copy();
  change(s);
  writeFileSync(`${dir}/${name}`, JSON.stringify(signStatement(s, key())));
  return name;
}

/** Signs arbitrary payload bytes (not necessarily JSON). */
function resignRaw(name: string, payload: string): string {
  const body = Buffer.from(payload, 'utf8');
  const sig = sign(null, pae(payloadType, body), createPrivateKey(key()));
  writeFileSync(`${dir}/${name}`, JSON.stringify({ payloadType, payload: body.toString('base64'), signatures: [{ keyid: 'x', sig: sig.toString('base64') }] }));
  return name;
}

const verify = (name: string, ...flags: string[]) => runCli(['verify', name, '--key', 'vendor.pub', ...flags], { cwd: dir, timeout: 15_000 });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The verdict lines: exactly one, the last, whatever the statement holds. */
const verdicts = (stdout: string) => stdout.split('\n').filter((l) => /^(NOT )?verified\b/.test(l));

describe('verify refuses a validly signed but forged or incomplete statement', () => {
  it('the issue’s forgery: the real result replaced by a 100/A entry for "./m.yaml"', () => {
    const name = resign('forged-issue.json', (s) => {
      s.predicate.documents = [{ file: './m.yaml', score: 100, grade: 'A' }];
    });
    for (const r of [verify(name), verify(name, '--recheck')]) {
      expect(r.code).not.toBe(0);
      expect(verdicts(r.stdout).filter((v) => v.startsWith('verified'))).toEqual([]);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });

  it('a complete-looking 100/A entry under another name, the real document left out', () => {
    const name = resign('forged-full.json', (s) => {
      s.predicate.documents = [{ ...s.predicate.documents[0], file: './m.yaml', score: 100, grade: 'A', uncappedGrade: 'A', cappedBy: [] }];
    });
    const plain = verify(name);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/\.\/m\.yaml.*not one of the attested files/);
    expect(verdicts(plain.stdout)).toEqual(['NOT verified']);
    const recheck = verify(name, '--recheck');
    expect(recheck.code).toBe(1);
    expect(recheck.stdout).toMatch(/m\.yaml: evaluated here but not attested/);
    expect(verdicts(recheck.stdout)).toEqual(['NOT verified']);
  });

  it('an entry for a document that does not exist, the real one left out', () => {
    const name = resign('forged-index.json', (s) => {
      s.predicate.documents = [{ ...s.predicate.documents[0], documentIndex: 1, score: 100, grade: 'A' }];
    });
    const r = verify(name, '--recheck');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/m\.yaml#1: attested but not evaluated here/);
    expect(r.stdout).toMatch(/m\.yaml: evaluated here but not attested/);
  });

  it('no document entries at all, and a document attested twice', () => {
    const none = resign('forged-none.json', (s) => {
      s.predicate.documents = [];
    });
    expect(verify(none).code).toBe(1);
    expect(verify(none).stdout).toMatch(/m\.yaml: no attested result names this file/);
    expect(verify(none, '--recheck').code).toBe(1);
    const twice = resign('forged-twice.json', (s) => {
      s.predicate.documents = [s.predicate.documents[0], { ...s.predicate.documents[0], score: 100, grade: 'A' }];
    });
    const r = verify(twice, '--recheck');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/m\.yaml: attested more than once/);
  });

  it('an empty subject list', () => {
    const name = resign('forged-empty.json', (s) => {
      s.subject = [];
      s.predicate.documents = [];
    });
    for (const r of [verify(name), verify(name, '--recheck')]) {
      expect(r.code).not.toBe(0);
      expect(verdicts(r.stdout).filter((v) => v.startsWith('verified'))).toEqual([]);
      expect(`${r.stdout}${r.stderr}`).toMatch(/subject is an empty list; it needs at least 1 entry \[attestation-invalid\]/);
    }
  });

  it('a subject missing from the folder fails, with and without --recheck', () => {
    const name = resign('forged-missing.json', (s) => {
      s.subject.push({ name: 'gone.yaml', digest: { sha256: '0'.repeat(64) } });
      s.predicate.documents.push({ ...s.predicate.documents[0], file: 'gone.yaml' });
    });
    const plain = verify(name);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/✖ gone\.yaml: missing here/);
    const recheck = verify(name, '--recheck');
    expect(recheck.code).toBe(1);
    expect(recheck.stdout).toMatch(/✖ gone\.yaml: missing here/);
    expect(verdicts(recheck.stdout)).toEqual(['NOT verified']);
  });

  it('subjects outside the folder (absolute, .., or a link out) need --allow-outside', () => {
    mkdirSync(`${dir}/sub`, { recursive: true });
    symlinkSync('/etc/passwd', `${dir}/sub/link.yaml`);
    for (const [file, subject] of [['/etc/passwd', '/etc/passwd'], [`${dir}/m.yaml`, '../m.yaml'], ['/etc/passwd', 'link.yaml']] as const) {
      const name = resign(`outside-${path.basename(subject)}.json`, (s) => {
        s.subject = [{ name: subject, digest: { sha256: sha256(file) } }];
        s.predicate.documents = [{ ...s.predicate.documents[0], file: subject }];
      });
      const r = runCli(['verify', `../${name}`, '--key', '../vendor.pub'], { cwd: `${dir}/sub`, timeout: 15_000 });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/outside this folder.*--allow-outside/);
    }
    const allowed = runCli(['verify', '../outside-passwd.json', '--key', '../vendor.pub', '--allow-outside'], { cwd: `${dir}/sub`, timeout: 15_000 });
    expect(allowed.stdout).toMatch(/✓ \/etc\/passwd: the same bytes as attested/);
    expect(verdicts(allowed.stdout)).toEqual(['verified (the signature and the files; the results were not rechecked)']);
  });

  it('devices, FIFOs and folders named as subjects are refused at once, never read', () => {
    execFileSync('mkfifo', [`${dir}/fifo.yaml`]);
    for (const subject of ['/dev/zero', '/etc', 'fifo.yaml']) {
      const name = resign(`special-${path.basename(subject)}.json`, (s) => {
        s.subject = [{ name: subject, digest: { sha256: '0'.repeat(64) } }];
        s.predicate.documents = [{ ...s.predicate.documents[0], file: subject }];
      });
      for (const r of [verify(name, '--allow-outside'), verify(name, '--allow-outside', '--recheck')]) {
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/not a regular file/);
        expect(r.stderr).not.toMatch(/internal error/);
      }
    }
  });

  it('an oversized subject or attestation is refused from its size, not read', () => {
    writeFileSync(`${dir}/big.yaml`, '');
    truncateSync(`${dir}/big.yaml`, 9 * 1024 * 1024); // sparse: costs no disk
    const name = resign('big-subject.json', (s) => {
      s.subject.push({ name: 'big.yaml', digest: { sha256: '0'.repeat(64) } });
      s.predicate.documents.push({ ...s.predicate.documents[0], file: 'big.yaml' });
    });
    const r = verify(name, '--recheck');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ big\.yaml: \d+ bytes, over the \d+-byte input limit; not read/);
    writeFileSync(`${dir}/big.json`, '');
    truncateSync(`${dir}/big.json`, 65 * 1024 * 1024);
    const big = verify('big.json');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/big\.json: error: .*over the 64(\.0)? MiB limit/);
  });

  it('nothing the statement says reaches the terminal raw', () => {
    const name = resign('forged-escapes.json', (s) => {
      s.predicate.standard.id = 'KDUS\u001b[2J\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007';
      s.predicate.standard.version = '1\u001b[8m';
      s.predicate.documents[0].grade = 'D\nverified\r\u202e';
      s.predicate.documents[0].name = 'x\u001b[1;1H';
      s.subject.push({ name: 'a\u001b[2Jb\nverified', digest: { sha256: '0'.repeat(64) } });
    });
    for (const r of [verify(name), verify(name, '--recheck')]) {
      expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007\r\u202e]/);
      expect(verdicts(r.stdout)).toEqual(['NOT verified']);
      expect(r.code).toBe(1);
    }
  });

  it('the attested as-of date must be a real date, not in the future nor absurdly old; --recheck says which it used', () => {
    for (const asOf of ['2026-02-31', '2999-01-01', '1900-01-01', '2026-11-25T00:00:00Z']) {
      const name = resign(`asof-${asOf.slice(0, 10)}.json`, (s) => {
        s.predicate.asOf = asOf;
      });
      const r = verify(name, '--recheck');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/predicate\.asOf/);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(verdicts(r.stdout)).toEqual([]);
    }
    const good = verify('m.intoto.json', '--recheck');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/re-evaluated as of 2026-11-25 \(the attested date/);
  });

  it('says when the attested standard is not the one here, with or without --recheck', () => {
    const other = path.join(root, 'standards/kdus-critical-infrastructure/1.1.yaml');
    const plain = verify('m.intoto.json', '--standard', other);
    expect(plain.stdout).toMatch(/! the standard here \(.*\) is not the one attested .*the results are about that standard/);
    expect(verify('m.intoto.json').stdout).not.toMatch(/is not the one attested/);
  });

  it('--recheck with an attested file missing fails clearly', () => {
    const sub = `${dir}/elsewhere`;
    mkdirSync(sub, { recursive: true });
    const r = runCli(['verify', '../m.intoto.json', '--key', '../vendor.pub', '--recheck'], { cwd: sub, timeout: 15_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ m\.yaml: missing here/);
    expect(verdicts(r.stdout)).toEqual(['NOT verified']);
  });
});

describe('malformed statements are positioned problems, exit 2', () => {
  it('an envelope that is not JSON', () => {
    writeFileSync(`${dir}/broken.json`, '{\n  "payloadType": "application/vnd.in-toto+json",\n  "payload": ,\n}\n');
    const r = verify('broken.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:3:14: error: not JSON/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('an attestation or key that is a device or FIFO is refused, not read', () => {
    execFileSync('mkfifo', [`${dir}/fifo.json`]);
    for (const r of [verify('/dev/zero'), verify('fifo.json'), runCli(['verify', 'm.intoto.json', '--key', '/dev/zero'], { cwd: dir, timeout: 15_000 })]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  });

  it('an envelope of the wrong shape', () => {
    writeFileSync(`${dir}/shape.json`, '[1, 2]\n');
    const r = verify('shape.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shape\.json:1:1: error: .*DSSE envelope/);
  });

  it('a signed payload that is not JSON', () => {
    const r = verify(resignRaw('raw.json', '{"_type": "https://in-toto.io/Statement/v1",\n "subject": [}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/raw\.json \(signed payload\):2:14: error: not JSON/);
  });

  it('a signed statement that names a key twice (JSON.parse keeps the last value, other readers the first)', () => {
    const text = JSON.stringify(original).replace(/"score":([0-9.]+)/, '"score":100,"score":$1');
    expect(text).toContain('"score":100,"score":');
    const r = verify(resignRaw('duplicate.json', text), '--recheck');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/duplicate\.json \(signed payload\):1:\d+: error: duplicate key "score"/);
    expect(verdicts(r.stdout)).toEqual([]);
  });

  it('a statement with very many bad entries lists the first problems, not all', () => {
    const name = resign('many-bad.json', (s) => {
      s.predicate.documents = Array.from({ length: 2000 }, (_, i) => ({ ...s.predicate.documents[0], documentIndex: -1 - i }));
    });
    const r = verify(name);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.includes('error:'))).toHaveLength(50);
    expect(r.stderr).toMatch(/and 1950 more problems/);
  });

  it('a signed statement whose predicate is missing or mistyped', () => {
    for (const [file, change] of [
      ['no-predicate.json', (s: any) => delete s.predicate],
      ['bad-documents.json', (s: any) => (s.predicate.documents = 'all good')],
      ['bad-score.json', (s: any) => (s.predicate.documents[0].score = '100')],
      ['bad-controls.json', (s: any) => (s.predicate.documents[0].controls = { 'KDUS-SR-01': 'passed!' })],
      ['bad-digest.json', (s: any) => (s.subject[0].digest = { sha256: 'abc' })],
      ['null-subject.json', (s: any) => (s.subject = [null])],
    ] as const) {
      const r = verify(resign(file, change), '--recheck');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')} \\(signed payload\\):1:\\d+: error: `));
      expect(r.stderr).not.toMatch(/internal error/);
      expect(verdicts(r.stdout)).toEqual([]);
    }
  });
});

describe('attest signs only what verify can check', () => {
  it('refuses files outside the folder (unless --allow-outside) and an implausible --as-of', () => {
    const sub = `${dir}/attest-sub`;
    mkdirSync(sub, { recursive: true });
    const outside = runCli(['attest', '../m.yaml', '--key', '../vendor.key', '--as-of', '2026-11-25'], { cwd: sub });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/\.\.\/m\.yaml: outside this folder.*run attest from a folder that holds them/);
    const allowed = runCli(['attest', '../m.yaml', '--key', '../vendor.key', '--as-of', '2026-11-25', '--allow-outside', '-o', 'out.json'], { cwd: sub });
    expect(allowed.code).toBe(0);
    expect(runCli(['verify', 'out.json', '--key', '../vendor.pub', '--recheck'], { cwd: sub }).code).toBe(1);
    expect(runCli(['verify', 'out.json', '--key', '../vendor.pub', '--recheck', '--allow-outside'], { cwd: sub }).code).toBe(0);
    const over = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', '2026-11-25', '-o', './m.yaml'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/-o \.\/m\.yaml is one of the files attested/);
    expect(readFileSync(`${dir}/m.yaml`, 'utf8')).toBe(readFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), 'utf8'));
    for (const asOf of ['2999-01-01', '1990-01-01']) {
      const r = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', asOf], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--as-of: .*(future|years before today)/);
    }
  });
});

describe('what an attestation proves', () => {
  it('attest and verify say it proves the bytes and the evaluation, not the truth of the claims', () => {
    const a = runCli(['attest', 'm.yaml', '--key', 'vendor.key', '--as-of', '2026-11-25', '-o', 'again.json'], { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/proves which bytes were evaluated and what the evaluation gave, not that what the documents claim is true/);
    expect(verify('m.intoto.json').stdout).toMatch(/not that what the documents claim is true/);
  });
});
