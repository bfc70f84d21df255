import type { ArtifactReader } from './types.js';

export type { ArtifactFile } from './types.js';

/**
 * The artifact kinds ringfence reads, each one folder (src/artifacts/<kind>/) loaded only when a file of its kind
 * is among the evidence or named with --artifact. Telling kinds apart — by file name and, where a name is not
 * enough, the first bytes — loads no reader, so a plain check pays for none of them.
 */
export interface ArtifactKind {
  kind: string;
  title: string;
  recognise(name: string, head: string): boolean;
  load(): Promise<ArtifactReader<unknown>>;
}

export const artifactKinds: readonly ArtifactKind[] = [
  {
    kind: 'windows-inf',
    title: 'Windows driver package INF (*.inf)',
    recognise: (name) => /\.inf$/i.test(name),
    load: async () => (await import('./windows-inf/index.js')).inf as ArtifactReader<unknown>,
  },
  {
    kind: 'linux-module',
    title: 'Linux kernel module (*.ko, ELF)',
    // The name says .ko and the bytes say ELF: a text file named .ko is not read as a module.
    recognise: (name, head) => /\.ko$/i.test(name) && head.startsWith('\u007fELF'),
    load: async () => (await import('./linux-module/index.js')).linuxModule as ArtifactReader<unknown>,
  },
  {
    kind: 'release-history',
    title: 'release history (*.release-history.yaml, .json or .jsonl, kind: ReleaseHistory)',
    // The same test as the reader's (src/artifacts/release-history/index.ts), kept here so that telling kinds apart loads no reader.
    recognise: (name, head) => /\.release-history\.(ya?ml|json|jsonl)$/i.test(name) && /(^|[\s{,])"?kind"?\s*:\s*"?ReleaseHistory\b/m.test(head),
    load: async () => (await import('./release-history/index.js')).history as ArtifactReader<unknown>,
  },
];

/** The kind an artifact file is, by its name (the last path segment) and first bytes; undefined when ringfence reads no such kind. */
export function artifactKindOf(name: string, head: Buffer): ArtifactKind | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const text = head.subarray(0, 4096).toString('utf8');
  return artifactKinds.find((k) => k.recognise(base, text));
}

/** The kinds, in words, for messages. */
export function artifactKindTitles(): string[] {
  return artifactKinds.map((k) => k.title);
}
