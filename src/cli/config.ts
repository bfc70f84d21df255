import { createHash } from 'node:crypto';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { compileGlob, GlobError } from '../engine/glob.js';
import type { IgnoreRule } from '../load/read-inputs.js';
import { parseYamlText, type ParsedDocument } from '../load/parse-yaml.js';
import { displayPath, readTextFile } from '../load/read-inputs.js';
import { rangeFor, validateDocument } from '../load/validate.js';
import type { Problem } from '../model/problem.js';
import { isStandardName, resolveStandard, StandardNameError } from '../standard/bundled.js';

/**
 * The project configuration file (.ringfence.yaml, schemas/config.schema.json; docs/configuration.md).
 *
 * Who writes it: whoever owns the folder ringfence runs in — in a vendor's own CI the vendor, in a buyer's
 * evaluation folder the buyer. So it is looked for from the working folder only (never next to the files being
 * checked: `ringfence check ../vendor-repo` does not read the vendor's file), up to the repository root (the
 * first folder holding .git) and no further, so a file in a parent folder outside the repository (a shared /tmp,
 * a home folder) does not reach into it. The command line always wins, a gate on the command line replaces the
 * file's whole, and every report names the file it used.
 */

export const configFileNames = ['.ringfence.yaml', '.ringfence.yml'] as const;

export type GateSettings = { failOn?: string; minScore?: number; minLevel?: number; failOnNew?: boolean };

export interface ConfigSettings {
  /** A standard file (bundled by name, or a path resolved against the file's folder). */
  standard?: string;
  /** The outputs, as --format values (`sarif=/abs/out.sarif`, `text`). */
  formats?: string[];
  gate?: GateSettings;
  waivers?: string[];
  baseline?: string;
  evidence?: string;
  trustPolicy?: string;
  paths?: string[];
  ignore?: IgnoreRule[];
}

export interface LoadedConfig {
  /** As reports show it: relative to the working folder, forward slashes. */
  file: string;
  sha256: string;
  settings: ConfigSettings;
  /** Where `gate.fail-on` is written, when it is. */
  failOnAt?: string;
}

/**
 * The config file that applies in `cwd`: the first .ringfence.yaml or .ringfence.yml from `cwd` upwards, stopping
 * after the first folder that holds .git (the repository root) or at the filesystem root. Both names in one folder
 * is a problem (which would win is not obvious).
 */
export function findConfig(cwd: string): { file?: string; problem?: Problem } {
  let dir = path.resolve(cwd);
  for (;;) {
    const found = configFileNames.map((n) => path.join(dir, n)).filter((f) => existsSync(f));
    if (found.length > 1) {
      return { problem: { severity: 'error', code: 'config-ambiguous', file: displayPath(found[0]!), message: `both ${configFileNames.join(' and ')} are in ${displayPath(dir)}; keep one` } };
    }
    if (found.length === 1) return { file: found[0]! };
    if (existsSync(path.join(dir, '.git'))) return {};
    const up = path.dirname(dir);
    if (up === dir) return {};
    dir = up;
  }
}

/** Reads and checks a config file. Every problem is positioned; a config with an error is not used at all. */
export function loadConfig(f: string): { config?: LoadedConfig; problems: Problem[] } {
  const file = displayPath(f);
  const { text, problem } = readTextFile(f);
  if (problem) return { problems: [{ ...problem, code: 'config-unreadable' }] };
  const parsed = parseYamlText(text!, file);
  const problems: Problem[] = [...parsed.problems];
  if (problems.some((p) => p.severity === 'error')) return { problems };
  if (parsed.documents.length > 1) {
    return { problems: [{ severity: 'error', code: 'config-invalid', file, message: `a config file holds one document (this one holds ${parsed.documents.length})` }] };
  }
  const sha256 = createHash('sha256').update(text!).digest('hex');
  const doc = parsed.documents[0];
  // An empty file (or one holding only comments) is a config that sets nothing.
  if (doc === undefined || doc.value === null) return { config: { file, sha256, settings: {} }, problems };
  const schemaProblems = validateDocument(doc, 'config', 'config-invalid');
  if (schemaProblems.length) return { problems: [...problems, ...schemaProblems] };
  const dir = path.dirname(path.resolve(f));
  const at = (pointer: string, message: string) => problems.push({ severity: 'error', code: 'config-invalid', file, pointer, range: rangeFor(doc.locations, pointer), message });
  const settings = settingsOf(doc, dir, file, at);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const failOnAt = (doc.value as { gate?: { 'fail-on'?: string } }).gate?.['fail-on'] !== undefined ? where(doc, '/gate/fail-on', file) : undefined;
  return { config: { file, sha256, settings, ...(failOnAt ? { failOnAt } : {}) }, problems };
}

