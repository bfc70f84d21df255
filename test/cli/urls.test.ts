import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageHomepage } from '../../src/paths.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * No address that leads nowhere: ringfence owns no domain (ringfence.dev does not exist, and whoever registers it
 * later would receive every click and every editor's schema fetch). Every URL in what ringfence writes — each
 * report format of a full run of the examples, with and without evidence, an attestation, the reference page,
 * the help, the templates and the schemas — has a host on the list below: public references the standard cites,
 * the JSON Schema and SARIF schema ids, in-toto's statement type; or a host reserved for examples (RFC 2606 and
 * RFC 6761: .example, example.com/.net/.org, .test, .invalid), which no one can register, and which the example
 * documents use for their invented vendors. `apiVersion: ringfence.dev/v1` is a Kubernetes-style group name,
 * not an address.
 */
const realHosts = new Set([
  // Schemas and formats.
  'json-schema.org', // $schema of every JSON Schema (draft 2020-12)
  'json.schemastore.org', // SARIF's $schema
  'in-toto.io', // in-toto Statement v1 _type
  // References the standard's controls cite (standards/, rules/): public pages.
  'aws.amazon.com',
  'azure.microsoft.com',
  'blogs.microsoft.com',
  'borncity.com',
  'cloud.google.com',
  'csrc.nist.gov',
  'cybersecuritydive.com',
  'developer.apple.com',
  'docs-cortex.paloaltonetworks.com',
  'docs.aws.amazon.com',
  'eur-lex.europa.eu',
  'github.com',
  'howtoharden.com',
  'learn.microsoft.com',
  'neowin.net',
  'news.cnet.com',
  'news.itsfoss.com',
  'registry.terraform.io',
  'slsa.dev',
  'sre.google',
  'stackdiary.com',
  'support.kaspersky.com',
  'www.cisa.gov',
  'www.crowdstrike.com',
  'www.cyber.gov.au',
  'www.gao.gov',
  'www.kernel.org',
  'www.microsoft.com',
  'www.reuters.com',
  'www.rfc-editor.org',
  'www.sentinelone.com',
  'www.techeye.net',
  'www.technibble.com',
]);

/** RFC 2606 / RFC 6761 names: reserved, so clearly fictional and never anyone's. */
function reservedForExamples(host: string): boolean {
  return ['example', 'test', 'invalid', 'localhost', 'example.com', 'example.net', 'example.org'].some((s) => host === s || host.endsWith(`.${s}`));
}

/**
 * Outstanding, and the only exception: the exemplary example manifest's evidence entries link files on
 * ringfence.dev. A reserved host would be honest, but ringfence (rightly) treats a link there as linking
 * nothing, which drops the example from "linked" to "declared" and its grade from A to D without --evidence:
 * a change to the examples' documented results, decided separately (see docs/packaging.md). Pinned here to
 * exactly those files, so that nothing else can hide behind it.
 */
const outstanding = /^https:\/\/ringfence\.dev\/examples\/evidence\/aegis\/[a-z0-9.-]+\.(md|intoto\.jsonl|release-history\.yaml|cdx\.json|inf|ko)$/;

