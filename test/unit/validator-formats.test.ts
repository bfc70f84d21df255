import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ours = require('../../scripts/validator-formats.cjs') as { fullFormats: { uri: (s: string) => boolean }; SIMPLE_URI: RegExp };
const theirs = (require('ajv-formats/dist/formats') as { fullFormats: { uri: (s: string) => boolean } }).fullFormats;

describe('the validators\' uri format', () => {
  it('accepts only URIs that ajv-formats accepts, and decides the rest as it does', () => {
    const part = fc.string({ unit: fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@/?#%[]{} "\\<>^`|\u00e9AF'), maxLength: 12 });
    const uri = fc.oneof(
      fc.tuple(fc.constantFrom('https', 'http', 'file', 'urn', 'a+b', '1x', ''), fc.constantFrom(':', '://', ':/', '//'), part, part).map((xs) => xs.join('')),
      part,
    );
    fc.assert(
      fc.property(uri, (s) => {
        if (ours.SIMPLE_URI.test(s)) expect(theirs.uri(s), s).toBe(true);
        expect(ours.fullFormats.uri(s), s).toBe(theirs.uri(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the fast path for ordinary web addresses', () => {
    for (const s of ['https://example.com', 'https://example.com/a/b?c=d#e', 'http://10.0.0.1:8080/x', 'file:///srv/runbook.pdf', 'HTTPS://EXAMPLE.COM/']) {
      expect(ours.SIMPLE_URI.test(s), s).toBe(true);
      expect(theirs.uri(s), s).toBe(true);
    }
  });
});
