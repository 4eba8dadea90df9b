/**
 * The source lines around each finding, for the HTML report's detail pane and SARIF's
 * `contextRegion`. Each file is masked once before a line of it is cut out, first by its structure
 * (`maskByStructure`: a NoEcho parameter's default, a plan's variables and sensitive values), then
 * line by line (`maskSecrets`), so no secret-looking value ever reaches a report: masking needs
 * the whole file (a Secret's `kind` may be far above its `data`, a private key may start above the window).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, SourceExcerpt } from '../model/index.js';
import { excerptKey } from '../model/index.js';
import { maskSecrets } from './secrets.js';
import { maskByStructure } from './secrets-structure.js';

/** Lines shown before the location and after it. */
export const CONTEXT_LINES = 3;
/** A location longer than this (a whole resource block) shows its first lines only. */
export const MAX_RANGE_LINES = 9;
/** Longer lines (minified JSON, plan files) are cut, after masking. */
export const MAX_LINE_LENGTH = 240;
/** Files larger than this are not read just for an excerpt. */
const MAX_READ_BYTES = 2 * 1024 * 1024;

export function buildExcerpts(findings: Finding[], texts: Map<string, string>): Record<string, SourceExcerpt> {
  const lines = new Map<string, string[] | undefined>();
  const excerpts: Record<string, SourceExcerpt> = {};
  for (const { location } of findings) {
    const key = excerptKey(location);
    if (excerpts[key] !== undefined) continue;
    if (!lines.has(location.path)) {
      const text = texts.get(location.path);
      lines.set(location.path, text === undefined ? undefined : maskSecrets(maskByStructure(text, location.path)).split(/\r?\n/));
    }
    const file = lines.get(location.path);
    if (file === undefined || location.startLine < 1 || location.startLine > file.length) continue;
    const first = Math.max(1, location.startLine - CONTEXT_LINES);
    const rangeEnd = Math.max(location.startLine, Math.min(location.endLine, location.startLine + MAX_RANGE_LINES - 1));
    const last = Math.min(file.length, rangeEnd + CONTEXT_LINES);
    excerpts[key] = { startLine: first, lines: file.slice(first - 1, last).map(cutLine) };
  }
  return excerpts;
}

function cutLine(line: string): string {
  return line.length <= MAX_LINE_LENGTH ? line : `${line.slice(0, MAX_LINE_LENGTH)}…`;
}

/**
 * The texts of the files findings point at: the discovered files' texts, then, for findings in
 * other files (Helm templates, Kustomize bases), those files read from under the root. A remote
 * address, a path outside the root or an unreadable file simply gets no excerpt.
 */
export async function sourceTexts(findings: Finding[], known: Map<string, string>, root: string): Promise<Map<string, string>> {
  const texts = new Map(known);
  const missing = [...new Set(findings.map((f) => f.location.path))].filter((p) => !texts.has(p));
  await Promise.all(
    missing.map(async (relative) => {
      if (relative.includes('::') || /^[A-Za-z][\w+.-]*:\/\//.test(relative) || path.isAbsolute(relative)) return;
      const absolute = path.resolve(root, relative);
      if (!absolute.startsWith(`${path.resolve(root)}${path.sep}`)) return;
      try {
        if ((await stat(absolute)).size > MAX_READ_BYTES) return;
        texts.set(relative, await readFile(absolute, 'utf8'));
      } catch {
        // not a file on disk (a live resource, a deleted file): no excerpt
      }
    }),
  );
  return texts;
}
