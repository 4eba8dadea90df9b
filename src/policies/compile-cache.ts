import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where compiled user policies are kept: `--cache-dir`, else the user's cache directory (never
 * the scanned work tree: a pull request could commit an entry under a key it can compute from
 * public sources, and replace the user's checks with ones that find nothing).
 */
export function defaultCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base, 'posture-gate');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // a linked file counts too: the compiler reads through it (a link to a directory is not followed by either)
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

/**
 * The cache key of one compilation: sha256 over the compiler's identity, the options that shape
 * the result, and every file (relative name and bytes) under the source roots, sorted.
 */
export function compileKey(tool: string, roots: string[], options: unknown): string {
  const hash = createHash('sha256');
  hash.update(`${tool}\0${JSON.stringify(options)}\0`);
  for (const root of roots) {
    for (const file of filesUnder(root)) {
      hash.update(`${path.relative(root, file)}\0`);
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** The entry's directory when it is complete, else undefined. */
export function cachedEntry(cacheDir: string, key: string): string | undefined {
  const dir = path.join(cacheDir, 'policies', key);
  return ['policy.wasm', 'policy.meta.json', 'catalog.json'].every((f) => existsSync(path.join(dir, f))) ? dir : undefined;
}

/**
 * Stores an entry written by `write` into a scratch directory, then renamed into place: a reader
 * never sees half an entry, and two scans racing on one key both end with a whole one.
 */
export function storeEntry(cacheDir: string, key: string, write: (dir: string) => void): string {
  const parent = path.join(cacheDir, 'policies');
  const final = path.join(parent, key);
  const scratch = path.join(parent, `.${key}.${process.pid}.${Date.now()}`);
  mkdirSync(parent, { recursive: true });
  try {
    write(scratch);
    rmSync(final, { recursive: true, force: true });
    renameSync(scratch, final);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return final;
}
