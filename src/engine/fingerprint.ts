import { createHash } from 'node:crypto';

/**
 * A finding's identity: what it is about (control, document, JSON pointer), never where it happens to be
 * printed. It survives inserted lines, comments and reordering of unrelated keys; it changes only when the
 * finding concerns something else. Used for SARIF partialFingerprints and for baselines.
 */
export function fingerprint(controlId: string, file: string, documentIndex: number, pointer: string): string {
  return createHash('sha256').update(`${controlId}\0${file}\0${documentIndex}\0${pointer}`).digest('hex');
}
