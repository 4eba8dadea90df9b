/**
 * The source lines around each finding, for the HTML report's detail pane and SARIF's
 * `contextRegion`. Each file is masked once before a line of it is cut out, first by its structure
 * (`maskByStructure`: a NoEcho parameter's default, a plan's variables and sensitive values), then
 * line by line (`maskSecrets`), so no secret-looking value ever reaches a report: masking needs
 * the whole file (a Secret's `kind` may be far above its `data`, a private key may start above the window).
 */
import path from 'node:path';
import { Boundary, readBytesInside } from '../fs/boundary.js';
import type { Finding, SourceExcerpt } from '../model/index.js';
import { excerptKey } from '../model/index.js';
import { maskSecrets } from './secrets.js';
import { maskByStructure } from './secrets-structure.js';

/** Lines shown before the location and after it. */
export const CONTEXT_LINES = 3;
/** A location longer than this (a whole resource block) shows its first lines only. */
export const MAX_RANGE_LINES = 9;
/** Longer lines are cut, after masking. */
export const MAX_LINE_LENGTH = 240;
/**
 * A line longer than this (minified JSON, a one-line plan) is not shown at all, only its length:
 * a cut through the middle of a minified document shows no useful context, and a placeholder
 * cannot show a secret whatever the masker missed in it.
 */
export const MAX_SHOWN_LINE_LENGTH = 4096;
/** Files larger than this are not read just for an excerpt. */
const MAX_READ_BYTES = 2 * 1024 * 1024;

/** A file's lines masked, with its source lines (for their lengths); none when masking fails: no excerpt rather than an unmasked one. */
function maskedLines(text: string, path: string): { masked: string[]; source: string[] } | undefined {
  try {
    return { masked: maskSecrets(maskByStructure(text, path)).split(/\r?\n/), source: text.split(/\r?\n/) };
  } catch {
    // e.g. V8's regexp stack on a many-megabyte token-shaped run: the finding stays, its excerpt goes
    return undefined;
  }
}

export function buildExcerpts(findings: Finding[], texts: Map<string, string>): Record<string, SourceExcerpt> {
  const lines = new Map<string, { masked: string[]; source: string[] } | undefined>();
  const excerpts: Record<string, SourceExcerpt> = {};
  for (const { location } of findings) {
    const key = excerptKey(location);
    if (excerpts[key] !== undefined) continue;
    if (!lines.has(location.path)) {
      const text = texts.get(location.path);
      lines.set(location.path, text === undefined ? undefined : maskedLines(text, location.path));
    }
    const file = lines.get(location.path);
    if (file === undefined || location.startLine < 1 || location.startLine > file.masked.length) continue;
    const first = Math.max(1, location.startLine - CONTEXT_LINES);
    const rangeEnd = Math.max(location.startLine, Math.min(location.endLine, location.startLine + MAX_RANGE_LINES - 1));
    const last = Math.min(file.masked.length, rangeEnd + CONTEXT_LINES);
    excerpts[key] = { startLine: first, lines: file.masked.slice(first - 1, last).map((line, i) => cutLine(line, file.source[first - 1 + i]?.length ?? line.length)) };
  }
  return excerpts;
}

export function tooLongLine(length: number): string {
  return `line too long to show (${length} characters)`;
}

/** `sourceLength`: the line's length in the file, before masking. */
function cutLine(line: string, sourceLength: number): string {
  if (sourceLength > MAX_SHOWN_LINE_LENGTH || line.length > MAX_SHOWN_LINE_LENGTH) return tooLongLine(sourceLength);
  return line.length <= MAX_LINE_LENGTH ? line : `${line.slice(0, MAX_LINE_LENGTH)}…`;
}

/**
 * The texts of the files findings point at: the discovered files' texts, then, for findings in
 * other files (Helm templates, Kustomize bases), those files read from under the root and
 * inside the repository boundary (a link out of it is never read, even for an excerpt). A remote
 * address, a path outside the root or an unreadable file simply gets no excerpt.
 */
export async function sourceTexts(findings: Finding[], known: Map<string, string>, root: string, boundary = Boundary.of(root)): Promise<Map<string, string>> {
  const texts = new Map(known);
  const missing = [...new Set(findings.map((f) => f.location.path))].filter((p) => !texts.has(p));
  await Promise.all(
    missing.map(async (relative) => {
      if (relative.includes('::') || /^[A-Za-z][\w+.-]*:\/\//.test(relative) || path.isAbsolute(relative)) return;
      const absolute = path.resolve(root, relative);
      if (!absolute.startsWith(`${path.resolve(root)}${path.sep}`)) return;
      try {
        const read = await readBytesInside(boundary, absolute, MAX_READ_BYTES);
        if ('bytes' in read) texts.set(relative, read.bytes.toString('utf8'));
      } catch {
        // not a file on disk (a live resource, a deleted file): no excerpt
      }
    }),
  );
  return texts;
}
