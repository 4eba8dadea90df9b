import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';
import path from 'node:path';
import {
  Deadline, defaultSarifCategory, getErrorMessage, getReporter, GITHUB_RESULTS_KEPT, incompleteSentence, prepareOutputs, readProvenance, resolveScanRequest, runGate,
  sarifResultCount, strictFailure, warnOnEmptyGate, withDiffBase, writeFileAtomic, type GateOptions, type GateResult, type ScanRequest, type SarifOptions,
} from '../src/index.js';
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
    // before the scan: a sarif-file whose directory cannot be made fails now, not after minutes of scanning
    await prepareOutputs([inputs.sarifFile], process.cwd());
    const options = await gateOptions(inputs, root);
    const { failOn, strict } = options;
    const notes: string[] = [];
    const diffBase = usableDiffBase(resolveDiffBase(inputs.diffBase, pullRequest), root, notes);
    const result = await runGate(diffBase ? await compareWithBase(options, diffBase) : options);
    // as the CLI: a framework selection with no check for what was scanned is a gate that cannot fail
    await warnOnEmptyGate(result.report, options);
    await publish(result, inputs, { root, failOn, pullRequest, paths: options.paths, notes });
    // as the CLI: under strict mode an incomplete scan fails first, whatever the findings
    const incomplete = strict ? strictFailure(result.report) : undefined;
    if (incomplete !== undefined) core.setFailed(incomplete);
    else if (result.blocking.length > 0) core.setFailed(`${result.blocking.length} findings at or above ${failOn}`);
  } catch (error) {
    core.setFailed(getErrorMessage(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}

/** The Action's inputs as a request (paths relative to the workspace); .posture.yaml is applied by the same resolver as the CLI's. */
export function actionRequest(inputs: ActionInputs, root: string): ScanRequest {
  return {
    root,
    configFile: inputs.config ? path.resolve(root, inputs.config) : undefined,
    baseline: inputs.baseline ? { path: path.resolve(root, inputs.baseline), shown: inputs.baseline } : undefined,
    failOn: inputs.failOn,
    strict: inputs.strict,
    maxScanSeconds: inputs.maxScanSeconds,
    paths: (inputs.paths.length > 0 ? inputs.paths : ['.']).map((p) => path.resolve(root, p)),
    exclude: inputs.exclude,
    frameworks: inputs.frameworks,
    policies: inputs.policies.map((p) => path.resolve(root, p)),
    ...policyCache(inputs.cacheDir, root),
    varFiles: [],
    vars: {},
    // TF_VAR_* from the job's env, as the CLI reads them
    env: process.env,
  };
}

/** Gate options for the inputs; the deadline is cooperative only here: the Action runs in the runner's own node process, with no watchdog parent. */
export async function gateOptions(inputs: ActionInputs, root: string): Promise<GateOptions & { strict: boolean }> {
  const resolved = await resolveScanRequest(actionRequest(inputs, root), actionLogger);
  return { ...resolved, deadline: new Deadline(resolved.maxScanSeconds) };
}

interface DiffBase {
  /** What git resolves. */
  ref: string;
  /** From `diff-base: auto` (the pull request's base commit), not a ref the user named. */
  auto?: boolean;
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
  return { ref: pullRequest.baseSha, label: pullRequest.baseRef ? `${pullRequest.baseRef} (${short})` : short, auto: true };
}

/**
 * `diff-base: auto` on a checkout without the base commit (a shallow clone, the default of
 * actions/checkout) degrades as only-changed does: a warning, and every finding is judged on its
 * own; the SARIF and the summary are still written. A ref the user named must exist (an error).
 */
export function usableDiffBase(diffBase: DiffBase | undefined, root: string, notes: string[]): DiffBase | undefined {
  if (!diffBase?.auto) return diffBase;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${diffBase.ref}^{commit}`], { cwd: root, stdio: 'ignore' });
    return diffBase;
  } catch {
    const note = `diff-base: auto: the base commit ${diffBase.label} is not in this checkout (a shallow clone?); every finding is gated. Check out with fetch-depth: 0.`;
    actionLogger.warning(note);
    notes.push(note);
    return undefined;
  }
}

async function compareWithBase(options: GateOptions, diffBase: DiffBase): Promise<GateOptions> {
  const compared = await withDiffBase(options, diffBase.ref);
  return compared.comparison ? { ...compared, comparison: { ...compared.comparison, ref: diffBase.label } } : compared;
}

interface RunContext {
  root: string;
  failOn: string;
  pullRequest?: PullRequest;
  /** The scanned paths (absolute): the default SARIF category. */
  paths: string[];
  /** Warnings for the job summary. */
  notes: string[];
}

async function publish({ report, blocking }: GateResult, inputs: ActionInputs, context: RunContext): Promise<void> {
  const counts = countFindings(report, blocking);
  const sarif = await sarifOptions(inputs, context);
  await writeFileAtomic(inputs.sarifFile, getReporter('sarif').render(report, { sarif }));
  const results = sarifResultCount(report, sarif);
  if (results > GITHUB_RESULTS_KEPT) {
    const note = `The SARIF report has ${results} results; GitHub code scanning keeps only the ${GITHUB_RESULTS_KEPT} most severe.`;
    actionLogger.warning(note);
    context.notes.push(note);
  }
  setOutputs(report, counts, inputs.sarifFile);
  if (report.incomplete) actionLogger.warning(incompleteSentence(report.incomplete));
  const { pullRequest } = context;
  const changedFiles = pullRequest && inputs.onlyChanged ? readChangedFiles(context.root, pullRequest.baseSha, actionLogger) : undefined;
  annotateFindings(report.findings, { blocking: new Set(blocking.map((f) => f.fingerprint)), changedFiles }, actionLogger);
  const repoUrl = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}` : undefined;
  const blobUrl = repoUrl && process.env.GITHUB_SHA ? `${repoUrl}/blob/${process.env.GITHUB_SHA}` : undefined;
  await writeSummary({ report, counts, failOn: context.failOn, baseline: inputs.baseline, blobUrl, notes: context.notes }, actionLogger);
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

/** The category (input, else from the scanned paths), suppressed results, and the repository: from the run's context on GitHub, else from git. */
async function sarifOptions(inputs: ActionInputs, context: RunContext): Promise<SarifOptions> {
  const { GITHUB_REPOSITORY: repository, GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_SHA: sha } = process.env;
  const branch = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME;
  const provenance = repository
    ? { repositoryUri: `${server}/${repository}`, ...(sha ? { revisionId: sha } : {}), ...(branch ? { branch } : {}) }
    : await readProvenance(context.root);
  return {
    category: inputs.category ?? defaultSarifCategory(context.root, context.paths),
    ...(inputs.includeSuppressed ? { includeSuppressed: true } : {}),
    ...(provenance ? { provenance } : {}),
  };
}
