/**
 * The report for a person at a terminal: findings grouped by file, then file problems, then the
 * summary and posture score, every line within the terminal's width. A row is the severity, the
 * check id, the line and the message (wrapped under itself); the resource (when the message does
 * not name it) and a module finding's callers follow on lines of their own. Three short columns
 * need only their widths measured, so no table library is used.
 */
import { SEVERITIES } from '../model/index.js';
import type { Finding, Report, Severity } from '../model/index.js';
import { painter, sanitize, SEVERITY_STYLE, STYLE } from './ansi.js';
import type { Paint } from './ansi.js';
import type { RenderOptions, Reporter } from './reporter.js';
import { describeCallers, tableRows, type TableRow } from './table-rows.js';
import { renderDiagnostics, renderSummary, renderVerdict } from './table-summary.js';
import { incompleteSentence } from './incomplete.js';
import { fitLines, textWidth, truncateLeft, truncateRight, wrapText } from './text-width.js';

export const NO_FINDINGS = 'No findings.';
export const DEFAULT_WIDTH = 100;
/** Narrower than this, a message goes under its row's columns instead of beside them. */
const MIN_MESSAGE_WIDTH = 24;
const INDENT = '  ';
const GAP = '  ';

export function renderTable(report: Report, options: RenderOptions = {}): string {
  const paint = painter(options.color === true);
  const width = Math.max(options.width ?? DEFAULT_WIDTH, 20);
  const shown = options.show === undefined ? report.findings : report.findings.filter((f) => atOrAbove(f.severity, options.show!));
  const findings = renderFindings(shown, paint, width);
  const hidden = report.findings.length - shown.length;
  const filterNote = hidden > 0 ? `(${hidden} finding${hidden === 1 ? '' : 's'} below ${options.show} not shown: --show)` : '';
  const verdict = options.verdict ? renderVerdict(options.verdict, paint, report.base?.ref) : '';
  const sections =
    options.detail === 'quiet'
      ? [findings, filterNote, renderDiagnostics(report, paint), incompleteLine(report, paint), verdict]
      : [findings, filterNote, renderDiagnostics(report, paint), renderSummary(report, paint, options.detail === 'verbose'), verdict];
  const text = sections.filter((section) => section !== '').join('\n\n');
  return `${fitLines(text, width)}\n`;
}

export const tableReporter: Reporter = { format: 'table', render: renderTable };

/** Under --quiet the summary goes, but never the word that the scan is incomplete. */
function incompleteLine(report: Report, paint: Paint): string {
  return report.incomplete ? paint(incompleteSentence(report.incomplete), STYLE.red) : '';
}

function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Column widths shared by every row, so rows line up across files. */
interface Layout {
  width: number;
  columns: [number, number, number];
  /** Where the message starts; 0 when the message goes on lines of its own. */
  messageAt: number;
}

function renderFindings(findings: readonly Finding[], paint: Paint, width: number): string {
  if (findings.length === 0) return NO_FINDINGS;
  const groups = tableRows(findings);
  const rows = [...groups.values()].flat();
  const columns = [0, 1, 2].map((i) => rows.reduce((widest, row) => Math.max(widest, textWidth(cellsOf(row.finding)[i]!)), 0)) as Layout['columns'];
  const prefix = INDENT.length + columns[0] + columns[1] + columns[2] + 3 * GAP.length;
  const layout: Layout = { width, columns, messageAt: width - prefix >= MIN_MESSAGE_WIDTH ? prefix : 0 };
  return [...groups]
    .map(([path, group]) => [paint(truncateLeft(sanitize(path), width), STYLE.bold), ...group.flatMap((row) => formatRow(row, layout, paint))].join('\n'))
    .join('\n\n');
}

function cellsOf(finding: Finding): [string, string, string] {
  return [finding.severity, sanitize(finding.checkId), `${finding.location.startLine}:${finding.location.startColumn}`];
}

function messageOf(finding: Finding): string {
  let message = sanitize(finding.message);
  if (finding.suppression) {
    const { kind, justification, expires } = finding.suppression;
    const until = expires === undefined ? '' : ` until ${expires}`;
    message += ` [suppressed (${kind}${until}): ${sanitize(justification)}]`;
  }
  return message;
}

function formatRow(row: TableRow, layout: Layout, paint: Paint): string[] {
  const { finding } = row;
  const cells = cellsOf(finding);
  const { width, columns, messageAt } = layout;
  const indent = ' '.repeat(messageAt === 0 ? INDENT.length * 2 : messageAt);
  const textWidthLeft = width - indent.length;
  const resource = sanitize(finding.resourceId);
  const details = [
    ...wrapText(messageOf(finding), textWidthLeft),
    // the message usually names the resource; when it does not, the resource gets its own line
    ...(finding.message.includes(finding.resourceId) ? [] : [truncateLeft(resource, textWidthLeft)]),
    ...wrapText(describeCallers(row.callers) ?? '', textWidthLeft).filter((line) => line !== ''),
  ];
  const severity = paint(cells[0], row.finding.suppression ? '' : SEVERITY_STYLE[finding.severity]) + ' '.repeat(columns[0] - cells[0].length);
  const head = truncateRight(`${INDENT}${cells[0].padEnd(columns[0])}${GAP}${cells[1].padEnd(columns[1])}${GAP}${cells[2].padEnd(columns[2])}`, width);
  const lines =
    messageAt === 0
      ? [head.trimEnd(), ...details.map((line) => indent + line)]
      : [`${head}${GAP}${details[0]}`, ...details.slice(1).map((line) => indent + line)];
  if (finding.suppression) return lines.map((line) => paint(line, STYLE.dim));
  // colour the severity in place: the widths above were measured on the plain text
  lines[0] = lines[0]!.replace(`${INDENT}${cells[0].padEnd(columns[0])}`, `${INDENT}${severity}`);
  return lines;
}
