/**
 * The GitHub Action's check step (see action.yml). It runs `ringfence check` with the action's inputs, writes
 * the SARIF file for the upload step (and the Markdown and JSON reports), appends the Markdown summary to the
 * job summary, optionally posts it as a pull request comment, and sets the outputs (score, grade, level, gate,
 * exit-code, documents, the counts findings, failing, waived and new, and the report paths). It never fails the
 * step itself, so that the SARIF upload still runs; the action's last step applies the gate.
 *
 * It runs from the Action's committed bundle (action/dist, scripts/bundle-action.mjs) with no node_modules, and
 * from dist/ in a clone; src/layout.ts says where the CLI it starts is.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliEntry } from '../layout.js';
import type { Report } from '../model/report.js';
import { postComment, pullRequestNumber } from './github-comment.js';

const input = (name: string): string => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/**
 * A list input: one item per line when the value has a line break (so a path may contain spaces), else items
 * separated by spaces. Blank lines are skipped.
 */
function listInput(name: string): string[] {
  const raw = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  // A YAML block (`paths: |`) ends with a newline even for one line: that line is one path.
  if (/[\r\n]/.test(raw)) return raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return raw.split(/\s+/).filter(Boolean);
}

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

const booleanInput = (name: string): boolean | undefined => {
  const v = input(name).toLowerCase();
  if (v === '') return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new Error(`input ${name} takes "true" or "false", not ${JSON.stringify(input(name))}`);
};

const grades = ['A', 'B', 'C', 'D', 'F', 'N/A'];

/** The check step's failure before ringfence ran: an error annotation, and outputs that make the gate fail. */
function refuse(message: string): number {
  process.stdout.write(`::error::${escapeData(`ringfence: ${message}`)}\n`);
  setOutput('exit-code', '2');
  setOutput('gate', 'error');
  return 0;
}

/** Findings by what they count for: every one, those not waived (they fail controls), those a waiver accepts. */
function counts(report: Report): { findings: number; failing: number; waived: number } {
  let findings = 0;
  let waived = 0;
  for (const subject of report.subjects) {
    for (const control of subject.controls) {
      findings += control.findings.length + (control.findingsOmitted?.count ?? 0);
      waived += control.findings.filter((f) => f.waiver).length + (control.findingsOmitted?.waived ?? 0);
    }
  }
  return { findings, failing: findings - waived, waived };
}

