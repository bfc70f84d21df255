import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, constants } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { describeFsError, displayPath, formatBytes } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import { importModule } from '../util/import-module.js';

/**
 * Evidence bundles a vendor hands over as one archive: `.tar`, `.tar.gz`/`.tgz` or `.zip`. The archive is written
 * by the party whose claims it is meant to back, so every part of it is untrusted: it is read in memory (nothing is
 * ever extracted to disk, so entry names are labels, never paths), bounded *while* it is read — entries, bytes per
 * entry, bytes in all, and bytes decompressed, which stops a gzip or deflate bomb before it is inflated — and only
 * regular files are kept. Evidence is matched by SHA-256 digest, so a file's name decides nothing.
 *
 * The readers are well-kept libraries: tar-stream (a streaming tar parser with no file-system side) and yauzl (a
 * zip reader that validates entry sizes and names against the central directory). Both are loaded only when an
 * archive is given.
 */
export interface BundleFile {
  /** The entry's name in the archive (for display; matching is by digest). */
  name: string;
  bytes: Buffer;
  sha256: string;
}

export interface BundleLimits {
  /** The largest archive file accepted, compressed. */
  maxArchiveBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  /** Bytes of all kept entries together. */
  maxTotalBytes: number;
  /** Bytes the decompressor may produce, kept or skipped: a bomb stops here. */
  maxInflatedBytes: number;
}

export const defaultBundleLimits: BundleLimits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxInflatedBytes: 512 * 1024 * 1024,
};

export type ArchiveKind = 'tar' | 'tar.gz' | 'zip';

/** The archive kind a file name says, or undefined when it names none ringfence reads. */
export function archiveKindOf(file: string): ArchiveKind | undefined {
  const f = file.toLowerCase();
  if (f.endsWith('.tar.gz') || f.endsWith('.tgz')) return 'tar.gz';
  if (f.endsWith('.tar')) return 'tar';
  if (f.endsWith('.zip')) return 'zip';
  return undefined;
}

/** A reason an entry name is refused, or undefined when it is an ordinary relative name. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > 1024) return 'it is longer than 1,024 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) return 'it contains control or bidirectional-override characters';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\')) return 'it is an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'it contains a ".." segment';
  return undefined;
}

class BundleError extends Error {}

/**
 * Reads an archive's regular files. Never throws: what cannot be read is a problem, and what was read before a
 * limit stopped the archive is kept (with the problem saying the bundle is incomplete).
 */
export async function readArchive(file: string, limits: BundleLimits = defaultBundleLimits): Promise<{ files: BundleFile[]; problems: Problem[] }> {
  const shown = displayPath(file);
  const kind = archiveKindOf(file);
  const problems: Problem[] = [];
  const files: BundleFile[] = [];
  const problem = (code: string, message: string, severity: Problem['severity'] = 'error') => problems.push({ severity, code, file: shown, message });
  if (!kind) {
    problem('bundle-kind', 'not an archive ringfence reads (.tar, .tar.gz, .tgz or .zip)');
    return { files, problems };
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    problem('bundle-unreadable', describeFsError(error));
    return { files, problems };
  }
  let size: number;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      closeSync(fd);
      problem('bundle-not-file', 'not a regular file (a FIFO, socket or device)');
      return { files, problems };
    }
    size = st.size;
  } catch (error) {
    closeSync(fd);
    problem('bundle-unreadable', describeFsError(error));
    return { files, problems };
  }
  if (size > limits.maxArchiveBytes) {
    closeSync(fd);
    problem('limit-bundle', `the archive is ${formatBytes(size)}, over the ${formatBytes(limits.maxArchiveBytes)} limit; not read`);
    return { files, problems };
  }
  const seen = new Map<string, string>();
  let total = 0;
  const keep = (name: string, bytes: Buffer) => {
    const digest = createHash('sha256').update(bytes).digest('hex');
    const before = seen.get(name);
    if (before !== undefined) {
      problem('bundle-duplicate', `entry "${name}" appears more than once${before === digest ? ' (same content)' : ' with different contents'}; each copy is matched by its digest`, 'warning');
    }
    seen.set(name, digest);
    files.push({ name, bytes, sha256: digest });
  };
  const entryAllowed = (name: string, declaredSize: number): boolean => {
    const why = unsafeEntryName(name);
    if (why) {
      problem('bundle-entry-name', `an entry's name is refused because ${why}; skipped`);
      return false;
    }
    if (declaredSize > limits.maxEntryBytes) {
      problem('limit-bundle-entry', `entry "${name}" is ${formatBytes(declaredSize)}, over the ${formatBytes(limits.maxEntryBytes)} limit; skipped`);
      return false;
    }
    if (total + declaredSize > limits.maxTotalBytes) {
      throw new BundleError(`the entries come to more than ${formatBytes(limits.maxTotalBytes)}; the rest of the archive is not read`);
    }
    return true;
  };
  let count = 0;
  const counted = (name: string) => {
    count += 1;
    if (count > limits.maxEntries) throw new BundleError(`the archive has more than ${limits.maxEntries} entries; the rest is not read (at "${name}")`);
  };
  try {
    if (kind === 'zip') {
      closeSync(fd);
      await readZip(file, limits, { counted, entryAllowed, keep, skipped: (name, why) => problem('bundle-entry-kind', `entry "${name}" is ${why}; skipped`, 'warning'), added: (n) => (total += n) });
    } else {
      await readTar(fd, kind === 'tar.gz', limits, { counted, entryAllowed, keep, skipped: (name, why) => problem('bundle-entry-kind', `entry "${name}" is ${why}; skipped`, 'warning'), added: (n) => (total += n) });
    }
  } catch (error) {
    if (error instanceof BundleError) problem('limit-bundle', error.message);
    else problem('bundle-corrupt', `the archive cannot be read: ${describeArchiveError(error)}; entries before the damage are kept`);
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.sha256 < b.sha256 ? -1 : 1));
  return { files, problems };
}

