import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import path from 'node:path';
import { getErrorMessage, getReporter, readBaseline, resolveConfig, runGate } from '../src/index.js';
import { readInputs } from './inputs.js';
import { actionLogger } from './logger.js';

/** readInputs → runGate → SARIF file + outputs; one catch for anything thrown. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = await resolveConfig(root, inputs.config ? path.resolve(root, inputs.config) : undefined);
    const baselineFile = inputs.baseline ? path.resolve(root, inputs.baseline) : undefined;
    const failOn = inputs.failOn ?? config?.failOn ?? 'HIGH';
    const { report, blocking } = await runGate({
      paths: (inputs.paths.length > 0 ? inputs.paths : ['.']).map((p) => path.resolve(root, p)),
      root,
      exclude: inputs.exclude,
      failOn,
      config,
      baseline: baselineFile ? { file: inputs.baseline!, baseline: await readBaseline(baselineFile) } : undefined,
      logger: actionLogger,
    });
    await writeFile(inputs.sarifFile, getReporter('sarif').render(report));
    core.setOutput('sarif-file', inputs.sarifFile);
    core.setOutput('posture-score', report.score.overall.score.toFixed(4));
    core.setOutput('findings', String(report.findings.length));
    for (const finding of blocking) {
      core.error(`${finding.checkId}: ${finding.message}`, {
        title: finding.title,
        file: finding.location.path,
        startLine: finding.location.startLine,
        endLine: finding.location.endLine,
      });
    }
    if (blocking.length > 0) core.setFailed(`${blocking.length} findings at or above ${failOn}`);
  } catch (error) {
    core.setFailed(getErrorMessage(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