const urlPattern = /\bhttps?:\/\/[^\s"'<>`\\)\]]+/g;

function problems(name: string, text: string): string[] {
  const out: string[] = [];
  // HTML writes & and " as entities; a URL ends where an entity for a quote or bracket begins.
  const plain = text.replace(/&quot;|&#39;|&lt;|&gt;/g, ' ').replace(/&amp;/g, '&');
  for (const m of plain.matchAll(urlPattern)) {
    const url = m[0].replace(/[.,;:]+$/, '');
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue; // "https://" alone, in prose about URLs
    }
    if (realHosts.has(host) || reservedForExamples(host) || outstanding.test(url)) continue;
    out.push(`${name}: ${url}`);
  }
  // Without a scheme too: the only ringfence.dev is the apiVersion group (and the outstanding evidence links).
  for (const m of plain.matchAll(/ringfence\.dev[^\s"'<>`\\)\]]*/g)) {
    if (/^ringfence\.dev\/v1\b/.test(m[0]) || /^ringfence\.dev\/?$/.test(m[0])) continue;
    if (outstanding.test(`https://${m[0]}`)) continue;
    out.push(`${name}: ${m[0]}`);
  }
  return out;
}

describe('no URL that leads nowhere', () => {
  it('in every output format of a full run, an attestation, the reference page, the help, the templates and the schemas', () => {
    const dir = tempDir('urls');
    const formats = ['text', 'json', 'sarif', 'jsonl', 'markdown', 'html', 'junit', 'oscal'];
    const all = runCli(['check', 'examples/', '--as-of', '2026-11-25', ...formats.flatMap((f) => ['--format', `${f}=${dir}/all.${f}`])], { timeout: 240_000 });
    expect(all.code, all.stderr).toBe(1);
    const withEvidence = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--evidence', 'examples/evidence/aegis', '--as-of', '2026-11-25', ...formats.flatMap((f) => ['--format', `${f}=${dir}/evidence.${f}`])], { timeout: 120_000 });
    expect(withEvidence.code, withEvidence.stderr).toBe(0);

    const texts: [string, string][] = readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
    // The formats really were written, and carry the links there are to check.
    expect(texts.map(([f]) => f)).toHaveLength(formats.length * 2);
    for (const f of ['all.json', 'all.sarif', 'all.html', 'all.oscal', 'evidence.oscal']) expect(texts.find(([name]) => name === f)![1].includes('https://'), f).toBe(true);

    const keys = runCli(['keygen', '-o', `${dir}/signer`], { cwd: root });
    expect(keys.code, keys.stderr).toBe(0);
    const attest = runCli(['attest', 'examples/vendors/aegis-exemplary.yaml', '--key', `${dir}/signer.key`, '--as-of', '2026-11-25']);
    expect(attest.code, attest.stderr).toBe(0);
    const payload = Buffer.from((JSON.parse(attest.stdout) as { payload: string }).payload, 'base64').toString('utf8');
    expect((JSON.parse(payload) as { predicateType: string }).predicateType).toBe('urn:ringfence:attestation:check:v1');
    texts.push(['attestation', attest.stdout], ['attestation payload', payload]);

    texts.push(['docs', runCli(['docs']).stdout]);
    texts.push(['explain', runCli(['explain', 'KDUS-SR-01']).stdout]);
    const help = runCli(['--help']).stdout;
    texts.push(['help', help]);
    for (const c of ['check', 'explain', 'test', 'lint-standard', 'schema', 'init', 'docs', 'attest', 'verify', 'keygen', 'vouch', 'compare']) texts.push([`help ${c}`, runCli(['help', c]).stdout]);
    texts.push(['init vendor', runCli(['init', 'vendor']).stdout], ['init deployment', runCli(['init', 'deployment']).stdout]);
    for (const d of ['templates', 'schemas']) {
      for (const f of readdirSync(path.join(root, d)).sort()) texts.push([`${d}/${f}`, readFileSync(path.join(root, d, f), 'utf8')]);
    }

    expect(texts.flatMap(([name, text]) => problems(name, text))).toEqual([]);
  }, 400_000);

  it('the scan itself catches an address off the list, with or without a scheme', () => {
    expect(problems('x', 'see https://ringfence.dev/docs and <a href="https://evil.example.net.attacker.io/x">')).toEqual(['x: https://ringfence.dev/docs', 'x: https://evil.example.net.attacker.io/x', 'x: ringfence.dev/docs']);
    expect(problems('x', 'apiVersion: ringfence.dev/v1 and https://vendor.example/a and https://www.cisa.gov/b.')).toEqual([]);
  });

  it('SARIF names the tool’s page only when package.json does (homepage, else repository), and never invents one', () => {
    expect(packageHomepage({})).toBeUndefined();
    expect(packageHomepage({ homepage: 'https://ringfence.example.org/docs' })).toBe('https://ringfence.example.org/docs');
    expect(packageHomepage({ homepage: 'http://ringfence.example.org/' })).toBeUndefined();
    expect(packageHomepage({ repository: { type: 'git', url: 'git+https://code.example.org/team/ringfence.git' } })).toBe('https://code.example.org/team/ringfence');
    expect(packageHomepage({ repository: 'github:team/ringfence' })).toBe('https://github.com/team/ringfence');
    expect(packageHomepage({ repository: 'team/ringfence' })).toBe('https://github.com/team/ringfence');
    expect(packageHomepage({ repository: 'git@code.example.org:team/ringfence.git' })).toBeUndefined();
    expect(packageHomepage({ homepage: 'https://user:secret@code.example.org/' })).toBeUndefined();

    // The checked-in package.json names none: no informationUri anywhere.
    const dir = tempDir('homepage');
    const plain = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--as-of', '2026-11-25', '--format', `sarif=${dir}/plain.sarif`, '--format', `json=${dir}/plain.json`]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(readFileSync(`${dir}/plain.sarif`, 'utf8')).not.toMatch(/informationUri|helpUri/);
    expect((JSON.parse(readFileSync(`${dir}/plain.json`, 'utf8')) as { tool: object }).tool).toEqual({ name: 'ringfence', version: expect.any(String) });

    // A copy of the package whose package.json names a repository: read at run time.
    const pkg = path.join(dir, 'pkg');
    for (const d of ['bin', 'dist', 'schemas', 'standards', 'rules', 'templates']) cpSync(path.join(root, d), path.join(pkg, d), { recursive: true, preserveTimestamps: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'));
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, repository: { type: 'git', url: 'git+https://code.example.org/team/ringfence.git' } }));
    const r = spawnSync(process.execPath, [path.join(pkg, 'bin', 'ringfence.js'), 'check', path.join(root, 'examples/vendors/aegis-exemplary.yaml'), '--as-of', '2026-11-25', '--format', `sarif=${dir}/named.sarif`, '--format', `json=${dir}/named.json`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(`${dir}/named.sarif`, 'utf8')) as { runs: { tool: { driver: { informationUri?: string } } }[] };
    expect(sarif.runs[0]!.tool.driver.informationUri).toBe('https://code.example.org/team/ringfence');
    expect((JSON.parse(readFileSync(`${dir}/named.json`, 'utf8')) as { tool: object }).tool).toEqual({ name: 'ringfence', version: manifest.version, informationUri: 'https://code.example.org/team/ringfence' });
  }, 120_000);
});
