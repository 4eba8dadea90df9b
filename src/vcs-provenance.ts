/**
 * SARIF `versionControlProvenance` for a scan root in git: the repository's URI (the `origin`
 * remote, credentials stripped, since CI checkouts often embed a token in it), the commit and the
 * branch. Read from the local repository only (never a fetch); undefined outside git.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SarifOptions } from './report/reporter.js';

const run = promisify(execFile);

export type Provenance = NonNullable<SarifOptions['provenance']>;

export async function readProvenance(root: string, env: NodeJS.ProcessEnv = process.env): Promise<Provenance | undefined> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      return (await run('git', args, { cwd: root, timeout: 10_000 })).stdout.trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const remote = await git('remote', 'get-url', 'origin');
  const repositoryUri = remote === undefined ? undefined : repositoryUriOf(remote);
  if (repositoryUri === undefined) return undefined;
  const revisionId = await git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}');
  // CI checks out a detached HEAD: the branch is then the one the CI names
  const branch = (await git('symbolic-ref', '--quiet', '--short', 'HEAD')) ?? (env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || undefined);
  return { repositoryUri, ...(revisionId ? { revisionId } : {}), ...(branch ? { branch } : {}) };
}

/**
 * A remote as an absolute URI without credentials: `https://token@host/o/r.git` → `https://host/o/r.git`,
 * `git@host:o/r.git` → `ssh://host/o/r.git`. A local path or anything unparsable is undefined
 * (it names no repository anyone else can find).
 */
export function repositoryUriOf(remote: string): string | undefined {
  const scp = /^(?:[^@/\s]+@)?([^:/\s]{2,}):(?!\/)(\S+)$/.exec(remote);
  if (scp) return `ssh://${scp[1]}/${scp[2]}`;
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '') return undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.href;
}
