import type { AttributePath, SourceRange } from '../../model/source.js';

/**
 * Where the values of a valid JSON text are written, kept compact and resolved on demand.
 *
 * Why our own reader: json-source-map (the previous reader) records a pointer string and three
 * {line, column, pos} objects for EVERY value in one recursive pass, and we then copied them into
 * a path → range Map. Measured: 5.0 s for a 5.3 MB Terraform plan (JSON.parse: 66 ms), and a
 * 100,000-item AWS Config snapshot (172 MB) ran out of memory at 3.8 GB. This index makes one
 * pass over the character codes and stores only, per container (object or array), its start
 * and end offsets and the index of the container after its subtree (three Uint32 each), plus
 * the offset of every line start. A lookup walks the path from the root, listing the members of
 * each container it passes through once (cached per process, so only the containers ever
 * asked about cost memory), and skips nested containers in O(1).
 *
 * Plain data (a string and typed arrays), so a parse worker can send it to the main thread.
 * Lines and columns are what json-source-map gave: a tab in whitespace counts 4 columns and a
 * carriage return resets the column (kept so every range stays exactly as before).
 */
export interface JsonIndex {
  kind: 'json-index';
  filePath: string;
  /** The text as parsed (a BOM already replaced by a space). */
  text: string;
  /** Paths in the text are looked up under this prefix (`[0]`: a one-document stream). */
  prefix: AttributePath;
  /** Per container, in order of appearance: start offset, end offset (past the bracket), next container after its subtree. */
  starts: Uint32Array;
  ends: Uint32Array;
  after: Uint32Array;
  /** Offset of the first character of each line (split at \n). */
  lineStarts: Uint32Array;
  /** 1 where a line holds a tab or a carriage return (its columns need a walk). */
  lineQuirks: Uint8Array;
  /** Object members written (colons outside strings): more than the parsed value holds means a duplicate key. */
  membersWritten: number;
}

/** Where one value is written: its key (for an object member), its first character, past its last. */
export interface JsonSpan {
  keyStart?: number;
  valueStart: number;
  valueEnd: number;
}

