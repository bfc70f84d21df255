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
    kind: 'sbom',
    title: 'SBOM, CycloneDX or SPDX JSON (*.cdx.json, bom.json, *.spdx.json)',
    recognise: recogniseSbom,
    load: async () => (await import('./sbom/index.js')).sbom as ArtifactReader<unknown>,
  },
  {
    kind: 'slsa-provenance',
    title: 'SLSA build provenance, a DSSE envelope or Sigstore bundle (*.intoto.jsonl, *.sigstore.json)',
    recognise: recogniseProvenance,
    load: async () => (await import('./slsa-provenance/index.js')).provenance as ArtifactReader<unknown>,
  },
  {
    kind: 'release-history',
    title: 'release history (*.release-history.yaml, .json or .jsonl, kind: ReleaseHistory; signed: *.release-history.dsse.json)',
    // The same test as the reader's (src/artifacts/release-history/index.ts), kept here so that telling kinds apart loads no reader.
    recognise: (name, head) =>
      signedHistoryName.test(name) ? /^\s*\{/.test(head) : /\.release-history\.(ya?ml|json|jsonl)$/i.test(name) && /(^|[\s{,])"?kind"?\s*:\s*"?ReleaseHistory\b/m.test(head),
    load: async () => (await import('./release-history/index.js')).history as ArtifactReader<unknown>,
  },
];

/**
 * A signed release history's name. Such a DSSE envelope is the release-history reader's, not a claims statement for
 * the vouch reader (which would only warn that its payloadType is not in-toto).
 */
export const signedHistoryName = /\.release-history\.dsse\.json$/i;

/** An SBOM: by its conventional name, or a JSON file whose first bytes say CycloneDX or SPDX. */
export function recogniseSbom(name: string, head: string): boolean {
  if (/(\.cdx\.json|^bom\.json|\.spdx\.json|\.spdx\.jsonld)$/i.test(name)) return true;
  if (!/\.json(ld)?$/i.test(name) || !/^\s*\{/.test(head)) return false;
  return /"bomFormat"\s*:\s*"CycloneDX"/.test(head) || /"spdxVersion"\s*:\s*"SPDX-/.test(head) || /"@context"\s*:\s*"https:\/\/spdx\.org\/rdf\/3\./.test(head);
}

/**
 * Build provenance: a `.intoto.jsonl` file holding DSSE envelopes (or bare in-toto statements naming the SLSA
 * predicate), or a Sigstore bundle. A DSSE envelope's statement is base64, so which predicate it carries is
 * decided when it is read: one that is not SLSA provenance is left to the signed-statement reader.
 */
export function recogniseProvenance(name: string, head: string): boolean {
  if (/\.intoto\.jsonl$/i.test(name)) return /^\s*\{/.test(head) && (head.includes('"payloadType"') || head.includes('https://slsa.dev/provenance/'));
  if (/\.sigstore(\.json)?$/i.test(name)) return head.includes('application/vnd.dev.sigstore.bundle');
  return false;
}

/**
 * Whether a file is a DSSE envelope (its first line) whose statement is SLSA provenance: such an envelope is
 * build provenance, read by its artifact reader, and not a claims statement for the vouch reader. Cheap and
 * never throws.
 */
export function isSlsaProvenanceEnvelope(bytes: Buffer): boolean {
  try {
    const nl = bytes.indexOf(0x0a);
    const first = (nl < 0 ? bytes : bytes.subarray(0, nl)).toString('utf8');
    const e = JSON.parse(first) as { payload?: unknown } | null;
    if (!e || typeof e.payload !== 'string') return false;
    const body = Buffer.from(e.payload, 'base64').toString('utf8');
    const s = JSON.parse(body) as { predicateType?: unknown } | null;
    return typeof s?.predicateType === 'string' && s.predicateType.startsWith('https://slsa.dev/provenance/');
  } catch {
    return false;
  }
}

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
