import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A part that is not JSON as ringfence writes it, at a 1-based line and column. */
export class PartSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

const chunkBytes = 1 << 20;

/** The most a part may hold outside its subjects (its skeleton: the shard member grows with its documents). */
export const maxSkeletonBytes = 512 * 1024 * 1024;

/** Bytes that change nothing for the structure outside a string: all but `"`, brackets, braces and the line break. */
const plain = new Uint8Array(256).fill(1);
for (const c of '"{}[]\n') plain[c.charCodeAt(0)] = 0;

const nonAscii = /[\u0080-\u00ff]+/g;

/** `\uXXXX` for each UTF-16 unit of the characters that a run of non-ASCII UTF-8 bytes (read as Latin-1) encodes. */
function escapeRun(run: string): string {
  const chars = Buffer.from(run, 'latin1').toString('utf8');
  let out = '';
  for (let i = 0; i < chars.length; i++) out += `\\u${chars.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * JSON text of UTF-8 bytes, for JSON.parse: the same value as decoding them, at a fraction of the cost. Decoding UTF-8
 * into a string is the dearest step of reading a part (V8 decodes a subject of 90 kB several times slower than
 * JSON.parse parses it), while a Latin-1 string is a plain copy; so the bytes are copied as Latin-1 and the rare
 * non-ASCII characters (names, dashes in messages) written as `\uXXXX` escapes, which JSON.parse turns back into
 * the same characters. A non-ASCII character right after a backslash (an escape JSON does not have, or an escaped
 * backslash) is left to a plain decode, so that an escape is never made of what was not one. Undefined when the bytes
 * are not UTF-8.
 */
export function jsonText(bytes: Buffer): string | undefined {
  const latin1 = bytes.toString('latin1');
  if (isAscii(bytes)) return latin1;
  if (!isUtf8(bytes)) return undefined;
  let plain = false;
  const escaped = latin1.replace(nonAscii, (run: string, at: number) => {
    if (at > 0 && latin1.charCodeAt(at - 1) === 92) plain = true;
    return plain ? run : escapeRun(run);
  });
  return plain ? bytes.toString('utf8') : escaped;
}

/**
 * Reads a JSON report from a file without holding it whole: the elements of its top-level `subjects` list are handed
 * out one at a time (as text, each bounded), and everything else — the skeleton, with `"subjects": []` — is kept and
 * parsed at the end. The file is bounded as it is read. A part of 100,000 documents runs to gigabytes of JSON (each
 * subject carries its findings and excerpts), more than one string can hold; read this way, a merge holds one
 * subject per part at a time.
 *
 * The structure is followed character by character (strings and their escapes, nesting), so the text handed out is
 * exactly what a JSON parser of the whole file would see as each subject; each piece is then parsed by JSON.parse.
 */
export class PartReader {
  private readonly fd: number;
  /** The window of the file being scanned: bytes [0, end) of `data`, at `at`. */
  private data: Buffer;
  private end = 0;
  private at = 0;
  private bytes = 0;
  private done = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private line = 1;
  private column = 0;
  /** Text of the file outside the subjects' elements. */
  private readonly skeleton: string[] = [];
  private skeletonSize = 0;
  private flushFrom = 0;
  /** A string at depth 1 (a key, when a `:` follows): where it starts in the window, and what came before it. */
  private stringStart = -1;
  private partialString = '';
  private lastString = '';
  private pendingKey: string | undefined;
  private inSubjects = false;
  private subjectsSeen = false;
  private ended = false;
  /** Between subjects: a comma is due (after a subject), or a subject is (after a comma). */
  private commaDue = false;
  private subjectDue = false;
  /** Where the subject being read starts in the window (-1: none). */
  private start = -1;
  /** Where the subject last handed out is in the window (until the window moves on). */
  private lastStart = 0;
  private lastEnd = 0;
  /** Positions of the next quote and backslash in the window (-2: not searched yet, -1: none left). */
  private quote = -2;
  private slash = -2;
  /** Line and column where the subject last handed out starts (columns count bytes). */
  subjectLine = 0;
  subjectColumn = 0;

  constructor(
    file: string,
    private readonly maxBytes: number,
    private readonly maxSubjectBytes = 256 * 1024 * 1024,
    /** Bytes read at a time (small in tests, to cut the text everywhere). */
    private readonly chunk = chunkBytes,
  ) {
    this.data = Buffer.allocUnsafe(chunk);
    this.fd = openSync(file, 'r');
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Whether the part is a regular file (one that can be read from its end). */
  isFile(): boolean {
    return fstatSync(this.fd).isFile();
  }

  /** The file's size in bytes, as it is now. */
  size(): number {
    return fstatSync(this.fd).size;
  }

  /** Where the read has got to: 1-based line, and column (bytes) of the last byte read. */
  where(): { line: number; column: number } {
    return { line: this.line, column: Math.max(1, this.column) };
  }

  private fail(message: string): never {
    throw new PartSyntaxError(this.line, Math.max(1, this.column), message);
  }

  private keep(from: number, to: number): void {
    if (to <= from) return;
    const s = this.data.toString('utf8', from, to);
    this.skeleton.push(s);
    this.skeletonSize += to - from;
    if (this.skeletonSize > maxSkeletonBytes) this.fail(`the part holds more than ${maxSkeletonBytes / 1024 / 1024} MiB outside its subjects`);
  }

  /**
   * The window moves on: what is still needed of it (the subject being read) goes to its front, and more of the file
   * is read after it. Bytes are decoded only when a piece is whole (a subject, the skeleton between subjects), so a
   * character is never cut. Returns false at the end of the file.
   */
  private more(): boolean {
    if (this.done) return false;
    let keepFrom = this.end;
    if (this.start >= 0) keepFrom = this.start;
    else {
      // The skeleton is kept up to the last whole character (and the start of a key being read); the rest is carried.
      let safe = this.end;
      for (let i = this.end - 1, back = 0; i >= this.flushFrom && back < 4; i--, back++) {
        const b = this.data[i]!;
        if ((b & 0xc0) === 0x80) continue;
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (this.end - i < length) safe = i;
        break;
      }
      keepFrom = this.stringStart >= 0 ? Math.min(this.stringStart, safe) : safe;
      this.keep(this.flushFrom, keepFrom);
    }
    const kept = this.end - keepFrom;
    if (kept + this.chunk > this.data.length) {
      if (kept > this.maxSubjectBytes) this.fail(`a subject of more than ${this.maxSubjectBytes} bytes`);
      const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, kept + this.chunk));
      this.data.copy(bigger, 0, keepFrom, this.end);
      this.data = bigger;
    } else if (kept) this.data.copy(this.data, 0, keepFrom, this.end);
    const shift = keepFrom;
    if (this.start >= 0) this.start -= shift;
    if (this.stringStart >= 0) this.stringStart -= shift;
    this.at -= shift;
    this.end = kept;
    this.flushFrom = 0;
    this.quote = -2;
    this.slash = -2;
    const n = readSync(this.fd, this.data, this.end, this.chunk, null);
    if (n === 0) {
      this.done = true;
      return false;
    }
    this.bytes += n;
    if (this.bytes > this.maxBytes) this.fail(`the part is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MiB (--max-part-mb)`);
    this.end += n;
    return true;
  }

  /**
   * Follows the structure up to the end of the next subject. Returns the subject's text (as JSON for JSON.parse: see
   * jsonText), or undefined when there are no more (the file has then been read to its end).
   */
  nextSubject(): string | undefined {
    if (!this.scan(false)) return undefined;
    const text = jsonText(this.data.subarray(this.lastStart, this.lastEnd));
    if (text === undefined) throw new PartSyntaxError(this.subjectLine, this.subjectColumn, 'a subject that is not UTF-8');
    return text;
  }

  /** The last subject handed out, decoded as it is (for a message about it); only until the next is read. */
  subjectText(): string {
    return this.data.toString('utf8', this.lastStart, this.lastEnd);
  }

  /** Follows the structure past the next subject without decoding it; false when there are no more. */
  skipSubject(): boolean {
    return this.scan(false);
  }

  /**
   * Follows the structure up to the opening of the `subjects` list, and returns the text before it (the report's
   * head, ending with `[`).
   */
  head(): string {
    if (this.subjectsSeen || this.at > 0 || this.bytes > 0) this.fail('the head of the part was already read');
    this.scan(true);
    return this.skeleton.join('') + this.data.toString('utf8', this.flushFrom, this.at);
  }

  /**
   * The part's tail, found from its end without reading the rest: the text from the `]` that closes the `subjects`
   * list, as ringfence writes it (`],` then `"problems"` on a line of its own, indented by two spaces: a line break
   * never occurs inside a JSON string, so this is where the top-level member begins in a part ringfence wrote).
   * Undefined when the last `limit` bytes hold no such place (a part laid out otherwise, or a large tail). What the
   * tail says is only a plan: the forward read checks it (see rest()).
   */
  tail(limit: number): string | undefined {
    const size = this.size();
    const marker = Buffer.from('],\n  "problems": ');
    const pieces: Buffer[] = [];
    let from = size;
    let held = 0;
    while (from > 0 && held < limit) {
      const n = Math.min(this.chunk < 4096 ? 4096 : this.chunk, from, limit - held);
      const piece = Buffer.allocUnsafe(n);
      for (let got = 0; got < n; ) {
        const r = readSync(this.fd, piece, got, n - got, from - n + got);
        if (r === 0) return undefined;
        got += r;
      }
      from -= n;
      held += n;
      pieces.unshift(piece);
      // The marker may straddle this piece and the next: search the piece with the marker's length of what follows it.
      const window = pieces.length > 1 ? Buffer.concat([piece, pieces[1]!.subarray(0, marker.length - 1)]) : piece;
      const at = window.lastIndexOf(marker);
      if (at >= 0) return Buffer.concat(pieces).toString('utf8', at);
    }
    return undefined;
  }

  /**
   * Follows the structure up to the end of the next subject (which is then bytes [lastStart, lastEnd) of the window
   * until the next call), or with `toList`, up to the opening of the `subjects` list. False at the end of the file.
   */
  private scan(toList: boolean): boolean {
    if (this.ended) return false;
    for (;;) {
      if (this.at >= this.end) {
        if (!this.more()) {
          if (this.depth !== 0 || this.inString || this.start >= 0) this.fail('the part ends before its JSON does');
          this.keep(this.flushFrom, this.end);
          this.ended = true;
          if (!this.subjectsSeen) this.fail('the part has no "subjects" list');
          return false;
        }
        continue;
      }
      const data = this.data;
      if (this.inString) {
        // Inside a string: on to its closing quote at once (a JSON string holds no line break, and no bracket counts).
        let i = this.at;
        if (this.escape) {
          // The window ended on a backslash: this byte is escaped.
          this.escape = false;
          i++;
        }
        for (;;) {
          if (i >= this.end) break;
          if (this.quote !== -1 && this.quote < i) this.quote = data.indexOf(34, i);
          if (this.quote >= this.end) this.quote = -1;
          if (this.slash !== -1 && this.slash < i) this.slash = data.indexOf(92, i);
          if (this.slash >= this.end) this.slash = -1;
          const quote = this.quote;
          const slash = this.slash;
          if (slash >= 0 && (quote < 0 || slash < quote)) {
            if (slash + 1 >= this.end) {
              this.escape = true;
              i = this.end;
              break;
            }
            i = slash + 2;
            continue;
          }
          if (quote < 0) {
            i = this.end;
            break;
          }
          i = quote + 1;
          this.inString = false;
          if (this.stringStart >= 0) {
            const text = this.partialString + data.toString('utf8', this.stringStart, quote);
            this.lastString = text.length <= 1000 ? text : '';
            this.stringStart = -1;
            this.partialString = '';
          }
          break;
        }
        this.column += i - this.at;
        this.at = i;
        continue;
      }
      if (this.start >= 0) {
        // Inside a subject, outside its strings: on at once past what changes nothing (spaces, numbers, `:` and `,`).
        let i = this.at;
        const end = this.end;
        while (i < end && plain[data[i]!] === 1) i++;
        this.column += i - this.at;
        this.at = i;
        if (i >= end) continue;
      }
      const c = data[this.at++]!;
      if (c === 10) {
        this.line++;
        this.column = 0;
      } else this.column++;
      if (this.inSubjects && this.depth === 2 && this.start < 0) {
        // Between subjects only whitespace, one comma each, and the list's end; they stay out of the skeleton.
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          this.flushFrom = this.at;
          continue;
        }
        if (c === 44) {
          if (!this.commaDue) this.fail('an unexpected "," in "subjects"');
          this.commaDue = false;
          this.subjectDue = true;
          this.flushFrom = this.at;
          continue;
        }
        if (c === 93) {
          if (this.subjectDue) this.fail('a "," before the end of "subjects"');
          this.depth--;
          this.inSubjects = false;
          this.commaDue = false;
          continue;
        }
        if (c !== 123) this.fail('an entry of "subjects" that is not an object');
        if (this.commaDue) this.fail('a missing "," between subjects');
        this.subjectDue = false;
        this.keep(this.flushFrom, this.at - 1);
        this.subjectLine = this.line;
        this.subjectColumn = this.column;
        this.start = this.at - 1;
        this.depth++;
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 1) {
          this.stringStart = this.at;
          this.partialString = '';
        }
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.depth === 1 && c === 91 && this.pendingKey === 'subjects') {
          if (this.subjectsSeen) this.fail('the part has two "subjects" lists');
          this.inSubjects = true;
          this.subjectsSeen = true;
          // The skeleton through the `[`; what follows up to the first subject (whitespace) stays out of it, as the
          // whitespace after the last does: the skeleton's text is then `[` and `]` side by side, as head() + tail().
          this.keep(this.flushFrom, this.at);
          this.flushFrom = this.at;
          if (toList) {
            this.depth++;
            return true;
          }
        }
        this.depth++;
        if (this.depth > 200) this.fail('the part nests more than 200 levels deep');
        continue;
      }
      if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth < 0) this.fail(`an unexpected ${String.fromCharCode(c)}`);
        if (this.start >= 0 && this.depth === 2) {
          // The subject ends here.
          if (this.at - this.start > this.maxSubjectBytes) this.fail(`a subject of more than ${this.maxSubjectBytes} bytes`);
          this.lastStart = this.start;
          this.lastEnd = this.at;
          this.start = -1;
          this.flushFrom = this.at;
          this.commaDue = true;
          return true;
        }
        continue;
      }
      if (this.depth === 1 && c === 58) this.pendingKey = this.lastString;
      else if (this.depth === 1 && c === 44) this.pendingKey = undefined;
    }
  }

  /**
   * After the last subject: a digest of the text of the report outside its subjects, as read (`"subjects": []` and
   * what surrounds it). For a part as ringfence lays it out this is the text of head() followed by tail().
   */
  skeletonDigest(): string {
    if (!this.ended) this.fail('the part was not read to its end');
    const h = createHash('sha256');
    for (const piece of this.skeleton) h.update(piece);
    return h.digest('hex');
  }

  /** After the last subject: the rest of the report, parsed (its `subjects` list empty). */
  rest(): unknown {
    if (!this.ended) this.fail('the part was not read to its end');
    try {
      return JSON.parse(this.skeleton.join('')) as unknown;
    } catch (error) {
      throw new PartSyntaxError(1, 1, `not JSON: ${(error as Error).message}`);
    }
  }
}
