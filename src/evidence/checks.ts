/**
 * Checks on the values of evidence entries: digests that are placeholders, URLs a reader cannot follow, names
 * left as a template wrote them. Pure string functions; the positions are added by the caller.
 */

/**
 * Why a SHA-256 cannot be the digest of any evidence file, or undefined when it may be one: not 64 lowercase hex
 * digits, or a placeholder — one digit repeated, or a short pattern repeated (0123456789abcdef ×4, deadbeef ×8).
 * A real digest repeating with a period of 16 or less is as likely as guessing one.
 */
export function placeholderDigest(sha: string): string | undefined {
  if (!/^[0-9a-f]{64}$/.test(sha)) return `"${sha.length > 80 ? `${sha.slice(0, 80)}…` : sha}" is not a SHA-256 (64 lowercase hex digits)`;
  if (new Set(sha).size <= 2) return 'a placeholder SHA-256 (one or two digits repeated), not the digest of a file';
  for (let period = 1; period <= 16; period *= 2) {
    if (sha === sha.slice(0, period).repeat(64 / period)) return `a placeholder SHA-256 (${sha.slice(0, period)} repeated), not the digest of a file`;
  }
  return undefined;
}

/**
 * Host names no one can own (RFC 2606, RFC 6761, RFC 6762 .local, RFC 8375 home.arpa, .internal) and the
 * example domains reserved by IANA: a link there leads nowhere a reader can follow.
 */
const reservedSuffixes = ['example', 'test', 'invalid', 'localhost', 'local', 'home.arpa', 'internal', 'example.com', 'example.net', 'example.org'];

/** Why a URL cannot link a claim to evidence a reader can fetch, or undefined when it can. */
export function unusableUrl(url: string): { severity: 'error' | 'warning'; message: string } | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { severity: 'warning', message: `"${clip(url)}" is not a URL` };
  }
  if (u.protocol !== 'https:') return { severity: 'warning', message: `evidence URL ${clip(url)} is not https: a reader cannot be sure what it fetches is what the vendor published` };
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const reserved = reservedHost(host);
  if (reserved) return { severity: 'warning', message: `evidence URL ${clip(url)} is on ${reserved}: no reader can fetch it, so it links nothing` };
  return undefined;
}

/** What kind of reserved host `host` is (a URL's hostname, lowercase), or undefined for a public one. */
export function reservedHost(host: string): string | undefined {
  if (host.startsWith('[')) {
    const h = host.slice(1, -1);
    if (h === '::1' || h === '::') return 'a loopback address';
    if (/^f[cd]/.test(h)) return 'a private (unique local) address';
    if (/^fe[89ab]/.test(h)) return 'a link-local address';
    if (/^::ffff:/.test(h)) return reservedHost(h.slice(7));
    return undefined;
  }
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (ip) {
    const [a, b, c] = [Number(ip[1]), Number(ip[2]), Number(ip[3])];
    if (a === 127) return 'a loopback address';
    if (a === 0) return 'an unspecified address';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private address';
    if (a === 100 && b >= 64 && b <= 127) return 'a shared (carrier-grade NAT) address';
    if (a === 169 && b === 254) return 'a link-local address';
    if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'a documentation address (RFC 5737)';
    return undefined;
  }
  if (!host.includes('.')) return host === 'localhost' ? 'localhost' : `a single-label host name ("${host}") that resolves only inside some network`;
  for (const s of reservedSuffixes) {
    if (host === s || host.endsWith(`.${s}`)) return `a reserved host name (${s === 'localhost' ? 'localhost' : `.${s}`}; RFC 2606/6761)`;
  }
  return undefined;
}

/** Whether a name (vendor, product) is still a template's placeholder. */
export function placeholderName(name: string): boolean {
  return /\b(example|changeme|change me|todo|tbd|fixme|lorem|placeholder|your (company|product|vendor))\b/i.test(name) || /^acme\b/i.test(name);
}

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
