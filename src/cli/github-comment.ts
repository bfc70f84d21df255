/**
 * The GitHub Action's pull request comment (input `comment`): the Markdown report, posted once and then
 * updated in place on every later run, found again by a hidden marker. Uses the REST API with Node's fetch.
 *
 * Who writes what: the Markdown report quotes vendor-controlled text (already escaped by the Markdown reporter);
 * anyone who can comment on the pull request can also write the marker, so a comment is only taken for ours when
 * its author is the one the token posts as (`comment-author`, by default github-actions[bot]) — otherwise
 * the Action would overwrite, with the repository's token, a comment someone else wrote. API errors are
 * returned as one line for the caller to report; they never change the gate.
 */

/** GitHub refuses comment bodies longer than this (characters). */
const maxBody = 65_536;
/** Pages of 100 comments searched for the earlier comment: a pull request with more gets a new one. */
const maxPages = 30;

export interface CommentTarget {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  apiUrl: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  pullRequest: number;
  token: string;
  /** The login the token posts as; only its comments carrying the marker are updated. */
  author: string;
  /** Tells this job's comment from other ringfence jobs' (the code scanning category). */
  key: string;
}

export type CommentResult = { ok: true; action: 'created' | 'updated'; url: string } | { ok: false; error: string };

/** The hidden first line that marks the comment as ringfence's, for one key. Keys are made safe for an HTML comment. */
export function marker(key: string): string {
  // No `>` and no `--`: nothing in the key can end the HTML comment early.
  return `<!-- ringfence-report ${key.replace(/[^A-Za-z0-9._/:@+-]/g, '_').replace(/-{2,}/g, '-')} -->`;
}

/** The comment's body: marker, report, and a note when the report had to be cut to GitHub's limit. */
export function commentBody(key: string, markdown: string): string {
  const head = `${marker(key)}\n`;
  const note = '\n\n… the report is longer than a comment can be; the full report is in the job summary.\n';
  if (head.length + markdown.length <= maxBody) return head + markdown;
  let cut = markdown.slice(0, maxBody - head.length - note.length);
  // Cut at a line end, so that no table row or link is left half-written.
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > 0) cut = cut.slice(0, lineEnd);
  return head + cut + note;
}

/** The pull request number of the event that started the workflow, from GITHUB_EVENT_PATH's JSON. */
export function pullRequestNumber(event: unknown): number | undefined {
  const n = (event as { pull_request?: { number?: unknown } } | null)?.pull_request?.number;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

interface ApiComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string } | null;
}

async function api(target: CommentTarget, method: string, route: string, body?: unknown): Promise<unknown> {
  const url = `${target.apiUrl.replace(/\/+$/, '')}${route}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${target.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'ringfence-action',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`${method} ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) {
    let message = text.slice(0, 300).replace(/\s+/g, ' ').trim();
    try {
      const m = (JSON.parse(text) as { message?: unknown }).message;
      if (typeof m === 'string') message = m.slice(0, 300);
    } catch {
      /* not JSON: the text itself */
    }
    const hint = response.status === 403 || response.status === 404 ? ' (the token needs permission pull-requests: write; pull requests from forks get a read-only token)' : '';
    throw new Error(`${method} ${url} returned ${response.status}${message ? `: ${message}` : ''}${hint}`);
  }
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    throw new Error(`${method} ${url} returned a response that is not JSON`);
  }
}

/** Creates the comment, or updates the earlier one this author left with the same marker. */
export async function postComment(target: CommentTarget, markdown: string): Promise<CommentResult> {
  const body = commentBody(target.key, markdown);
  const mark = marker(target.key);
  const [owner, name] = target.repository.split('/');
  if (!owner || !name || target.repository.split('/').length !== 2) return { ok: false, error: `GITHUB_REPOSITORY is not owner/name: ${JSON.stringify(target.repository)}` };
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/issues`;
  try {
    let earlier: ApiComment | undefined;
    for (let page = 1; page <= maxPages && !earlier; page++) {
      const list = await api(target, 'GET', `${base}/${target.pullRequest}/comments?per_page=100&page=${page}`);
      if (!Array.isArray(list)) throw new Error(`GET ${base}/${target.pullRequest}/comments returned something other than a list`);
      earlier = (list as ApiComment[]).find((c) => c.user?.login === target.author && typeof c.body === 'string' && c.body.startsWith(mark));
      if (list.length < 100) break;
    }
    if (earlier) {
      if (!Number.isSafeInteger(earlier.id)) throw new Error('the earlier comment has no id');
      const updated = (await api(target, 'PATCH', `${base}/comments/${earlier.id}`, { body })) as ApiComment | undefined;
      return { ok: true, action: 'updated', url: updated?.html_url ?? earlier.html_url ?? '' };
    }
    const created = (await api(target, 'POST', `${base}/${target.pullRequest}/comments`, { body })) as ApiComment | undefined;
    return { ok: true, action: 'created', url: created?.html_url ?? '' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
