import { closeSync, openSync, readSync } from 'node:fs';

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
  private readonly buffer: Buffer;
  private text = '';
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
  /** The last string closed at depth 1 (a key, when a `:` follows) and the key whose value comes next. */
  private stringStart = -1;
  private lastString = '';
  private pendingKey: string | undefined;
  private inSubjects = false;
  private subjectsSeen = false;
  private ended = false;
  /** Line and column where the subject last handed out starts. */
  subjectLine = 0;
  subjectColumn = 0;

  constructor(
    file: string,
    private readonly maxBytes: number,
    private readonly maxSubjectChars = 256 * 1024 * 1024,
    /** Bytes read at a time (small in tests, to cut the text everywhere). */
    private readonly chunk = chunkBytes,
  ) {
    this.buffer = Buffer.allocUnsafe(chunk + 4);
    this.fd = openSync(file, 'r');
  }

  close(): void {
    closeSync(this.fd);
  }

  private fail(message: string): never {
    throw new PartSyntaxError(this.line, Math.max(1, this.column), message);
  }

  /** Bytes of a UTF-8 sequence cut by the end of the last read, carried to the next. */
  private tail = 0;

  /**
   * More text, or false at the end of the file. Decoded natively a chunk at a time (a StringDecoder cost a third of
   * a merge's time): up to the last whole UTF-8 character, the cut one carried over.
   */
  private more(): boolean {
    if (this.done) return false;
    const n = readSync(this.fd, this.buffer, this.tail, this.chunk, null);
    if (n === 0) {
      this.done = true;
      if (this.tail) this.text += this.buffer.toString('utf8', 0, this.tail);
      this.tail = 0;
      return this.at < this.text.length;
    }
    this.bytes += n;
    if (this.bytes > this.maxBytes) this.fail(`the part is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MiB (--max-part-mb)`);
    const end = this.tail + n;
    let whole = end;
    // Back over at most 3 continuation bytes to the lead byte of the last character: cut before it if incomplete.
    for (let i = end - 1, back = 0; i >= 0 && back < 4; i--, back++) {
      const b = this.buffer[i]!;
      if ((b & 0xc0) === 0x80) continue;
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (end - i < length) whole = i;
      break;
    }
    this.text += this.buffer.toString('utf8', 0, whole);
    this.tail = end - whole;
    if (this.tail) this.buffer.copy(this.buffer, 0, whole, end);
    return true;
  }

  private keep(s: string): void {
    this.skeleton.push(s);
    this.skeletonSize += s.length;
    if (this.skeletonSize > 512 * 1024 * 1024) this.fail('the part holds more than 512 MiB outside its subjects');
  }

  private flushFrom = 0;
  private partialString = '';
  /** Positions of the next quote and backslash in `text` (-2: not searched yet, -1: none left). */
  private quote = -2;
  private slash = -2;
  /** Between subjects: a comma is due (after a subject), or a subject is (after a comma). */
  private commaDue = false;
  private subjectDue = false;

  /**
   * Follows the structure up to the end of the next subject. Returns the subject's text, or undefined when there
   * are no more (the file has then been read to its end).
   */
  nextSubject(): string | undefined {
    if (this.ended) return undefined;
    let piece = '';
    let start = -1;
    for (;;) {
      if (this.at >= this.text.length) {
        if (start >= 0) {
          piece += this.text.slice(start);
          if (piece.length > this.maxSubjectChars) this.fail(`a subject of more than ${this.maxSubjectChars} characters`);
          start = 0;
        } else this.keep(this.text.slice(this.flushFrom));
        if (this.stringStart >= 0) {
          this.partialString += this.text.slice(this.stringStart);
          this.stringStart = 0;
        }
        this.text = '';
        this.at = 0;
        this.flushFrom = 0;
        this.quote = -2;
        this.slash = -2;
        if (!this.more()) {
          if (this.depth !== 0 || this.inString || start >= 0) this.fail('the part ends before its JSON does');
          this.ended = true;
          if (!this.subjectsSeen) this.fail('the part has no "subjects" list');
          return undefined;
        }
        continue;
      }
      const c = this.text.charCodeAt(this.at++);
      if (c === 10) {
        this.line++;
        this.column = 0;
      } else this.column++;
      if (this.inString) {
        // Inside a string: on to its closing quote at once (a JSON string holds no line break, and no bracket counts).
        this.at--;
        this.column--;
        const text = this.text;
        let i = this.at;
        if (this.escape) {
          // The chunk before ended on a backslash: this character is escaped.
          this.escape = false;
          i++;
        }
        for (;;) {
          // The next quote and backslash of this chunk, each searched for again only once passed (-1: none left).
          if (this.quote !== -1 && this.quote < i) this.quote = text.indexOf('"', i);
          if (this.slash !== -1 && this.slash < i) this.slash = text.indexOf('\\', i);
          const quote = this.quote;
          const slash = this.slash;
          if (slash >= 0 && (quote < 0 || slash < quote)) {
            if (slash + 1 >= text.length) {
              this.escape = true;
              i = text.length;
              break;
            }
            i = slash + 2;
            continue;
          }
          if (quote < 0) {
            i = text.length;
            break;
          }
          i = quote + 1;
          this.inString = false;
          if (this.stringStart >= 0) {
            const s = this.partialString + text.slice(this.stringStart, quote);
            this.lastString = s.length <= 1000 ? s : '';
            this.stringStart = -1;
            this.partialString = '';
          }
          break;
        }
        this.column += i - this.at;
        this.at = i;
        continue;
      }
      const between = this.inSubjects && this.depth === 2 && start < 0;
      if (between) {
        // Between subjects only whitespace, one comma each, and the list's end; they stay out of the skeleton.
        if (c === 32 || c === 10 || c === 13 || c === 9) {
          if (this.commaDue || this.subjectDue) this.flushFrom = this.at;
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
        this.keep(this.text.slice(this.flushFrom, this.at - 1));
        this.subjectLine = this.line;
        this.subjectColumn = this.column;
        start = this.at - 1;
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
        }
        this.depth++;
        if (this.depth > 200) this.fail('the part nests more than 200 levels deep');
        continue;
      }
      if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth < 0) this.fail(`an unexpected ${String.fromCharCode(c)}`);
        if (start >= 0 && this.depth === 2) {
          // The subject ends here.
          piece += this.text.slice(start, this.at);
          if (piece.length > this.maxSubjectChars) this.fail(`a subject of more than ${this.maxSubjectChars} characters`);
          this.flushFrom = this.at;
          this.commaDue = true;
          return piece;
        }
        continue;
      }
      if (this.depth === 1 && c === 58) this.pendingKey = this.lastString;
      else if (this.depth === 1 && c === 44) this.pendingKey = undefined;
    }
  }

  /** After the last subject: the rest of the report, parsed (its `subjects` list empty). */
  rest(): unknown {
    if (!this.ended) this.fail('the part was not read to its end');
    const text = this.skeleton.join('');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new PartSyntaxError(1, 1, `not JSON: ${(error as Error).message}`);
    }
  }
}
