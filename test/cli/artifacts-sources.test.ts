import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/model/report.js';
import { root, runCli, tempDir } from '../helpers.js';

/**
 * `check --sources`: the vendor checking itself in its own repository names each component's source folder, and
 * ringfence counts its languages (GitHub Linguist's rules, via linguist-js) and sets the census beside what the
 * component declares. The repository here is built in a temporary folder: the exemplary manifest with its Windows
 * driver pointed at a small source tree.
 */
const asOf = ['--as-of', '2026-11-25'];
let dir: string;

const c = (n: number) => Array.from({ length: n }, (_, i) => `int f${i}(int x) { return x + ${i}; }`).join('\n') + '\n';
const rust = (n: number) => Array.from({ length: n }, (_, i) => `pub fn p${i}(b: &[u8]) -> Option<u8> { b.get(${i}).copied() }`).join('\n') + '\n';
const cpp = (n: number) => '#include <vector>\n' + Array.from({ length: n }, (_, i) => `std::vector<int> v${i}() { return std::vector<int>{${i}}; }`).join('\n') + '\nclass Parser { public: virtual ~Parser(); };\n';

function manifest(name: string, component: string): void {
  const text = readFileSync(path.join(root, 'examples/vendors/aegis-exemplary.yaml'), 'utf8')
    // The Windows driver: its source folder, and line counts of the size of the tree.
    .replace('    binary: aegisflt.sys\n', `    binary: aegisflt.sys\n${component}`)
    .replace('language: { primary: c, loc: { c: 38200, rust: 11900 } }', 'language: { primary: c, loc: { c: 300, rust: 120 } }');
  writeFileSync(path.join(dir, name), text);
}

function check(file: string): { code: number; subject: Subject; report: Report; stdout: string } {
  const r = runCli(['check', file, '--sources', ...asOf, '--format', 'json'], { cwd: dir, timeout: 120_000 });
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, report, subject: report.subjects[0]!, stdout: r.stdout };
}

const observations = (s: Subject) => [...new Map(s.controls.flatMap((x) => x.observations ?? []).map((o) => [`${o.claim} ${o.result}`, o])).values()].filter((o) => o.artifact.kind === 'source-tree');

beforeAll(() => {
  dir = tempDir('sources');
  mkdirSync(path.join(dir, 'driver/src'), { recursive: true });
  mkdirSync(path.join(dir, 'driver/parser/src'), { recursive: true });
  writeFileSync(path.join(dir, 'driver/src/filter.c'), c(300));
  writeFileSync(path.join(dir, 'driver/parser/src/lib.rs'), rust(120));
  mkdirSync(path.join(dir, 'cpp-driver'), { recursive: true });
  writeFileSync(path.join(dir, 'cpp-driver/filter.cpp'), cpp(400));
  writeFileSync(path.join(dir, 'cpp-driver/parser.cpp'), cpp(100));
});

