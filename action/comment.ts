import { STATUS_CODES } from 'node:http';
import { getOctokit } from '@actions/github';
import { findingHeadline, getErrorMessage, incompleteSentence, type Logger, type Report } from '../src/index.js';
import { TOP_CONTROLS_LIMIT, failingControls } from './controls.js';
import { SEVERITY_ORDER, formatLocation, type FindingCounts } from './counts.js';
import { actionableFindings, frameworkBriefs, scoreSentence, verdictLine } from './review.js';
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

/**
 * Markdown, in the order a reviewer needs it: the verdict (blocking, new since the base), the
 * findings to act on (what is wrong and where, blocking first), counts by severity, the score
 * with the change in failing checks, frameworks in one line each, failing controls, the run.
 */
export function renderComment(report: Report, counts: FindingCounts, failOn: string, runUrl?: string): string {
  const verdict = verdictLine(report, counts, failOn);
  const lines = [
    COMMENT_MARKER,
    `### posture-gate: ${verdict.passed ? '✅' : '❌'} ${cell(verdict.text)}`,
    ...(report.incomplete ? ['', `> **${cell(incompleteSentence(report.incomplete))}**`] : []),
    ...(report.base ? ['', `${counts.baselined} accepted findings (already in \`${cell(report.base.ref)}\`, or in the baseline) do not block.`] : []),
    ...findingLines(report, counts),
    '',
    '| Severity | Open | Blocking | Suppressed |',
    '| --- | ---: | ---: | ---: |',
    ...SEVERITY_ORDER.map((s) => `| ${s} | ${counts.open[s]} | ${counts.blocking[s]} | ${counts.suppressed[s]} |`),
    '',
    cell(scoreSentence(report)),
    ...frameworkLines(report),
  ];
  lines.push(...controlLines(report));
  if (runUrl) lines.push('', `[Workflow run](${runUrl})`);
  const body = lines.join('\n');
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n(truncated)` : body;
}

/** Blocking findings first, then the other open (with a diff base: new) ones. */
function findingLines(report: Report, counts: FindingCounts): string[] {
  const findings = actionableFindings(report, counts.blockingIds);
  if (findings.length === 0) return [];
  const rows = findings.slice(0, COMMENT_FINDINGS_LIMIT).map((f) => {
    const severity = counts.blockingIds.has(f.fingerprint) ? `**${f.severity}** (blocking)` : f.severity;
    return `| ${severity} | ${cell(findingHeadline(f))} | ${cell(`${f.checkId} ${f.title}`)} | \`${cell(formatLocation(f))}\` |`;
  });
  const more = findings.length > COMMENT_FINDINGS_LIMIT ? ['', `${findings.length - COMMENT_FINDINGS_LIMIT} more open findings are in the job summary and the SARIF report.`] : [];
  return ['', '| Severity | Finding | Check | Location |', '| --- | --- | --- | --- |', ...rows, ...more];
}

/** `**Frameworks:** CIS … 4.0.1 (`cis-aws-4.0.1`) 60.2% (47/78) · …; 3 with nothing in scope`. */
function frameworkLines(report: Report): string[] {
  const { shown, idle } = frameworkBriefs(report);
  if (shown.length === 0) return [];
  const items = shown.map((f) => `${cell(f.label)} (\`${cell(f.id)}\`) ${f.score} (${f.passing}/${f.total})`);
  return ['', `**Frameworks:** ${items.join(' · ')}${idle > 0 ? `; ${idle} with nothing in scope (n/a)` : ''}`];
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
