/**
 * The report for a person at a terminal: findings grouped by file, then file problems, then the
 * summary and posture score. Five fixed columns need only their widths measured, so no table
 * library is used (one more dependency in the bundled Action for a dozen lines of padding).
 */
import type { Finding, Report } from '../model/index.js';
import { painter, sanitize, SEVERITY_STYLE, STYLE } from './ansi.js';
import type { Paint } from './ansi.js';
import { compareFindings, sorted } from '../model/order.js';
import type { RenderOptions, Reporter } from './reporter.js';
import { renderDiagnostics, renderSummary } from './table-summary.js';

export const NO_FINDINGS = 'No findings.';

export function renderTable(report: Report, options: RenderOptions = {}): string {
  const paint = painter(options.color === true);
  const sections = [renderFindings(report.findings, paint), renderDiagnostics(report, paint), renderSummary(report, paint)];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

export const tableReporter: Reporter = { format: 'table', render: renderTable };

interface Row {
  cells: [string, string, string, string];
  message: string;
  finding: Finding;
}

function toRow(finding: Finding): Row {
  const { startLine, startColumn } = finding.location;
  let message = sanitize(finding.message);
  if (finding.suppression) {
    const { kind, justification, expires } = finding.suppression;
    const until = expires === undefined ? '' : ` until ${expires}`;
    message += ` [suppressed (${kind}${until}): ${sanitize(justification)}]`;
  }
  return {
    cells: [`${startLine}:${startColumn}`, finding.severity, sanitize(finding.checkId), sanitize(finding.resourceId)],
    message,
    finding,
  };
}

function renderFindings(findings: readonly Finding[], paint: Paint): string {
  if (findings.length === 0) return NO_FINDINGS;
  const rows = sorted(findings, compareFindings).map(toRow);
  // a loop, not Math.max(...rows): tens of thousands of arguments overflow the stack
  const widths = [0, 1, 2, 3].map((i) => rows.reduce((widest, row) => Math.max(widest, row.cells[i]!.length), 0));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const path = row.finding.location.path;
    (groups.get(path) ?? groups.set(path, []).get(path)!).push(row);
  }
  return [...groups]
    .map(([path, group]) => [paint(sanitize(path), STYLE.bold), ...group.map((row) => formatRow(row, widths, paint))].join('\n'))
    .join('\n\n');
}

function formatRow(row: Row, widths: number[], paint: Paint): string {
  const padded = row.cells.map((cell, i) => cell.padEnd(widths[i]));
  if (row.finding.suppression) return paint(`  ${[...padded, row.message].join('  ')}`, STYLE.dim);
  const severity = row.cells[1];
  padded[1] = paint(severity, SEVERITY_STYLE[row.finding.severity]) + ' '.repeat(widths[1] - severity.length);
  return `  ${[...padded, row.message].join('  ')}`.trimEnd();
}
