import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonText, PartReader, PartSyntaxError } from '../../src/cli/part-reader.js';
import { tempDir } from '../helpers.js';

const dir = tempDir('part-reader');

function readAll(text: string, chunk: number): { subjects: unknown[]; rest: unknown } {
  const file = path.join(dir, 'part.json');
  writeFileSync(file, text);
  const reader = new PartReader(file, 1 << 30, 1 << 20, chunk);
  try {
    const subjects: unknown[] = [];
    for (let s = reader.nextSubject(); s !== undefined; s = reader.nextSubject()) subjects.push(JSON.parse(s));
    return { subjects, rest: reader.rest() };
  } finally {
    reader.close();
  }
}

const report = {
  reportVersion: 2,
  tool: { name: 'ringfence', note: 'a "subjects": [ { } ] inside a string, \\ and \\" and ünïcødé 🛡' },
  subjectsLike: ['subjects'],
  subjects: [
    { id: 'a#0', text: 'brackets ] } [ { and "quotes" and \\\\ backslashes\\', nested: [{ x: [1, 2, { y: '}' }] }] },
    { id: 'b#1', empty: {}, list: [], s: '' },
    { id: 'c#0', emoji: '🛡🛡🛡', esc: '\u0000\u001f\u2028' },
  ],
  problems: [{ message: 'after the subjects: "subjects": [1]' }],
  shard: { index: 1 },
};

