/**
 * Just enough ELF to read a Linux kernel module (.ko): the section headers, the `.modinfo` section (NUL-separated
 * `key=value` strings the kernel's modinfo reads) and the signature the kernel's module signing appends after the ELF
 * image (`struct module_signature`, then the marker "~Module signature appended~\n"; see the kernel's
 * scripts/sign-file.c and include/linux/module_signature.h). The file is untrusted: every offset and size is checked
 * against the bytes before it is used, and a file that does not add up is refused with the reason.
 */

export const signatureMarker = '~Module signature appended~\n';
/** Size of struct module_signature: algo, hash, id_type, signer_len, key_id_len (u8 each), __pad[3], sig_len (be32). */
const moduleSignatureSize = 12;
/** The largest module read: real ones are kilobytes to a few megabytes. */
export const maxModuleBytes = 64 * 1024 * 1024;
const maxSections = 4096;
const maxModinfoEntries = 1024;

export interface ModuleSignature {
  /** Length of the PKCS#7 signature, as the struct says. */
  length: number;
  /** Byte offset of the marker. */
  markerOffset: number;
}

export interface KernelModule {
  /** 32 or 64. */
  bits: 32 | 64;
  endianness: 'little' | 'big';
  /** .modinfo as key → values (a key can repeat: alias, depends), in file order, and the section's byte offset. */
  modinfo: { entries: [string, string][]; offset: number } | undefined;
  signature: ModuleSignature | undefined;
}

export class ElfError extends Error {}

/** Reads a kernel module's ELF image. Throws ElfError with the reason when the bytes are not a well-formed ELF. */
export function readKernelModule(bytes: Buffer): KernelModule {
  if (bytes.length > maxModuleBytes) throw new ElfError(`the file is ${bytes.length} bytes; at most ${maxModuleBytes} are read`);
  const signature = appendedSignature(bytes);
  // The ELF image is what precedes the signature.
  const image = signature ? bytes.subarray(0, signature.markerOffset - moduleSignatureSize - signature.length) : bytes;
  if (image.length < 4 || image[0] !== 0x7f || image[1] !== 0x45 || image[2] !== 0x4c || image[3] !== 0x46) throw new ElfError('not an ELF file (no \\x7fELF magic at the start)');
  if (image.length < 16) throw new ElfError(`truncated: the ELF identification needs 16 bytes, the file has ${image.length}`);
  const cls = image[4];
  const data = image[5];
  if (cls !== 1 && cls !== 2) throw new ElfError(`unknown ELF class ${cls} (1 is 32-bit, 2 is 64-bit)`);
  if (data !== 1 && data !== 2) throw new ElfError(`unknown ELF data encoding ${data} (1 is little-endian, 2 is big-endian)`);
  const bits = cls === 2 ? 64 : 32;
  const little = data === 1;
  const headerSize = bits === 64 ? 64 : 52;
  if (image.length < headerSize) throw new ElfError(`truncated: the ELF header needs ${headerSize} bytes, the file has ${image.length}`);
  const u16 = (o: number) => (little ? image.readUInt16LE(o) : image.readUInt16BE(o));
  const u32 = (o: number) => (little ? image.readUInt32LE(o) : image.readUInt32BE(o));
  const addr = (o: number): number => {
    if (bits === 32) return u32(o);
    const v = little ? image.readBigUInt64LE(o) : image.readBigUInt64BE(o);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ElfError(`an offset at byte ${o} is out of any file's range`);
    return Number(v);
  };
  const shoff = addr(bits === 64 ? 0x28 : 0x20);
  const shentsize = u16(bits === 64 ? 0x3a : 0x2e);
  const shnum = u16(bits === 64 ? 0x3c : 0x30);
  const shstrndx = u16(bits === 64 ? 0x3e : 0x32);
  const entry = bits === 64 ? 64 : 40;
  if (shnum === 0) return { bits, endianness: little ? 'little' : 'big', modinfo: undefined, signature };
  if (shentsize < entry) throw new ElfError(`section header entries of ${shentsize} bytes; an ELF${bits} entry needs ${entry}`);
  if (shnum > maxSections) throw new ElfError(`${shnum} sections; at most ${maxSections} are read`);
  if (shoff > image.length || shoff + shnum * shentsize > image.length) throw new ElfError(`truncated: the section headers (${shnum} at byte ${shoff}) lie past the end of the file (${image.length} bytes)`);
  if (shstrndx >= shnum) throw new ElfError(`the section-name table index ${shstrndx} is not a section (there are ${shnum})`);
  const section = (i: number) => {
    const at = shoff + i * shentsize;
    const name = u32(at);
    const offset = addr(at + (bits === 64 ? 0x18 : 0x10));
    const size = addr(at + (bits === 64 ? 0x20 : 0x14));
    const type = u32(at + 4);
    return { name, offset, size, type };
  };
  const inFile = (s: { offset: number; size: number; type: number }, what: string) => {
    // SHT_NOBITS (8) occupies no bytes in the file.
    if (s.type !== 8 && (s.offset > image.length || s.offset + s.size > image.length)) throw new ElfError(`truncated: ${what} (${s.size} bytes at byte ${s.offset}) lies past the end of the file (${image.length} bytes)`);
  };
  const names = section(shstrndx);
  inFile(names, 'the section-name table');
  const nameAt = (o: number) => {
    if (o >= names.size) return '';
    const start = names.offset + o;
    const end = image.indexOf(0, start);
    return image.toString('latin1', start, end < 0 || end > names.offset + names.size ? names.offset + names.size : end);
  };
  let modinfo: KernelModule['modinfo'];
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (nameAt(s.name) !== '.modinfo') continue;
    inFile(s, 'the .modinfo section');
    const entries: [string, string][] = [];
    for (const raw of image.toString('utf8', s.offset, s.offset + s.size).split('\0')) {
      if (raw === '') continue;
      const eq = raw.indexOf('=');
      if (eq <= 0) continue;
      entries.push([raw.slice(0, eq), raw.slice(eq + 1).slice(0, 500)]);
      if (entries.length >= maxModinfoEntries) break;
    }
    modinfo = { entries, offset: s.offset };
    break;
  }
  return { bits, endianness: little ? 'little' : 'big', modinfo, signature };
}

/** The appended signature, when the file ends with the marker and the struct before it adds up. */
function appendedSignature(bytes: Buffer): ModuleSignature | undefined {
  const marker = Buffer.from(signatureMarker, 'latin1');
  if (bytes.length < marker.length + moduleSignatureSize) return undefined;
  const markerOffset = bytes.length - marker.length;
  if (!bytes.subarray(markerOffset).equals(marker)) return undefined;
  const struct = markerOffset - moduleSignatureSize;
  const length = bytes.readUInt32BE(struct + 8);
  // id_type 2 is PKEY_ID_PKCS7, the only kind the kernel accepts; the signature must fit before the struct.
  if (bytes[struct + 2] !== 2 || length === 0 || length > struct) throw new ElfError(`the module ends with "~Module signature appended~" but the signature record before it does not add up (id_type ${bytes[struct + 2]}, ${length} bytes of signature)`);
  return { length, markerOffset };
}