describe('check --sources', () => {
  it('a tree that matches the declared languages backs them as observed', () => {
    manifest('good.yaml', '    source: driver\n');
    const r = check('good.yaml');
    expect(r.report.problems.filter((p) => p.code.startsWith('source'))).toEqual([]);
    expect(observations(r.subject).map((o) => `${o.claim} ${o.result}`).sort()).toEqual([
      '/components/0/contentParsing/parserLanguage observed',
      '/components/0/language/loc/c observed',
      '/components/0/language/loc/rust observed',
      '/components/0/language/primary observed',
    ]);
    expect(observations(r.subject).find((o) => o.claim.endsWith('parserLanguage'))!.artifact.file).toBe('driver/parser/src/lib.rs');
  });

  it('a "Rust parser" in a tree of C++ is contradicted, at the manifest line, naming the census', () => {
    manifest('cpp.yaml', '    source: cpp-driver\n');
    const r = check('cpp.yaml');
    const contradicted = observations(r.subject).filter((o) => o.result === 'contradicted').map((o) => o.claim).sort();
    expect(contradicted).toEqual(['/components/0/contentParsing/parserLanguage', '/components/0/language/loc', '/components/0/language/loc/c', '/components/0/language/loc/rust', '/components/0/language/primary']);
    const ms01 = r.subject.controls.find((x) => x.id === 'KDUS-MS-01')!;
    expect(ms01.status).toBe('fail');
    expect(ms01.findings.map((f) => f.message).join('\n')).toMatch(/is contradicted by the source tree cpp-driver\/filter\.cpp:1:1: the census of cpp-driver \(2 files\) counts cpp \d+ non-blank lines: cpp, not c, is the primary language/);
    expect(r.subject.controls.flatMap((x) => x.observations ?? [])).toContainEqual(expect.objectContaining({ claim: '/components/0/contentParsing/parserLanguage', result: 'contradicted', observed: expect.stringMatching(/^the census of cpp-driver finds no rust at all \(cpp \d+\): the parser cannot be written in it$/) }));
  });

  it('a source folder outside the manifest\'s folder, or a link out of it, is not read', () => {
    const outside = tempDir('sources-outside');
    writeFileSync(path.join(outside, 'secret.rs'), rust(50));
    mkdirSync(path.join(dir, 'linked'), { recursive: true });
    writeFileSync(path.join(dir, 'linked/filter.c'), c(300));
    symlinkSync(path.join(outside, 'secret.rs'), path.join(dir, 'linked/lib.rs'));
    manifest('escape.yaml', `    source: ../${path.basename(outside)}\n`);
    const r = check('escape.yaml');
    expect(r.code).toBe(2);
    expect(r.report.problems.map((p) => p.message).join('\n')).toMatch(/components\[0\]\.source "\.\.\/sources-outside-\w+" of escape\.yaml: the source folder resolves to .*, outside the manifest's folder/);
    manifest('linked.yaml', '    source: linked\n');
    const l = check('linked.yaml');
    // The link to the Rust file is not followed: the tree holds no Rust.
    expect(observations(l.subject).find((o) => o.claim.endsWith('parserLanguage'))).toMatchObject({ result: 'contradicted' });
  });

  it('without --sources nothing is read and nothing is loaded', () => {
    manifest('plain.yaml', '    source: cpp-driver\n');
    const r = runCli(['check', 'plain.yaml', ...asOf, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.subjects[0]!.controls.flatMap((x) => x.observations ?? [])).toEqual([]);
  });
});

describe('check --sources: artifact files the manifest names by path', () => {
  it('an INF named in the evidence list is read as the manifest\'s own artifact; outside the folder, or with the wrong digest, it is refused', async () => {
    const repo = tempDir('sources-paths');
    mkdirSync(path.join(repo, 'driver'), { recursive: true });
    writeFileSync(path.join(repo, 'driver/borealis.inf'), readFileSync(path.join(root, 'examples/evidence/borealis/borealis.inf')));
    const base = readFileSync(path.join(root, 'examples/vendors/borealis-typical.yaml'), 'utf8');
    const withEntry = (entry: string) => base.replace(/^evidence:\n/m, `evidence:\n${entry}`);
    writeFileSync(path.join(repo, 'manifest.yaml'), withEntry('  - claim: /components\n    type: document\n    path: driver/borealis.inf\n'));
    const run = (file: string, ...more: string[]) => {
      const r = runCli(['check', file, ...more, ...asOf, '--format', 'json'], { cwd: repo, timeout: 120_000 });
      return { code: r.code, report: JSON.parse(r.stdout) as Report };
    };
    const observed = (rep: Report) => rep.subjects[0]!.controls.flatMap((x) => x.observations ?? []).filter((o) => o.artifact.kind === 'windows-inf');
    const on = run('manifest.yaml', '--sources');
    expect(observed(on.report).some((o) => o.result === 'contradicted' && o.claim === '/components' && o.artifact.file === 'driver/borealis.inf')).toBe(true);
    expect(on.report.problems.filter((p) => p.code === 'evidence-url')).toHaveLength(1); // the manifest's own url-less entry elsewhere, not this one
    expect(observed(run('manifest.yaml').report)).toEqual([]);
    writeFileSync(path.join(repo, 'missing.yaml'), withEntry('  - claim: /components\n    type: document\n    path: driver/gone.inf\n'));
    const missing = run('missing.yaml', '--sources');
    expect(missing.code).toBe(2);
    expect(missing.report.problems.map((p) => p.message).join('\n')).toMatch(/evidence\[0\]\.path "driver\/gone\.inf" of missing\.yaml: no such file or directory/);
    // A file beside the repository, not in it: the manifest may not reach out of its folder.
    const beside = `${path.basename(repo)}.inf`;
    writeFileSync(path.join(path.dirname(repo), beside), readFileSync(path.join(root, 'examples/evidence/borealis/borealis.inf')));
    writeFileSync(path.join(repo, 'outside.yaml'), withEntry(`  - claim: /components\n    type: document\n    path: ../${beside}\n`));
    const outside = run('outside.yaml', '--sources');
    expect(outside.code).toBe(2);
    expect(outside.report.problems.map((p) => p.message).join('\n')).toMatch(/of outside\.yaml: the file resolves outside the manifest's folder \(.*\), so it is not read/);
    expect(observed(outside.report)).toEqual([]);
    writeFileSync(path.join(repo, 'digest.yaml'), withEntry(`  - claim: /components\n    type: document\n    path: driver/borealis.inf\n    sha256: "${'0'.repeat(63)}1"\n`));
    const digest = run('digest.yaml', '--sources');
    expect(digest.code).toBe(2);
    expect(digest.report.problems.map((p) => p.message).join('\n')).toMatch(/evidence\[0\]\.path "driver\/borealis\.inf" of digest\.yaml: the file has SHA-256 [0-9a-f]{64}, not the 0{63}1 the entry pins/);
    expect(observed(digest.report)).toEqual([]);
  });
});
