import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Boundary } from './boundary.js';

export interface TreeFile {
  /** Path below the listed directory, with forward slashes (the link's path when reached through one). */
  relative: string;
  /** Real path on disk, inside the boundary. */
  real: string;
}

export interface TreeListing {
  files: TreeFile[];
  /** Links (or the directory itself) whose real path lies outside the boundary: never followed. */
  refused: { relative: string; reason: string }[];
  /** True when maxEntries or maxDepth cut the walk short. */
  truncated: boolean;
}

export interface TreeLimits {
  /** Directory entries looked at, in all (default 20,000). */
  maxEntries?: number;
  /** Directory levels below the listed one (default 32). */
  maxDepth?: number;
}

/**
 * Every regular file under `dir`, in sorted order. A symlink is followed only when its real path
 * is inside the boundary (a directory reached twice, through links, is listed once); a link out
 * is listed as refused, never read or descended into. Bounded in entries and depth.
 */
export function listTree(boundary: Boundary, dir: string, limits: TreeLimits = {}): TreeListing {
  const maxEntries = limits.maxEntries ?? 20_000;
  const maxDepth = limits.maxDepth ?? 32;
  const listing: TreeListing = { files: [], refused: [], truncated: false };
  const start = boundary.resolve(dir);
  if ('refused' in start) {
    listing.refused.push({ relative: '.', reason: start.refused });
    return listing;
  }
  if ('missing' in start) return listing;
  const visited = new Set<string>();
  let seen = 0;
  const walk = (real: string, prefix: string, depth: number): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(real).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (++seen > maxEntries) {
        listing.truncated = true;
        return;
      }
      const relative = prefix === '' ? name : `${prefix}/${name}`;
      const target = boundary.resolve(path.join(real, name));
      if ('refused' in target) listing.refused.push({ relative, reason: target.refused });
      if (!('real' in target)) continue;
      const info = statOf(target.real);
      if (info?.isFile()) listing.files.push({ relative, real: target.real });
      else if (info?.isDirectory()) {
        if (depth >= maxDepth) listing.truncated = true;
        else walk(target.real, relative, depth + 1);
      }
    }
  };
  walk(start.real, '', 0);
  return listing;
}

function statOf(real: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(real);
  } catch {
    return undefined;
  }
}
