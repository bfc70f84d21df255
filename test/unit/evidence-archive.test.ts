import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { defaultBundleLimits, readArchive, unsafeEntryName } from '../../src/evidence/archive.js';
import { tempDir } from '../helpers.js';

type TarEntry = { name: string; body?: string | Buffer; type?: 'file' | 'symlink' | 'link' | 'directory' | 'fifo'; linkname?: string; size?: number };

async function tarBytes(entries: TarEntry[]): Promise<Buffer> {
  const p = pack();
  for (const e of entries) {
    if (e.type && e.type !== 'file') p.entry({ name: e.name, type: e.type, linkname: e.linkname });
    else p.entry({ name: e.name }, e.body ?? '');
  }
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const c of p as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

async function zipBytes(entries: { name: string; body: string | Buffer; mode?: number }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(Buffer.from(e.body), e.name, { mode: e.mode });
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

describe('evidence archives', () => {
  it('reads the regular files of a .tar.gz with their digests, sorted by name; directories are not entries', async () => {
    const dir = tempDir('archive');
    const file = path.join(dir, 'bundle.tar.gz');
    writeFileSync(file, gzipSync(await tarBytes([{ name: 'reports/', type: 'directory' }, { name: 'reports/b.txt', body: 'bee' }, { name: './a.json', body: '{"a":1}' }])));
    const { files, problems } = await readArchive(file);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.name, f.sha256, f.bytes.toString()])).toEqual([
      ['a.json', sha('{"a":1}'), '{"a":1}'],
      ['reports/b.txt', sha('bee'), 'bee'],
    ]);
  });

  it('skips links, devices and unsafe names with a problem each, and keeps the rest', async () => {
    const dir = tempDir('archive');
    const file = path.join(dir, 'bundle.tar');
    writeFileSync(
      file,
      await tarBytes([
        { name: 'ok.txt', body: 'fine' },
        { name: 'escape.txt', type: 'symlink', linkname: '/etc/shadow' },
        { name: 'hard.txt', type: 'link', linkname: 'ok.txt' },
        { name: 'pipe', type: 'fifo' },
        { name: '../../outside.txt', body: 'x' },
        { name: 'evil\u202etxt.exe', body: 'y' },
      ]),
    );
    const { files, problems } = await readArchive(file);
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
    const messages = problems.map((p) => `${p.code}: ${p.message}`);
    expect(messages).toEqual([
      'bundle-entry-kind: entry "escape.txt" is a symbolic link (to "/etc/shadow"); skipped',
      'bundle-entry-kind: entry "hard.txt" is a hard link (to "ok.txt"); skipped',
      'bundle-entry-kind: entry "pipe" is not a regular file (fifo); skipped',
      `bundle-entry-name: an entry's name is refused because it contains a ".." segment; skipped`,
      `bundle-entry-name: an entry's name is refused because it contains control or bidirectional-override characters; skipped`,
    ]);
    expect(problems.every((p) => p.file === path.relative(process.cwd(), file))).toBe(true);
  });

  it('stops a gzip bomb while it inflates, keeping what came before', async () => {
    const dir = tempDir('archive');
    const file = path.join(dir, 'bomb.tgz');
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const gz = gzipSync(await tarBytes([{ name: 'first.txt', body: 'kept' }, { name: 'zeros.bin', body: zeros }]));
    expect(gz.length).toBeLessThan(64 * 1024);
    writeFileSync(file, gz);
    const limits = { ...defaultBundleLimits, maxInflatedBytes: 1024 * 1024 };
    const { files, problems } = await readArchive(file, limits);
    expect(files.map((f) => f.name)).toEqual(['first.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('limit-bundle');
    expect(problems[0]!.message).toMatch(/decompressed archive comes to more than 1\.0 MiB/);
  });

  it('bounds entries by count, by size each and in all', async () => {
    const dir = tempDir('archive');
    const many = path.join(dir, 'many.tar');
    writeFileSync(many, await tarBytes(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, body: `${i}` }))));
    const r1 = await readArchive(many, { ...defaultBundleLimits, maxEntries: 10 });
    expect(r1.files).toHaveLength(10);
    expect(r1.problems.map((p) => p.message)).toEqual(['the archive has more than 10 entries; the rest is not read (at "f10.txt")']);

    const big = path.join(dir, 'big.tar');
    writeFileSync(big, await tarBytes([{ name: 'big.bin', body: Buffer.alloc(5000) }, { name: 'small.txt', body: 's' }]));
    const r2 = await readArchive(big, { ...defaultBundleLimits, maxEntryBytes: 4096 });
    expect(r2.files.map((f) => f.name)).toEqual(['small.txt']);
    expect(r2.problems.map((p) => p.message)).toEqual(['entry "big.bin" is 4.9 KiB, over the 4.0 KiB limit; skipped']);

    const r3 = await readArchive(big, { ...defaultBundleLimits, maxTotalBytes: 100 });
    expect(r3.files).toEqual([]);
    expect(r3.problems.map((p) => p.code)).toEqual(['limit-bundle']);
  });

  it('reports a damaged or cut-short archive and keeps the entries before the damage', async () => {
    const dir = tempDir('archive');
    const whole = await tarBytes([{ name: 'a.txt', body: 'a'.repeat(600) }, { name: 'b.txt', body: 'b'.repeat(2000) }]);
    const cut = path.join(dir, 'cut.tar.gz');
    writeFileSync(cut, gzipSync(whole).subarray(0, 60));
    const r1 = await readArchive(cut);
    expect(r1.problems.map((p) => p.code)).toEqual(['bundle-corrupt']);
    expect(r1.problems[0]!.message).toMatch(/^the archive cannot be read: /);

    const junk = path.join(dir, 'junk.zip');
    writeFileSync(junk, 'this is not a zip file');
    const r2 = await readArchive(junk);
    expect(r2.files).toEqual([]);
    expect(r2.problems.map((p) => p.message)).toEqual(['the archive cannot be read: not a zip file (no central directory); entries before the damage are kept']);
  });

  it('reads a .zip, skipping symbolic links; a zip entry that climbs out refuses the archive', async () => {
    const dir = tempDir('archive');
    const file = path.join(dir, 'bundle.zip');
    writeFileSync(file, await zipBytes([{ name: 'pir.pdf', body: 'pdf' }, { name: 'link', body: '/etc/passwd', mode: 0o120777 }, { name: 'logs/run.json', body: '[]' }]));
    const { files, problems } = await readArchive(file);
    expect(files.map((f) => [f.name, f.sha256])).toEqual([
      ['logs/run.json', sha('[]')],
      ['pir.pdf', sha('pdf')],
    ]);
    expect(problems.map((p) => p.message)).toEqual(['entry "link" is a symbolic link; skipped']);

    const climbing = path.join(dir, 'climb.zip');
    const bytes = await zipBytes([{ name: 'aa/bb.txt', body: 'x' }]);
    // yazl refuses to write "..", so the name is patched in place (same length) in both headers.
    writeFileSync(climbing, Buffer.from(bytes.toString('latin1').split('aa/bb.txt').join('../bb.txt'), 'latin1'));
    const r = await readArchive(climbing);
    expect(r.files).toEqual([]);
    expect(r.problems[0]!.message).toMatch(/invalid relative path/);
  });

  it('refuses what is not a regular archive file', async () => {
    const dir = tempDir('archive');
    const fifo = path.join(dir, 'pipe.tar');
    execFileSync('mkfifo', [fifo]);
    expect((await readArchive(fifo)).problems.map((p) => p.code)).toEqual(['bundle-not-file']);
    expect((await readArchive(path.join(dir, 'none.tgz'))).problems.map((p) => p.message)).toEqual(['no such file or directory']);
    expect((await readArchive(path.join(dir, 'x.rar'))).problems.map((p) => p.code)).toEqual(['bundle-kind']);
  });

  it('names unsafe entry names', () => {
    expect(unsafeEntryName('a/b.txt')).toBeUndefined();
    expect(unsafeEntryName('/abs')).toBe('it is an absolute path');
    expect(unsafeEntryName('C:evil')).toBe('it is an absolute path');
    expect(unsafeEntryName('a\\..\\b')).toBe('it contains a ".." segment');
    expect(unsafeEntryName('')).toBe('it is empty');
  });
});
