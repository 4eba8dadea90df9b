/**
 * The repository boundary: the directories a scan may read from. Every read of scanned input
 * (discovery, Terraform `file()` and vendored modules, Helm charts, Kustomize trees, excerpts)
 * goes through `Boundary`, which resolves the real path (every symlink followed, `..` removed)
 * and refuses anything whose real path lies outside. Checking the path as text is not enough: an
 * in-repository link to `/proc/self/environ` reads as `./link` and is not.
 *
 * This folder imports only node and model/, so every stage can use it.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileStart, type Diagnostic } from '../model/index.js';

/** A file larger than this is never read whole for a resolver or an excerpt. */
export const MAX_BOUNDED_READ_BYTES = 20 * 1024 * 1024;

/**
 * The top of the git work tree holding `start` (a directory with `.git`, a directory or a
 * `gitdir:` file as in a worktree or submodule), found by walking up: no git process runs on
 * hostile input. Undefined when `start` is not inside a work tree.
 */
export function repositoryTop(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isGitMarker(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isGitMarker(candidate: string): boolean {
  try {
    const info = statSync(candidate);
    if (info.isDirectory()) return existsSync(path.join(candidate, 'HEAD'));
    return info.isFile() && info.size < 4096 && readFileSync(candidate, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}

export type Resolved = { real: string } | { refused: string } | { missing: string };

export class Boundary {
  /** Real paths of the directories inside which reads are allowed. */
  readonly roots: readonly string[];
  /** The same directories as written (before links are resolved), to tell a link inside from a path elsewhere. */
  private readonly lexical: readonly string[];

  private constructor(lexical: string[]) {
    this.lexical = [...new Set(lexical)];
    this.roots = [...new Set(this.lexical.map(realOrSelf))];
  }

  /**
   * The git work tree top level holding `root`, else `root` itself; plus, for each scanned path
   * that does not lie (as written) under it, that path's own work tree or directory: the user
   * named it, so it is not something a scanned file smuggled in.
   */
  static of(root: string, scanned: string[] = []): Boundary {
    const absoluteRoot = path.resolve(root);
    const dirs = [repositoryTop(absoluteRoot) ?? absoluteRoot];
    for (const given of scanned) {
      const absolute = path.resolve(given);
      if (dirs.some((dir) => isWithin(dir, absolute))) continue;
      const dir = isDirectory(absolute) ? absolute : path.dirname(absolute);
      dirs.push(repositoryTop(dir) ?? dir);
    }
    return new Boundary(dirs);
  }

  /** True when the real path `real` is one of the roots or below one. */
  contains(real: string): boolean {
    return this.roots.some((root) => isWithin(root, real));
  }

  /** True when `file`, as written, lies under a root (a link there may still point elsewhere). */
  containsLexically(file: string): boolean {
    const absolute = path.resolve(file);
    return this.lexical.some((root) => isWithin(root, absolute)) || this.roots.some((root) => isWithin(root, absolute));
  }

  /** The real path of `file` when it lies inside the boundary; why not otherwise. */
  resolve(file: string): Resolved {
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      return { missing: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read' };
    }
    if (this.contains(real)) return { real };
    return { refused: this.refusal(file, real) };
  }

  /**
   * For a file about to be written (it may not exist yet): undefined when it, or the nearest
   * ancestor that exists, resolves inside the boundary; why not otherwise. A planted link
   * (`.posture -> /elsewhere`) must not turn a write under the root into one outside it.
   */
  refusesWrite(file: string): string | undefined {
    for (let current = path.resolve(file); ; current = path.dirname(current)) {
      const resolved = this.resolve(current);
      if ('refused' in resolved) return resolved.refused;
      if ('real' in resolved) return undefined;
      if (path.dirname(current) === current) return undefined;
    }
  }

  /** Why `file` (whose real path is `real`) is refused, for a PATH_REFUSED message. */
  refusal(file: string, real: string): string {
    const where = `outside the repository boundary (${this.roots.join(', ')})`;
    return real === path.resolve(file) ? `is ${where}` : `resolves to ${real}, ${where}`;
  }

  /**
   * The text of a regular file inside the boundary, read through its real path with a size cap;
   * `refused` when it resolves outside (the caller reports PATH_REFUSED naming the link).
   */
  readText(file: string, maxBytes = MAX_BOUNDED_READ_BYTES): { text: string; real: string } | { refused: string } | { error: string } {
    const resolved = this.resolve(file);
    if ('refused' in resolved) return resolved;
    if ('missing' in resolved) return { error: resolved.missing };
    try {
      return { text: readCapped(resolved.real, maxBytes).toString('utf8'), real: resolved.real };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
}

/**
 * The bytes of a regular file inside the boundary (async, for discovery's concurrent reads);
 * `refused` when its real path is outside, `tooLarge` past maxBytes.
 */
export async function readBytesInside(
  boundary: Boundary,
  file: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | { refused: string } | { tooLarge: number }> {
  const real = await realpath(file);
  if (!boundary.contains(real)) return { refused: boundary.refusal(file, real) };
  const handle = await open(real, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxBytes) return { tooLarge: info.size };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** Reads a regular file through one descriptor (what was checked is what is read), at most maxBytes. */
function readCapped(real: string, maxBytes: number): Buffer {
  const fd = openSync(real, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxBytes) throw new Error(`larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, buffer, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A refused read: names the path in the repository (and where it leads), never the content. */
export function pathRefused(reportPath: string, what: string, reason: string): Diagnostic {
  return { code: 'PATH_REFUSED', level: 'error', message: `${what}: ${reportPath} ${reason}; not read`, range: fileStart(reportPath) };
}

export function isWithin(dir: string, candidate: string): boolean {
  const relative = path.relative(dir, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
