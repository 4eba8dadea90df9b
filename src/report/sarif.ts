/**
 * SARIF 2.1.0 for GitHub code scanning (the CodeQL Action's upload is the reference): one run,
 * rules for the checks with results, results located relative to `%SRCROOT%`, fingerprints that
 * ignore line numbers, and file problems as tool execution notifications.
 */
import type { Invocation, Location, Log, Notification, Result, Run, Suppression as SarifSuppression } from 'sarif';
import type { Diagnostic, Finding, Report, SkippedFile, Suppression } from '../model/index.js';
import { fileStart, LIVE_PATH_PREFIX, SEVERITIES } from '../model/index.js';
import path from 'node:path';
import { compareDiagnostics, compareFindings, compareSkipped, compareStrings, sorted, sortedRecord } from '../model/order.js';
import { rootUri, SRCROOT, toLocation } from './sarif-location.js';
import { buildRules, controlRefs, LEVEL } from './sarif-rules.js';
import { LogicalLocations } from './sarif-logical.js';
import type { RuleSet } from './sarif-rules.js';
import type { RenderOptions, Reporter, SarifOptions } from './reporter.js';
import { incompleteDiagnostics, incompleteSentence, SCAN_INCOMPLETE_ID } from './incomplete.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'posture-gate';
// Placeholder until the repository has its public home; keep in step with package.json.
export const INFORMATION_URI = 'https://github.com/posture-gate/posture-gate';
export const FINGERPRINT_KEY = 'postureFingerprint/v1';
/** Descriptor id of the note written for each file discovery passed over. */
export const SKIPPED_FILE_ID = 'FILE_SKIPPED';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;
export const RESULTS_CAPPED_ID = 'RESULTS_CAPPED';
/**
 * `runAutomationDetails.id`: code scanning takes what precedes the last `/` as the analysis
 * category, so every upload of this tool replaces the previous one instead of piling up.
 */
export const AUTOMATION_ID = 'posture-gate/';
/**
 * The category of a live-account audit (`posture aws`): its own, so a nightly upload of the live
 * findings does not close the repository's alerts, nor a pull-request scan the live ones.
 */
export const LIVE_AUTOMATION_ID = 'posture-gate/aws/';

/** GitHub code scanning keeps only this many results of a run, the most severe. */
export const GITHUB_RESULTS_KEPT = 5_000;

export function renderSarif(report: Report, options: RenderOptions = {}): string {
  return `${JSON.stringify(buildSarifLog(report, options.sarif), null, 2)}\n`;
}

export const sarifReporter: Reporter = { format: 'sarif', render: renderSarif };

/**
 * The findings that become results. Suppressed ones (inline, waiver, baseline, diff-base) are left
 * out unless asked for: code scanning opens an alert for a result with `suppressions` unless the
 * repository opted in to reading them, so an accepted risk would reappear as an open alert.
 */
export function sarifFindings(report: Report, options: SarifOptions = {}): Finding[] {
  return options.includeSuppressed ? report.findings : report.findings.filter((finding) => finding.suppression === undefined);
}

/** How many results the SARIF log holds (after the 25,000 cap). */
export function sarifResultCount(report: Report, options: SarifOptions = {}): number {
  return Math.min(sarifFindings(report, options).length, MAX_RESULTS);
}

/**
 * The default category: `posture-gate/<scanned paths>/`, the paths relative to the root, sorted,
 * joined with commas; `posture-gate/` for the root itself. Two scans of different paths in one
 * repository (a matrix, a monorepo) then never close each other's alerts.
 */
