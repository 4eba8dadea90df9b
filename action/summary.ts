import * as core from '@actions/core';
import { incompleteSentence, markScore, scoreChange, type Finding, type Logger, type Report } from '../src/index.js';
import { TOP_CONTROLS_LIMIT, failingControls } from './controls.js';
import { SEVERITY_ORDER, formatControls, formatLocation, formatScore, openFindingsBySeverity, type FindingCounts } from './counts.js';

/** Rows of the findings table; the rest are counted in one "N more" line. */
export const SUMMARY_FINDINGS_LIMIT = 50;

export interface SummaryInput {
  report: Report;
  counts: FindingCounts;
  failOn: string;
  /** The baseline file, when the baseline input was given. */
  baseline?: string;
  /** `https://github.com/owner/repo/blob/<sha>` for links, when the run's context has it. */
  blobUrl?: string;
  /** Warnings shown under the score: a diff base that could not be used, more results than code scanning keeps. */
  notes?: string[];
}

/** Escapes text for the job summary, which is HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The job summary: score, counts, findings table, inconclusive and diagnostics. Skipped outside a runner. */
export async function writeSummary(input: SummaryInput, logger: Logger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger.debug('GITHUB_STEP_SUMMARY is not set; no job summary');
    return;
  }
  const { report, counts } = input;
  const summary = core.summary.addHeading('posture-gate', 2);
  const change = scoreChange(report);
  summary.addRaw(
    `<p><b>Posture score ${markScore(formatScore(report.score.overall.score), report)}</b>${change ? ` (${escapeHtml(change)})` : ''}: ` +
      `${report.score.overall.passing} of ${report.score.overall.total} resources have no open finding.</p>`,
    true,
  );
  if (report.incomplete) summary.addRaw(`<p><b>${escapeHtml(incompleteSentence(report.incomplete))}</b> The diagnostics in the SARIF report name each one.</p>`, true);
  for (const note of input.notes ?? []) summary.addRaw(`<p>⚠️ ${escapeHtml(note)}</p>`, true);
  if (report.base) {
    summary.addRaw(
      `<p>Diff base <code>${escapeHtml(report.base.ref)}</code> scored ${formatScore(report.base.score.overall.score)}. ` +
        `${counts.total.open} open findings are new; findings that already exist there are accepted and do not block.</p>`,
      true,
    );
  }
  addFrameworksTable(report);
  summary.addHeading('Findings', 3).addTable(countRows(counts, input.failOn));
  summary.addRaw(`<p>${escapeHtml(suppressedLine(report.findings, counts))}</p>`, true);
  if (input.baseline) summary.addRaw(`<p>Baseline <code>${escapeHtml(input.baseline)}</code>${report.base ? ' and the diff base' : ''} accepted ${counts.baselined} findings.</p>`, true);
  addControlsTable(report);
  addFindingsTable(report.findings, input.blobUrl);
  summary.addRaw(`<p>${report.inconclusive.length} inconclusive checks (a value the scanner could not resolve); ${report.diagnostics.length} diagnostics.</p>`, true);
  await summary.write();
}

function addFrameworksTable(report: Report): void {
  const frameworks = Object.entries(report.score.byFramework).filter(([, line]) => line.total > 0);
  if (frameworks.length === 0) return;
  const titles = new Map(report.catalog.frameworks.map((f) => [f.id, f.title]));
  const base = report.base?.score.byFramework;
  const header = ['Framework', 'Score', 'Passing resources', ...(base ? ['Change'] : [])];
  core.summary.addTable([
    header.map((data) => ({ data, header: true })),
    ...frameworks.map(([id, line]) => [
      escapeHtml(titles.get(id) ?? id),
      markScore(formatScore(line.score), report),
      `${line.passing} / ${line.total}`,
      ...(base ? [escapeHtml(scoreChange(report, line, base[id]) ?? 'new in scope')] : []),
    ]),
  ]);
}

/** Open findings grouped by framework and control: which controls fail most. */
function addControlsTable(report: Report): void {
  const controls = failingControls(report);
  if (controls.length === 0) return;
  const rows = controls.slice(0, TOP_CONTROLS_LIMIT).map((c) => [
    escapeHtml(c.frameworkTitle),
    `<code>${escapeHtml(c.control)}</code>${c.controlTitle ? ` ${escapeHtml(c.controlTitle)}` : ''}`,
    String(c.findings),
    String(c.resources),
  ]);
  core.summary
    .addHeading('Failing controls', 3)
    .addTable([['Framework', 'Control', 'Open findings', 'Resources'].map((data) => ({ data, header: true })), ...rows]);
  if (controls.length > TOP_CONTROLS_LIMIT) core.summary.addRaw(`<p>${controls.length - TOP_CONTROLS_LIMIT} more failing controls.</p>`, true);
}

/** `12 suppressed: 2 inline, 1 by a waiver, 9 accepted by the baseline or diff base.` */
export function suppressedLine(findings: readonly Finding[], counts: FindingCounts): string {
  const byKind = { inline: 0, config: 0, baseline: 0 };
  for (const finding of findings) if (finding.suppression) byKind[finding.suppression.kind] += 1;
  return (
    `${counts.total.suppressed} suppressed: ${byKind.inline} inline, ${byKind.config} by a waiver in the configuration, ` +
    `${byKind.baseline} accepted by the baseline or diff base.`
  );
}

function countRows(counts: FindingCounts, failOn: string) {
  const header = ['Severity', `Blocking (fail-on ${failOn.toLowerCase()})`, 'Open, not blocking', 'Suppressed'];
  return [
    header.map((data) => ({ data: escapeHtml(data), header: true })),
    ...SEVERITY_ORDER.map((s) => [s, String(counts.blocking[s]), String(counts.open[s] - counts.blocking[s]), String(counts.suppressed[s])]),
    [
      '<b>Total</b>',
      `<b>${counts.total.blocking}</b>`,
      `<b>${counts.total.open - counts.total.blocking}</b>`,
      `<b>${counts.total.suppressed}</b>`,
    ],
  ];
}

function addFindingsTable(findings: readonly Finding[], blobUrl: string | undefined): void {
  const open = openFindingsBySeverity(findings);
  if (open.length === 0) {
    core.summary.addRaw('<p>No open findings.</p>', true);
    return;
  }
  const rows = open.slice(0, SUMMARY_FINDINGS_LIMIT).map((f) => [
    f.severity,
    `${escapeHtml(f.checkId)} ${escapeHtml(f.title)}`,
    escapeHtml(formatControls(f)),
    locationCell(f, blobUrl),
  ]);
  core.summary.addHeading('Open findings', 3).addTable([['Severity', 'Check', 'Control', 'Location'].map((data) => ({ data, header: true })), ...rows]);
  if (open.length > SUMMARY_FINDINGS_LIMIT) {
    core.summary.addRaw(`<p>${open.length - SUMMARY_FINDINGS_LIMIT} more open findings are in the SARIF report.</p>`, true);
  }
}

function locationCell(finding: Finding, blobUrl: string | undefined): string {
  const text = `<code>${escapeHtml(formatLocation(finding))}</code>`;
  if (!blobUrl) return text;
  const { path, startLine, endLine } = finding.location;
  const href = `${blobUrl}/${path.split('/').map(encodeURIComponent).join('/')}#L${startLine}${endLine > startLine ? `-L${endLine}` : ''}`;
  return `<a href="${escapeHtml(href)}">${text}</a>`;
}
