import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, InputFile, SourceRange } from '../../model/source.js';
import { nearestSpan, spanAt, spanRange, type JsonIndex } from './json-index.js';

/** pathKey(path into the parsed value) → where that value (or its map entry) is written. */
export type PositionMap = Map<string, SourceRange>;

/** Where values are written: a map filled while walking (YAML), or a JSON text's index resolved on demand. */
export type Positions = PositionMap | JsonIndex;

/** By a tag, not `instanceof Map`: a structured clone from a worker may come from another realm. */
function isJsonIndex(positions: Positions): positions is JsonIndex {
  return (positions as Partial<JsonIndex>).kind === 'json-index';
}

/** The range of exactly `path` (no fallback to an ancestor). */
export function rangeAt(positions: Positions, path: AttributePath): SourceRange | undefined {
  if (!isJsonIndex(positions)) return positions.get(pathKey(path));
  const span = spanAt(positions, path);
  return span && spanRange(positions, span);
}

/**
 * The range of `path`, or of its nearest ancestor that has one: a value produced by resolution
 * (a default, an expanded short form) still lands on the line that caused it.
 */
export function locateIn(positions: Positions, path: AttributePath): SourceRange | undefined {
  if (isJsonIndex(positions)) {
    const span = nearestSpan(positions, path);
    return span && spanRange(positions, span);
  }
  for (let n = path.length; n >= 0; n--) {
    const range = positions.get(pathKey(n === path.length ? path : path.slice(0, n)));
    if (range) return range;
  }
  return undefined;
}

export function makeDocument<T>(
  file: InputFile,
  value: T,
  positions: Positions,
  diagnostics: Diagnostic[],
): ParsedDocument<T> {
  return { file, value, diagnostics, locate: (path) => locateIn(positions, path) };
}

export { fileStart } from '../../model/source.js';

/** 1-based line and column of a UTF-16 offset, for parsers that only report offsets. */
export function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

/** True when `path` names an existing value inside `root` (not a fallback to an ancestor). */
export function hasPath(root: unknown, path: AttributePath): boolean {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}
