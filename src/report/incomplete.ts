/**
 * How every format says that a scan is incomplete (`Report.incomplete`): what could not be read,
 * in words, and a marker beside every posture score, so that a score of a partial scan never
 * reads as a clean 100%.
 */
import type { Diagnostic, Incompleteness, Report } from '../model/index.js';
import { incompleteKind } from '../model/index.js';
import { compareDiagnostics, sorted } from '../model/order.js';

/** Shown beside a posture score of an incomplete scan: `100.0% (incomplete scan)`. */
export const INCOMPLETE_MARKER = 'incomplete scan';

/** The descriptor, check name or test name under which machine formats carry the summary. */
export const SCAN_INCOMPLETE_ID = 'SCAN_INCOMPLETE';

type Phrase = [singular: string, plural: string];

// In the order a reader acts on them: what is missing from the repository first.
const PHRASES: [keyof Incompleteness, Phrase][] = [
  ['unreadable', ['file could not be read', 'files could not be read']],
  ['unresolvedModules', ['module call could not be resolved', 'module calls could not be resolved']],
  ['unresolvedStacks', ['nested stack could not be resolved', 'nested stacks could not be resolved']],
  ['unsupportedPlans', ['plan is in a form this version cannot read', 'plans are in a form this version cannot read']],
  ['limits', ['scan limit was reached', 'scan limits were reached']],
  ['liveFailures', ['AWS region or resource type could not be fetched', 'AWS regions or resource types could not be fetched']],
];

/** One phrase per non-zero count: `2 module calls could not be resolved`, `1 file could not be read`. */
export function incompletePhrases(incomplete: Incompleteness): string[] {
  return PHRASES.filter(([kind]) => incomplete[kind] > 0).map(([kind, [one, many]]) => `${incomplete[kind]} ${incomplete[kind] === 1 ? one : many}`);
}

/** `Scan incomplete: 1 file could not be read, 2 module calls could not be resolved: findings inside them are missing.` */
export function incompleteSentence(incomplete: Incompleteness): string {
  const total = PHRASES.reduce((sum, [kind]) => sum + incomplete[kind], 0);
  return `Scan incomplete: ${incompletePhrases(incomplete).join(', ')}: findings inside ${total === 1 ? 'it' : 'them'} are missing.`;
}

/** Module calls, nested stacks and plans not read: the Action's `unresolved` output. */
export function unresolvedCount(incomplete: Incompleteness | undefined): number {
  return incomplete ? incomplete.unresolvedModules + incomplete.unresolvedStacks + incomplete.unsupportedPlans : 0;
}

/** A formatted score with the marker when the scan is incomplete: `100.0% (incomplete scan)`. */
export function markScore(score: string, report: Pick<Report, 'incomplete'>): string {
  return report.incomplete ? `${score} (${INCOMPLETE_MARKER})` : score;
}

/** The diagnostics that say input was not read, in report order. */
export function incompleteDiagnostics(report: Pick<Report, 'diagnostics'>): Diagnostic[] {
  return sorted(
    report.diagnostics.filter((d) => incompleteKind(d) !== undefined),
    compareDiagnostics,
  );
}

/**
 * The places not read, for a one-line message: `a.tf:3, b.yaml:1 and 4 more`. Paths and line
 * numbers only: a diagnostic's message may quote the input.
 */
export function notReadPlaces(report: Pick<Report, 'diagnostics'>, limit = 5): string {
  const places = [...new Set(incompleteDiagnostics(report).map((d) => `${d.range.path}:${d.range.startLine}`))];
  const shown = places.slice(0, limit).join(', ');
  return places.length > limit ? `${shown} and ${places.length - limit} more` : shown;
}

/**
 * Why strict mode (`--strict`, the Action's `strict`, `strict: true` in `.posture.yaml`) fails
 * this scan, in one line naming what was not read; undefined when the scan is complete.
 */
export function strictFailure(report: Pick<Report, 'incomplete' | 'diagnostics'>): string | undefined {
  if (!report.incomplete) return undefined;
  const places = notReadPlaces(report);
  return `strict mode fails an incomplete scan. ${incompleteSentence(report.incomplete)}${places ? ` Not read: ${places}.` : ''}`;
}
