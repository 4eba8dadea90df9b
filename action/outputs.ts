import * as core from '@actions/core';
import { unresolvedCount, type Report } from '../src/index.js';
import type { FindingCounts } from './counts.js';

/** The step outputs declared in action.yml. Severity counts are of open (unsuppressed) findings. */
export function setOutputs(report: Report, counts: FindingCounts, sarifFile: string): void {
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('posture-score', report.score.overall.score.toFixed(4));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('critical', String(counts.open.CRITICAL));
  core.setOutput('high', String(counts.open.HIGH));
  core.setOutput('medium', String(counts.open.MEDIUM));
  core.setOutput('low', String(counts.open.LOW));
  core.setOutput('blocking', String(counts.total.blocking));
  core.setOutput('suppressed', String(counts.total.suppressed));
  core.setOutput('new-findings', String(counts.total.open));
  core.setOutput('posture-score-base', report.base ? report.base.score.overall.score.toFixed(4) : '');
  core.setOutput('incomplete', report.incomplete ? 'true' : 'false');
  core.setOutput('unresolved', String(unresolvedCount(report.incomplete)));
}
