/**
 * What the job summary and the PR comment say first: the verdict (blocking findings, and what is
 * new since the diff base), then the findings a reviewer must act on, then counts, then the score
 * and the frameworks in brief. Shared so that the two say the same thing in the same order.
 */
import { failingChange, failingChecks, markScore, scoreChange, type Finding, type Report } from '../src/index.js';
import { formatScore, openFindingsBySeverity, type FindingCounts } from './counts.js';

/** `2 blocking findings at fail-on high` / `Nothing blocking at fail-on high`, with what is new since the base. */
export function verdictLine(report: Report, counts: FindingCounts, failOn: string): { passed: boolean; text: string } {
  const level = failOn.toLowerCase();
  const blocking = counts.total.blocking;
  const head =
    level === 'none'
      ? 'Nothing blocks (fail-on none)'
      : blocking === 0
        ? `Nothing blocking at fail-on ${level}`
        : `${blocking} blocking finding${blocking === 1 ? '' : 's'} at fail-on ${level}`;
  const fresh = report.base ? `; ${counts.total.open} new since ${report.base.ref}` : '';
  return { passed: blocking === 0, text: `${head}${fresh}` };
}

/**
 * The findings to act on, blocking first: with a diff base the open findings are the new ones;
 * without one, every open finding (the table is capped by the caller).
 */
export function actionableFindings(report: Report, blocking: ReadonlySet<string>): Finding[] {
  const open = openFindingsBySeverity(report.findings);
  return [...open.filter((f) => blocking.has(f.fingerprint)), ...open.filter((f) => !blocking.has(f.fingerprint))];
}

/** `Posture score 80.0% (+2.0 points since main): 40 of 50 resources have no open finding; 12 failing checks (+1 failing check since main).` */
export function scoreSentence(report: Report): string {
  const { overall } = report.score;
  const change = scoreChange(report);
  const failing = failingChange(report);
  return (
    `Posture score ${markScore(formatScore(overall.score), report)}${change ? ` (${change})` : ''}: ` +
    `${overall.passing} of ${overall.total} resources have no open finding; ${failingChecks(report)} failing checks${failing ? ` (${failing})` : ''}.`
  );
}

export interface FrameworkBrief {
  id: string;
  label: string;
  score: string;
  passing: number;
  total: number;
}

/**
 * Frameworks with something in scope, labelled so that two versions of one benchmark differ
 * (`CIS Amazon Web Services Foundations Benchmark 4.0.1`), and how many had nothing in scope
 * (shown as a count, never as 100% of 0).
 */
export function frameworkBriefs(report: Report): { shown: FrameworkBrief[]; idle: number } {
  const meta = new Map(report.catalog.frameworks.map((f) => [f.id, f]));
  const entries = Object.entries(report.score.byFramework).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shown = entries
    .filter(([, line]) => line.total > 0)
    .map(([id, line]) => {
      const framework = meta.get(id);
      const label = framework ? `${framework.title}${framework.version ? ` ${framework.version}` : ''}` : id;
      return { id, label, score: markScore(formatScore(line.score), report), passing: line.passing, total: line.total };
    });
  return { shown, idle: entries.length - shown.length };
}
