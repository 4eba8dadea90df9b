import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, pullRequestEvent, runAction } from './testing/run-action.js';

interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  apiVersion?: string;
  body?: { body: string };
}

interface IssueComment {
  id: number;
  body: string;
}

/** 250 comments on acme/infra#30 (three pages of 100); ours, from an earlier push, is number 121, on page 2. */
function busyPullRequest(): IssueComment[] {
  return Array.from({ length: 250 }, (_, i) => ({ id: 3000 + i, body: i === 120 ? '<!-- posture-gate -->\nold verdict' : `review comment ${i}` }));
}

/**
 * Stands in for the GitHub REST API on 127.0.0.1: issue comments of acme/infra#12 and #30, kept in
 * memory, listed in pages with Link headers as GitHub does.
 */
function fakeGitHub(requests: Recorded[]): Server {
  const issues = new Map<number, IssueComment[]>([
    [12, [{ id: 1, body: 'LGTM from a human' }]],
    [30, busyPullRequest()],
  ]);
  let nextId = 101;
  return createServer(async (req, res) => {
    const text = await readBody(req);
    const url = new URL(req.url!, `http://${req.headers.host}`);
    const record: Recorded = {
      method: req.method!,
      url: req.url!,
      authorization: req.headers.authorization,
      apiVersion: req.headers['x-github-api-version'] as string | undefined,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(record);
    const reply = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
    const list = /^\/repos\/acme\/infra\/issues\/(\d+)\/comments$/.exec(url.pathname);
    // Any other pull request: readable, but the token may not write (a fork's read-only token).
    const comments = list ? (issues.get(Number(list[1])) ?? []) : [];
    if (req.method === 'GET' && list) return replyPage(url, comments, reply);
    if (req.method === 'POST' && list && issues.has(Number(list[1]))) {
      const comment = { id: nextId++, body: record.body!.body };
      comments.push(comment);
      return reply(201, comment);
    }
    if (req.method === 'POST') return reply(403, { message: 'Resource not accessible by integration' });
    const patch = /^\/repos\/acme\/infra\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const existing = patch && [...issues.values()].flat().find((c) => c.id === Number(patch[1]));
    if (req.method === 'PATCH' && existing) {
      existing.body = record.body!.body;
      return reply(200, existing);
    }
    return reply(404, { message: 'Not Found' });
  });
}

/** One page of `per_page` (GitHub's default 30), with `Link: <…page=n+1>; rel="next"` while more remain. */
function replyPage(url: URL, comments: IssueComment[], reply: (status: number, value: unknown, headers?: Record<string, string>) => void): void {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  const more = page * perPage < comments.length;
  reply(200, comments.slice((page - 1) * perPage, page * perPage), more ? { link: `<${next.href}>; rel="next"` } : {});
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

describe('the PR comment', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'posture-comment-'));
  const requests: Recorded[] = [];
  const server = fakeGitHub(requests);
  let apiUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  const scan = (paths: string) =>
    runAction(
      { paths, comment: 'true', 'github-token': 'test-token', 'fail-on': 'none', 'sarif-file': path.join(work, 'comment.sarif') },
      { work, env: { ...pullRequestEvent(work, 12, 'a'.repeat(40)), GITHUB_API_URL: apiUrl, GITHUB_RUN_ID: '99' } },
    );

  it('is created on the first run and updated in place on the next', async () => {
    const first = await scan('fixtures/terraform/sg-bad');
    expect(first.status).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/infra/issues/12/comments', 'POST /repos/acme/infra/issues/12/comments']);
    expect(requests[0].url).toContain('per_page=100');
    expect(requests.every((r) => r.authorization === 'token test-token' && r.apiVersion === '2022-11-28')).toBe(true);
    const created = requests[1].body!.body;
    expect(created.startsWith('<!-- posture-gate -->\n')).toBe(true);
    // the verdict first, then what is wrong and where, then counts, then the score
    expect(created.split('\n')[1]).toBe('### posture-gate: ✅ Nothing blocks (fail-on none)');
    expect(created).toContain('| CRITICAL | 1 | 0 | 0 |');
    expect(created).toContain('| CRITICAL | Security group aws_security_group.bastion ingress[2] allows all ports from 0.0.0.0/0 | AWS-0007 ');
    expect(created).toMatch(/\| CRITICAL \| [^|]+ \| AWS-0007 [^|]+ \| `fixtures\/terraform\/sg-bad\/main.tf:32` \|/);
    expect(created.indexOf('| Severity | Finding |')).toBeLessThan(created.indexOf('| Severity | Open |'));
    expect(created).toContain('\nPosture score 0.0%: 0 of 2 resources have no open finding; 11 failing checks.');
    expect(created).toMatch(/\*\*Frameworks:\*\* .*CIS Amazon Web Services Foundations Benchmark 3\.0\.0 \(`cis-aws-3\.0`\) 0\.0% \(0\/2\) · CIS Amazon Web Services Foundations Benchmark 4\.0\.1 \(`cis-aws-4\.0\.1`\)/);
    expect(created).toContain('; 3 with nothing in scope (n/a)');
    expect(created).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/99)');
    expect(first.stdout).toContain('commented on #12');

    requests.length = 0;
    const second = await scan('fixtures/terraform/sg-good');
    expect(second.status).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/infra/issues/12/comments', 'PATCH /repos/acme/infra/issues/comments/101']);
    expect(requests[1].body!.body).toContain('Posture score 100.0%');
    expect(second.stdout).toContain('updated the posture-gate comment 101 on #12');
  });

  it('with diff-base: auto, shows the score change since the base and the top failing controls', async () => {
    const dir = mkdtempSync(path.join(work, 'repo-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf'), path.join(dir, 'main.tf'));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-good/main.tf'), path.join(dir, 'main.tf'));
    git('commit', '-q', '-am', 'fix the security groups');
    requests.length = 0;
    const result = await runAction(
      { paths: '.', comment: 'true', 'diff-base': 'auto', 'github-token': 'test-token', 'sarif-file': path.join(work, 'diff.sarif') },
      { work, env: { ...pullRequestEvent(work, 12, baseSha), GITHUB_WORKSPACE: dir, GITHUB_API_URL: apiUrl } },
    );
    expect(result.status).toBe(0);
    const body = requests.find((r) => r.method === 'PATCH')!.body!.body;
    expect(body).toContain(`Posture score 100.0% (+100.0 points since main (${baseSha.slice(0, 7)}))`);
    expect(body).toContain(`### posture-gate: ✅ Nothing blocking at fail-on high; 0 new since main (${baseSha.slice(0, 7)})`);
    expect(body).not.toContain('**Failing controls**'); // nothing fails any more
    expect(result.outputs['posture-score-base']).toBe('0.0000');

    requests.length = 0;
    await scan('fixtures/terraform/sg-bad');
    const failing = requests.find((r) => r.method === 'PATCH')!.body!.body;
    expect(failing).toContain('| Framework | Control | Open findings | Resources |');
    expect(failing).toMatch(/\| NIST SP 800-53[^|]* \| [A-Z]{2}-\d+[^|]* \| \d+ \| [12] \|/);
  });

  it('finds ours on a later page of a busy pull request, and stops reading pages once found', async () => {
    requests.length = 0;
    const result = await runAction(
      { paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'busy.sarif') },
      { work, env: { ...pullRequestEvent(work, 30, 'c'.repeat(40)), GITHUB_API_URL: apiUrl } },
    );
    expect(result.status).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/infra/issues/30/comments?per_page=100',
      'GET /repos/acme/infra/issues/30/comments?per_page=100&page=2',
      'PATCH /repos/acme/infra/issues/comments/3120',
    ]);
    expect(result.stdout).toContain('updated the posture-gate comment 3120 on #30');
  });

  it('warns, and does not fail the step, when the API refuses (a read-only token on a fork)', async () => {
    const result = await runAction(
      { paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'refused.sarif') },
      { work, env: { ...pullRequestEvent(work, 404, 'b'.repeat(40)), GITHUB_API_URL: apiUrl } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/::warning::PR comment on #404: POST \/repos\/acme\/infra\/issues\/404\/comments returned 403 Forbidden\. The job needs permissions: pull-requests: write\./);
  });

  it('warns, and does not fail the step, when the pull request cannot be read (404)', async () => {
    const result = await runAction(
      { paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'gone.sarif') },
      { work, env: { ...pullRequestEvent(work, 12, 'd'.repeat(40)), GITHUB_REPOSITORY: 'acme/gone', GITHUB_API_URL: apiUrl } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::warning::PR comment on #12: GET /repos/acme/gone/issues/12/comments returned 404 Not Found.');
  });

  it('warns, without permission advice, when the API cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const unreachable = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runAction(
      { paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'unreachable.sarif') },
      { work, env: { ...pullRequestEvent(work, 12, 'e'.repeat(40)), GITHUB_API_URL: unreachable } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::warning::PR comment on #12: GET \/repos\/acme\/infra\/issues\/12\/comments: .*ECONNREFUSED.*\.$/m);
    expect(result.stdout).not.toContain('pull-requests: write');
  });

  it('is not posted outside a pull request', async () => {
    requests.length = 0;
    const result = await runAction({ paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'push.sarif') }, {
      work,
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: apiUrl },
    });
    expect(result.status).toBe(0);
    expect(requests).toHaveLength(0);
    expect(result.stdout).toContain('comment: not a pull_request event; no comment');
  });
});
