import { describe, expect, it } from 'vitest';
import { placeholderDigest, placeholderName, reservedHost, unusableUrl } from '../../src/evidence/checks.js';
import { resolves, within } from '../../src/evidence/index.js';
import { assuranceRank, weakest } from '../../src/evidence/levels.js';

describe('evidence checks', () => {
  it('tells a placeholder SHA-256 from a real one', () => {
    expect(placeholderDigest('cf05a1afc59ded06c30e967645343d725e2e3b31eee0b995990c5ef575da839b')).toBeUndefined();
    for (const p of ['0'.repeat(64), 'f'.repeat(64), '01'.repeat(32), 'deadbeef'.repeat(8), '0123456789abcdef'.repeat(4), 'ab'.repeat(31) + 'ba']) {
      expect(placeholderDigest(p), p).toBeDefined();
    }
    expect(placeholderDigest('A'.repeat(64))).toMatch(/not a SHA-256/);
    expect(placeholderDigest('abc')).toMatch(/not a SHA-256/);
  });

  it('knows the hosts no reader can reach, and leaves public ones alone', () => {
    for (const h of ['localhost', 'a.localhost', 'vendor.example', 'example.com', 'docs.example.org', 'x.test', 'y.invalid', 'printer.local', 'nas.home.arpa', 'corp.internal', '127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.1.1', '100.64.0.1', '192.0.2.7', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:127.0.0.1]', 'intranet']) {
      expect(reservedHost(h), h).toBeDefined();
    }
    for (const h of ['ringfence.dev', 'myexample.com', 'example.community', 'examples.net.au', '172.32.0.1', '8.8.8.8', '[2001:4860::8888]']) {
      expect(reservedHost(h), h).toBeUndefined();
    }
    expect(unusableUrl('https://ringfence.dev/a.md')).toBeUndefined();
    expect(unusableUrl('ftp://ringfence.dev/a.md')!.message).toMatch(/not https/);
    expect(unusableUrl('not a url')!.message).toMatch(/not a URL/);
  });

  it('flags names a template left in', () => {
    expect(placeholderName('Example Security Inc.')).toBe(true);
    expect(placeholderName('ACME Corp')).toBe(true);
    expect(placeholderName('TODO')).toBe(true);
    expect(placeholderName('Aegis Sentinel Systems')).toBe(false);
    expect(placeholderName('Exemplary Security')).toBe(false);
  });

  it('resolves pointers as data, and covers a claim with the pointer above it', () => {
    const doc = { a: [{ b: 1 }], 'x/y': { '~': 0 } };
    expect(resolves(doc, '/a/0/b')).toBe(true);
    expect(resolves(doc, '/a/1')).toBe(false);
    expect(resolves(doc, '/a/01')).toBe(false);
    expect(resolves(doc, '/x~1y/~0')).toBe(true);
    expect(resolves(doc, '/constructor')).toBe(false);
    expect(resolves(doc, '/__proto__')).toBe(false);
    expect(resolves(doc, 'a')).toBe(false);
    expect(within('/updateChannels/0/rollout/rings', '/updateChannels/0/rollout')).toBe(true);
    expect(within('/updateChannels/0/rolloutX', '/updateChannels/0/rollout')).toBe(false);
    expect(within('/updateChannels/0', '/updateChannels/0/rollout')).toBe(false);
  });

  it('orders the levels, with contradicted below declared', () => {
    expect(assuranceRank('declared')).toBe(0);
    expect(assuranceRank('observed')).toBe(3);
    expect(assuranceRank('independently_verified')).toBe(4);
    expect(weakest('verified', 'linked')).toBe('linked');
    expect(weakest('contradicted', 'declared')).toBe('contradicted');
  });
});
