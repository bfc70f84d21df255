import type { Problem } from '../../model/problem.js';
import { artifactProblem, lineRange, type ArtifactFile, type ArtifactReader, type ManifestView, type Observation } from '../types.js';
import { ElfError, readKernelModule } from './elf.js';

/**
 * Linux kernel modules (.ko): the module's own `.modinfo` (its name, licence, the kernel it was built for, its
 * signer) and whether the kernel's module signature is appended, set beside the manifest's components. A module the
 * manifest calls signed but that carries no signature is contradicted by the module itself: a kernel with module
 * signature enforcement (lockdown, Secure Boot) refuses to load it, and one without taints itself.
 *
 * A binary has no lines: positions are line 1, column 1 of the file, and the words give the byte offset.
 */
export interface ModuleFacts {
  file: string;
  /** The file's name (the last path segment). */
  fileName: string;
  name?: string;
  license?: string;
  vermagic?: string;
  signer?: string;
  signed: boolean;
  signatureBytes?: number;
  modinfoOffset?: number;
}

export function readModule(file: ArtifactFile): { facts?: ModuleFacts; problems: Problem[] } {
  let module;
  try {
    module = readKernelModule(file.bytes);
  } catch (error) {
    if (error instanceof ElfError) return { problems: [artifactProblem(file.file, 'artifact-format', `not a readable kernel module: ${error.message}`, lineRange(1, 1, 1))] };
    throw error;
  }
  const get = (key: string) => module.modinfo?.entries.find(([k]) => k === key)?.[1];
  const facts: ModuleFacts = {
    file: file.file,
    fileName: file.file.slice(Math.max(file.file.lastIndexOf('/'), file.file.lastIndexOf('!')) + 1),
    signed: module.signature !== undefined,
    ...(module.signature ? { signatureBytes: module.signature.length } : {}),
    ...(module.modinfo ? { modinfoOffset: module.modinfo.offset } : {}),
  };
  for (const key of ['name', 'license', 'vermagic', 'signer'] as const) {
    const v = get(key);
    if (v !== undefined) facts[key] = v;
  }
  const problems: Problem[] = [];
  if (!module.modinfo) problems.push(artifactProblem(file.file, 'artifact-format', 'the ELF file has no .modinfo section: it is not a kernel module (or its sections were stripped)', lineRange(1, 1, 1), 'warning'));
  return { facts, problems };
}

export function observeModule(facts: ModuleFacts, manifest: ManifestView): Observation[] {
  const out: Observation[] = [];
  const at = { kind: linuxModule.kind, title: linuxModule.title, at: { file: facts.file, region: lineRange(1, 1, 1) } };
  const components = Array.isArray((manifest.value as Record<string, unknown> | null)?.['components']) ? ((manifest.value as Record<string, unknown>)['components'] as unknown[]) : [];
  const index = components.findIndex((c) => {
    const o = c as Record<string, unknown> | null;
    if (o === null || typeof o !== 'object') return false;
    if (typeof o['binary'] === 'string' && o['binary'] === facts.fileName) return true;
    return facts.name !== undefined && typeof o['id'] === 'string' && o['id'] === facts.name;
  });
  const described = `module ${facts.name ?? facts.fileName}${facts.vermagic ? ` (vermagic ${facts.vermagic})` : ''}${facts.modinfoOffset !== undefined ? `, .modinfo at byte ${facts.modinfoOffset}` : ''}`;
  if (index < 0) {
    out.push({ claim: '/components', result: 'contradicted', observed: `the kernel ${described} is shipped, and no component has its binary (${facts.fileName}) or id`, artifact: at });
    return out;
  }
  const c = components[index] as Record<string, unknown>;
  const base = `/components/${index}`;
  const say = (field: string, ok: boolean, words: string) => {
    if (c[field] !== undefined) out.push({ claim: `${base}/${field}`, result: ok ? 'observed' : 'contradicted', observed: words, artifact: at });
  };
  say('platform', c['platform'] === 'linux', `a Linux kernel ${described}`);
  say('kind', c['kind'] === 'kernel_module', `a Linux kernel ${described}: kernel_module`);
  say('privilege', c['privilege'] === 'kernel' || c['privilege'] === 'boot', `a Linux kernel ${described}: runs in kernel mode`);
  const signing = c['signing'] as Record<string, unknown> | undefined;
  const linux = signing && typeof signing === 'object' ? signing['linux'] : undefined;
  if (linux === 'module_signed' || linux === 'unsigned') {
    const words = facts.signed
      ? `the module carries an appended signature (${facts.signatureBytes} bytes${facts.signer ? `, signer ${facts.signer}` : ''})`
      : 'the module ends without "~Module signature appended~": it carries no signature';
    out.push({ claim: `${base}/signing/linux`, result: (linux === 'module_signed') === facts.signed ? 'observed' : 'contradicted', observed: words, artifact: at });
  }
  return out;
}

export const linuxModule: ArtifactReader<ModuleFacts> = {
  title: 'Linux kernel module',
  kind: 'linux-module',
  recognise: (name, head) => /\.ko$/i.test(name) && head.startsWith('\u007fELF'),
  read: readModule,
  observe: observeModule,
};
