/**
 * GitLab Code Quality (`artifacts:reports:codequality`, the CodeClimate issue format): findings
 * shown inline in the merge-request diff. The fingerprint is the finding's own, which ignores
 * line numbers, so GitLab's new/resolved comparison survives moved code. Suppressed findings are
 * left out: Code Quality has no suppressed state, and listing them would flag accepted risks.
 */
import type { Finding, Report, Severity } from '../model/index.js';
import { compareFindings, sorted } from '../model/order.js';
import type { Reporter } from './reporter.js';

const SEVERITY: Record<Severity, string> = { CRITICAL: 'blocker', HIGH: 'critical', MEDIUM: 'major', LOW: 'minor' };

export function renderGitlabCodeQuality(report: Report): string {
  return `${JSON.stringify(buildGitlabCodeQuality(report), null, 2)}\n`;
}

export const gitlabCodeQualityReporter: Reporter = { format: 'gitlab-codequality', render: renderGitlabCodeQuality };

export function buildGitlabCodeQuality(report: Report) {
  return sorted(report.findings, compareFindings)
    .filter((finding) => !finding.suppression)
    .map((finding: Finding) => ({
      type: 'issue',
      check_name: finding.checkId,
      description: `${finding.checkId} ${finding.title}: ${finding.resourceId}`,
      categories: ['Security'],
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.severity],
      location: { path: finding.location.path, lines: { begin: finding.location.startLine, end: finding.location.endLine } },
    }));
}
