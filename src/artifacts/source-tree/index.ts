import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { inside } from '../../attest/subjects.js';
import { defaultLimits } from '../../load/limits.js';
import { compareStrings, displayPath, readTextFile } from '../../load/read-inputs.js';
import type { Problem } from '../../model/problem.js';
import { artifactProblem, lineRange, type ManifestView, type Observation } from '../types.js';
import { importModule } from '../../util/import-module.js';

/**
 * Source trees: a language census of a component's source folder (`components[].source`, a folder relative to the
 * manifest — the vendor checking itself in its own repository), set beside the languages the component declares.
 * The census uses linguist-js, a port of GitHub Linguist's rules (extensions, file names, shebangs, heuristics,
 * vendored and generated paths), loaded only when `check --sources` reads a folder; it runs offline on the file
 * contents ringfence hands it, so ringfence alone decides which files are read:
 * - the folder must resolve inside the manifest's own folder (no `..`, no link out);
 * - symbolic links are not followed, and only regular files are read;
 * - at most `maxFiles` files and `maxBytes` bytes in all; a file over `maxFileBytes` is left out (said once);
 * - only programming languages count (not data, markup or prose), and vendored code is left out, as Linguist does.
 */
export const sourceLimits = { maxFiles: 20_000, maxFileBytes: 1024 * 1024, maxBytes: 256 * 1024 * 1024 };

/** Linguist's language names → the manifest's Language words; any other programming language is `other`. */
const languageWords: Record<string, string> = {
  C: 'c',
  'C++': 'cpp',
  Assembly: 'asm',
  'Unix Assembly': 'asm',
  'Objective-C': 'objc',
  'Objective-C++': 'objc',
  Rust: 'rust',
  Go: 'go',
  'C#': 'csharp',
  Java: 'java',
  Swift: 'swift',
};

export interface Census {
  folder: string;
  files: number;
  /** Non-blank lines per manifest language word. */
  lines: Map<string, number>;
  /** The largest file of each language, for positions. */
  largest: Map<string, { file: string; bytes: number }>;
}

