/**
 * Our own JSON report, for scripts and dashboards. The shape is versioned by `schemaVersion`:
 * add fields freely, but bump it before renaming or removing one. Every list is sorted and every
 * object is built with a fixed key order, so the same scan always prints the same bytes.
 */
import type { Diagnostic, Finding, Incompleteness, Inconclusive, PostureScore, Report, ScoreLine, SkippedFile, Suppression } from '../model/index.js';
import { compareDiagnostics, compareFindings, compareInconclusive, compareSkipped, compareStrings, sorted, sortedRecord } from '../model/order.js';
import { incompleteSentence } from './incomplete.js';
import type { Reporter } from './reporter.js';
import { summarize } from './summary.js';
import type { ReportSummary } from './summary.js';

export const JSON_SCHEMA_VERSION = '1';
/** The `$id` of schemas/report.schema.json, which every JSON report names in `$schema`. */
export const JSON_SCHEMA_ID = `https://posture-gate.github.io/schemas/report-${JSON_SCHEMA_VERSION}.json`;

export interface JsonReport {
  $schema: typeof JSON_SCHEMA_ID;
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  tool: { name: string; version: string };
  root: string;
  startedAt: string;
  summary: ReportSummary;
  /** Only when the scan could not read everything: what was not read, in words and by kind. */
  incomplete?: { message: string } & Incompleteness;
  findings: Finding[];
  inconclusive: Inconclusive[];
  diagnostics: Diagnostic[];
  files: { scanned: string[]; skipped: SkippedFile[] };
  score: PostureScore;
  /** With `--diff-base`: the base commit and its score (overall and per framework). */
  base?: { ref: string; commit: string; score: Pick<PostureScore, 'overall' | 'byFramework'> };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}\n`;
}

export const jsonReporter: Reporter = { format: 'json', render: renderJson };

export function buildJsonReport(report: Report): JsonReport {
  return {
    $schema: JSON_SCHEMA_ID,
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    startedAt: report.startedAt,
    summary: summarize(report),
    ...(report.incomplete ? { incomplete: incompleteOf(report.incomplete) } : {}),
    findings: sorted(report.findings, compareFindings).map(toJsonFinding),
    inconclusive: sorted(report.inconclusive, compareInconclusive).map((item) => ({
      checkId: item.checkId,
      resourceId: item.resourceId,
      attributePath: item.attributePath,
      location: rangeOf(item.location),
    })),
    diagnostics: sorted(report.diagnostics, compareDiagnostics).map((d) => ({
      code: d.code,
      level: d.level,
      message: d.message,
      range: rangeOf(d.range),
    })),
    files: {
      scanned: [...report.files.scanned].sort(compareStrings),
      skipped: sorted(report.files.skipped, compareSkipped).map((s) => ({ path: s.path, reason: s.reason })),
    },
    score: {
      overall: scoreLineOf(report.score.overall),
      byFramework: scoreLines(report.score.byFramework),
      byRequirement: sortedRecord(Object.fromEntries(Object.entries(report.score.byRequirement).map(([id, lines]) => [id, scoreLines(lines)]))),
      byControl: sortedRecord(Object.fromEntries(Object.entries(report.score.byControl).map(([id, lines]) => [id, scoreLines(lines)]))),
    },
    ...(report.base ? { base: baseOf(report.base) } : {}),
  };
}

function baseOf(base: NonNullable<Report['base']>) {
  const score = { overall: scoreLineOf(base.score.overall), byFramework: scoreLines(base.score.byFramework) };
  return { ref: base.ref, commit: base.commit, score, ...(base.failing === undefined ? {} : { failing: base.failing }) };
}

function scoreLines(lines: Record<string, ScoreLine>): Record<string, ScoreLine> {
  return sortedRecord(Object.fromEntries(Object.entries(lines).map(([id, line]) => [id, scoreLineOf(line)])));
}

function toJsonFinding(finding: Finding): Finding {
  const controls = [...finding.controls].sort(
    (a, b) => compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control),
  );
  return {
    checkId: finding.checkId,
    title: finding.title,
    severity: finding.severity,
    message: finding.message,
    resourceId: finding.resourceId,
    resourceType: finding.resourceType,
    scope: finding.scope,
    format: finding.format,
    attributePath: finding.attributePath,
    location: rangeOf(finding.location),
    fingerprint: finding.fingerprint,
    controls: controls.map((ref) => ({ framework: ref.framework, control: ref.control })),
    ...(finding.suppression === undefined ? {} : { suppression: suppressionOf(finding.suppression) }),
    ...(finding.createdBy === undefined ? {} : { createdBy: { ...finding.createdBy, location: rangeOf(finding.createdBy.location) } }),
    ...(finding.moduleCalls === undefined ? {} : { moduleCalls: finding.moduleCalls.map((call) => ({ address: call.address, location: rangeOf(call.location) })) }),
  };
}

function rangeOf(range: Finding['location']): Finding['location'] {
  const { path, startLine, startColumn, endLine, endColumn } = range;
  return { path, startLine, startColumn, endLine, endColumn };
}

function suppressionOf(suppression: Suppression): Suppression {
  const { kind, justification, expires } = suppression;
  return expires === undefined ? { kind, justification } : { kind, justification, expires };
}

function incompleteOf(incomplete: Incompleteness): NonNullable<JsonReport['incomplete']> {
  const { unreadable, unresolvedModules, unresolvedStacks, unsupportedPlans, limits, liveFailures } = incomplete;
  return { message: incompleteSentence(incomplete), unreadable, unresolvedModules, unresolvedStacks, unsupportedPlans, limits, liveFailures };
}

function scoreLineOf(line: ScoreLine): ScoreLine {
  return { passing: line.passing, total: line.total, score: line.score };
}
