/** Bounds on untrusted input. Every limit, when hit, becomes a positioned problem, never a crash or a hang. */
export interface LoadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most nodes one document may expand to, counting every alias expansion (defeats alias bombs). */
  maxNodes: number;
  /** Most YAML documents in one file. */
  maxDocuments: number;
  /**
   * Most YAML tokens (scalars and keys, indicators, brackets, commas, anchors, tags) the full YAML parser reads from
   * one file. It is counted as the text is tokenised, before anything is built, so it bounds the parser's time and
   * memory where the node limit (checked on what the parser built) comes too late. The fast reader, which parses
   * ordinary manifests in one linear pass, needs no such bound.
   */
  maxTokens: number;
  /** Most files one run reads. */
  maxFiles: number;
}

export const defaultLimits: LoadLimits = {
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxNodes: 100_000,
  maxDocuments: 1_000,
  maxTokens: 200_000,
  maxFiles: 100_000,
};
