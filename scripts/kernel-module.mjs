// Builds a small, synthetic Linux kernel module (an ELF64 or ELF32 relocatable file with a .modinfo section, and
// optionally the kernel's appended module signature) for ringfence's examples and tests. It is not a loadable
// module — it has no code — only the parts ringfence reads: the ELF header, section headers, .shstrtab and .modinfo,
// then, for a signed module, a PKCS#7 blob (here: filler bytes), struct module_signature and the marker.
//
//   node scripts/kernel-module.mjs OUT.ko name=borealis license=GPL vermagic="6.8.0 SMP mod_unload" [--signed]

import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The bytes of a synthetic module. */
export function kernelModule({ modinfo, signed = false, bits = 64, little = true, signer = 'Example build key' }) {
  const info = Buffer.from(`${Object.entries(modinfo).map(([k, v]) => `${k}=${v}`).join('\0')}\0`);
  const names = Buffer.from('\0.shstrtab\0.modinfo\0');
  const ehsize = bits === 64 ? 64 : 52;
  const shentsize = bits === 64 ? 64 : 40;
  const infoOffset = ehsize;
  const namesOffset = infoOffset + info.length;
  const shoff = Math.ceil((namesOffset + names.length) / 8) * 8;
  const shnum = 3;
  const image = Buffer.alloc(shoff + shnum * shentsize);
  const u16 = (o, v) => (little ? image.writeUInt16LE(v, o) : image.writeUInt16BE(v, o));
  const u32 = (o, v) => (little ? image.writeUInt32LE(v, o) : image.writeUInt32BE(v, o));
  const word = (o, v) => (bits === 64 ? (little ? image.writeBigUInt64LE(BigInt(v), o) : image.writeBigUInt64BE(BigInt(v), o)) : u32(o, v));
  image.write('\x7fELF', 0, 'latin1');
  image[4] = bits === 64 ? 2 : 1;
  image[5] = little ? 1 : 2;
  image[6] = 1; // EV_CURRENT
  u16(16, 1); // ET_REL
  u16(18, bits === 64 ? 62 : 3); // EM_X86_64 or EM_386
  u32(20, 1);
  word(bits === 64 ? 0x28 : 0x20, shoff);
  u16(bits === 64 ? 0x34 : 0x28, ehsize);
  u16(bits === 64 ? 0x3a : 0x2e, shentsize);
  u16(bits === 64 ? 0x3c : 0x30, shnum);
  u16(bits === 64 ? 0x3e : 0x32, 1); // .shstrtab is section 1
  info.copy(image, infoOffset);
  names.copy(image, namesOffset);
  const section = (i, name, type, offset, size) => {
    const at = shoff + i * shentsize;
    u32(at, name);
    u32(at + 4, type);
    word(at + (bits === 64 ? 0x18 : 0x10), offset);
    word(at + (bits === 64 ? 0x20 : 0x14), size);
  };
  section(1, 1, 3, namesOffset, names.length); // SHT_STRTAB
  section(2, 11, 1, infoOffset, info.length); // SHT_PROGBITS
  if (!signed) return image;
  const pkcs7 = Buffer.alloc(64, 0x30);
  const sig = Buffer.alloc(12);
  sig[0] = 0; // algo (unused for PKCS#7)
  sig[1] = 0; // hash
  sig[2] = 2; // PKEY_ID_PKCS7
  sig.writeUInt32BE(pkcs7.length, 8);
  void signer;
  return Buffer.concat([image, pkcs7, sig, Buffer.from('~Module signature appended~\n', 'latin1')]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, ...rest] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node scripts/kernel-module.mjs OUT.ko key=value… [--signed]\n');
    process.exit(2);
  }
  const modinfo = Object.fromEntries(rest.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  writeFileSync(out, kernelModule({ modinfo, signed: rest.includes('--signed') }));
}
