import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { artifactKindOf } from '../../src/artifacts/kinds.js';
import { ElfError, readKernelModule } from '../../src/artifacts/linux-module/elf.js';
import { observeModule, readModule } from '../../src/artifacts/linux-module/index.js';
// @ts-expect-error a plain ES module script without types
import { kernelModule } from '../../scripts/kernel-module.mjs';

const build = kernelModule as (o: { modinfo: Record<string, string>; signed?: boolean; bits?: 32 | 64; little?: boolean }) => Buffer;
const modinfo = { name: 'acme', license: 'GPL', vermagic: '6.8.0 SMP mod_unload' };
const file = (bytes: Buffer, name = 'acme.ko') => ({ file: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
const component = (over: Record<string, unknown> = {}) => ({ id: 'linux-kmod', binary: 'acme.ko', platform: 'linux', kind: 'kernel_module', privilege: 'kernel', signing: { linux: 'module_signed' }, ...over });
const manifest = (...components: unknown[]) => ({ value: { components }, file: 'm.yaml', documentIndex: 0 });

describe('ELF kernel modules', () => {
  it('reads .modinfo from ELF64 and ELF32, little- and big-endian, and the appended signature', () => {
    for (const bits of [64, 32] as const) {
      for (const little of [true, false]) {
        for (const signed of [true, false]) {
          const m = readKernelModule(build({ modinfo, bits, little, signed }));
          expect([m.bits, m.endianness, m.modinfo?.entries, m.signature !== undefined]).toEqual([bits, little ? 'little' : 'big', Object.entries(modinfo), signed]);
        }
      }
    }
  });

  it('refuses truncated and inconsistent files with the reason', () => {
    const good = build({ modinfo });
    const reason = (b: Buffer) => {
      try {
        readKernelModule(b);
        return 'read';
      } catch (e) {
        expect(e).toBeInstanceOf(ElfError);
        return (e as Error).message;
      }
    };
    expect(reason(Buffer.from('#!/bin/sh\n'))).toBe('not an ELF file (no \\x7fELF magic at the start)');
    expect(reason(good.subarray(0, 40))).toBe('truncated: the ELF header needs 64 bytes, the file has 40');
    expect(reason(good.subarray(0, good.length - 10))).toMatch(/^truncated: the section headers \(3 at byte \d+\) lie past the end of the file/);
    // .modinfo's size made to run past the end of the file.
    const past = Buffer.from(good);
    const shoff = Number(past.readBigUInt64LE(0x28));
    past.writeBigUInt64LE(10_000n, shoff + 2 * 64 + 0x20);
    expect(reason(past)).toMatch(/^truncated: the \.modinfo section \(10000 bytes at byte 64\) lies past the end of the file/);
    const cls = Buffer.from(good);
    cls[4] = 7;
    expect(reason(cls)).toBe('unknown ELF class 7 (1 is 32-bit, 2 is 64-bit)');
    const forged = Buffer.concat([good, Buffer.alloc(12), Buffer.from('~Module signature appended~\n')]);
    expect(reason(forged)).toBe('the module ends with "~Module signature appended~" but the signature record before it does not add up (id_type 0, 0 bytes of signature)');
  });

  it('is recognised by a .ko name and ELF bytes together', () => {
    expect(artifactKindOf('x/acme.ko', build({ modinfo }))?.kind).toBe('linux-module');
    expect(artifactKindOf('acme.ko', Buffer.from('text'))).toBeUndefined();
    expect(artifactKindOf('acme.so', build({ modinfo }))).toBeUndefined();
  });
});

describe('a module beside the manifest', () => {
  it('a signed module backs module_signed, kernel_module, linux and kernel privilege', () => {
    const f = readModule(file(build({ modinfo, signed: true }))).facts!;
    expect(observeModule(f, manifest(component())).map((o) => `${o.claim} ${o.result}`)).toEqual([
      '/components/0/platform observed',
      '/components/0/kind observed',
      '/components/0/privilege observed',
      '/components/0/signing/linux observed',
    ]);
  });

  it('an unsigned module contradicts module_signed, in words that say why', () => {
    const f = readModule(file(build({ modinfo }))).facts!;
    const o = observeModule(f, manifest(component())).find((x) => x.claim.endsWith('/signing/linux'))!;
    expect(o).toMatchObject({ result: 'contradicted', observed: 'the module ends without "~Module signature appended~": it carries no signature' });
  });

  it('a module no component names contradicts the component list; matching is by binary, then by the modinfo name', () => {
    const f = readModule(file(build({ modinfo }))).facts!;
    expect(observeModule(f, manifest(component({ binary: 'other.ko', id: 'other' }))).map((o) => `${o.claim} ${o.result}`)).toEqual(['/components contradicted']);
    const { binary: _, ...byId } = component({ id: 'acme' });
    expect(observeModule(f, manifest(byId)).length).toBe(4);
  });

  it('a module declared as an eBPF program or a user service is contradicted', () => {
    const f = readModule(file(build({ modinfo, signed: true }))).facts!;
    expect(observeModule(f, manifest(component({ kind: 'ebpf_program', privilege: 'user' }))).filter((o) => o.result === 'contradicted').map((o) => o.claim)).toEqual(['/components/0/kind', '/components/0/privilege']);
  });

  it('a malformed module is a positioned problem, not a throw', () => {
    const r = readModule(file(Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.from([2, 1, 1]), Buffer.alloc(5)])));
    expect(r.facts).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.range?.startLine, p.message])).toEqual([['artifact-format', 1, 'not a readable kernel module: truncated: the ELF identification needs 16 bytes, the file has 12']]);
  });
});
