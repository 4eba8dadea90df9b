import { readFileSync } from 'node:fs';
import { ConfigError } from '../src/index.js';

/** The pull request a workflow runs for, read from the event payload on disk (no network). */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  /** The base branch's commit the PR is compared with. */
  baseSha?: string;
  /** The base branch's name (`main`), for display. */
  baseRef?: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullRequestPayload {
  number?: number;
  pull_request?: { number?: number; base?: { sha?: string; ref?: string } };
  repository?: { name?: string; owner?: { login?: string } };
}

/** Undefined unless GITHUB_EVENT_NAME is a pull_request event with a readable payload. */
export function readPullRequest(env: NodeJS.ProcessEnv = process.env): PullRequest | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) return undefined;
  let payload: PullRequestPayload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload;
  } catch (cause) {
    throw new ConfigError(`read the event payload ${env.GITHUB_EVENT_PATH}: ${(cause as Error).message}`, { cause });
  }
  const number = payload.pull_request?.number ?? payload.number;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ownerName = owner || payload.repository?.owner?.login;
  const repoName = repo || payload.repository?.name;
  if (typeof number !== 'number' || !ownerName || !repoName) return undefined;
  return { owner: ownerName, repo: repoName, number, baseSha: payload.pull_request?.base?.sha, baseRef: payload.pull_request?.base?.ref };
}
