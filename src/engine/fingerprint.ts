import * as crypto from 'node:crypto';

/**
 * One-shot SHA-256 of a string as hex: `crypto.hash` (Node 20.12 and later) skips the Hash object that
 * `createHash` makes per call — a finding's fingerprint is hashed once per finding, thousands of times a run.
 * The same digest either way (UTF-8 bytes of the string).
 */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * A finding's identity: what it is about (control, document, JSON pointer), never where it happens to be
 * printed. It survives inserted lines, comments and reordering of unrelated keys; it changes only when the
 * finding concerns something else. Used for SARIF partialFingerprints and for baselines.
 */
export function fingerprint(controlId: string, file: string, documentIndex: number, pointer: string): string {
  return sha256Hex(`${controlId}\0${file}\0${documentIndex}\0${pointer}`);
}
