import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageHomepage } from '../src/paths.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = path.join(root, 'bin', 'ringfence.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real, built CLI as a user would (npm test builds it first). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: 'true', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(name: string): string {
  const base = path.join(root, 'test', '.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${name}-`));
}

/**
 * Path of the SARIF Multitool's native binary, made executable here. Its package's only install script is
 * `chmod u+x Sarif.Multitool`; package.json's allowScripts denies it (npm 11 warns about unreviewed install
 * scripts, npm 12 skips them), so the tests never depend on a script npm may skip.
 */
export function multitool(): string {
  const require = createRequire(import.meta.url);
  const name = `@microsoft/sarif-multitool-${process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux'}`;
  let exe: string;
  try {
    exe = require(name) as string;
  } catch {
    throw new Error(`the SARIF Multitool (${name}, an optional dependency of the dev dependency @microsoft/sarif-multitool) is not installed: run npm ci without --omit=optional or --omit=dev`);
  }
  try {
    accessSync(exe, constants.X_OK);
  } catch {
    chmodSync(exe, 0o755);
  }
  return exe;
}

export interface ValidationIssue {
  ruleId: string;
  level: string;
  message: string;
}

/**
 * Validates a SARIF file with the Multitool and GitHub's ingestion rules. The Multitool exits 0 even when it
 * finds errors, so its own SARIF output is read.
 */
export function validateSarif(file: string): ValidationIssue[] {
  const out = `${file}.validation.sarif`;
  const r = spawnSync(multitool(), ['validate', file, '--rule-kind', 'Sarif;Ghas', '--level', 'Error;Warning;Note', '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  if (!existsSync(out)) throw new Error(`the Multitool wrote no output: ${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }[] }[] };
  const results = log.runs[0]?.results ?? [];
  // SARIF2005 asks every tool for an informationUri. ringfence has no web page of its own yet: the reporter
  // takes it from package.json (homepage, else repository) and leaves it out rather than invent one. The
  // exception holds only while package.json names none; once it does, a missing informationUri fails here.
  const homepage = packageHomepage(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>);
  return results
    .filter((x) => !(homepage === undefined && x.ruleId === 'SARIF2005' && x.message.id === 'Warning_ProvideToolnformationUri'))
    .map((x) => ({ ruleId: x.ruleId, level: x.level ?? 'warning', message: x.message.text ?? (x.message.arguments ?? []).join(' | ') }));
}

/**
 * Every module a run of node with `args` loaded, as URLs: ES modules as a resolve hook sees them, and CommonJS ones
 * (the CLI's bundle, dist/cli/*.cjs, loaded into require's cache) as listed at exit. For tests that a run does not
 * load what it does not need.
 */
export function loadedModules(args: string[], env: NodeJS.ProcessEnv = process.env): { urls: string[]; code: number; stdout: string } {
  const dir = tempDir('trace');
  const trace = path.join(dir, 'resolved.txt');
  writeFileSync(trace, '');
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nlet file;\nexport function initialize(data) { file = data.file; }\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(file, result.url + '\\n');\n  return result;\n}\n`,
  );
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url, { data: { file: ${JSON.stringify(trace)} } });\n`);
  writeFileSync(
    path.join(dir, 'required.cjs'),
    `const { appendFileSync } = require('node:fs');\nconst { pathToFileURL } = require('node:url');\nprocess.on('exit', () => appendFileSync(${JSON.stringify(trace)}, Object.keys(require.cache).map((f) => pathToFileURL(f).href + '\\n').join('')));\n`,
  );
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, '--require', path.join(dir, 'required.cjs'), ...args], { cwd: root, encoding: 'utf8', env, timeout: 60_000 });
  if (r.error) throw r.error;
  return { urls: readFileSync(trace, 'utf8').split('\n').filter(Boolean), code: r.status ?? -1, stdout: r.stdout };
}
