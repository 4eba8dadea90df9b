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
  body?: { body: string };
}

/** Stands in for the GitHub REST API on 127.0.0.1: issue comments of acme/infra#12, kept in memory. */
function fakeGitHub(requests: Recorded[]): Server {
  const comments: { id: number; body: string }[] = [{ id: 1, body: 'LGTM from a human' }];
  return createServer(async (req, res) => {
    const text = await readBody(req);
    const record: Recorded = { method: req.method!, url: req.url!, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined };
    requests.push(record);
    const reply = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.method === 'GET' && req.url?.startsWith('/repos/acme/infra/issues/12/comments')) return reply(200, comments);
    // Any other pull request: readable, but the token may not write (a fork's read-only token).
    if (req.method === 'GET' && /^\/repos\/acme\/infra\/issues\/\d+\/comments/.test(req.url ?? '')) return reply(200, []);
    if (req.method === 'POST' && req.url !== '/repos/acme/infra/issues/12/comments') return reply(403, { message: 'Resource not accessible by integration' });
    if (req.method === 'POST' && req.url === '/repos/acme/infra/issues/12/comments') {
      const comment = { id: 100 + comments.length, body: record.body!.body };
      comments.push(comment);
      return reply(201, comment);
    }
    const patch = /^\/repos\/acme\/infra\/issues\/comments\/(\d+)$/.exec(req.url ?? '');
    const existing = patch && comments.find((c) => c.id === Number(patch[1]));
    if (req.method === 'PATCH' && existing) {
      existing.body = record.body!.body;
      return reply(200, existing);
    }
    return reply(404, { message: 'Not Found' });
  });
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
    expect(requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    const created = requests[1].body!.body;
    expect(created.startsWith('<!-- posture-gate -->\n')).toBe(true);
    expect(created).toContain('**Posture score 0.0%**');
    expect(created).toContain('| CRITICAL | 1 | 0 | 0 |');
    expect(created).toMatch(/\| CRITICAL \| AWS-0007 [^|]+ \| [^|]+ \| `fixtures\/terraform\/sg-bad\/main.tf:32` \|/);
    expect(created).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/99)');
    expect(first.stdout).toContain('commented on #12');

    requests.length = 0;
    const second = await scan('fixtures/terraform/sg-good');
    expect(second.status).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/infra/issues/12/comments', 'PATCH /repos/acme/infra/issues/comments/101']);
    expect(requests[1].body!.body).toContain('**Posture score 100.0%**');
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
    expect(body).toContain(`**Posture score 100.0%** (+100.0 points since main (${baseSha.slice(0, 7)}))`);
    expect(body).toContain('0 open findings are new since `main (');
    expect(body).not.toContain('**Failing controls**'); // nothing fails any more
    expect(result.outputs['posture-score-base']).toBe('0.0000');

    requests.length = 0;
    await scan('fixtures/terraform/sg-bad');
    const failing = requests.find((r) => r.method === 'PATCH')!.body!.body;
    expect(failing).toContain('| Framework | Control | Open findings | Resources |');
    expect(failing).toMatch(/\| NIST SP 800-53[^|]* \| [A-Z]{2}-\d+[^|]* \| \d+ \| [12] \|/);
  });

  it('warns, and does not fail the step, when the API refuses (a read-only token on a fork)', async () => {
    const result = await runAction(
      { paths: 'fixtures/terraform/sg-good', comment: 'true', 'github-token': 't', 'sarif-file': path.join(work, 'refused.sarif') },
      { work, env: { ...pullRequestEvent(work, 404, 'b'.repeat(40)), GITHUB_API_URL: apiUrl } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/::warning::PR comment on #404: POST \/repos\/acme\/infra\/issues\/404\/comments returned 403 Forbidden\. The job needs permissions: pull-requests: write\./);
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
