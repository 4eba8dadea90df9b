import type { Report, ScoreLine, Severity } from '../model/index.js';

/** Counts shared by the JSON and table reports. Suppressed findings are counted apart. */
export interface ReportSummary {
  resources: number;
  filesScanned: number;
  filesSkipped: number;
  /** Unsuppressed findings by severity. */
  findings: Record<Severity, number> & { total: number };
  suppressed: number;
  inconclusive: number;
  diagnostics: number;
  score: number;
}

export function summarize(report: Report): ReportSummary {
  const findings = { total: 0, CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 };
  let suppressed = 0;
  for (const finding of report.findings) {
    if (finding.suppression) {
      suppressed++;
    } else {
      findings[finding.severity]++;
      findings.total++;
    }
  }
  return {
    resources: report.resources.length,
    filesScanned: report.files.scanned.length,
    filesSkipped: report.files.skipped.length,
    findings,
    suppressed,
    inconclusive: report.inconclusive.length,
    diagnostics: report.diagnostics.length,
    score: report.score.overall.score,
  };
}

/**
 * A score as a percentage with one decimal, rounded down from passing/total so that a report
 * never claims 100.0% while a resource still fails.
 */
export function formatPercent(line: ScoreLine): string {
  const tenths = line.total === 0 ? Math.round(line.score * 1000) : tenthsOf(line);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** passing/total in tenths of a percent, rounded down (see formatPercent). */
function tenthsOf(line: ScoreLine): number {
  return Math.floor((line.passing * 1000) / line.total);
}

/** Failing checks: findings not waived (open, or accepted by a baseline or the diff base: still there). */
export function failingChecks(report: Pick<Report, 'findings'>): number {
  return report.findings.filter((f) => !f.suppression || f.suppression.kind === 'baseline').length;
}

/**
 * The change in failing checks against the base commit: `+1 failing check since main`. A
 * resources-with-no-finding score cannot show a new CRITICAL on a resource that already failed;
 * this can. Undefined without a base (or one recorded before the count was kept).
 */
export function failingChange(report: Report): string | undefined {
  if (report.base?.failing === undefined) return undefined;
  const delta = failingChecks(report) - report.base.failing;
  const since = `since ${report.base.ref}`;
  if (delta === 0) return `no change in failing checks ${since}`;
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} failing check${Math.abs(delta) === 1 ? '' : 's'} ${since}`;
}

/**
 * The change of a score against the base commit, in percentage points: `+12.5 points since main`,
 * `no change since main`; undefined when there is no base or either side has nothing in scope.
 */
export function scoreChange(report: Report, current: ScoreLine = report.score.overall, base: ScoreLine | undefined = report.base?.score.overall): string | undefined {
  if (!report.base || !base || base.total === 0 || current.total === 0) return undefined;
  const delta = tenthsOf(current) - tenthsOf(base);
  const since = `since ${report.base.ref}`;
  if (delta === 0) return `no change ${since}`;
  return `${delta > 0 ? '+' : '−'}${(Math.abs(delta) / 10).toFixed(1)} points ${since}`;
}
