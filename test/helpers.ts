import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Path of the SARIF Multitool's native binary, made executable (npm does not run its postinstall here). */
export function multitool(): string {
  const require = createRequire(import.meta.url);
  const exe = require('@microsoft/sarif-multitool-linux') as string;
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
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] };
  return (log.runs[0]?.results ?? []).map((x) => ({ ruleId: x.ruleId, level: x.level ?? 'warning', message: x.message.text ?? (x.message.arguments ?? []).join(' | ') }));
}
