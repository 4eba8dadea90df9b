import { statSync } from 'node:fs';
import path from 'node:path';
import { isWithin, repositoryTop } from '../fs/boundary.js';

/**
 * The directory report paths are relative to when `--root` is not given, chosen so that the same
 * files give the same report wherever the scan is started: the git work tree that holds every
 * scanned path; else their deepest common directory (a scanned file stands for its directory).
 * The current directory plays no part: a scan of /repo/envs from /repo and from / must agree.
 */
export function defaultScanRoot(paths: readonly string[], cwd: string): string {
  const dirs = (paths.length === 0 ? [cwd] : paths.map((p) => path.resolve(cwd, p))).map((p) => (isDirectory(p) ? p : path.dirname(p)));
  const common = dirs.reduce(commonDirectory);
  return repositoryTop(common) ?? common;
}

function commonDirectory(a: string, b: string): string {
  let dir = a;
  while (!isWithin(dir, b)) dir = path.dirname(dir);
  return dir;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
