/**
 * Vendor manifests are written by the party being judged, and a third-party standard by its author: text from
 * either (names, ids, messages, titles, grade names) is made inert before it reaches a terminal: control
 * characters — escape sequences that could rewrite the screen, and line breaks that could forge report lines —
 * and bidirectional overrides, embeddings, isolates and marks become visible escapes.
 */
export function terminalSafe(s: string): string {
  return s.replace(unsafe, visible);
}

/** The same for a block of text shown as it is (`explain`): its line breaks and tabs are kept. */
export function terminalSafeBlock(s: string): string {
  return s.replace(unsafeInBlock, visible);
}

/** Bidirectional controls: they reorder what is shown around them (a file name that reads backwards, say). */
const bidi = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const unsafe = new RegExp(`[\u0000-\u001f\u007f-\u009f${bidi}\u2028\u2029]`, 'g');
const unsafeInBlock = new RegExp(`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${bidi}\u2028\u2029]`, 'g');
/** Bidirectional controls alone, for formats that deal with other characters themselves (Markdown). */
export const bidiControls = new RegExp(`[${bidi}]`, 'g');

/** A character as a visible escape: `\x1b`, `\u202e`. */
export function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function makeStyle(color: boolean): Style {
  if (!color) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}
