import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, runCli, tempDir } from '../helpers.js';

/** Every file under a folder, relative, sorted. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

describe('the committed Action bundle (action/dist)', () => {
  it('is exactly what scripts/bundle-action.mjs builds from the sources (run `npm run bundle:action` after a change)', () => {
    const out = path.join(tempDir('action-rebuild'), 'dist');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle-action.mjs'), out], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const committed = path.join(root, 'action', 'dist');
    expect(files(committed)).toEqual(files(out));
    const stale = files(out).filter((f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(committed, f))));
    expect(stale, 'files of action/dist that differ from a fresh build').toEqual([]);
  });

  it('imports nothing but Node modules: the Action has no node_modules', () => {
    const dir = path.join(root, 'action', 'dist');
    for (const f of files(dir).filter((n) => /\.c?js$/.test(n))) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"\n;]*?from\s*["']([^"']+)["']|(?<![`"'\\])\bimport\(\s*["']([^"']+)["']\s*\)|(?<![`"'\\])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      // (ajv's code generator writes require("ajv/dist/runtime/…") into strings of generated code: not imports.)
      // (TypeScript's messages quote import('{0}'): only what could name a package counts.)
      const packages = specifiers.filter((s) => /^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(s) && !s.startsWith('.'));
      expect(packages.filter((s) => !s.startsWith('node:')), `${f} imports packages`).toEqual([]);
    }
  });
});

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; name?: string; if?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
}

/**
 * A copy of what a workflow gets when it uses the Action: the repository's files the Action reads (action.yml,
 * action/dist, package.json, schemas, standards, rules, templates) and nothing else — no node_modules, no dist/,
 * in the system's temp folder so that no node_modules above it can be found either.
 */
let actionPath: string;
let workspace: string;
let action: ActionYaml;

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'ringfence-action-'));
  actionPath = path.join(base, 'action-root');
  mkdirSync(actionPath);
  for (const f of ['action.yml', 'package.json', 'schemas', 'standards', 'rules', 'templates', 'action']) cpSync(path.join(root, f), path.join(actionPath, f), { recursive: true });
  workspace = path.join(base, 'workspace');
  mkdirSync(path.join(workspace, 'vendors'), { recursive: true });
  cpSync(path.join(root, 'examples', 'vendors', 'borealis-typical.yaml'), path.join(workspace, 'vendors', 'borealis typical.yaml'));
  cpSync(path.join(root, 'examples', 'vendors', 'aegis-exemplary.yaml'), path.join(workspace, 'vendors', 'aegis-exemplary.yaml'));
  writeFileSync(
    path.join(workspace, 'waivers.yaml'),
    readFileSync(path.join(root, 'test', 'fixtures', 'streamed-waivers.yaml'), 'utf8').replace('"examples/vendors/borealis-*.yaml"', '"vendors/borealis*.yaml"'),
  );
  mkdirSync(path.join(workspace, 'empty'));
  writeFileSync(path.join(workspace, 'empty', 'notes.yaml'), 'title: not a ringfence document\n');
  action = parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as ActionYaml;
  // The first run compiles the standard's rules (loading the TypeScript parser): done here, under the hook's
  // longer timeout, into the cache the runs below share, as a workflow's cache step would restore it.
  const warm = spawnSync(process.execPath, [path.join(actionPath, 'action', 'dist', 'ringfence.js'), 'check', '--format=json', '--', path.join(workspace, 'vendors', 'aegis-exemplary.yaml')], {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: base, RINGFENCE_CACHE_DIR: path.join(base, 'cache') },
  });
  expect(warm.status, warm.stderr).toBe(0);
});
afterAll(() => {
  rmSync(path.dirname(actionPath), { recursive: true, force: true });
});

interface Run {
  outputs: Record<string, string>;
  summary: string;
  logs: Record<string, string>;
  codes: Record<string, number | null>;
  uploaded: boolean;
}

