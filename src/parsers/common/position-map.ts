import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, InputFile, SourceRange } from '../../model/source.js';
import { nearestSpan, spanAt, spanRange, type JsonIndex } from './json-index.js';

/** pathKey(path into the parsed value) → where that value (or its map entry) is written. */
export type PositionMap = Map<string, SourceRange>;

/**
 * Where values are written: a JSON text's index resolved on demand, a packed table filled while
 * walking (YAML), or a plain map (small documents built in code).
 */
export type Positions = PositionMap | JsonIndex | SpanTable;

/**
 * pathKey → range, the ranges packed four numbers to an entry (start line, start column, end
 * line, end column) in one typed array. A YAML file records a range for every value it holds, and
 * one SourceRange object per value cost about as much again as the key: a 5 MB list of scalars
 * kept some 60 MB of them. Plain data, so a parse worker can send it (structured clone).
 */
export interface SpanTable {
  kind: 'span-table';
  filePath: string;
  index: Map<string, number>;
  /**
   * A sequence's items, by the sequence's key: [first slot, count]. Items take consecutive slots
   * and no key of their own: a big list is most of a big file, and a key per item cost more than
   * its range.
   */
  items: Map<string, [number, number]>;
  /** Four numbers per slot; a slot of zeros has no range (an empty item). */
  spans: Uint32Array;
}

/** Fills a SpanTable; `has`/`set`/`delete` as on a PositionMap, so a walker can fill either. */
export class SpanTableBuilder {
  private readonly index = new Map<string, number>();
  private readonly items = new Map<string, [number, number]>();
  private spans = new Uint32Array(64);
  /** Entries written (a deleted one keeps its slot: a duplicate key is rare). */
  private used = 0;

  constructor(private readonly filePath: string) {}

  has(key: string): boolean {
    return this.index.has(key);
  }

  delete(key: string): void {
    this.index.delete(key);
  }

  set(key: string, range: SourceRange): void {
    this.index.set(key, this.slot(range));
  }

  /** The ranges of a sequence's items, in order (undefined for an item with none), under the sequence's key. */
  setItems(sequenceKey: string, ranges: Iterable<SourceRange | undefined>): void {
    if (this.items.has(sequenceKey)) return;
    const first = this.used;
    for (const range of ranges) this.slot(range);
    this.items.set(sequenceKey, [first, this.used - first]);
  }

  /** The table, trimmed to what was recorded. */
  build(): SpanTable {
    return { kind: 'span-table', filePath: this.filePath, index: this.index, items: this.items, spans: this.spans.slice(0, this.used * 4) };
  }

  private slot(range: SourceRange | undefined): number {
    const at = this.used * 4;
    if (at + 4 > this.spans.length) {
      const grown = new Uint32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    if (range !== undefined) {
      this.spans[at] = range.startLine;
      this.spans[at + 1] = range.startColumn;
      this.spans[at + 2] = range.endLine;
      this.spans[at + 3] = range.endColumn;
    }
    return this.used++;
  }
}

/** By a tag, not `instanceof Map`: a structured clone from a worker may come from another realm. */
function isJsonIndex(positions: Positions): positions is JsonIndex {
  return (positions as Partial<JsonIndex>).kind === 'json-index';
}

function isSpanTable(positions: Positions): positions is SpanTable {
  return (positions as Partial<SpanTable>).kind === 'span-table';
}

/** The range recorded for exactly `path` in a map or a table. */
function rangeOfPath(positions: PositionMap | SpanTable, path: AttributePath): SourceRange | undefined {
  if (!isSpanTable(positions)) return positions.get(pathKey(path));
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const items = positions.items.get(pathKey(path.slice(0, -1)));
    // recorded first, so it wins over a key a tag handler recorded for the same path later
    if (items !== undefined && last >= 0 && last < items[1]) return slotRange(positions, items[0] + last);
  }
  const entry = positions.index.get(pathKey(path));
  return entry === undefined ? undefined : slotRange(positions, entry);
}

function slotRange(table: SpanTable, slot: number): SourceRange | undefined {
  const s = table.spans;
  const at = slot * 4;
  if (s[at] === 0) return undefined;
  return { path: table.filePath, startLine: s[at]!, startColumn: s[at + 1]!, endLine: s[at + 2]!, endColumn: s[at + 3]! };
}

/** The range of exactly `path` (no fallback to an ancestor). */
export function rangeAt(positions: Positions, path: AttributePath): SourceRange | undefined {
  if (!isJsonIndex(positions)) return rangeOfPath(positions, path);
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
    const range = rangeOfPath(positions, n === path.length ? path : path.slice(0, n));
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
