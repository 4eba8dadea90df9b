/**
 * JUnit XML for CI test tabs (GitLab `artifacts:reports:junit`, Jenkins, Azure): a testsuite
 * per check, a testcase per check × resource. A resource the check applies to and passes is a
 * passing testcase, so the tab shows coverage and not only failures; a finding is a failure, a
 * suppressed one is skipped with its justification. Files that could not be parsed are errors.
 */
import type { CheckMeta, Diagnostic, Finding, Report } from '../model/index.js';
import { compareDiagnostics, compareFindings, compareStrings, sorted } from '../model/order.js';
import type { Reporter } from './reporter.js';
import { incompleteDiagnostics, incompleteSentence, SCAN_INCOMPLETE_ID } from './incomplete.js';
import { checkLabel, findingHeadline } from './headline.js';

interface Case {
  checkId: string;
  resourceId: string;
  file: string;
  line?: number;
  findings: Finding[];
}

export function renderJunit(report: Report): string {
  const suites = sorted(report.catalog.checks, (a, b) => compareStrings(a.id, b.id))
    .map((check) => ({ check, cases: casesFor(check, report) }))
    .filter((suite) => suite.cases.length > 0);
  const bodies = suites.map(({ check, cases }) => renderSuite(`${check.id} ${check.title}`, cases.map(renderCase), report.startedAt));
  const diagnostics = sorted(report.diagnostics, compareDiagnostics);
  if (diagnostics.length > 0) bodies.push(renderDiagnosticSuite(diagnostics, report.startedAt));
  if (report.incomplete) bodies.unshift(renderIncompleteSuite(report));
  const counts = bodies.map(countsOf).reduce(addCounts, { tests: 0, failures: 0, errors: 0, skipped: 0 });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // junit-10.xsd allows no skipped count on <testsuites>; each <testsuite> carries its own.
    `<testsuites name="${attr(report.tool.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="0">`,
    ...bodies,
    '</testsuites>',
    '',
  ].join('\n');
}

export const junitReporter: Reporter = { format: 'junit', render: renderJunit };

/** Cases for one check: its findings grouped by resource, then the resources it passed. */
function casesFor(check: CheckMeta, report: Report): Case[] {
  const cases = new Map<string, Case>();
  for (const finding of sorted(report.findings, compareFindings)) {
    if (finding.checkId !== check.id) continue;
    const key = `${finding.scope}\u0000${finding.resourceId}`;
    const existing = cases.get(key);
    if (existing) existing.findings.push(finding);
    else cases.set(key, { checkId: check.id, resourceId: finding.resourceId, file: finding.location.path, line: finding.location.startLine, findings: [finding] });
  }
  const failed = new Set([...cases.values()].map((c) => c.resourceId));
  const passing = report.resources
    .filter((r) => !check.deprecated && check.resourceTypes.includes(r.type) && check.formats.includes(r.format) && !failed.has(r.id))
    .map((r): Case => ({ checkId: check.id, resourceId: r.id, file: r.path, findings: [] }));
  return [...cases.values(), ...passing].sort((a, b) => compareStrings(a.resourceId, b.resourceId) || compareStrings(a.file, b.file));
}

function renderCase(testCase: Case): string {
  const { checkId, resourceId, file, line, findings } = testCase;
  const head = `    <testcase classname="${attr(checkId)}" name="${attr(resourceId)}" file="${attr(file)}"${line ? ` line="${line}"` : ''} time="0"`;
  const open = findings.filter((f) => !f.suppression);
  if (findings.length === 0) return `${head}/>`;
  if (open.length === 0) return `${head}>\n      <skipped message="${attr(findings.map(suppressionText).join('; '))}"/>\n    </testcase>`;
  const body = open.map(failureLine).join('\n');
  return `${head}>\n      <failure type="${open[0].severity}" message="${attr(failureMessage(open))}">${text(body)}</failure>\n    </testcase>`;
}

/** What is wrong, naming the resource, then the check: `S3 bucket aws_s3_bucket.logs is public (AWS-0002 S3 buckets block public access)`, and how many more. */
function failureMessage(open: readonly Finding[]): string {
  const more = open.length > 1 ? `; ${open.length - 1} more` : '';
  return `${findingHeadline(open[0]!)} (${checkLabel(open[0]!)})${more}`;
}

function failureLine(finding: Finding): string {
  const { path, startLine, startColumn } = finding.location;
  const attribute = finding.attributePath.length > 0 ? ` (${finding.attributePath.join('.')})` : '';
  const controls = finding.controls
    .map((c) => `${c.framework}/${c.control}`)
    .sort(compareStrings)
    .join(', ');
  return `${finding.severity} ${path}:${startLine}:${startColumn}${attribute}: ${finding.message}${controls ? ` [${controls}]` : ''}`;
}

function suppressionText(finding: Finding): string {
  const { kind, justification, expires } = finding.suppression!;
  return `suppressed (${kind}${expires ? ` until ${expires}` : ''}): ${justification}`;
}

function renderDiagnosticSuite(diagnostics: Diagnostic[], timestamp: string): string {
  const cases = diagnostics.map((d) => {
    const { path, startLine, startColumn } = d.range;
    const head = `    <testcase classname="files" name="${attr(path)}" file="${attr(path)}" line="${startLine}" time="0"`;
    if (d.level !== 'error') return `${head}>\n      <system-out>${text(`warning ${d.code}: ${d.message}`)}</system-out>\n    </testcase>`;
    return `${head}>\n      <error type="${attr(d.code)}" message="${attr(d.message)}">${text(`${path}:${startLine}:${startColumn}: ${d.message}`)}</error>\n    </testcase>`;
  });
  return renderSuite('files that could not be scanned', cases, timestamp);
}

/**
 * An incomplete scan is one erroring testcase at the top, so the CI test tab fails on it even
 * when every check passed: the passes cover only what was read.
 */
function renderIncompleteSuite(report: Report): string {
  const sentence = incompleteSentence(report.incomplete!);
  const lines = incompleteDiagnostics(report).map((d) => `${d.range.path}:${d.range.startLine}:${d.range.startColumn}: ${d.code}: ${d.message}`);
  const testCase = [
    `    <testcase classname="scan" name="every input was read" time="0">`,
    `      <error type="${SCAN_INCOMPLETE_ID}" message="${attr(sentence)}">${text(lines.join('\n'))}</error>`,
    '    </testcase>',
  ].join('\n');
  return renderSuite('scan completeness', [testCase], report.startedAt);
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function renderSuite(name: string, cases: string[], timestamp: string): string {
  const counts = countsOf(cases.join('\n'));
  return [`  <testsuite name="${attr(name)}" ${countAttrs(counts)} time="0" timestamp="${attr(timestamp.replace(/\.\d+Z$/, ''))}">`, ...cases, '  </testsuite>'].join('\n');
}

/** Counts from the rendered cases, so the totals can never disagree with the body. */
function countsOf(xml: string): Counts {
  const count = (pattern: RegExp) => xml.match(pattern)?.length ?? 0;
  return { tests: count(/<testcase /g), failures: count(/<failure /g), errors: count(/<error /g), skipped: count(/<skipped /g) };
}

function addCounts(a: Counts, b: Counts): Counts {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped };
}

function countAttrs(counts: Counts): string {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;
}

/** Characters XML 1.0 forbids even as references (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD. */
function xmlSafe(value: string): string {
  return value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and whitespace that attribute normalisation would flatten. */
export function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
