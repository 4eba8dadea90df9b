import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The git work tree holding `start` (the nearest directory above it with a `.git` directory, or a
 * `.git` file as worktrees and submodules have), or undefined. Git itself is not run: the scanned
 * tree is not trusted, and its configuration could name programs to run.
 */
export function gitWorkTree(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The directory report paths are relative to when `--root` is not given, chosen so that the same
 * files give the same report wherever the scan is started: the git work tree that holds every
 * scanned path; else the current directory when it holds them all; else their deepest common
 * directory. (A scanned file stands for its directory.)
 */
export function defaultScanRoot(paths: readonly string[], cwd: string): string {
  const dirs = (paths.length === 0 ? [cwd] : paths.map((p) => path.resolve(cwd, p))).map((p) => (isDirectory(p) ? p : path.dirname(p)));
  const common = dirs.reduce(commonDirectory);
  const tree = gitWorkTree(common);
  if (tree !== undefined) return tree;
  return dirs.every((dir) => isInside(dir, cwd)) ? path.resolve(cwd) : common;
}

/** Whether `file` is `dir` or lies below it (as text: both absolute and resolved). */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function commonDirectory(a: string, b: string): string {
  let dir = a;
  while (!isInside(b, dir)) dir = path.dirname(dir);
  return dir;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