async function main(): Promise<number> {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 20 || (major === 20 && minor < 10)) return refuse(`needs Node.js 20.10 or newer on the runner's PATH, found ${process.version} (add actions/setup-node before this step)`);
  let comment: boolean | undefined;
  let includeWaived: boolean | undefined;
  let failOnNew: boolean | undefined;
  let allowEmpty: boolean | undefined;
  let sources: boolean | undefined;
  try {
    sources = booleanInput('sources');
    comment = booleanInput('comment');
    includeWaived = booleanInput('include-waived');
    failOnNew = booleanInput('fail-on-new');
    allowEmpty = booleanInput('allow-empty');
  } catch (error) {
    return refuse((error as Error).message);
  }
  // Sharding (docs/scale-out.md): `shard: i/n` checks one shard and writes its part; `merge: <parts>` merges them.
  const shard = input('shard');
  const merge = listInput('merge');
  if (shard && merge.length) return refuse('the shard and merge inputs cannot be used together: shard jobs check, one later job merges their parts');
  const shardMatch = /^(\d{1,3})\/(\d{1,3})$/.exec(shard);
  if (shard && !shardMatch) return refuse(`input shard takes i/n (this job's shard i of n, e.g. 2/8 or \${{ matrix.shard }}/8), not ${JSON.stringify(shard)}`);
  const temp = mkdtempSync(path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'ringfence-'));
  const sarifFile = input('sarif-file') || 'ringfence.sarif';
  // A shard's part goes where upload-artifact finds it: the workspace, under a name of its own.
  const jsonFile = input('json-file') || (shardMatch ? `ringfence-part-${shardMatch[1]}-of-${shardMatch[2]}.json` : path.join(temp, 'report.json'));
  const markdownFile = input('markdown-file') || path.join(temp, 'summary.md');
  const paths = listInput('paths');
  if (paths.length === 0) paths.push('.');
  const waivers = listInput('waivers');
  const artifacts = listInput('artifacts');
  // Paths often come from a list of changed files, which anyone who can open a pull request names: a file called
  // `--standard=lenient.yaml` must not become an option. Such paths are refused, and `--` ends the options anyway.
  const dashed = [...paths, ...waivers, ...artifacts, ...merge].filter((p) => p.startsWith('-'));
  if (dashed.length > 0) return refuse(`refusing paths that start with "-" (${dashed.map((p) => JSON.stringify(p)).join(', ')}); name them as ./${dashed[0]}`);

  let parts: string[] = [];
  if (merge.length) {
    // A folder (where download-artifact put the parts) stands for the .json files in it.
    try {
      parts = merge.flatMap((m) => (statSync(m).isDirectory() ? readdirSync(m).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(m, f)) : [m]));
    } catch (error) {
      return refuse(`input merge: ${(error as NodeJS.ErrnoException).code ?? String(error)} (${merge.join(', ')}): download the parts first (actions/download-artifact)`);
    }
    if (parts.length === 0) return refuse(`input merge names no part (${merge.join(', ')} holds no .json file)`);
  }

  const args = shardMatch
    ? ['check', `--format=json=${jsonFile}`, '--format=text']
    : [merge.length ? 'merge' : 'check', `--format=sarif=${sarifFile}`, `--format=json=${jsonFile}`, `--format=markdown=${markdownFile}`, '--format=text'];
  // `--name=value`: a value is never read as an option, whatever it starts with.
  const flag = (name: string, option = `--${name}`) => {
    const v = input(name);
    if (v) args.push(`${option}=${v}`);
  };
  if (merge.length) return runAndReport(['merge', ...args.slice(1), ...mergeFlags(includeWaived), '--', ...parts], { sarifFile, jsonFile, markdownFile, comment: comment === true, part: false });
  flag('standard');
  flag('fail-on');
  flag('min-score');
  flag('min-level');
  flag('baseline');
  flag('as-of');
  flag('max-results');
  flag('category', '--sarif-category');
  // A repository's .ringfence.yaml is read only when named: on a pull request its author could otherwise set the
  // standard, waivers or baseline the check runs with (the gate comes from the inputs either way).
  const config = input('config');
  args.push(config ? `--config=${config}` : '--no-config');
  for (const w of waivers) args.push(`--waivers=${w}`);
  // The vendor's own evidence and artifacts (release history, SBOM, provenance, driver packages), and the
  // census of the source folders its manifest names: what they show backs or contradicts its claims.
  flag('evidence');
  flag('trust-policy');
  for (const a of artifacts) args.push(`--artifact=${a}`);
  if (sources) args.push('--sources');
  if (failOnNew) args.push('--fail-on-new');
  if (allowEmpty) args.push('--allow-empty');
  // GitHub shows suppressed results as open alerts, so waived results are left out of the upload by default.
  if (!includeWaived) args.push('--omit-waived');
  if (shardMatch) args.push(`--shard=${shard}`);
  args.push('--', ...paths);
  return runAndReport(args, { sarifFile, jsonFile, markdownFile, comment: comment === true, part: shardMatch !== null });
}

/** The merge's rendering options (its gate comes from the parts, which the shard jobs ran with the gate inputs). */
function mergeFlags(includeWaived: boolean | undefined): string[] {
  const out: string[] = [];
  if (input('max-results')) out.push(`--max-results=${input('max-results')}`);
  if (input('category')) out.push(`--sarif-category=${input('category')}`);
  if (!includeWaived) out.push('--omit-waived');
  return out;
}

