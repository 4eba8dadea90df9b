/** The tail of the terminal report: file problems, counts, and posture scores. */
import { SEVERITIES } from '../model/index.js';
import type { FailOn, Report, ScoreLine } from '../model/index.js';
import { sanitize, SEVERITY_STYLE, STYLE } from './ansi.js';
import type { Paint } from './ansi.js';
import { compareDiagnostics, compareStrings, sorted } from '../model/order.js';
import { failingChange, formatPercent, scoreChange, summarize } from './summary.js';
import { incompleteSentence, markScore } from './incomplete.js';

const withChange = (change: string | undefined): string => (change ? `, ${change}` : '');

/** `path:line:col: message [CODE]` per diagnostic, or nothing when there are none. */
export function renderDiagnostics(report: Report, paint: Paint): string {
  if (report.diagnostics.length === 0) return '';
  const lines = sorted(report.diagnostics, compareDiagnostics).map((d) => {
    const { path, startLine, startColumn } = d.range;
    const where = `${sanitize(path)}:${startLine}:${startColumn}`;
    const level = paint(d.level, d.level === 'error' ? STYLE.red : STYLE.yellow);
    return `  ${where}: ${level}: ${sanitize(d.message)} [${d.code}]`;
  });
  return [paint('Diagnostics', STYLE.bold), ...lines].join('\n');
}

export function renderSummary(report: Report, paint: Paint, verbose = false): string {
  const summary = summarize(report);
  const counts = SEVERITIES.map((severity) => {
    const text = `${summary.findings[severity]} ${severity}`;
    return summary.findings[severity] > 0 ? paint(text, SEVERITY_STYLE[severity]) : text;
  });
  const lines = [
    paint('Summary', STYLE.bold),
    ...(report.incomplete ? [`  ${paint(incompleteSentence(report.incomplete), STYLE.red)}`] : []),
    `  Findings: ${counts.join(', ')} (${summary.findings.total} total, ${summary.suppressed} suppressed)`,
    `  Inconclusive: ${summary.inconclusive} (checks that read a value the scanner could not resolve)`,
    `  Files: ${summary.filesScanned} scanned, ${summary.filesSkipped} skipped`,
    `  Diagnostics: ${summary.diagnostics}`,
    `  ${scoreLine('Posture score', report.score.overall, report)}${withChange(scoreChange(report))}${withChange(failingChange(report))}`,
    ...(verbose ? frameworkLines(report) : frameworkDigest(report)),
  ];
  return lines.join('\n');
}

/**
 * `Posture score: 87.5% (35 of 40 resources with no findings)`; `100.0% (incomplete scan) (…)`
 * when the scan could not read everything.
 */
export function scoreLine(label: string, line: ScoreLine, report: Pick<Report, 'incomplete'> = {}): string {
  // A framework none of whose checks applies to anything scanned has no score, not a perfect one.
  if (line.total === 0) return `${label}: n/a (no scanned resource is in scope)`;
  return `${label}: ${markScore(formatPercent(line), report)} (${line.passing} of ${line.total} resources with no findings)`;
}

/**
 * One line for the frameworks unless --verbose: how many have something in scope and the lowest
 * score, `Frameworks: 8 in scope, lowest cis-aws-3.0 60.2% (--verbose lists each)`.
 */
function frameworkDigest(report: Report): string[] {
  const scores = Object.entries(report.score.byFramework).filter(([, line]) => line.total > 0);
  if (scores.length === 0) return [];
  const [id, lowest] = scores.reduce((low, entry) => (entry[1].passing * low[1].total < low[1].passing * entry[1].total ? entry : low));
  const others = Object.keys(report.score.byFramework).length - scores.length;
  const idle = others > 0 ? `, ${others} with nothing in scope` : '';
  return [`  Frameworks: ${scores.length} in scope${idle}; lowest ${sanitize(id)} ${markScore(formatPercent(lowest), report)} (--verbose lists each)`];
}

/** `Verdict: FAIL, 3 findings at or above HIGH` (`3 new findings since main …` with a diff base) or `Verdict: pass, nothing at or above HIGH`. */
export function renderVerdict(verdict: { failOn: FailOn; blocking: number }, paint: Paint, base?: string): string {
  if (verdict.failOn === 'none') return `Verdict: pass (--fail-on none: findings do not fail the gate)`;
  if (verdict.blocking === 0) return `Verdict: ${paint('pass', STYLE.green)}, nothing at or above ${verdict.failOn}`;
  const findings = `${verdict.blocking} ${base === undefined ? '' : 'new '}finding${verdict.blocking === 1 ? '' : 's'}`;
  const since = base === undefined ? '' : ` since ${sanitize(base)}`;
  return `Verdict: ${paint('FAIL', STYLE.boldRed)}, ${findings}${since} at or above ${verdict.failOn}`;
}

function frameworkLines(report: Report): string[] {
  const titles = new Map(report.catalog.frameworks.map((f) => [f.id, f.title]));
  const ids = Object.keys(report.score.byFramework).sort(compareStrings);
  // a framework none of whose checks applies to anything scanned has no score to show
  const inScope = ids.filter((id) => report.score.byFramework[id].total > 0);
  const lines = inScope.map((id) => {
    const title = titles.get(id);
    const label = title === undefined ? id : `${id} (${sanitize(title)})`;
    return `    ${scoreLine(label, report.score.byFramework[id], report)}`;
  });
  const idle = ids.length - inScope.length;
  if (idle > 0) lines.push(`    ${idle} other framework${idle === 1 ? '' : 's'}: no scanned resource is in scope`);
  return lines;
}
