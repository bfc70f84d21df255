/**
 * The GitHub Action's check step (see action.yml). It runs `ringfence check` with the action's inputs, writes
 * the SARIF file for the upload step, appends the Markdown summary to the job summary, and sets the outputs
 * score, grade, level, gate and exit-code. It never fails the step itself, so that the SARIF upload still
 * runs; the action's last step applies the gate.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../model/report.js';

const input = (name: string): string => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  const line = `${name}=${value.replace(/[\r\n]+/g, ' ')}\n`;
  if (file) appendFileSync(file, line);
  else process.stdout.write(`::set-output name=${name}::${value}\n`);
}

/** Workflow-command text is data: %, CR and LF must be escaped or they end the command early. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const grades = ['A', 'B', 'C', 'D', 'F', 'N/A'];

function main(): number {
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/ringfence.js');
  const temp = mkdtempSync(path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'ringfence-'));
  const sarifFile = input('sarif-file') || 'ringfence.sarif';
  const jsonFile = path.join(temp, 'report.json');
  const markdownFile = path.join(temp, 'summary.md');
  const paths = input('paths').split(/\s+/).filter(Boolean);
  if (paths.length === 0) paths.push('.');
  // Paths often come from a list of changed files, which anyone who can open a pull request names: a file called
  // `--standard=lenient.yaml` must not become an option. Such paths are refused, and `--` ends the options anyway.
  const dashed = [...paths, ...input('waivers').split(/\s+/).filter(Boolean)].filter((p) => p.startsWith('-'));
  if (dashed.length > 0) {
    process.stdout.write(`::error::${escapeData(`ringfence: refusing paths that start with "-" (${dashed.map((p) => JSON.stringify(p)).join(', ')}); name them as ./${dashed[0]}`)}\n`);
    setOutput('exit-code', '2');
    setOutput('gate', 'error');
    return 0;
  }

  const args = ['check', '--format', `sarif=${sarifFile}`, '--format', `json=${jsonFile}`, '--format', `markdown=${markdownFile}`, '--format', 'text'];
  // `--name=value`: a value is never read as an option, whatever it starts with.
  const flag = (name: string, option = `--${name}`) => {
    const v = input(name);
    if (v) args.push(`${option}=${v}`);
  };
  flag('standard');
  flag('fail-on');
  flag('min-score');
  flag('min-level');
  flag('baseline');
  flag('as-of');
  flag('max-results');
  for (const w of input('waivers').split(/\s+/).filter(Boolean)) args.push(`--waivers=${w}`);
  if (input('fail-on-new') === 'true') args.push('--fail-on-new');
  // GitHub shows suppressed results as open alerts, so waived results are left out of the upload by default.
  if (input('include-waived') !== 'true') args.push('--omit-waived');
  args.push('--', ...paths);

  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  // The text report and the messages carry strings that vendors and file names control; a line of them that
  // starts with `::` would be a workflow command. The runner ignores commands until it sees the one-time token.
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  for (const text of [r.stdout ?? '', r.stderr ?? '']) if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  process.stdout.write(`::${token}::\n`);
  const code = r.status ?? 2;
  setOutput('exit-code', String(code));
  setOutput('sarif-file', sarifFile);

  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report;
  } catch {
    process.stdout.write(`::error::${escapeData(`ringfence did not produce a report (exit code ${code}): ${(r.stderr ?? '').trim()}`)}\n`);
    setOutput('gate', 'error');
    return 0;
  }

  // With several documents, the outputs describe the weakest one: a gate is only as good as its worst input.
  const scored = report.subjects.filter((s) => s.score !== null);
  const worst = [...scored].sort((a, b) => a.score! - b.score!)[0];
  setOutput('score', worst ? String(worst.score) : '');
  setOutput('grade', report.subjects.map((s) => s.grade).sort((a, b) => grades.indexOf(b) - grades.indexOf(a))[0] ?? '');
  setOutput('level', report.subjects.length ? String(Math.min(...report.subjects.map((s) => s.level))) : '');
  setOutput('gate', code === 2 ? 'error' : report.gate.passed ? 'passed' : 'failed');
  setOutput('documents', String(report.subjects.length));

  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, readFileSync(markdownFile, 'utf8'));

  // Problems as workflow annotations, because GitHub does not show SARIF tool notifications.
  for (const p of report.problems.slice(0, 50)) {
    const where = p.file ? ` file=${escapeProperty(p.file)}${p.range ? `,line=${p.range.startLine},col=${p.range.startColumn}` : ''}` : '';
    process.stdout.write(`::${p.severity === 'error' ? 'error' : 'warning'}${where}::${escapeData(p.message)}\n`);
  }
  return 0;
}

process.exitCode = main();