export function defaultSarifCategory(root: string, paths: readonly string[]): string {
  const relative = [...new Set(paths.map((p) => toPosix(path.relative(root, path.resolve(root, p))) || '.'))].sort(compareStrings);
  if (relative.length === 0 || relative.includes('.')) return AUTOMATION_ID;
  return `${TOOL_NAME}/${relative.join(',')}/`;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

function automationId(report: Report, category: string | undefined): string {
  if (category !== undefined) return category.endsWith('/') ? category : `${category}/`;
  return isLiveAudit(report) ? LIVE_AUTOMATION_ID : AUTOMATION_ID;
}

export function buildSarifLog(report: Report, options: SarifOptions = {}): Log {
  const { kept, omitted } = capResults(sarifFindings(report, options));
  const findings = sorted(kept, compareFindings);
  const ruleSet = buildRules(findings, report.catalog);
  const logical = new LogicalLocations();
  const results = findings.map((finding) => toResult(finding, ruleSet, report.root, logical));
  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        informationUri: INFORMATION_URI,
        semanticVersion: report.tool.version,
        rules: ruleSet.rules,
      },
    },
    automationDetails: { id: automationId(report, options.category) },
    ...(options.provenance ? { versionControlProvenance: [options.provenance] } : {}),
    invocations: [buildInvocation(report, omitted)],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(report.root) } },
    ...(logical.all.length > 0 ? { logicalLocations: logical.all } : {}),
    results,
    columnKind: 'utf16CodeUnits',
    properties: { ...runProperties(report), ...(omitted > 0 ? { resultsOmitted: omitted } : {}) },
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function toResult(finding: Finding, ruleSet: RuleSet, root: string, logical: LogicalLocations): Result {
  const location = primaryLocation(finding, root);
  const result: Result = {
    ruleId: finding.checkId,
    ruleIndex: ruleSet.index.get(finding.checkId)!,
    level: LEVEL[finding.severity],
    // The rule's own message: rules are written never to include attribute values.
    message: { text: finding.message },
    locations: [
      {
        ...location,
        logicalLocations: [logical.forFinding(finding)],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      resourceType: finding.resourceType,
      scope: finding.scope,
      attributePath: finding.attributePath,
      format: finding.format,
      controls: controlRefs(groupControls(finding)).map((ref) => `${ref.framework}/${ref.control}`),
    },
  };
  if (finding.suppression) result.suppressions = [toSuppression(finding.suppression)];
  const createdBy = createdByLocation(finding, root);
  const related = [...(createdBy ? [createdBy] : []), ...moduleCallLocations(finding, root, createdBy ? 2 : 1)];
  if (related.length > 0) result.relatedLocations = related;
  return result;
}

/** A scan whose only input is the live account read through the Config API. */
function isLiveAudit(report: Report): boolean {
  return report.files.scanned.length > 0 && report.files.scanned.every((file) => file.startsWith(LIVE_PATH_PREFIX));
}

/**
 * Where a result is shown. GitHub code scanning rejects a whole upload when one result has no
 * physical location ("locationFromSarifResult: expected a physical location"), so a finding with
 * no file in the repository is placed where the user can act on it: the template line that
 * created a live resource, the `module` block that pulled in a remote module; else a stable
 * placeholder path that says what it is (`aws-config/<account>/<region>` for a resource read from
 * the Config API, `external/…` for a file outside the repository). The logical location always
 * names the resource itself.
 */
function primaryLocation(finding: Finding, root: string): Location {
  return (
    toLocation(finding.location, root) ??
    (finding.createdBy ? toLocation(finding.createdBy.location, root) : undefined) ??
    (finding.moduleCalls?.length ? toLocation(finding.moduleCalls[0]!.location, root) : undefined) ??
    toLocation({ ...finding.location, path: placeholderPath(finding.location.path) }, root)!
  );
}

/** `aws-config://123/eu-west-1` → `aws-config/123/eu-west-1`; `git::https://h/m.git//x.tf` → `external/git/https/h/m.git/x.tf`. */
function placeholderPath(path: string): string {
  const live = /^aws-config:\/\/(.*)$/.exec(path);
  const rest = live ? `aws-config/${live[1]}` : `external/${path.replace(/\\/g, '/').replace(/::|:\/\/|:/g, '/')}`;
  return rest.replace(/\/{2,}/g, '/').replace(/\/$/, '') || 'external';
}

/** Terraform: each `module` block that led to the finding's resource, outermost first. */
function moduleCallLocations(finding: Finding, root: string, firstId: number): Location[] {
  const out: Location[] = [];
  for (const call of finding.moduleCalls ?? []) {
    const physical = toLocation(call.location, root);
    if (!physical) continue;
    out.push({
      id: firstId + out.length,
      ...physical,
      message: { text: `called from ${call.address}` },
      logicalLocations: [{ fullyQualifiedName: call.address, kind: 'module' }],
    });
  }
  return out;
}

/** Where a live resource was created: the template line, when the template is in the scan. */
function createdByLocation(finding: Finding, root: string): Location | undefined {
  if (!finding.createdBy) return undefined;
  const { resourceId, stackName, location } = finding.createdBy;
  const physical = toLocation(location, root);
  if (!physical) return undefined;
  return {
    id: 1,
    ...physical,
    message: { text: `created by ${resourceId} of CloudFormation stack ${stackName}` },
    logicalLocations: [{ fullyQualifiedName: resourceId, kind: 'resource' }],
  };
}

function groupControls(finding: Finding): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const ref of finding.controls) (grouped[ref.framework] ??= []).push(ref.control);
  return grouped;
}

