import { execFileSync } from 'node:child_process';
import { getErrorMessage, type Logger } from '../src/index.js';

/**
 * Files the pull request changes, relative to `root`: `git diff --name-only <base>...HEAD` on the
 * checked-out repository (never the network). Undefined when git cannot tell (a shallow clone
 * without the base commit, no git): the caller then annotates every file and the log says why.
 */
export function readChangedFiles(root: string, baseSha: string | undefined, logger: Logger): Set<string> | undefined {
  if (!baseSha) {
    logger.warning('only-changed: the event payload has no pull_request.base.sha; annotating every file');
    return undefined;
  }
  try {
    const out = execFileSync('git', ['diff', '--name-only', '--relative', '-z', `${baseSha}...HEAD`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = new Set(out.split('\0').filter(Boolean));
    logger.info(`only-changed: the pull request changes ${files.size} files under ${root}`);
    return files;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    logger.warning(
      `only-changed: git diff ${baseSha}...HEAD failed (${stderr || getErrorMessage(error)}); annotating every file. ` +
        'Check out with fetch-depth: 0 so the base commit is present.',
    );
    return undefined;
  }
}
