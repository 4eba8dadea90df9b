/**
 * `--diff-base REF`: only findings that are new since REF block. The base is the same scan run
 * on the tree of REF, read from the local repository with `git archive` (never fetched), so a
 * pull request is judged on what it introduces; findings whose fingerprint also exists at the
 * base are marked as accepted, exactly as a baseline file would.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BASELINE_VERSION, type Baseline } from './baseline/index.js';
import { ConfigError, getErrorMessage } from './errors.js';
import { runGate, type GateOptions, type GateResult } from './gate.js';
import type { PostureScore } from './model/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const run = promisify(execFile);

export interface BaseScan {
  ref: string;
  commit: string;
  /** The base's open findings, as a baseline: what the current scan accepts. */
  baseline: Baseline;
  score: PostureScore;
  /** The whole scan of the base tree (`posture history diff` compares resources and statuses). */
  result?: GateResult;
}

/**
 * The options of a scan that blocks only on what is new since `ref`: the base's findings join the
 * baseline (with a `--baseline` file, both accept), and the base's score is kept for comparison.
 */
export async function withDiffBase(options: GateOptions, ref: string): Promise<GateOptions> {
  const base = await scanBase(options, ref);
  const own = options.baseline?.baseline.findings ?? [];
  const file = options.baseline ? `${options.baseline.file} and git ${ref}` : `git ${ref}`;
  return {
    ...options,
    baseline: { file, baseline: { ...base.baseline, findings: [...own, ...base.baseline.findings] } },
    comparison: { ref: base.ref, commit: base.commit, score: base.score, failing: base.baseline.findings.length },
  };
}

/** Runs the same scan over the tree of `ref`, with every input path mapped into it. */
export async function scanBase(options: GateOptions, ref: string): Promise<BaseScan> {
  const root = path.resolve(options.root ?? process.cwd());
  const top = await git(root, ['rev-parse', '--show-toplevel'], () => `--diff-base needs a git repository; ${root} is not in one`);
  const commit = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], () =>
    `--diff-base ${ref} is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`,
  );
  const tree = await mkdtemp(path.join(os.tmpdir(), 'posture-base-'));
  try {
    await extract(top, commit, tree);
    const into = (file: string): string => {
      const inside = path.relative(top, file);
      return inside.startsWith('..') || path.isAbsolute(inside) ? file : path.join(tree, inside);
    };
    const result = await runGate(mapInputs(options, into, into(root)));
    const baseline: Baseline = {
      version: BASELINE_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      findings: result.report.findings
        .filter((f) => !f.suppression || f.suppression.kind === 'baseline')
        .map(({ fingerprint, checkId, scope, resourceId }) => ({ fingerprint, checkId, scope, resourceId })),
    };
    options.logger.info(`diff base ${ref} (${commit.slice(0, 12)}): ${baseline.findings.length} open findings`);
    return { ref, commit, baseline, score: result.report.score, result };
  } finally {
    await rm(tree, { recursive: true, force: true });
  }
}

/** The same scan over the base tree: paths, extra sources and variable files mapped, nothing blocking. */
function mapInputs(options: GateOptions, into: (file: string) => string, root: string): GateOptions {
  const sources = options.sources ?? {};
  const terraform = options.resolve?.terraform;
  return {
    ...options,
    root,
    paths: options.paths.map(into),
    failOn: 'none',
    baseline: undefined,
    comparison: undefined,
    sources: {
      ...sources,
      helm: sources.helm?.map((chart) => ({ ...chart, chartDir: into(chart.chartDir), valuesFiles: chart.valuesFiles?.map(into) })),
      kustomize: sources.kustomize?.map(into),
      awsConfigSnapshots: sources.awsConfigSnapshots?.map(into),
    },
    resolve: { ...options.resolve, ...(terraform ? { terraform: { ...terraform, varFiles: terraform.varFiles?.map(into) } } : {}) },
  };
}

async function git(cwd: string, args: string[], failure: () => string): Promise<string> {
  try {
    return (await run('git', args, { cwd })).stdout.trim();
  } catch (cause) {
    throw new ConfigError(failure(), { cause, code: 'USAGE' });
  }
}

/** `git archive COMMIT | tar -x`: the committed tree only, no checkout, no change to the index. */
function extract(top: string, commit: string, into: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] });
    const untar = spawn('tar', ['-x', '-f', '-', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    untar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    archive.stdout.pipe(untar.stdin);
    const fail = (error: Error) => reject(new ConfigError(`cannot read the tree of ${commit}: ${getErrorMessage(error)}`, { cause: error }));
    archive.on('error', fail);
    untar.on('error', fail);
    untar.on('close', (code) => (code === 0 ? resolve() : fail(new Error(`git archive | tar exited ${code}: ${errors.trim()}`))));
  });
}
