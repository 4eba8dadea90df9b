import * as core from '@actions/core';
import { checkLabel, findingHeadline, type Finding, type Logger, type Severity } from '../src/index.js';
import { openFindingsBySeverity } from './counts.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * GitHub shows at most 10 annotations of a level per step and 50 per job; more are dropped
 * silently. 50 per level is what a single-step job can show at all; the cut is logged.
 */
export const ANNOTATIONS_PER_LEVEL = 50;

const LEVEL_OF: Record<Severity, AnnotationLevel> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'notice' };

export interface AnnotateOptions {
  /** Fingerprints of the findings that fail the step: always errors, whatever their severity. */
  blocking: ReadonlySet<string>;
  /** Only findings in these files (a pull request's changed files); every file when undefined. */
  changedFiles?: ReadonlySet<string>;
}

export interface AnnotationTally {
  emitted: Record<AnnotationLevel, number>;
  /** Left out by the per-level cap. */
  cut: Record<AnnotationLevel, number>;
  /** Left out because their file is not changed in the pull request. */
  unchanged: number;
}

export function annotationLevel(finding: Finding, blocking: ReadonlySet<string>): AnnotationLevel {
  return blocking.has(finding.fingerprint) ? 'error' : LEVEL_OF[finding.severity];
}

/** Unsuppressed findings → core.error/warning/notice with file and lines, highest severity first. */
export function annotateFindings(findings: readonly Finding[], options: AnnotateOptions, logger: Logger): AnnotationTally {
  const tally: AnnotationTally = { emitted: { error: 0, warning: 0, notice: 0 }, cut: { error: 0, warning: 0, notice: 0 }, unchanged: 0 };
  for (const finding of openFindingsBySeverity(findings)) {
    if (options.changedFiles && !options.changedFiles.has(finding.location.path)) {
      tally.unchanged += 1;
      continue;
    }
    const level = annotationLevel(finding, options.blocking);
    if (tally.emitted[level] >= ANNOTATIONS_PER_LEVEL) {
      tally.cut[level] += 1;
      continue;
    }
    tally.emitted[level] += 1;
    // what is wrong first; the check's title states the compliant condition, so it comes second
    core[level](findingHeadline(finding), {
      title: checkLabel(finding),
      file: finding.location.path,
      startLine: finding.location.startLine,
      endLine: finding.location.endLine,
    });
  }
  logTally(tally, logger);
  return tally;
}

function logTally(tally: AnnotationTally, logger: Logger): void {
  const { emitted, cut } = tally;
  logger.info(`annotated ${emitted.error} errors, ${emitted.warning} warnings, ${emitted.notice} notices`);
  if (tally.unchanged > 0) logger.info(`${tally.unchanged} findings in files the pull request does not change are not annotated`);
  const dropped = (Object.keys(cut) as AnnotationLevel[]).filter((level) => cut[level] > 0);
  if (dropped.length > 0) {
    const parts = dropped.map((level) => `${cut[level]} ${level}s`).join(', ');
    logger.info(
      `annotations capped at ${ANNOTATIONS_PER_LEVEL} per level: ${parts} not annotated. GitHub shows at most 10 per level per step ` +
        'and 50 per job; the SARIF file and the job summary list every finding.',
    );
  }
}
