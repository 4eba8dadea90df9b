import { STATUS_CODES } from 'node:http';
import { getOctokit } from '@actions/github';
import { getErrorMessage, incompleteSentence, markScore, scoreChange, type Logger, type Report } from '../src/index.js';
import { TOP_CONTROLS_LIMIT, failingControls } from './controls.js';
import { SEVERITY_ORDER, formatControls, formatLocation, formatScore, openFindingsBySeverity, type FindingCounts } from './counts.js';
import type { PullRequest } from './pull-request.js';

/** The hidden marker that finds our comment again, so each push updates it instead of adding one. */
export const COMMENT_MARKER = '<!-- posture-gate -->';
const COMMENT_FINDINGS_LIMIT = 20;
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;
/** 20 pages of 100: a PR with more comments than that gets a new one rather than a slow walk. */
const MAX_PAGES = 20;
const REQUEST_TIMEOUT_MS = 30_000;

export interface CommentTarget {
  token: string;
  pullRequest: PullRequest;
}

/** Markdown: score, counts by severity, the top findings, a link to the run. */
export function renderComment(report: Report, counts: FindingCounts, failOn: string, runUrl?: string): string {
  const change = scoreChange(report);
  const lines = [
    COMMENT_MARKER,
    '### posture-gate',
    '',
    `**Posture score ${markScore(formatScore(report.score.overall.score), report)}**${change ? ` (${cell(change)})` : ''} ` +
      `(${report.score.overall.passing} of ${report.score.overall.total} resources with no open finding). ` +
      `${counts.total.blocking} blocking at fail-on ${failOn.toLowerCase()}, ${counts.total.suppressed} suppressed.`,
    ...(report.incomplete ? ['', `> **${cell(incompleteSentence(report.incomplete))}**`] : []),
    ...(report.base ? ['', `${counts.total.open} open findings are new since \`${cell(report.base.ref)}\`; ${counts.baselined} accepted findings (already there, or in the baseline) do not block.`] : []),
    '',
    '| Severity | Open | Blocking | Suppressed |',
    '| --- | ---: | ---: | ---: |',
    ...SEVERITY_ORDER.map((s) => `| ${s} | ${counts.open[s]} | ${counts.blocking[s]} | ${counts.suppressed[s]} |`),
  ];
  lines.push(...controlLines(report));
  const open = openFindingsBySeverity(report.findings);
  if (open.length > 0) {
    lines.push('', '| Severity | Check | Control | Location |', '| --- | --- | --- | --- |');
    for (const f of open.slice(0, COMMENT_FINDINGS_LIMIT)) {
      lines.push(`| ${f.severity} | ${cell(`${f.checkId} ${f.title}`)} | ${cell(formatControls(f))} | \`${cell(formatLocation(f))}\` |`);
    }
    if (open.length > COMMENT_FINDINGS_LIMIT) lines.push('', `${open.length - COMMENT_FINDINGS_LIMIT} more open findings are in the job summary and the SARIF report.`);
  }
  if (runUrl) lines.push('', `[Workflow run](${runUrl})`);
  const body = lines.join('\n');
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n(truncated)` : body;
}

/** Top failing controls: framework, control and how many open findings map to it. */
function controlLines(report: Report): string[] {
  const controls = failingControls(report);
  if (controls.length === 0) return [];
  const rows = controls
    .slice(0, TOP_CONTROLS_LIMIT)
    .map((c) => `| ${cell(c.frameworkTitle)} | ${cell(c.control)}${c.controlTitle ? ` ${cell(c.controlTitle)}` : ''} | ${c.findings} | ${c.resources} |`);
  const more = controls.length > TOP_CONTROLS_LIMIT ? ['', `${controls.length - TOP_CONTROLS_LIMIT} more failing controls.`] : [];
  return ['', '**Failing controls**', '', '| Framework | Control | Open findings | Resources |', '| --- | --- | ---: | ---: |', ...rows, ...more];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

type GitHub = ReturnType<typeof getOctokit>;

/**
 * The toolkit's Octokit (base URL from GITHUB_API_URL, the runner's proxy settings), with a timeout on
 * every request, pages included (a hung API must not hold the job), and the REST API version we were
 * written for. A hook, because paginate drops per-call request options after the first page.
 */
function gitHubClient(token: string): GitHub {
  const octokit = getOctokit(token, { userAgent: 'posture-gate' });
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = '2022-11-28';
    options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  });
  return octokit;
}

/**
 * Creates the PR comment, or updates the one carrying COMMENT_MARKER, through the toolkit's Octokit
 * (base URL from GITHUB_API_URL, proxy settings from the runner). A failure is a warning: the gate's
 * verdict does not depend on a comment (fork PRs get a read-only token).
 */
export async function upsertComment(target: CommentTarget, body: string, logger: Logger): Promise<'created' | 'updated' | 'failed'> {
  const { owner, repo, number } = target.pullRequest;
  try {
    const octokit = gitHubClient(target.token);
    const existing = await findComment(octokit, target.pullRequest);
    if (existing) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      logger.info(`updated the posture-gate comment ${existing.id} on #${number}`);
      return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    logger.info(`commented on #${number}`);
    return 'created';
  } catch (error) {
    const status = (error as { response?: { status?: number } }).response?.status;
    // Permission advice only where the API answered with a refusal; not for a network failure.
    const advice = status === 401 || status === 403 || status === 404 ? ' The job needs permissions: pull-requests: write.' : '';
    logger.warning(`PR comment on #${number}: ${describeFailure(error)}.${advice}`);
    return 'failed';
  }
}

/** Walks the PR's comments page by page (Link headers) and stops at the first page holding ours. */
async function findComment(octokit: GitHub, { owner, repo, number }: PullRequest): Promise<{ id: number } | undefined> {
  let pages = 0;
  const found = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner, repo, issue_number: number, per_page: 100 },
    (response, done) => {
      pages += 1;
      const ours = response.data.filter((c) => c.body?.includes(COMMENT_MARKER));
      if (ours.length > 0 || pages >= MAX_PAGES) done();
      return ours;
    },
  );
  return found[0];
}

/**
 * `POST /repos/o/r/issues/1/comments returned 403 Forbidden` for an HTTP error; `GET …: connect
 * ECONNREFUSED …` when no response came (Octokit labels those 500, which would mislead).
 */
function describeFailure(error: unknown): string {
  const { status, request, response } = error as { status?: number; request?: { method?: string; url?: string }; response?: unknown };
  if (!request?.method || !request.url) return getErrorMessage(error);
  const route = `${request.method} ${new URL(request.url).pathname}`;
  if (!response || typeof status !== 'number') return `${route}: ${getErrorMessage(error)}`;
  return `${route} returned ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd();
}
