/**
 * The provenance header of `posture report compliance`: tool version, time, the git commit and
 * branch of the scan root, the scanned paths and the frameworks. git is the user's own (PATH),
 * run read-only on the repository, never a program from the scanned tree; outside a work tree,
 * or without git, the commit is left out rather than guessed.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Report } from '../model/index.js';
import type { Provenance } from '../report/compliance.js';

const run = promisify(execFile);

export async function complianceProvenance(report: Report, paths: string[], frameworks: string[]): Promise<Provenance> {
  const git = await gitState(report.root);
  return {
    toolVersion: report.tool.version,
    generatedAt: report.startedAt,
    ...(git ? { git } : {}),
    paths: paths.map((p) => path.relative(report.root, p).split(path.sep).join('/') || '.'),
    frameworks,
  };
}

async function gitState(root: string): Promise<Provenance['git']> {
  const git = async (args: string[]) => (await run('git', ['-C', root, ...args], { timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } })).stdout.trim();
  try {
    const commit = await git(['rev-parse', '--verify', 'HEAD']);
    const branch = await git(['rev-parse', '--abbrev-ref', 'HEAD']).catch(() => '');
    return { commit, ...(branch && branch !== 'HEAD' ? { branch } : {}) };
  } catch {
    return undefined;
  }
}
