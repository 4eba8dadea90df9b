import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import path from 'node:path';
import { Deadline, getErrorMessage, getReporter, incompleteSentence, loadSettings, runGate, strictFailure, withDiffBase, type GateOptions, type GateResult } from '../src/index.js';
import { annotateFindings } from './annotations.js';
import { readChangedFiles } from './changed-files.js';
import { renderComment, upsertComment } from './comment.js';
import { countFindings } from './counts.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { setOutputs } from './outputs.js';
import { readPullRequest, type PullRequest } from './pull-request.js';
import { writeSummary } from './summary.js';

/** readInputs → runGate → SARIF, outputs, annotations, job summary, PR comment; one catch for anything thrown. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const pullRequest = readPullRequest();
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const { config, failOn, strict, baseline, maxScanSeconds } = await loadSettings({
      root,
      configFile: inputs.config ? path.resolve(root, inputs.config) : undefined,
      baseline: inputs.baseline ? { path: path.resolve(root, inputs.baseline), shown: inputs.baseline } : undefined,
      failOn: inputs.failOn,
      strict: inputs.strict,
      maxScanSeconds: inputs.maxScanSeconds,
    });
    const options: GateOptions = {
      paths: (inputs.paths.length > 0 ? inputs.paths : ['.']).map((p) => path.resolve(root, p)),
      root,
      exclude: inputs.exclude,
      frameworks: inputs.frameworks,
      policies: [...(config?.policies ?? []), ...inputs.policies].map((p) => path.resolve(root, p)),
      ...policyCache(inputs.cacheDir, root),
      failOn,
      config,
      baseline,
      // Variable files from .posture.yaml (relative to the root); TF_VAR_* from the job's env, as the CLI reads them.
      resolve: { terraform: { varFiles: (config?.varFiles ?? []).map((file) => path.resolve(root, file)), env: process.env } },
      logger: actionLogger,
      // cooperative only here: the Action runs in the runner's own node process, with no watchdog parent
      deadline: new Deadline(maxScanSeconds),
    };
    const diffBase = resolveDiffBase(inputs.diffBase, pullRequest);
    const result = await runGate(diffBase ? await compareWithBase(options, diffBase) : options);
    await publish(result, inputs, { root, failOn, pullRequest });
    // as the CLI: under strict mode an incomplete scan fails first, whatever the findings
    const incomplete = strict ? strictFailure(result.report) : undefined;
    if (incomplete !== undefined) core.setFailed(incomplete);
    else if (result.blocking.length > 0) core.setFailed(`${result.blocking.length} findings at or above ${failOn}`);
  } catch (error) {
    core.setFailed(getErrorMessage(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}

interface DiffBase {
  /** What git resolves. */
  ref: string;
  /** What the summary and the comment show: `main (0123abc)` for a pull request's base. */
  label: string;
}

/** `auto` is the pull request's base commit from the event payload (no fetch); off outside a pull request. */
export function resolveDiffBase(input: string | undefined, pullRequest: PullRequest | undefined): DiffBase | undefined {
  if (input !== 'auto') return input ? { ref: input, label: input } : undefined;
  if (!pullRequest?.baseSha) {
    actionLogger.info('diff-base: auto applies to pull_request events only; every finding is judged on its own');
    return undefined;
  }
  const short = pullRequest.baseSha.slice(0, 7);
  return { ref: pullRequest.baseSha, label: pullRequest.baseRef ? `${pullRequest.baseRef} (${short})` : short };
}

async function compareWithBase(options: GateOptions, diffBase: DiffBase): Promise<GateOptions> {
  const compared = await withDiffBase(options, diffBase.ref);
  return compared.comparison ? { ...compared, comparison: { ...compared.comparison, ref: diffBase.label } } : compared;
}

interface RunContext {
  root: string;
  failOn: string;
  pullRequest?: PullRequest;
}

async function publish({ report, blocking }: GateResult, inputs: ActionInputs, context: RunContext): Promise<void> {
  const counts = countFindings(report, blocking);
  await writeFile(inputs.sarifFile, getReporter('sarif').render(report));
  setOutputs(report, counts, inputs.sarifFile);
  if (report.incomplete) actionLogger.warning(incompleteSentence(report.incomplete));
  const { pullRequest } = context;
  const changedFiles = pullRequest && inputs.onlyChanged ? readChangedFiles(context.root, pullRequest.baseSha, actionLogger) : undefined;
  annotateFindings(report.findings, { blocking: new Set(blocking.map((f) => f.fingerprint)), changedFiles }, actionLogger);
  const repoUrl = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}` : undefined;
  const blobUrl = repoUrl && process.env.GITHUB_SHA ? `${repoUrl}/blob/${process.env.GITHUB_SHA}` : undefined;
  await writeSummary({ report, counts, failOn: context.failOn, baseline: inputs.baseline, blobUrl }, actionLogger);
  if (inputs.comment && !pullRequest) actionLogger.info('comment: not a pull_request event; no comment');
  if (inputs.comment && pullRequest) {
    const runUrl = repoUrl && process.env.GITHUB_RUN_ID ? `${repoUrl}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
    const body = renderComment(report, counts, context.failOn, runUrl);
    await upsertComment({ token: inputs.githubToken!, pullRequest }, body, actionLogger);
  }
}

/** The `cache-dir` input, else the runner's temporary directory (outside the workspace the scan reads). */
function policyCache(input: string | undefined, root: string): { cacheDir?: string } {
  if (input) return { cacheDir: path.resolve(root, input) };
  return process.env.RUNNER_TEMP ? { cacheDir: path.join(process.env.RUNNER_TEMP, 'posture-gate') } : {};
}