function where(doc: ParsedDocument, pointer: string, file: string): string {
  const r = rangeFor(doc.locations, pointer);
  return `${file}:${r.startLine}:${r.startColumn}`;
}

type Raw = {
  standard?: string;
  formats?: Record<string, string | null>;
  gate?: { 'fail-on'?: string; 'min-score'?: number; 'min-level'?: number; 'fail-on-new'?: boolean };
  waivers?: string[];
  baseline?: string;
  evidence?: string;
  'trust-policy'?: string;
  paths?: string[];
  ignore?: string[];
};

function settingsOf(doc: ParsedDocument, dir: string, file: string, at: (pointer: string, message: string) => void): ConfigSettings {
  const raw = doc.value as Raw;
  const resolve = (p: string) => path.resolve(dir, p);
  const out: ConfigSettings = {};
  if (raw.standard !== undefined) {
    if (isStandardName(raw.standard)) {
      try {
        out.standard = resolveStandard(raw.standard).file;
      } catch (error) {
        if (!(error instanceof StandardNameError)) throw error;
        at('/standard', error.message);
      }
    } else out.standard = resolve(raw.standard);
  }
  if (raw.formats !== undefined) {
    const toStdout = Object.entries(raw.formats).filter(([, v]) => v === null || v === '-');
    if (toStdout.length > 1) at(`/formats/${toStdout[1]![0]}`, `only one format can go to standard output (${toStdout.map(([k]) => k).join(' and ')} do); give the others a file`);
    out.formats = Object.entries(raw.formats).map(([format, target]) => {
      if (target === null || target === '-') return format;
      const outside = writesOutside(dir, resolve(target));
      if (outside) at(`/formats/${format}`, `${format}: "${target}" ${outside}; a config file writes reports only inside its own folder (${displayPath(dir)}); to write elsewhere, give --format ${format}=FILE on the command line`);
      return `${format}=${resolve(target)}`;
    });
  }
  if (raw.gate !== undefined) {
    const g = raw.gate;
    out.gate = {
      ...(g['fail-on'] !== undefined ? { failOn: g['fail-on'] } : {}),
      ...(g['min-score'] !== undefined ? { minScore: g['min-score'] } : {}),
      ...(g['min-level'] !== undefined ? { minLevel: g['min-level'] } : {}),
      ...(g['fail-on-new'] !== undefined ? { failOnNew: g['fail-on-new'] } : {}),
    };
  }
  if (raw.waivers !== undefined) out.waivers = raw.waivers.map(resolve);
  if (raw.baseline !== undefined) out.baseline = resolve(raw.baseline);
  if (raw.evidence !== undefined) out.evidence = resolve(raw.evidence);
  if (raw['trust-policy'] !== undefined) out.trustPolicy = resolve(raw['trust-policy']);
  if (raw.paths !== undefined) out.paths = raw.paths.map(resolve);
  if (raw.ignore !== undefined) {
    out.ignore = [];
    raw.ignore.forEach((pattern, i) => {
      const problem = globProblem(pattern);
      if (problem) at(`/ignore/${i}`, `ignore pattern "${pattern}": ${problem}`);
      else out.ignore!.push({ pattern, base: dir, source: file });
    });
  }
  return out;
}

/**
 * Why a report file a config file names would be written outside the config file's folder, or undefined when it is
 * inside. The file's author is whoever can write that folder: it may name where reports go in it, not overwrite a
 * file elsewhere that the person running ringfence can write (a shell profile, a key). Judged by real path, so a
 * committed symbolic link (`out -> ~/.ssh`) does not lead out; a target that is itself a link is refused.
 */
function writesOutside(dir: string, target: string): string | undefined {
  const inside = (base: string, p: string) => {
    const rel = path.relative(base, p);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  };
  if (!inside(dir, target)) return 'is outside it';
  try {
    if (lstatSync(target).isSymbolicLink()) return 'is a symbolic link';
  } catch {
    /* not there yet: it is created */
  }
  let existing = path.dirname(target);
  while (!existsSync(existing)) existing = path.dirname(existing);
  try {
    const real = realpathSync(existing);
    const realDir = realpathSync(dir);
    if (real !== realDir && !inside(realDir, real)) return 'leads outside it through a symbolic link';
  } catch {
    return 'cannot be resolved';
  }
  return undefined;
}

/** Why a glob is refused (src/engine/glob.ts: no extglobs, no regex groups), or undefined when it compiles. */
export function globProblem(pattern: string): string | undefined {
  try {
    compileGlob(pattern.replace(/\/+$/, ''));
    return undefined;
  } catch (error) {
    if (error instanceof GlobError) return `${error.message} (at character ${error.index + 1})`;
    throw error;
  }
}
