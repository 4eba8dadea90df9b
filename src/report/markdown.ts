/**
 * A Markdown report for a CI job summary or a pull-request comment: the posture score, counts by
 * severity, the score per framework, unsuppressed findings grouped by severity with links to
 * file and line (relative to the scan root), suppressed findings apart with their justification,
 * and files that could not be scanned. A finding leads with what is wrong (its message, naming the
 * resource), the check id and title second (see headline.ts); attribute values are never shown.
 */
import type { Finding, Report, Severity } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { compareDiagnostics, compareFindings, compareStrings, sorted } from '../model/order.js';
import type { Reporter } from './reporter.js';
import { formatPercent, scoreChange, summarize } from './summary.js';
import { incompleteSentence, markScore } from './incomplete.js';
import { checkLabel, findingHeadline } from './headline.js';

/** Rows per table before the rest is counted: GitHub caps a job summary at 1 MiB. */
export const MAX_ROWS = 200;

const TITLE: Record<Severity, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export function renderMarkdown(report: Report): string {
  const findings = sorted(report.findings, compareFindings);
  const sections = [
    renderHeader(report),
    renderFrameworks(report),
    ...SEVERITIES.map((severity) => renderSeverity(severity, findings.filter((f) => !f.suppression && f.severity === severity))),
    renderSuppressed(findings.filter((f) => f.suppression)),
    renderDiagnostics(report),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

export const markdownReporter: Reporter = { format: 'markdown', render: renderMarkdown };

function renderHeader(report: Report): string {
  const summary = summarize(report);
  const { overall } = report.score;
  const counts = SEVERITIES.map((s) => `${summary.findings[s]} ${s.toLowerCase()}`).join(', ');
  return [
    `## ${cell(report.tool.name)}: posture score ${markScore(formatPercent(overall), report)}`,
    '',
    ...(report.incomplete ? [`> **${cell(incompleteSentence(report.incomplete))}** See "Files with problems" below.`, ''] : []),
    `${overall.passing} of ${overall.total} resources pass every check${scoreChange(report) ? ` (${scoreChange(report)})` : ''}.`,
    '',
    '| Severity | Findings |',
    '| --- | ---: |',
    ...SEVERITIES.map((s) => `| ${TITLE[s]} | ${summary.findings[s]} |`),
    `| **Total** | **${summary.findings.total}** |`,
    '',
    `${summary.findings.total} findings (${counts}); ${summary.suppressed} suppressed; ` +
      `${summary.inconclusive} inconclusive; ${summary.filesScanned} files scanned, ${summary.diagnostics} with problems.`,
  ].join('\n');
}

/** Frameworks with something in scope, with their version (two CIS AWS benchmarks differ); the rest counted, never 100% of 0. */
function renderFrameworks(report: Report): string {
  const meta = new Map(report.catalog.frameworks.map((f) => [f.id, f]));
  const ids = Object.keys(report.score.byFramework).sort(compareStrings);
  const inScope = ids.filter((id) => report.score.byFramework[id].total > 0);
  const rows = inScope.map((id) => {
    const line = report.score.byFramework[id];
    const framework = meta.get(id);
    const name = framework ? `${framework.title}${framework.version ? ` ${framework.version}` : ''}` : id;
    return `| ${cell(name)} (\`${cell(id)}\`) | ${markScore(formatPercent(line), report)} | ${line.passing} / ${line.total} |`;
  });
  if (rows.length === 0) return '';
  const idle = ids.length - inScope.length;
  const note = idle > 0 ? ['', `${idle} more framework${idle === 1 ? '' : 's'}: nothing scanned is in scope (n/a).`] : [];
  return ['### Frameworks', '', '| Framework | Score | Resources passing |', '| --- | ---: | ---: |', ...rows, ...note].join('\n');
}

function renderSeverity(severity: Severity, findings: Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => `| ${cell(findingHeadline(f))} | ${cell(checkLabel(f))} | ${link(f)} | ${controls(f)} |`);
  return [`### ${TITLE[severity]} (${findings.length})`, '', '| Finding | Check | Location | Controls |', '| --- | --- | --- | --- |', ...capped(rows)].join('\n');
}

function renderSuppressed(findings: Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => {
    const { kind, justification, expires } = f.suppression!;
    return `| ${cell(findingHeadline(f))} | ${cell(f.checkId)} | ${link(f)} | ${kind} | ${cell(justification)} | ${expires ?? ''} |`;
  });
  const header = '| Finding | Check | Location | Kind | Justification | Expires |\n| --- | --- | --- | --- | --- | --- |';
  return [`### Suppressed (${findings.length})`, '', header, ...capped(rows)].join('\n');
}

function renderDiagnostics(report: Report): string {
  if (report.diagnostics.length === 0) return '';
  const rows = sorted(report.diagnostics, compareDiagnostics).map(
    (d) => `| ${d.level} | ${d.code} | [${cell(d.range.path)}:${d.range.startLine}](${href(d.range.path, d.range.startLine)}) | ${cell(d.message)} |`,
  );
  return ['### Files with problems', '', '| Level | Code | Location | Problem |', '| --- | --- | --- | --- |', ...capped(rows)].join('\n');
}

function capped(rows: string[]): string[] {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS), '', `… and ${rows.length - MAX_ROWS} more; see the SARIF or JSON report for all of them.`];
}

function link(finding: Finding): string {
  const { path, startLine } = finding.location;
  return `[${cell(path)}:${startLine}](${href(path, startLine)})`;
}

/** A relative link to the line; spaces and parentheses are percent-encoded so the link stays one token. */
function href(path: string, line: number): string {
  return `${encodeURI(path).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}#L${line}`;
}

function controls(finding: Finding): string {
  const refs = [...finding.controls].sort((a, b) => compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control));
  return refs.map((ref) => `${cell(ref.framework)} ${cell(ref.control)}`).join(', ');
}

/** Table cell text: no line breaks, pipes escaped, HTML and Markdown punctuation neutralised. */
/** Text made safe for a Markdown table cell. */
export function cell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