describe('PartReader: the subjects of a JSON report one at a time', () => {
  for (const layout of ['indented', 'compact'] as const) {
    const text = layout === 'indented' ? JSON.stringify(report, null, 2) : JSON.stringify(report);
    it(`reads exactly what JSON.parse reads, cut into chunks of any size (${layout})`, () => {
      const { subjects, ...rest } = report;
      for (const chunk of [1, 2, 3, 5, 7, 13, 64, 1 << 20]) {
        const r = readAll(text, chunk);
        expect(r.subjects, `chunk ${chunk}`).toEqual(subjects);
        expect(r.rest, `chunk ${chunk}`).toEqual({ ...rest, subjects: [] });
      }
    });
  }

  it('an empty list of subjects', () => {
    expect(readAll('{"a": 1, "subjects": [], "b": [2]}', 3)).toEqual({ subjects: [], rest: { a: 1, subjects: [], b: [2] } });
  });

  const refused = (text: string, message: RegExp) => {
    for (const chunk of [1, 4, 1 << 20]) {
      let error: unknown;
      try {
        readAll(text, chunk);
      } catch (e) {
        error = e;
      }
      expect(error, `${text} (chunk ${chunk})`).toBeInstanceOf(PartSyntaxError);
      expect((error as Error).message).toMatch(message);
    }
  };

  it('refuses what a JSON parser would not take as one list of subjects', () => {
    refused('{"subjects": [{"a": 1} {"b": 2}]}', /missing ","/);
    refused('{"subjects": [{"a": 1},]}', /"," before the end/);
    refused('{"subjects": [,{"a": 1}]}', /unexpected ","/);
    refused('{"subjects": [1, 2]}', /not an object/);
    refused('{"subjects": [{"a": 1}], "subjects": []}', /two "subjects" lists/);
    refused('{"subjects": [{"a": "unclosed}]}', /ends before its JSON/);
    refused('{"problems": []}', /no "subjects" list/);
    refused('{"subjects": [{"a": 1}]}}', /unexpected \}/);
    refused(`{"subjects": [${'['.repeat(300)}]}`, /not an object|200 levels/);
  });

  it('bounds the file and each subject while reading', () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ subjects: [{ pad: 'x'.repeat(5000) }] }));
    const small = new PartReader(file, 1000, 1 << 20, 256);
    expect(() => small.nextSubject()).toThrow(/larger than/);
    small.close();
    const narrow = new PartReader(file, 1 << 20, 1000, 256);
    expect(() => narrow.nextSubject()).toThrow(/a subject of more than 1000 bytes/);
    narrow.close();
  });

  it('positions what is wrong at its line and column', () => {
    let error: PartSyntaxError | undefined;
    try {
      readAll('{\n  "subjects": [\n    {"a": 1}\n    {"b": 2}\n  ]\n}', 4);
    } catch (e) {
      error = e as PartSyntaxError;
    }
    expect([error?.line, error?.column]).toEqual([4, 5]);
  });

  it('hands out JSON text that parses to what decoding the bytes would: non-ASCII escaped, never an escape made of what was not one', () => {
    const same = (text: string) => {
      const bytes = Buffer.from(text);
      let expected: unknown;
      let failed = false;
      try {
        expected = JSON.parse(text);
      } catch {
        failed = true;
      }
      const fast = jsonText(bytes)!;
      if (failed) expect(() => JSON.parse(fast), text).toThrow();
      else expect(JSON.parse(fast), text).toEqual(expected);
    };
    for (const t of ['{"a": "plain"}', '{"a": "ünïcødé — ≥ 🛡", "ü": ["é"]}', '{"a": "\\\\é"}', '{"a": "\\é"}', '{"a": "x\\\\\\é"}', '{"a": 1}é', '{"a": 1é}', '{"a": "\\u00e9é"}', '{"a": "\u2028\u2029"}']) same(t);
    expect(jsonText(Buffer.from('{"a": "ascii"}'))).toBe('{"a": "ascii"}');
    // Not UTF-8 (a Latin-1 é, a lone continuation byte, a cut sequence): refused, not replaced.
    for (const bad of [[0x22, 0xe9, 0x22], [0x22, 0x80, 0x22], [0x22, 0xe2, 0x80, 0x22]]) expect(jsonText(Buffer.from(bad))).toBeUndefined();
  });

  it('finds the skeleton before the subjects: the head, and the tail from the end of the file where ringfence writes it', () => {
    const file = path.join(dir, 'tail.json');
    const open = (text: string, chunk = 1 << 20) => {
      writeFileSync(file, text);
      return new PartReader(file, 1 << 30, 1 << 20, chunk);
    };
    const indented = `${JSON.stringify(report, null, 2)}\n`;
    const none = `${JSON.stringify({ ...report, subjects: [] }, null, 2)}\n`;
    for (const [text, chunk] of [1, 7, 64, 1 << 20].flatMap((c) => [[indented, c], [none, c]] as const)) {
      const r = open(text, chunk);
      const head = r.head();
      const tail = r.tail(1 << 20)!;
      expect(head.endsWith('"subjects": ['), `chunk ${chunk}`).toBe(true);
      expect(tail.startsWith('],\n  "problems": ')).toBe(true);
      const planned = JSON.parse(head + tail) as unknown;
      // The forward read, from where head() stopped, meets every subject and the same skeleton.
      const subjects: unknown[] = [];
      for (let s = r.nextSubject(); s !== undefined; s = r.nextSubject()) subjects.push(JSON.parse(s));
      expect(subjects).toEqual(text === none ? [] : report.subjects);
      expect(JSON.stringify(r.rest())).toBe(JSON.stringify(planned));
      // The text itself is the same, which the merge compares by digest.
      expect(r.skeletonDigest()).toBe(createHash('sha256').update(head + tail).digest('hex'));
      r.close();
    }
    // No tail within the limit, or none where ringfence writes it (compact): undefined, and the part is read through.
    let r = open(indented);
    expect(r.tail(10)).toBeUndefined();
    r.close();
    r = open(JSON.stringify(report));
    expect(r.tail(1 << 20)).toBeUndefined();
    r.close();
    // A tail that is not the part's (a member after the list, and again after "problems"): it parses, but to
    // another skeleton than the forward read meets, which is how the merge knows to plan again.
    const { subjects: _subjects, problems, shard, ...rest } = report;
    const member = (k: string, v: unknown) => `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`;
    const twice = `{\n${[...Object.entries(rest).map(([k, v]) => member(k, v)), member('subjects', report.subjects), member('shard', [shard]), member('problems', problems), member('shard', [shard])].join(',\n')}\n}\n`;
    r = open(twice);
    const head = r.head();
    const tail = r.tail(1 << 20)!;
    const planned = JSON.parse(head + tail) as unknown;
    while (r.skipSubject());
    expect(JSON.stringify(r.rest())).not.toBe(JSON.stringify(planned));
    expect(r.skeletonDigest()).not.toBe(createHash('sha256').update(head + tail).digest('hex'));
    r.close();
  });
});
