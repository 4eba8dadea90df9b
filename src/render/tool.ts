import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { Boundary } from '../fs/boundary.js';

export interface ToolLookup {
  /** The first executable on PATH whose real path is outside the boundary. */
  file?: string;
  /** Executables of that name on PATH that were passed over: they lie inside the scanned tree. */
  refused: string[];
}

/**
 * The first executable `name` on PATH. Never one inside the scanned tree: a committed
 * `.tools/bin/kustomize`, or `./helm` reached through a relative PATH entry (`PATH=.:$PATH`
 * resolved in the scan directory), would run a stranger's program with the runner's secrets.
 * Such a candidate is skipped and reported in `refused`. Nothing else is searched.
 */
export function lookupTool(name: string, boundary?: Boundary): ToolLookup {
  const refused: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.resolve(dir, name);
    if (!isExecutableFile(candidate)) continue;
    if (boundary !== undefined && boundary.contains(realOrSelf(candidate))) {
      refused.push(candidate);
      continue;
    }
    return { file: candidate, refused };
  }
  return { refused };
}

export function findTool(name: string, boundary?: Boundary): string | undefined {
  return lookupTool(name, boundary).file;
}

/** An explicit `--helm-bin`/`--kustomize-bin`: the user's choice, so only checked to exist and run. */
export function explicitTool(file: string, flag: string): string {
  const resolved = path.resolve(file);
  if (!isExecutableFile(resolved)) throw new ConfigError(`${flag} ${file}: not an executable file`, { code: 'INPUT_MISSING' });
  return resolved;
}

/** Why no tool was found: names the refused candidates, so a planted binary is visible. */
export function missingToolReason(name: string, lookup: ToolLookup): string {
  if (lookup.refused.length === 0) return `${name} is not installed`;
  return `${name} on PATH (${lookup.refused.join(', ')}) is inside the scanned repository, and a scan never runs a program from the scanned tree`;
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function isExecutableFile(candidate: string): boolean {
  try {
    accessSync(candidate, constants.X_OK);
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
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