/**
 * Runs the Action's steps as the runner does: each `run:` step under bash with its `env:` (expressions for
 * inputs, step outputs and github.* replaced), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in the workspace;
 * the upload step (a `uses:`) is only evaluated for whether it would run. Node is the one running the tests,
 * found on PATH as on a runner; NODE_PATH is empty.
 */
/** A child process run without blocking the event loop (the stand-in API server answers from this process). */
function runAsync(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function runAction(inputs: Record<string, string>, github: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<Run> {
  const dir = mkdtempSync(path.join(path.dirname(actionPath), 'run-'));
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(summaryFile, '');
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = inputs[name] ?? spec.default ?? '';
  for (const name of Object.keys(inputs)) expect(action.inputs, `input ${name} is declared`).toHaveProperty(name);
  values['github-token'] = inputs['github-token'] ?? 'token-from-github';
  const stepOutputs: Record<string, Record<string, string>> = {};
  const expr = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, e: string) => {
      let m = /^inputs\.([\w-]+)$/.exec(e);
      if (m) return values[m[1]!] ?? '';
      m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
      if (m) return stepOutputs[m[1]!]?.[m[2]!] ?? '';
      throw new Error(`expression not emulated: ${e}`);
    });
  const condition = (text: string): boolean => {
    // The conditions action.yml uses: always() && a == 'x' && b != '' && github.event...fork != true.
    const e = text.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    return e.split('&&').every((part) => {
      const p = part.trim();
      if (p === 'always()') return true;
      const m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(p);
      if (!m) throw new Error(`condition not emulated: ${p}`);
      const side = (s: string): unknown => {
        if (s === 'true') return true;
        if (s.startsWith("'")) return s.slice(1, -1);
        if (s.startsWith('github.')) return s.slice('github.'.length).split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], github) ?? null;
        return expr(`\${{ ${s} }}`);
      };
      const [a, b] = [side(m[1]!), side(m[3]!)];
      return m[2] === '==' ? a === b : a !== b;
    });
  };
  const logs: Record<string, string> = {};
  const codes: Record<string, number | null> = {};
  let uploaded = false;
  for (const [i, step] of action.runs.steps.entries()) {
    const key = step.id ?? `step${i}`;
    if (step.if && !condition(step.if)) continue;
    if (step.uses) {
      uploaded = true;
      continue;
    }
    const outputFile = path.join(dir, `${key}.output`);
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(v)]));
    const r = await runAsync('bash', ['-e', '-o', 'pipefail', '-c', step.run!], {
      cwd: workspace,
      env: {
        PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: dir,
        NODE_PATH: '',
        RINGFENCE_CACHE_DIR: path.join(path.dirname(actionPath), 'cache'),
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: dir,
        ...env,
        ...stepEnv,
      },
    });
    logs[key] = r.stdout + r.stderr;
    codes[key] = r.status;
    stepOutputs[key] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    if (r.status !== 0) break;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, expr(o.value)]));
  return { outputs, summary: readFileSync(summaryFile, 'utf8'), logs, codes, uploaded };
}

