/**
 * GitLab's SAST report (`artifacts:reports:sast`, security report schema 15.x), so findings
 * appear in the merge-request security widget and the vulnerability report.
 *
 * Suppressed findings are left out of `vulnerabilities` and counted in `scan.messages`: GitLab
 * turns every entry into an open vulnerability, and its only "not a problem" marker, a
 * false-positive flag, would misstate an accepted risk as a false alarm. SARIF and JSON keep them.
 */
import { createHash } from 'node:crypto';
import type { CheckMeta, Finding, Report, Severity } from '../model/index.js';
import { incompleteKind } from '../model/index.js';
import { compareDiagnostics, compareFindings, sorted } from '../model/order.js';
import type { Reporter } from './reporter.js';
import { incompleteSentence } from './incomplete.js';

/**
 * GitLab's current security report schema (vendored in schemas/vendor/ and validated against in
 * the tests). GitLab validates a report against the version it declares and accepts older minor
 * versions of the same major, so a newer analyzer never makes an older report unreadable.
 */
export const GITLAB_SAST_SCHEMA_VERSION = '15.2.1';

const SEVERITY: Record<Severity, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export function renderGitlabSast(report: Report): string {
  return `${JSON.stringify(buildGitlabSast(report), null, 2)}\n`;
}

export const gitlabSastReporter: Reporter = { format: 'gitlab-sast', render: renderGitlabSast };

export function buildGitlabSast(report: Report) {
  const checks = new Map(report.catalog.checks.map((check) => [check.id, check]));
  const findings = sorted(report.findings, compareFindings);
  const open = findings.filter((f) => !f.suppression);
  const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, vendor: { name: report.tool.name } };
  // The report has one timestamp; the scan's end is not recorded, so both carry the start.
  const time = report.startedAt.replace(/\.\d+Z$|Z$/, '');
  return {
    version: GITLAB_SAST_SCHEMA_VERSION,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'sast',
      start_time: time,
      end_time: time,
      // 'success' even when incomplete: the vulnerabilities listed were found; a 'warn' message
      // (the schema's "partial error") says what was not read.
      status: 'success',
      messages: scanMessages(report, findings.length - open.length),
    },
    vulnerabilities: open.map((finding) => toVulnerability(finding, checks.get(finding.checkId))),
  };
}

function toVulnerability(finding: Finding, check: CheckMeta | undefined) {
  const description = check?.description ? `${finding.message}. ${check.description}` : finding.message;
  return {
    id: uuidOf(finding.fingerprint),
    name: finding.title,
    description,
    severity: SEVERITY[finding.severity],
    ...(check?.recommendedAction ? { solution: check.recommendedAction } : {}),
    identifiers: [
      {
        type: 'posture_gate_check',
        name: `posture-gate ${finding.checkId}`,
        value: finding.checkId,
        ...(check?.relatedResources[0] ? { url: check.relatedResources[0] } : {}),
      },
    ],
    location: { file: finding.location.path, start_line: finding.location.startLine, end_line: finding.location.endLine },
  };
}

function scanMessages(report: Report, suppressed: number) {
  const incomplete = report.incomplete ? [{ level: 'warn', value: incompleteSentence(report.incomplete) }] : [];
  const messages = [
    ...incomplete,
    ...sorted(report.diagnostics, compareDiagnostics).map((d) => ({
      // input not read is a partial error even when the diagnostic is a warning (an unresolved module)
      level: d.level === 'error' || incompleteKind(d) !== undefined ? 'warn' : 'info',
      value: `${d.range.path}:${d.range.startLine}:${d.range.startColumn}: ${d.message}`,
    })),
  ];
  if (suppressed > 0) {
    messages.push({ level: 'info', value: `${suppressed} suppressed findings are not listed; the SARIF and JSON reports show them` });
  }
  return messages;
}

/** A stable UUID-shaped id from the finding's fingerprint (GitLab recommends UUIDs). */
function uuidOf(fingerprint: string): string {
  const hex = createHash('sha256').update(`posture-gate:${fingerprint}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