/** Runs the CLI (check, a shard's check, or merge) and turns what it wrote into the step's outputs. */
async function runAndReport(args: string[], o: { sarifFile: string; jsonFile: string; markdownFile: string; comment: boolean; part: boolean }): Promise<number> {
  const { sarifFile, jsonFile, markdownFile, comment } = o;

  // The check needs no token: the child does not get the one given for the comment.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toUpperCase() !== 'INPUT_GITHUB-TOKEN'));
  const r = spawnSync(process.execPath, [cliEntry(), ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  // The text report and the messages carry strings that vendors and file names control; a line of them that
  // starts with `::` would be a workflow command. The runner ignores commands until it sees the one-time token.
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  for (const text of [r.stdout ?? '', r.stderr ?? '']) if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  process.stdout.write(`::${token}::\n`);
  const code = r.status ?? 2;
  if (o.part) {
    // A shard's part: the merge job gates, uploads and summarises. This job fails only if no part was written.
    if (!existsSync(jsonFile)) {
      process.stdout.write(`::error::${escapeData(`ringfence did not write the part (exit code ${code}): ${(r.stderr ?? '').trim()}`)}\n`);
      setOutput('exit-code', '2');
      setOutput('gate', 'error');
      return 0;
    }
    setOutput('part-file', jsonFile);
    setOutput('json-file', jsonFile);
    setOutput('exit-code', '0');
    setOutput('gate', 'part');
    return 0;
  }
  setOutput('exit-code', String(code));
  // Only reports that were written: the upload step runs when sarif-file is set.
  if (existsSync(sarifFile)) setOutput('sarif-file', sarifFile);

  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report;
  } catch {
    process.stdout.write(`::error::${escapeData(`ringfence did not produce a report (exit code ${code}): ${(r.stderr ?? '').trim()}`)}\n`);
    setOutput('gate', 'error');
    return 0;
  }
  setOutput('json-file', jsonFile);

  // With several documents, the outputs describe the weakest one: a gate is only as good as its worst input.
  const scored = report.subjects.filter((s) => s.score !== null);
  const worst = [...scored].sort((a, b) => a.score! - b.score!)[0];
  setOutput('score', worst ? String(worst.score) : '');
  setOutput('grade', report.subjects.map((s) => s.grade).sort((a, b) => grades.indexOf(b) - grades.indexOf(a))[0] ?? '');
  setOutput('level', report.subjects.length ? String(Math.min(...report.subjects.map((s) => s.level))) : '');
  setOutput('gate', code === 2 ? 'error' : report.gate.passed ? 'passed' : 'failed');
  setOutput('documents', String(report.subjects.length));
  const c = counts(report);
  setOutput('findings', String(c.findings));
  setOutput('failing', String(c.failing));
  setOutput('waived', String(c.waived));
  // New since the baseline; empty without one (nothing to be new against).
  setOutput('new', report.baseline ? String(report.baseline.new) : '');

  let markdown = '';
  try {
    markdown = readFileSync(markdownFile, 'utf8');
    setOutput('markdown-file', markdownFile);
  } catch (error) {
    process.stdout.write(`::warning::${escapeData(`ringfence: no Markdown report to summarise (${(error as NodeJS.ErrnoException).code ?? String(error)})`)}\n`);
  }
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary && markdown) appendFileSync(summary, markdown);

  // Problems as workflow annotations, because GitHub does not show SARIF tool notifications.
  for (const p of report.problems.slice(0, 50)) {
    const where = p.file ? ` file=${escapeProperty(p.file)}${p.range ? `,line=${p.range.startLine},col=${p.range.startColumn}` : ''}` : '';
    process.stdout.write(`::${p.severity === 'error' ? 'error' : 'warning'}${where}::${escapeData(p.message)}\n`);
  }

  if (comment && markdown) await commentOnPullRequest(markdown);
  return 0;
}

/** The optional pull request comment: a failure is a warning annotation, never a change of the gate. */
async function commentOnPullRequest(markdown: string): Promise<void> {
  const warn = (message: string): void => void process.stdout.write(`::warning::${escapeData(`ringfence: no pull request comment: ${message}`)}\n`);
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(process.env['GITHUB_EVENT_PATH'] ?? '', 'utf8'));
  } catch {
    return warn('the workflow event (GITHUB_EVENT_PATH) could not be read');
  }
  const pullRequest = pullRequestNumber(event);
  if (pullRequest === undefined) return warn('the workflow was not started by a pull request');
  const token = input('github-token');
  if (!token) return warn('the github-token input is empty');
  const result = await postComment(
    {
      apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
      repository: process.env['GITHUB_REPOSITORY'] ?? '',
      pullRequest,
      token,
      author: input('comment-author') || 'github-actions[bot]',
      key: input('category') || 'ringfence',
    },
    markdown,
  );
  if (!result.ok) return warn(result.error);
  process.stdout.write(`ringfence: pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}\n`);
  setOutput('comment-url', result.url);
}

process.exitCode = await main();
