import type { Problem, Range } from '../model/problem.js';
import { KeptList } from '../util/kept-list.js';

/** Bytes of each list held in memory before it goes to a temporary file. */
const keptInMemory = 1 << 20;

/**
 * What a streamed run keeps of each document until its end — the document's problems and its gate reasons — held
 * compactly while the batch is evaluated (as JSON lines in a KeptList: outside V8's heap, and in a temporary file
 * beyond a megabyte), and given back whole when the summary is made, in the order they came. Given back, the
 * strings that repeat (messages, files, pointers, the part of a gate reason after its file) and equal ranges are
 * one object each, shared: 100,000 documents' warnings on the same evidence hosts are not 100,000 copies of the
 * same message. A gate reason comes back as its file joined to the rest (a V8 cons string of the two shared pieces),
 * the same characters as before.
 */
export class KeptRun {
  private readonly problemList: KeptList<Problem>;
  private readonly reasonList: KeptList<[string, string]>;

  constructor(inMemory?: number, tempDir?: string) {
    this.problemList = new KeptList(inMemory ?? keptInMemory, undefined, tempDir);
    this.reasonList = new KeptList(inMemory ?? keptInMemory, undefined, tempDir);
  }

  addProblems(problems: readonly Problem[]): void {
    for (const p of problems) this.problemList.push(p);
  }

  addReasons(reasons: readonly string[]): void {
    for (const r of reasons) {
      // Split after the file a reason starts with (any split gives back the same string).
      const at = r.indexOf(': ');
      this.reasonList.push(at > 0 ? [r.slice(0, at), r.slice(at)] : ['', r]);
    }
  }

  /** Whether anything went to a temporary file. */
  get spilled(): boolean {
    return this.problemList.spilled || this.reasonList.spilled;
  }

  /** Everything kept, in order, with equal strings and ranges shared; the lists are let go (and their files removed). */
  take(): { problems: Problem[]; reasons: string[] } {
    const strings = new Map<string, string>();
    const ranges = new Map<string, Range>();
    const str = (s: string): string => {
      const known = strings.get(s);
      if (known !== undefined) return known;
      strings.set(s, s);
      return s;
    };
    try {
      const problems: Problem[] = [];
      for (const p of this.problemList) {
        const q = p as unknown as Record<string, unknown>;
        for (const k of Object.keys(q)) {
          const v = q[k];
          if (typeof v === 'string') q[k] = str(v);
          else if (k === 'range' && v !== null && typeof v === 'object') {
            const key = JSON.stringify(v);
            const known = ranges.get(key);
            if (known) q[k] = known;
            else ranges.set(key, v as Range);
          }
        }
        problems.push(p);
      }
      const reasons: string[] = [];
      for (const [file, rest] of this.reasonList) reasons.push(file === '' ? str(rest) : str(file) + str(rest));
      return { problems, reasons };
    } finally {
      this.close();
    }
  }

  close(): void {
    this.problemList.close();
    this.reasonList.close();
  }
}
