/** A 1-based source region; columns count UTF-16 code units and `endColumn` is exclusive (SARIF semantics). */
export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type ProblemSeverity = 'error' | 'warning';

/**
 * Something wrong with an input, a rule or a standard. Problems never stop a run: the broken part is set
 * aside, the rest is evaluated, and the problem is carried into every report (and into the exit code).
 */
export interface Problem {
  severity: ProblemSeverity;
  /** Stable machine-readable code, e.g. `yaml-syntax`, `schema`, `rule-compile`, `rule-runtime`. */
  code: string;
  message: string;
  file?: string;
  range?: Range;
  /** JSON Pointer into the document the problem is about, when there is one. */
  pointer?: string;
  documentIndex?: number;
  /** The rule or control concerned, for rule and standard problems. */
  rule?: string;
  control?: string;
}

/** The longest message a problem or an errored finding carries; a longer one is cut (rules and inputs can make any). */
export const maxMessageLength = 2_000;

/** `s` cut to `max` characters (never inside a surrogate pair), with an ellipsis and the original length. */
export function capMessage(s: string, max = maxMessageLength): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]!) ? max - 1 : max;
  return `${s.slice(0, end)}… (${s.length} characters in all)`;
}

/** The problem with its message capped (the same object when it is short enough). */
export function capProblem(p: Problem): Problem {
  return p.message.length <= maxMessageLength ? p : { ...p, message: capMessage(p.message) };
}
