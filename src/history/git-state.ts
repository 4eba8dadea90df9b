import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_HISTORY_FILE } from './store.js';
import type { GitState } from './types.js';

const run = promisify(execFile);

/**
 * The commit and branch the scan root is at, read from the local repository (rev-parse, never a
 * fetch); undefined outside a repository or before its first commit. `dirty` says whether files
 * under the root differ from that commit (tracked changes or new files), since then the scan is not
 * exactly the commit's tree.
 */
export async function readGitState(root: string, historyFile?: string): Promise<GitState | undefined> {
  const git = async (...args: string[]) => (await run('git', args, { cwd: root })).stdout.trim();
  let commit: string;
  try {
    commit = await git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}');
  } catch {
    return undefined;
  }
  const branch = await git('rev-parse', '--abbrev-ref', 'HEAD').catch(() => 'HEAD');
  // the history file itself (often under the root, untracked) and posture's own folder are not changes to the scanned tree
  const inside = historyFile ? path.relative(root, historyFile) : '..';
  const own = inside.startsWith('..') || path.isAbsolute(inside) ? [] : [`:(exclude)${inside}`, `:(exclude)${inside}.lock`];
  own.push(`:(exclude)${path.dirname(DEFAULT_HISTORY_FILE)}`);
  const status = await git('status', '--porcelain', '--', '.', ...own).catch(() => '');
  return { commit, ...(branch && branch !== 'HEAD' ? { branch } : {}), dirty: status !== '' };
}
