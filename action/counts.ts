import type { Finding, Report, Severity } from '../src/index.js';

/** Highest first; src/model's SEVERITIES is a value the curated API does not export. */
export const SEVERITY_ORDER: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export interface FindingCounts {
  /** Unsuppressed findings per severity. */
  open: Record<Severity, number>;
  /** Unsuppressed findings at or above fail-on, per severity. */
  blocking: Record<Severity, number>;
  /** Suppressed findings per severity. */
  suppressed: Record<Severity, number>;
  /** Findings a baseline accepted. */
  baselined: number;
  /** Fingerprints of the blocking findings (the tables mark them and list them first). */
  blockingIds: ReadonlySet<string>;
  total: { open: number; blocking: number; suppressed: number };
}

const zero = (): Record<Severity, number> => ({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 });

/** What the outputs, the summary and the PR comment count, computed once. */
export function countFindings(report: Report, blocking: readonly Finding[]): FindingCounts {
  const blockingIds = new Set(blocking.map((f) => f.fingerprint));
  const counts: FindingCounts = { open: zero(), blocking: zero(), suppressed: zero(), baselined: 0, blockingIds, total: { open: 0, blocking: 0, suppressed: 0 } };
  for (const finding of report.findings) {
    if (finding.suppression) {
      counts.suppressed[finding.severity] += 1;
      counts.total.suppressed += 1;
      if (finding.suppression.kind === 'baseline') counts.baselined += 1;
    } else {
      counts.open[finding.severity] += 1;
      counts.total.open += 1;
    }
  }
  for (const finding of blocking) counts.blocking[finding.severity] += 1;
  counts.total.blocking = blocking.length;
  return counts;
}

/** Unsuppressed findings, highest severity first, then by file and line (stable across runs). */
export function openFindingsBySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((finding) => !finding.suppression)
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        a.location.path.localeCompare(b.location.path) ||
        a.location.startLine - b.location.startLine ||
        a.checkId.localeCompare(b.checkId),
    );
}

export function formatScore(score: number): string {
  return `${(score * 100).toFixed(1)}%`;
}

export function formatLocation(finding: Finding): string {
  const { path, startLine, endLine } = finding.location;
  return endLine > startLine ? `${path}:${startLine}-${endLine}` : `${path}:${startLine}`;
}

export function formatControls(finding: Finding, limit = 3): string {
  const refs = finding.controls.map((ref) => `${ref.framework} ${ref.control}`);
  return refs.length > limit ? `${refs.slice(0, limit).join(', ')} (+${refs.length - limit})` : refs.join(', ');
}
