import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Boundary } from '../fs/boundary.js';
import { pathRefused } from '../fs/boundary.js';
import { listTree } from '../fs/tree.js';
import { fileStart, type Diagnostic } from '../model/index.js';

/** A chart larger than this (all its files) is not rendered. */
export const MAX_CHART_BYTES = 64 * 1024 * 1024;

/**
 * Copies a chart into `into` with only what the boundary allows: regular files, and links whose
 * real path is inside the repository (copied as the file they lead to). Helm follows links when
 * it loads a chart (`.Files.Get`, templates, values.yaml): on the copy there are none left, so
 * nothing outside the repository can reach the rendered output or helm's error messages.
 * Each link left out is a PATH_REFUSED diagnostic naming it.
 */
export function copyChart(boundary: Boundary, chartDir: string, shownDir: string, into: string): { diagnostics: Diagnostic[]; complete: boolean } {
  const listing = listTree(boundary, chartDir);
  const diagnostics = listing.refused.map((r) => pathRefused(`${shownDir}/${r.relative}`, `--helm ${shownDir}`, r.reason));
  if (listing.truncated) diagnostics.push(limit(shownDir, 'the chart holds too many files or directory levels'));
  let bytes = 0;
  for (const file of listing.files) {
    bytes += statSync(file.real).size;
    if (bytes > MAX_CHART_BYTES) {
      diagnostics.push(limit(shownDir, `the chart is larger than ${MAX_CHART_BYTES / 1024 / 1024} MiB`));
      return { diagnostics, complete: false };
    }
    const target = path.join(into, ...file.relative.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file.real, target);
  }
  return { diagnostics, complete: !listing.truncated };
}

function limit(shownDir: string, why: string): Diagnostic {
  return { code: 'LIMIT_EXCEEDED', level: 'error', message: `--helm ${shownDir}: ${why}; not rendered`, range: fileStart(shownDir) };
}