interface EntrySink {
  counted(name: string): void;
  entryAllowed(name: string, declaredSize: number): boolean;
  keep(name: string, bytes: Buffer): void;
  skipped(name: string, why: string): void;
  added(bytes: number): void;
}

/** Counts what passes through and stops the stream past `max` bytes. */
class ByteBudget extends Transform {
  private seen = 0;
  constructor(private readonly max: number, private readonly what: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.max) done(new BundleError(`${this.what} comes to more than ${formatBytes(this.max)}; the rest of the archive is not read`));
    else done(null, chunk);
  }
}

async function readTar(fd: number, gzipped: boolean, limits: BundleLimits, sink: EntrySink): Promise<void> {
  const { extract } = await importModule<typeof import('tar-stream')>('tar-stream');
  const ex = extract();
  const source = createReadStream('', { fd, autoClose: true });
  const stages: NodeJS.ReadWriteStream[] = gzipped ? [createGunzip(), new ByteBudget(limits.maxInflatedBytes, 'the decompressed archive')] : [new ByteBudget(limits.maxInflatedBytes, 'the archive')];
  const consume = (async () => {
    for await (const entry of ex) {
      const h = entry.header;
      const name = h.name.replace(/^\.\//, '');
      try {
        sink.counted(name);
        if (h.type === 'directory') continue;
        if (h.type !== 'file' && h.type !== 'contiguous-file') {
          sink.skipped(name, h.type === 'symlink' || h.type === 'link' ? `a ${h.type === 'link' ? 'hard' : 'symbolic'} link (to "${h.linkname ?? ''}")` : `not a regular file (${h.type ?? 'unknown type'})`);
          continue;
        }
        if (!sink.entryAllowed(name, h.size ?? 0)) continue;
        const chunks: Buffer[] = [];
        let n = 0;
        for await (const chunk of entry as AsyncIterable<Buffer>) {
          n += chunk.length;
          if (n > limits.maxEntryBytes) throw new BundleError(`entry "${name}" holds more than its declared size allows; the rest of the archive is not read`);
          chunks.push(chunk);
        }
        sink.added(n);
        sink.keep(name, Buffer.concat(chunks, n));
      } finally {
        entry.resume();
      }
    }
  })();
  const feed = pipeline(source, ...(stages as [NodeJS.ReadWriteStream]), ex);
  // A limit reached reads better than the "premature close" it causes on the other side; else the entries' own
  // error, else the stream's.
  const results = await Promise.allSettled([consume, feed]);
  const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (reasons.length) {
    source.destroy();
    ex.destroy();
    throw reasons.find((e) => e instanceof BundleError) ?? reasons[0];
  }
}

async function readZip(file: string, limits: BundleLimits, sink: EntrySink): Promise<void> {
  const yauzl = (await importModule<{ default: typeof import('yauzl') }>('yauzl')).default;
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, z) => (err ? reject(err) : resolve(z!))),
  );
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new BundleError(`the archive lists ${zip.entryCount} entries, more than ${limits.maxEntries}; not read`);
  }
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(error);
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: import('yauzl').Entry) => {
      const name = entry.fileName;
      try {
        sink.counted(name);
        if (name.endsWith('/')) return zip.readEntry();
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
        if (mode === 0o120000) {
          sink.skipped(name, 'a symbolic link');
          return zip.readEntry();
        }
        if (mode !== 0 && mode !== 0o100000) {
          sink.skipped(name, 'not a regular file');
          return zip.readEntry();
        }
        if (entry.isEncrypted()) {
          sink.skipped(name, 'encrypted');
          return zip.readEntry();
        }
        if (!sink.entryAllowed(name, entry.uncompressedSize)) return zip.readEntry();
        if (inflated + entry.uncompressedSize > limits.maxInflatedBytes) throw new BundleError(`the decompressed archive comes to more than ${formatBytes(limits.maxInflatedBytes)}; the rest is not read`);
      } catch (error) {
        return fail(error);
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return fail(err ?? new Error('no stream'));
        const chunks: Buffer[] = [];
        let n = 0;
        stream.on('data', (chunk: Buffer) => {
          n += chunk.length;
          // yauzl stops an entry that inflates past its declared size (validateEntrySizes); this is a second bound.
          if (n > limits.maxEntryBytes) stream.destroy(new BundleError(`entry "${name}" inflates past ${formatBytes(limits.maxEntryBytes)}; the rest of the archive is not read`));
          else chunks.push(chunk);
        });
        stream.on('error', fail);
        stream.on('end', () => {
          inflated += n;
          sink.added(n);
          sink.keep(name, Buffer.concat(chunks, n));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

function describeArchiveError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/incorrect header check|unexpected end of file|invalid (block type|distance|stored block)/i.test(message)) return 'the gzip or deflate data is damaged';
  if (/end of central directory record signature not found/i.test(message)) return 'not a zip file (no central directory)';
  if (/Invalid tar header|Unexpected end of data/i.test(message)) return 'the tar data is damaged or cut short';
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