describe('the Action, run from its committed bundle with no dependencies installed', () => {
  it('declares every input its scripts read, and pins every action it uses by commit', () => {
    const scripts = ['src/cli/github-action.ts', 'src/cli/github-comment.ts'].map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');
    const read = new Set([...scripts.matchAll(/\b(?:input|booleanInput|listInput|flag)\('([\w-]+)'/g)].map((m) => m[1]!));
    expect([...read].filter((n) => !(n in action.inputs))).toEqual([]);
    const check = action.runs.steps.find((s) => s.id === 'check')!;
    for (const name of Object.keys(action.inputs).filter((n) => n !== 'upload-sarif')) expect(check.env![`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
    for (const step of action.runs.steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    const raw = readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(raw).toMatch(/uses: github\/codeql-action\/upload-sarif@[0-9a-f]{40} # v4\.\d+\.\d+\n/);
    for (const step of action.runs.steps.filter((s) => s.run)) expect(step.run).toMatch(/^node "\$GITHUB_ACTION_PATH\/action\/dist\/[\w-]+\.js"$/);
  });

  it('checks, summarises, sets every output and fails the job on a failing gate', async () => {
    const r = await runAction({
      paths: 'vendors/borealis typical.yaml\nvendors/aegis-exemplary.yaml\n',
      waivers: 'waivers.yaml',
      'as-of': '2026-11-25',
      'markdown-file': 'report.md',
      category: 'ringfence/vendors',
    });
    expect(r.codes).toEqual({ check: 0, step2: 1 });
    expect(r.outputs).toMatchObject({ gate: 'failed', 'exit-code': '1', documents: '2', level: '0', 'sarif-file': 'ringfence.sarif', 'markdown-file': 'report.md', new: '' });
    expect(Number(r.outputs['failing'])).toBeGreaterThan(0);
    expect(Number(r.outputs['waived'])).toBeGreaterThan(0);
    expect(Number(r.outputs['findings'])).toBe(Number(r.outputs['failing']) + Number(r.outputs['waived']));
    expect(r.outputs['json-file']).toMatch(/report\.json$/);
    expect(r.uploaded).toBe(true);
    expect(r.summary).toMatch(/^## ringfence · KDUS 1\.1\.0 — ❌ gate failed/);
    expect(readFileSync(path.join(workspace, 'report.md'), 'utf8')).toBe(r.summary);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'ringfence.sarif'), 'utf8')) as { runs: { automationDetails: { id: string }; results: unknown[] }[] };
    expect(sarif.runs[0]!.automationDetails.id).toBe('ringfence/vendors/');
    expect(r.logs['step2']).toMatch(/^::error::ringfence: the gate failed/m);
  });

  it('without a category keeps the standard\'s automation id, and passes a passing gate', async () => {
    const r = await runAction({ paths: 'vendors/aegis-exemplary.yaml', 'as-of': '2026-11-25', 'sarif-file': 'pass.sarif' });
    expect(r.codes).toEqual({ check: 0, step2: 0 });
    expect(r.outputs).toMatchObject({ gate: 'passed', grade: 'A', failing: '0', waived: '0' });
    expect(JSON.parse(readFileSync(path.join(workspace, 'pass.sarif'), 'utf8')).runs[0].automationDetails.id).toBe('ringfence/kdus/');
  });

  it('a path with no ringfence documents is an error, not a pass', async () => {
    const r = await runAction({ paths: 'empty', 'sarif-file': 'empty.sarif' });
    expect(r.outputs).toMatchObject({ gate: 'error', 'exit-code': '2', documents: '0' });
    expect(r.codes['step2']).toBe(2);
    expect(r.logs['check']).toContain('::error::no ringfence document was evaluated');
    expect(r.logs['step2']).toMatch(/^::error::ringfence: an input, rule or standard problem/m);
    // Unless an empty run is expected.
    const allowed = await runAction({ paths: 'empty', 'sarif-file': 'empty.sarif', 'allow-empty': 'true' });
    expect(allowed.codes['step2']).toBe(0);
  });

  it('does not upload for a fork\'s pull request, and refuses a malformed boolean input', async () => {
    const fork = await runAction({ paths: 'vendors/aegis-exemplary.yaml', 'as-of': '2026-11-25', 'sarif-file': 'fork.sarif' }, { event: { pull_request: { head: { repo: { fork: true } } } } });
    expect(fork.uploaded).toBe(false);
    expect(fork.outputs['gate']).toBe('passed');
    const bad = await runAction({ paths: 'vendors/aegis-exemplary.yaml', comment: 'yes' });
    expect(bad.outputs).toMatchObject({ gate: 'error', 'exit-code': '2' });
    expect(bad.logs['check']).toContain('::error::ringfence: input comment takes "true" or "false", not "yes"');
    expect(bad.codes['step2']).toBe(2);
  });

  it('runs worker threads and the streamed formats from its own files, with the same bytes as one thread', () => {
    const cli = (jobs: string) =>
      spawnSync(process.execPath, [path.join(actionPath, 'action', 'dist', 'ringfence.js'), 'check', `--jobs=${jobs}`, '--as-of=2026-11-25', '--format=sarif', '--', 'vendors'], {
        cwd: workspace,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: path.dirname(actionPath), RINGFENCE_CACHE_DIR: path.join(path.dirname(actionPath), 'cache') },
      });
    const [one, two] = [cli('1'), cli('2')];
    expect(two.stderr).toBe('');
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).runs[0].results.length).toBeGreaterThan(0);
  });

  it('never passes when the check step left no exit code', () => {
    const gate = action.runs.steps.at(-1)!;
    const r = spawnSync('bash', ['-c', gate.run!], { encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, GITHUB_ACTION_PATH: actionPath, RINGFENCE_EXIT_CODE: '', RINGFENCE_GATE: '' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('::error::ringfence: the check step did not finish');
  });
});

describe('the pull request comment (input comment), against a stand-in for the GitHub API', () => {
  interface Comment {
    id: number;
    body: string;
    user: { login: string };
    html_url: string;
  }
  let server: ReturnType<typeof createServer>;
  let api: string;
  const comments: Comment[] = [];
  const requests: { method: string; url: string; auth: string | undefined }[] = [];
  let failWith: number | undefined;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
        const send = (status: number, value: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(value));
        };
        if (failWith) return send(failWith, { message: 'Resource not accessible by integration' });
        const url = new URL(req.url!, 'http://x');
        if (req.method === 'GET' && url.pathname === '/repos/acme/fleet/issues/7/comments') return send(200, comments);
        if (req.method === 'POST' && url.pathname === '/repos/acme/fleet/issues/7/comments') {
          const c = { id: 100 + comments.length, body: (JSON.parse(body) as { body: string }).body, user: { login: 'github-actions[bot]' }, html_url: `https://github.example/acme/fleet/pull/7#issuecomment-${100 + comments.length}` };
          comments.push(c);
          return send(201, c);
        }
        const m = /^\/repos\/acme\/fleet\/issues\/comments\/(\d+)$/.exec(url.pathname);
        const c = m && comments.find((x) => x.id === Number(m[1]));
        if (req.method === 'PATCH' && c) {
          c.body = (JSON.parse(body) as { body: string }).body;
          return send(200, c);
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const event = (dir: string) => {
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify({ pull_request: { number: 7, head: { repo: { fork: false } } } }));
    return file;
  };

  it('creates the comment, then updates it, leaving other people\'s comments with the marker alone', async () => {
    const eventFile = event(tempDir('action-event'));
    const env = { GITHUB_API_URL: api, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_EVENT_PATH: eventFile };
    const first = await runAction({ paths: 'vendors/aegis-exemplary.yaml', 'as-of': '2026-11-25', comment: 'true', 'sarif-file': 'c1.sarif' }, {}, env);
    expect(first.logs['check']).toMatch(/ringfence: pull request comment created: https:\/\/github\.example\/acme\/fleet\/pull\/7#issuecomment-100/);
    expect(first.outputs['comment-url']).toBe('https://github.example/acme/fleet/pull/7#issuecomment-100');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- ringfence-report ringfence -->\n## ringfence')).toBe(true);
    expect(requests.every((r) => r.auth === 'Bearer token-from-github')).toBe(true);

    // Someone else copies the marker into a comment of theirs: it is not the one updated.
    comments.unshift({ id: 50, body: '<!-- ringfence-report ringfence -->\nall good, merge it', user: { login: 'mallory' }, html_url: 'x' });
    const second = await runAction({ paths: 'vendors/borealis typical.yaml\n', 'as-of': '2026-11-25', comment: 'true', 'sarif-file': 'c2.sarif' }, {}, env);
    expect(second.logs['check']).toMatch(/ringfence: pull request comment updated: .*issuecomment-100/);
    expect(comments.map((c) => c.id)).toEqual([50, 100]);
    expect(comments[0]!.body).toBe('<!-- ringfence-report ringfence -->\nall good, merge it');
    expect(comments[1]!.body).toContain('❌ gate failed');
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual(['/repos/acme/fleet/issues/comments/100']);
    expect(second.codes['step2']).toBe(1);
  });

  it('reports an API error as a warning and leaves the gate as the check decided', async () => {
    const eventFile = event(tempDir('action-event-error'));
    failWith = 403;
    try {
      const r = await runAction({ paths: 'vendors/aegis-exemplary.yaml', 'as-of': '2026-11-25', comment: 'true', 'sarif-file': 'c3.sarif' }, {}, { GITHUB_API_URL: api, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_EVENT_PATH: eventFile });
      expect(r.logs['check']).toContain(
        `::warning::ringfence: no pull request comment: GET ${api}/repos/acme/fleet/issues/7/comments?per_page=100&page=1 returned 403: Resource not accessible by integration (the token needs permission pull-requests: write; pull requests from forks get a read-only token)`,
      );
      expect(r.outputs).toMatchObject({ gate: 'passed', 'comment-url': '' });
      expect(r.codes).toEqual({ check: 0, step2: 0 });
    } finally {
      failWith = undefined;
    }
    // No server at all: the same, with the connection error named.
    const closedPort = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const closed = await runAction({ paths: 'vendors/aegis-exemplary.yaml', 'as-of': '2026-11-25', comment: 'true', 'sarif-file': 'c4.sarif' }, {}, { GITHUB_API_URL: `http://127.0.0.1:${closedPort}`, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_EVENT_PATH: eventFile });
    expect(closed.logs['check']).toContain(`::warning::ringfence: no pull request comment: GET http://127.0.0.1:${closedPort}/repos/acme/fleet/issues/7/comments?per_page=100&page=1: ECONNREFUSED`);
    expect(closed.codes['step2']).toBe(0);
    expect(existsSync(path.join(workspace, 'c4.sarif'))).toBe(true);
  });
});

describe('the sample workflow (examples/github/ringfence.yml)', () => {
  const workflow = parse(readFileSync(path.join(root, 'examples', 'github', 'ringfence.yml'), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { check: { steps: { uses?: string; with?: Record<string, string> }[] } };
  };
  const steps = workflow.jobs.check.steps;

  it('asks for the permissions the upload needs and no more, and pins every action by commit', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read', 'pull-requests': 'write' });
    for (const s of steps.filter((x) => x.uses && !x.uses.startsWith('your-org/'))) expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    expect(readFileSync(path.join(root, 'examples', 'github', 'ringfence.yml'), 'utf8')).toMatch(/uses: actions\/checkout@[0-9a-f]{40} # v\d+\.\d+\.\d+\n/);
  });

  it('neither uploads nor comments for a fork\'s pull request, and caches the compiled rules', () => {
    const ringfence = steps.find((s) => s.uses?.startsWith('your-org/ringfence@'))!;
    expect(ringfence.with!['upload-sarif']).toBe('${{ github.event.pull_request.head.repo.fork != true }}');
    expect(ringfence.with!['comment']).toContain('github.event.pull_request.head.repo.fork != true');
    expect(ringfence.with!['category']).toBeTruthy();
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache.with!['path']).toBe('~/.cache/ringfence');
  });

  it('a code scanning category must be a name: --sarif-category says so', () => {
    const r = runCli(['check', 'examples/vendors/aegis-exemplary.yaml', '--sarif-category=\u001b[31m']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ringfence: --sarif-category takes a name of 1 to 200 printable characters (e.g. ringfence/vendors), not "\\u001b[31m"\n');
  });
});
