import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * The first executable `name` on PATH, else in `<cwd>/.tools/bin` (where scripts/install-*.sh
 * put the pinned tools), else undefined.
 */
export function findTool(name: string, cwd = process.cwd()): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), path.join(cwd, '.tools', 'bin')];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: try the next directory.
    }
  }
  return undefined;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** What the command is for, for error messages (`render chart charts/web`). */
  purpose: string;
}

/**
 * Runs a tool without a shell (arguments are never interpreted) and returns its stdout. A
 * failure becomes a ConfigError carrying the tool's own first error lines: a broken chart or
 * kustomization is the user's to fix.
 */
export function runTool(file: string, args: string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024, timeout: 120_000, encoding: 'utf8' as const };
    execFile(file, args, child, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const detail = String(stderr).trim().split('\n').slice(0, 5).join('; ') || error.message;
      reject(new ConfigError(`${options.purpose}: ${path.basename(file)} failed: ${detail}`, { cause: error }));
    });
  });
}
