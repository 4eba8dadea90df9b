/**
 * GitLab Code Quality (`artifacts:reports:codequality`, the CodeClimate issue format): findings
 * shown inline in the merge-request diff. The fingerprint is the finding's own, which ignores
 * line numbers, so GitLab's new/resolved comparison survives moved code. Suppressed findings are
 * left out: Code Quality has no suppressed state, and listing them would flag accepted risks.
 *
 * The format is a bare list of issues, with no place for a scan summary: on an incomplete scan,
 * each input that was not read is an issue of its own at its file and line (check name
 * `SCAN_INCOMPLETE`), so the merge request shows where findings may be missing.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Finding, Report, Severity } from '../model/index.js';
import { compareFindings, sorted } from '../model/order.js';
import type { Reporter } from './reporter.js';
import { incompleteDiagnostics, SCAN_INCOMPLETE_ID } from './incomplete.js';
import { checkLabel, findingHeadline } from './headline.js';

const SEVERITY: Record<Severity, string> = { CRITICAL: 'blocker', HIGH: 'critical', MEDIUM: 'major', LOW: 'minor' };

export function renderGitlabCodeQuality(report: Report): string {
  return `${JSON.stringify(buildGitlabCodeQuality(report), null, 2)}\n`;
}

export const gitlabCodeQualityReporter: Reporter = { format: 'gitlab-codequality', render: renderGitlabCodeQuality };

export function buildGitlabCodeQuality(report: Report) {
  const findings = sorted(report.findings, compareFindings)
    .filter((finding) => !finding.suppression)
    .map((finding: Finding) => ({
      type: 'issue',
      check_name: finding.checkId,
      description: `${findingHeadline(finding)} (${checkLabel(finding)})`,
      categories: ['Security'],
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.severity],
      location: { path: finding.location.path, lines: { begin: finding.location.startLine, end: finding.location.endLine } },
    }));
  return report.incomplete ? [...incompleteIssues(report), ...findings] : findings;
}

function incompleteIssues(report: Report) {
  const seen = new Set<string>();
  const issues = [];
  for (const diagnostic of incompleteDiagnostics(report)) {
    const fingerprint = incompleteFingerprint(diagnostic);
    // GitLab shows one issue per fingerprint: the same problem twice at one place is one issue
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const { path, startLine, endLine } = diagnostic.range;
    issues.push({
      type: 'issue',
      check_name: SCAN_INCOMPLETE_ID,
      description: `Not scanned (${diagnostic.code}): ${diagnostic.message}; findings inside it are missing`,
      categories: ['Bug Risk'],
      fingerprint,
      severity: 'major',
      location: { path: relativePath(path), lines: { begin: startLine, end: Math.max(startLine, endLine) } },
    });
  }
  return issues;
}

function incompleteFingerprint(diagnostic: Diagnostic): string {
  const { code, message, range } = diagnostic;
  return createHash('sha256').update(`posture-gate:incomplete:${code}:${range.path}:${range.startLine}:${message}`).digest('hex');
}

/** Code Quality paths are relative to the repository: a leading `/` or `./` is dropped. */
function relativePath(path: string): string {
  return path.replace(/^(?:\.?\/)+/, '') || '.';
}