function toSuppression(suppression: Suppression): SarifSuppression {
  return {
    kind: suppression.kind === 'inline' ? 'inSource' : 'external',
    justification: suppression.justification,
    properties: {
      source: suppression.kind,
      ...(suppression.expires === undefined ? {} : { expires: suppression.expires }),
    },
  };
}

/** Past GitHub's limit, the most severe findings are kept (unsuppressed before suppressed) and the cut is stated. */
function capResults(findings: Finding[]): { kept: Finding[]; omitted: number } {
  if (findings.length <= MAX_RESULTS) return { kept: findings, omitted: 0 };
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) * 2 + (f.suppression ? 1 : 0);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
  return { kept: ordered.slice(0, MAX_RESULTS), omitted: findings.length - MAX_RESULTS };
}

function buildInvocation(report: Report, omitted: number): Invocation {
  const text = `${omitted} results left out: GitHub code scanning accepts at most ${MAX_RESULTS} results per run; the most severe were kept (the JSON report has them all)`;
  const capped: Notification[] = omitted === 0 ? [] : [{ level: 'warning', message: { text }, descriptor: { id: RESULTS_CAPPED_ID } }];
  const incomplete: Notification[] = report.incomplete
    ? [{ level: incompleteLevel(report), message: { text: incompleteSentence(report.incomplete) }, descriptor: { id: SCAN_INCOMPLETE_ID } }]
    : [];
  const notifications = [
    ...incomplete,
    ...capped,
    ...sorted(report.diagnostics, compareDiagnostics).map((d) => diagnosticNotification(d, report.root)),
    ...sorted(report.files.skipped, compareSkipped).map((s) => skippedNotification(s, report.root)),
  ];
  const started = Date.parse(report.startedAt);
  return {
    // True even for an incomplete scan: code scanning does not store the results of a run whose
    // execution failed (its upload ends `failed` with "unsuccessful execution", see
    // github/codeql-action#1316, #1393 and #1732), so every finding would be dropped. The SCAN_INCOMPLETE notification and the run's
    // `incomplete` property say what was not read; the diagnostics beside them say where.
    executionSuccessful: true,
    ...(Number.isNaN(started) ? {} : { startTimeUtc: new Date(started).toISOString() }),
    toolExecutionNotifications: notifications,
  };
}

/** The summary is as grave as the worst diagnostic it sums up: an unresolved module alone is a warning. */
function incompleteLevel(report: Report): 'error' | 'warning' {
  return incompleteDiagnostics(report).some((d) => d.level === 'error') ? 'error' : 'warning';
}

function diagnosticNotification(diagnostic: Diagnostic, root: string): Notification {
  const location = toLocation(diagnostic.range, root);
  return {
    level: diagnostic.level,
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
    ...(location === undefined ? {} : { locations: [location] }),
  };
}

/** Skipped files are notes: the scan is not broken, but nothing is skipped silently. */
function skippedNotification(skipped: SkippedFile, root: string): Notification {
  const location = toLocation(fileStart(skipped.path), root, false);
  return {
    level: 'note',
    message: { text: `skipped: ${skipped.reason}` },
    descriptor: { id: SKIPPED_FILE_ID },
    ...(location === undefined ? {} : { locations: [location] }),
  };
}

function runProperties(report: Report): Record<string, unknown> {
  const byFramework: Record<string, number> = {};
  for (const [id, line] of Object.entries(report.score.byFramework)) byFramework[id] = line.score;
  return {
    postureScore: report.score.overall.score,
    postureScoreByFramework: sortedRecord(byFramework),
    resourcesScanned: report.resources.length,
    filesScanned: report.files.scanned.length,
    filesSkipped: report.files.skipped.length,
    inconclusive: report.inconclusive.length,
    suppressed: report.findings.filter((finding) => finding.suppression !== undefined).length,
    ...(report.incomplete ? { incomplete: { ...report.incomplete } } : {}),
  };
}
