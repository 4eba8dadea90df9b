import { scoreChange, type Logger, type Report } from '../src/index.js';
import { TOP_CONTROLS_LIMIT, failingControls } from './controls.js';
import { SEVERITY_ORDER, formatControls, formatLocation, formatScore, openFindingsBySeverity, type FindingCounts } from './counts.js';
import type { PullRequest } from './pull-request.js';

/** The hidden marker that finds our comment again, so each push updates it instead of adding one. */
export const COMMENT_MARKER = '<!-- posture-gate -->';
const COMMENT_FINDINGS_LIMIT = 20;
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;
const MAX_PAGES = 20;

export interface CommentTarget {
  apiUrl: string;
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
    `**Posture score ${formatScore(report.score.overall.score)}**${change ? ` (${cell(change)})` : ''} ` +
      `(${report.score.overall.passing} of ${report.score.overall.total} resources with no open finding). ` +
      `${counts.total.blocking} blocking at fail-on ${failOn.toLowerCase()}, ${counts.total.suppressed} suppressed.`,
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

interface IssueComment {
  id: number;
  body?: string;
}

/**
 * Creates the PR comment, or updates the one carrying COMMENT_MARKER. Uses the REST API through
 * Node's fetch (@actions/github is not installed). A failure is a warning: the gate's verdict does
 * not depend on a comment (fork PRs get a read-only token).
 */
export async function upsertComment(target: CommentTarget, body: string, logger: Logger): Promise<'created' | 'updated' | 'failed'> {
  const { owner, repo, number } = target.pullRequest;
  const base = `${target.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
  try {
    const existing = await findComment(target, `${base}/${number}/comments`);
    if (existing) {
      await request(target, 'PATCH', `${base}/comments/${existing.id}`, { body });
      logger.info(`updated the posture-gate comment ${existing.id} on #${number}`);
      return 'updated';
    }
    await request(target, 'POST', `${base}/${number}/comments`, { body });
    logger.info(`commented on #${number}`);
    return 'created';
  } catch (error) {
    logger.warning(`PR comment on #${number}: ${(error as Error).message}. The job needs permissions: pull-requests: write.`);
    return 'failed';
  }
}

async function findComment(target: CommentTarget, url: string): Promise<IssueComment | undefined> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const comments = (await request(target, 'GET', `${url}?per_page=100&page=${page}`)) as IssueComment[];
    const found = comments.find((c) => c.body?.includes(COMMENT_MARKER));
    if (found || comments.length < 100) return found;
  }
  return undefined;
}

async function request(target: CommentTarget, method: string, url: string, payload?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'posture-gate',
      ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: payload === undefined ? undefined : JSON.stringify(payload),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`${method} ${new URL(url).pathname} returned ${response.status} ${response.statusText}`);
  return response.json();
}