/** Reads and counts one component's source folder. Never throws. */
export async function censusOf(folder: string, manifestFile: string, limits = sourceLimits): Promise<{ census?: Census; problems: Problem[] }> {
  const shown = displayPath(folder);
  const problems: Problem[] = [];
  let root: string;
  try {
    root = realpathSync(folder);
    const base = realpathSync(path.dirname(manifestFile));
    if (!inside(root, base)) {
      problems.push(artifactProblem(shown, 'source-outside', `the source folder resolves to ${root}, outside the manifest's folder (${base}): a manifest may name only folders beside it`));
      return { problems };
    }
    if (!lstatSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    problems.push(artifactProblem(shown, 'source-unreadable', `the source folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
    return { problems };
  }
  const contents: Record<string, string> = {};
  let files = 0;
  let bytes = 0;
  let skippedLarge = 0;
  let stopped = false;
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      problems.push(artifactProblem(displayPath(path.join(folder, rel)), 'source-unreadable', 'a folder of the source tree cannot be read', undefined, 'warning'));
      return;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const e of entries) {
      if (stopped) return;
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === '.git') continue;
        walk(path.join(dir, e.name), name);
        continue;
      }
      // Links are not followed (a link could lead out of the folder), devices and pipes are not opened.
      if (!e.isFile()) continue;
      if (files >= limits.maxFiles || bytes >= limits.maxBytes) {
        stopped = true;
        problems.push(artifactProblem(shown, 'source-limit', `the source folder holds more than ${limits.maxFiles} files or ${limits.maxBytes} bytes; the census counts the first ones in name order`, undefined, 'warning'));
        return;
      }
      // Read the way inputs are (src/load/read-inputs.ts readTextFile): opened once, bounded by the size it has
      // when opened, not by a size looked up before; binary and UTF-16 files are refused there.
      const read = readTextFile(path.join(dir, e.name), { ...defaultLimits, maxFileBytes: limits.maxFileBytes });
      if (read.text === undefined) {
        if (read.problem?.code === 'limit-size') skippedLarge++;
        continue;
      }
      contents[name] = read.text;
      files++;
      bytes += Buffer.byteLength(read.text);
    }
  };
  walk(root, '');
  if (skippedLarge > 0) problems.push(artifactProblem(shown, 'source-limit', `${skippedLarge} file(s) over ${limits.maxFileBytes} bytes were left out of the census`, undefined, 'warning'));
  const { default: linguist } = await importModule<typeof import('linguist-js')>('linguist-js');
  const result = await linguist.analyseRawContent(contents, { offline: true, calculateLines: true, keepVendored: false, categories: ['programming'] });
  const lines = new Map<string, number>();
  for (const [language, r] of Object.entries(result.languages.results)) {
    const word = languageWords[language] ?? 'other';
    const content = r.lines.content ?? r.lines.total;
    lines.set(word, (lines.get(word) ?? 0) + content);
  }
  const largest = new Map<string, { file: string; bytes: number }>();
  for (const [file, language] of Object.entries(result.files.results)) {
    if (language === null) continue;
    const word = languageWords[language] ?? 'other';
    const size = Buffer.byteLength(contents[file] ?? '');
    const cur = largest.get(word);
    if (!cur || size > cur.bytes || (size === cur.bytes && compareStrings(file, cur.file) < 0)) largest.set(word, { file, bytes: size });
  }
  return { census: { folder: shown, files, lines, largest }, problems };
}

/** How far a declared line count may be from the census and still be the same figure. */
const tolerance = { factor: 0.25, floor: 200 };

/** The census beside one component's declared languages. */
export function observeCensus(census: Census, index: number, component: Record<string, unknown>): Observation[] {
  const out: Observation[] = [];
  const base = `/components/${index}`;
  const at = (word?: string) => {
    const big = word ? census.largest.get(word) : undefined;
    return { kind: 'source-tree', title: 'source tree', at: { file: big ? `${census.folder}/${big.file}` : census.folder, region: lineRange(1, 1, 1) } };
  };
  const count = (word: string) => census.lines.get(word) ?? 0;
  const summary = [...census.lines.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([w, n]) => `${w} ${n}`).join(', ') || 'no code';
  const total = [...census.lines.values()].reduce((a, b) => a + b, 0);
  const language = component['language'] as Record<string, unknown> | undefined;
  const primary = language && typeof language === 'object' ? language['primary'] : undefined;
  const [top] = [...census.lines.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  if (typeof primary === 'string' && top) {
    if (top[0] === primary) out.push({ claim: `${base}/language/primary`, result: 'observed', observed: `the census of ${census.folder} (${census.files} files) counts most lines in ${primary}: ${summary} non-blank lines`, artifact: at(primary) });
    else if (count(primary) * 2 < top[1]) out.push({ claim: `${base}/language/primary`, result: 'contradicted', observed: `the census of ${census.folder} (${census.files} files) counts ${summary} non-blank lines: ${top[0]}, not ${primary}, is the primary language`, artifact: at(top[0]) });
  }
  const loc = language && typeof language === 'object' ? (language['loc'] as Record<string, unknown> | undefined) : undefined;
  if (loc && typeof loc === 'object') {
    for (const [word, declared] of Object.entries(loc)) {
      if (typeof declared !== 'number' || declared <= 0) continue;
      const found = count(word);
      const near = found > 0 && Math.abs(found - declared) <= Math.max(tolerance.floor, declared * tolerance.factor);
      const far = found === 0 || found * 2 < declared || found > declared * 2;
      if (near) out.push({ claim: `${base}/language/loc/${word}`, result: 'observed', observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word} (declared ${declared})`, artifact: at(word) });
      else if (far) out.push({ claim: `${base}/language/loc/${word}`, result: 'contradicted', observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word}, not the ${declared} declared (${summary})`, artifact: at(found > 0 ? word : undefined) });
    }
    // A language making up a real part of the folder that the counts leave out.
    for (const [word, found] of census.lines) {
      if (Object.hasOwn(loc, word) || found < tolerance.floor || found < total * 0.1) continue;
      out.push({ claim: `${base}/language/loc`, result: 'contradicted', observed: `the census of ${census.folder} counts ${found} non-blank lines of ${word}, which the declared counts leave out (${summary})`, artifact: at(word) });
    }
  }
  const parsing = component['contentParsing'] as Record<string, unknown> | undefined;
  const parser = parsing && typeof parsing === 'object' ? parsing['parserLanguage'] : undefined;
  if (typeof parser === 'string' && parser !== 'other') {
    out.push(
      count(parser) > 0
        ? { claim: `${base}/contentParsing/parserLanguage`, result: 'observed', observed: `the source folder holds ${count(parser)} non-blank lines of ${parser}`, artifact: at(parser) }
        : { claim: `${base}/contentParsing/parserLanguage`, result: 'contradicted', observed: `the census of ${census.folder} finds no ${parser} at all (${summary}): the parser cannot be written in it`, artifact: at() },
    );
  }
  return out;
}

/**
 * Every component source folder the manifest names, counted and set beside its claims. The folder is relative to
 * the manifest file; a folder that cannot be read, or lies outside the manifest's folder, is a problem at the
 * component's `source` and backs nothing.
 */
export async function observeSources(manifest: ManifestView & { path: string }): Promise<{ observations: Observation[]; problems: Problem[] }> {
  const observations: Observation[] = [];
  const problems: Problem[] = [];
  const components = (manifest.value as Record<string, unknown> | null)?.['components'];
  if (!Array.isArray(components)) return { observations, problems };
  for (const [i, c] of components.entries()) {
    if (c === null || typeof c !== 'object') continue;
    const source = (c as Record<string, unknown>)['source'];
    if (typeof source !== 'string') continue;
    const folder = path.join(path.dirname(manifest.path), source);
    const r = await censusOf(folder, manifest.path);
    problems.push(...r.problems.map((p) => ({ ...p, message: `components[${i}].source ${JSON.stringify(source.slice(0, 200))} of ${manifest.file}: ${p.message}` })));
    if (r.census) observations.push(...observeCensus(r.census, i, c as Record<string, unknown>));
  }
  return { observations, problems };
}
