import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Boundary } from './boundary.js';

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

export function isExecutableFile(candidate: string): boolean {
  try {
    accessSync(candidate, constants.X_OK);
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