class Growable {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  set(at: number, value: number): void {
    this.data[at] = value;
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    return this.length++;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** One pass over a text that JSON.parse accepted. */
export function buildJsonIndex(text: string, filePath: string, prefix: AttributePath): JsonIndex {
  const starts = new Growable(text.length >> 6);
  const ends = new Growable(text.length >> 6);
  const after = new Growable(text.length >> 6);
  const lineStarts = new Growable(text.length >> 5);
  const quirks: number[] = [];
  const open: number[] = [];
  let membersWritten = 0;
  lineStarts.push(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = closingQuote(text, i);
    else if (c === 0x7b || c === 0x5b) {
      open.push(starts.push(i));
      ends.push(0);
      after.push(0);
    } else if (c === 0x7d || c === 0x5d) {
      const index = open.pop() as number;
      ends.set(index, i + 1);
      after.set(index, starts.length);
    } else if (c === 10) lineStarts.push(i + 1);
    else if (c === 0x3a) membersWritten++;
    else if (c === 9 || c === 13) quirks.push(lineStarts.length - 1);
  }
  const lineQuirks = new Uint8Array(lineStarts.length);
  for (const line of quirks) lineQuirks[line] = 1;
  return { kind: 'json-index', filePath, text, prefix, starts: starts.done(), ends: ends.done(), after: after.done(), lineStarts: lineStarts.done(), lineQuirks, membersWritten };
}

/** Index of the closing quote of the string opening at `start`. */
export function closingQuote(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length - 1;
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

interface Members {
  /** Arrays: spans by index. Objects: spans by key (the last one for a duplicate key, as JSON.parse). */
  items?: JsonSpan[];
  keys?: Map<string, JsonSpan>;
}

/** Containers already listed, per index object (not part of the index, so it never crosses threads). */
const listed = new WeakMap<JsonIndex, Map<number, Members>>();

/** The span of the value at `path` (the prefix included), or undefined when it is not in the text. */
export function spanAt(index: JsonIndex, path: AttributePath): JsonSpan | undefined {
  return walk(index, path, false);
}

/** The span of `path`, else of its nearest ancestor in the text. */
export function nearestSpan(index: JsonIndex, path: AttributePath): JsonSpan | undefined {
  return walk(index, path, true);
}

function walk(index: JsonIndex, path: AttributePath, nearest: boolean): JsonSpan | undefined {
  const { prefix } = index;
  if (path.length < prefix.length || prefix.some((segment, i) => path[i] !== segment)) return undefined;
  const start = skipSpace(index.text, 0);
  if (start >= index.text.length) return undefined; // the index of a text that is not JSON
  let span: JsonSpan = { valueStart: start, valueEnd: valueEnd(index, start, 0) };
  let container = isContainer(index.text, start) ? 0 : -1;
  for (let i = prefix.length; i < path.length; i++) {
    const child = memberOf(index, span.valueStart, container, path[i]);
    if (!child) return nearest ? span : undefined;
    container = containerAt(index, child.valueStart, container);
    span = child;
  }
  return span;
}

function isContainer(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c === 0x7b || c === 0x5b;
}

/** The container index of the container starting at `offset`, searching from `from`. */
function containerAt(index: JsonIndex, offset: number, from: number): number {
  if (!isContainer(index.text, offset)) return -1;
  let lo = from;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Containers larger than this are listed once and the listing cached: a snapshot's item array or a
 * plan's resource list is asked about thousands of times. Smaller ones are scanned for the one
 * member wanted, which allocates nothing: caching every small container a finding passed through
 * held a Map per configuration item for the rest of the scan.
 */
const CACHED_CONTAINER_BYTES = 4096;

/** The member `segment` of the container at `offset` (index `container`), or undefined. */
function memberOf(index: JsonIndex, offset: number, container: number, segment: string | number): JsonSpan | undefined {
  if (container < 0) return undefined;
  if (index.ends[container] - offset > CACHED_CONTAINER_BYTES) {
    const members = cachedMembers(index, offset, container);
    return typeof segment === 'number' ? members.items?.[segment] : members.keys?.get(segment);
  }
  const isObject = index.text.charCodeAt(offset) === 0x7b;
  if (isObject !== (typeof segment === 'string')) return undefined;
  let found: JsonSpan | undefined;
  forEachMember(index, offset, container, (position, keyStart, valueStart, valueEnd) => {
    if (isObject ? !keyIs(index.text, keyStart, segment as string) : position !== segment) return true;
    found = isObject ? { keyStart, valueStart, valueEnd } : { valueStart, valueEnd };
    return isObject; // a later duplicate key wins, as in JSON.parse
  });
  return found;
}

/** Whether the key string opening at `keyStart` is `key`, compared in place (no string is made unless it has escapes). */
function keyIs(text: string, keyStart: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = text.charCodeAt(keyStart + 1 + i);
    if (c === 0x5c) return keyAt(text, keyStart) === key;
    if (c === 0x22 || c !== key.charCodeAt(i)) return false; // a quote here is the key's end
  }
  return text.charCodeAt(keyStart + 1 + key.length) === 0x22;
}

/** The key string opening at `keyStart`, unescaped. */
function keyAt(text: string, keyStart: number): string {
  const close = closingQuote(text, keyStart);
  const raw = text.slice(keyStart + 1, close);
  return raw.includes('\\') ? (JSON.parse(text.slice(keyStart, close + 1)) as string) : raw;
}

function cachedMembers(index: JsonIndex, offset: number, container: number): Members {
  let cache = listed.get(index);
  if (!cache) listed.set(index, (cache = new Map()));
  let members = cache.get(container);
  if (!members) cache.set(container, (members = listMembers(index, offset, container)));
  return members;
}

function listMembers(index: JsonIndex, offset: number, container: number): Members {
  const items: JsonSpan[] = [];
  const keys = new Map<string, JsonSpan>();
  const isObject = index.text.charCodeAt(offset) === 0x7b;
  forEachMember(index, offset, container, (_position, keyStart, valueStart, valueEnd) => {
    if (isObject) keys.set(keyAt(index.text, keyStart), { keyStart, valueStart, valueEnd });
    else items.push({ valueStart, valueEnd });
    return true;
  });
  return isObject ? { keys } : { items };
}

/**
 * Visits the direct members of the container at `offset` in order (position, key offset for an
 * object member else -1, value start and end), skipping nested containers by their end, until
 * `visit` says stop. Offsets only: the callers decide what is worth allocating.
 */
function forEachMember(
  index: JsonIndex,
  offset: number,
  container: number,
  visit: (position: number, keyStart: number, valueStart: number, valueEnd: number) => boolean,
): void {
  const { text } = index;
  const isObject = text.charCodeAt(offset) === 0x7b;
  let next = container + 1;
  let i = skipSpace(text, offset + 1);
  for (let position = 0; i < text.length && text.charCodeAt(i) !== 0x7d && text.charCodeAt(i) !== 0x5d; position++) {
    let keyStart = -1;
    if (isObject) {
      keyStart = i;
      i = skipSpace(text, skipSpace(text, closingQuote(text, i) + 1) + 1); // past the colon
    }
    const end = valueEnd(index, i, next);
    if (isContainer(text, i)) next = index.after[next];
    if (!visit(position, keyStart, i, end)) return;
    i = skipSpace(text, end);
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
}

/** Offset past the value starting at `offset`; `container` is its index when it is a container. */
function valueEnd(index: JsonIndex, offset: number, container: number): number {
  const { text } = index;
  const c = text.charCodeAt(offset);
  if (c === 0x7b || c === 0x5b) return index.ends[container];
  if (c === 0x22) return closingQuote(text, offset) + 1;
  let i = offset;
  while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
  return i;
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 10 || c === 13 || c === 9;
}

function skipSpace(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** 0-based line and json-source-map column of an offset. */
export function lineColumn(index: JsonIndex, offset: number): { line: number; column: number } {
  const { lineStarts } = index;
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = lineStarts[lo];
  if (!index.lineQuirks[lo]) return { line: lo, column: offset - lineStart };
  let column = 0;
  for (let i = lineStart; i < offset; i++) {
    const c = index.text.charCodeAt(i);
    column = c === 9 ? column + 4 : c === 13 ? 0 : column + 1;
  }
  return { line: lo, column };
}

/** The range of a span: from its key (else its value) to the end of its value, as json-source-map gave it. */
export function spanRange(index: JsonIndex, span: JsonSpan): SourceRange {
  return rangeOf(index, span.keyStart ?? span.valueStart, span.valueEnd);
}

/** The 1-based range from `start` to `end` (offsets). */
export function rangeOf(index: JsonIndex, start: number, end: number): SourceRange {
  const from = lineColumn(index, start);
  const to = lineColumn(index, end);
  return { path: index.filePath, startLine: from.line + 1, startColumn: from.column + 1, endLine: to.line + 1, endColumn: to.column + 1 };
}
