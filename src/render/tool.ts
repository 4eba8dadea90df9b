import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { isExecutableFile } from '../fs/tools.js';

export { findTool, lookupTool, missingToolReason, type ToolLookup } from '../fs/tools.js';

/** An explicit `--helm-bin`/`--kustomize-bin`: the user's choice, so only checked to exist and run. */
export function explicitTool(file: string, flag: string): string {
  const resolved = path.resolve(file);
  if (!isExecutableFile(resolved)) throw new ConfigError(`${flag} ${file}: not an executable file`, { code: 'INPUT_MISSING' });
  return resolved;
}

export interface RunOptions {
  cwd?: string;
  /** The child's whole environment (see tool-env.ts): never the runner's own. */
  env: NodeJS.ProcessEnv;
  /** What the command is for, for error messages (`render chart charts/web`). */
  purpose: string;
  /** Run in a new network namespace where the platform allows it (Linux, unprivileged user namespaces). */
  denyNetwork?: boolean;
}

/**
 * Runs a tool without a shell (arguments are never interpreted) and returns its stdout. A
 * failure becomes a ConfigError carrying the tool's own first error lines: a broken chart or
 * kustomization is the user's to fix.
 */
export function runTool(file: string, args: string[], options: RunOptions): Promise<string> {
  const unshare = options.denyNetwork ? networkNamespaceWrapper() : undefined;
  const [command, argv] = unshare ? [unshare, ['--user', '--map-root-user', '--net', '--', file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    const child = { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024, timeout: 120_000, encoding: 'utf8' as const };
    execFile(command, argv, child, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const detail = String(stderr).trim().split('\n').slice(0, 5).join('; ') || error.message;
      reject(new ConfigError(`${options.purpose}: ${path.basename(file)} failed: ${detail}`, { cause: error }));
    });
  });
}

let unshareProbe: string | null | undefined;

/**
 * `unshare` from the system directories (never from PATH), when it can make an unprivileged
 * network namespace here (Linux with user namespaces allowed; not Ubuntu 24.04's AppArmor
 * default, nor macOS): the child then has no network at all. Probed once per process.
 */
export function networkNamespaceWrapper(): string | undefined {
  if (unshareProbe === undefined) {
    const found = process.platform === 'linux' ? ['/usr/bin/unshare', '/bin/unshare'].find((f) => existsSync(f)) : undefined;
    const works = found !== undefined && spawnSync(found, ['--user', '--map-root-user', '--net', '--', '/bin/true'], { timeout: 5000 }).status === 0;
    unshareProbe = works ? found : null;
  }
  return unshareProbe ?? undefined;
}
