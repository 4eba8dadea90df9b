/**
 * Where KICS's `kics-scan ignore-line` and `kics-scan ignore-block` comments apply (`disable=`
 * applies to the whole file, for the queries it names). Both act on
 * the first line of code below the comment: `ignore-line` on that line, `ignore-block` on it and
 * every line of the block it opens. A block is read from indentation, the way `terraform fmt` and
 * YAML lay one out: the lines below indented deeper, an HCL closing bracket at the opening line's
 * own indentation, and in YAML the sequence items a key holds at its own indentation. A comment at
 * the top of a YAML document covers the document.
 */
import type { CommentSyntax, LineComments } from './comments.js';
import type { Directive } from './types.js';

/** Lines (1-based, inclusive) a KICS directive covers; undefined when no code follows it. */
export interface KicsTarget {
  from: number;
  to: number;
}

export function kicsTarget(directive: Directive, lines: LineComments[], ends: number[]): KicsTarget | undefined {
  if (directive.kics === 'disable') return { from: 1, to: lines.length };
  const from = nextCodeLine(lines, directive.range.startLine);
  if (from === undefined) return undefined;
  return { from, to: directive.kics === 'ignore-block' ? Math.max(from, ends[from] ?? from) : from };
}

/** The first line of code after `line`, over comment-only lines; none across a blank line. */
function nextCodeLine(lines: LineComments[], line: number): number | undefined {
  for (let at = line + 1; at <= lines.length; at++) {
    const info = lines[at - 1];
    if (info.blank || info.documentStart) return undefined;
    if (!info.commentOnly) return at;
  }
  return undefined;
}

interface Open {
  line: number;
  indent: number;
  listItem: boolean;
}

/**
 * For every line of code, the last line of the block it opens (itself when it opens none), in
 * one pass with a stack of the lines still open: linear in the file.
 */
export function blockEnds(lines: LineComments[], syntax: CommentSyntax): number[] {
  const ends: number[] = new Array<number>(lines.length + 1).fill(0);
  const open: Open[] = [];
  let lastCode = 0;
  let documentTop = 0;
  const endDocument = () => {
    for (const entry of open.splice(0)) ends[entry.line] = lastCode;
    if (documentTop > 0) ends[documentTop] = lastCode;
    documentTop = 0;
  };
  for (const info of lines) {
    if (info.documentStart) endDocument();
    if (info.blank || info.commentOnly || info.documentStart) continue;
    if (syntax === 'yaml' && documentTop === 0) documentTop = info.line;
    const closed = closeBlocks(open, info, ends, lastCode);
    if (!closed) open.push({ line: info.line, indent: info.indent, listItem: info.listItem });
    lastCode = info.line;
  }
  endDocument();
  return ends;
}

/** Ends the blocks `info` is not inside; true when it is the closing bracket of one (it opens nothing). */
function closeBlocks(open: Open[], info: LineComments, ends: number[], lastCode: number): boolean {
  while (open.length > 0) {
    const top = open[open.length - 1];
    if (info.indent > top.indent) return false;
    // YAML lets a key hold its sequence at the key's own indentation
    if (info.indent === top.indent && info.listItem && !top.listItem) return false;
    open.pop();
    if (info.closer && info.indent === top.indent) {
      ends[top.line] = info.line;
      return true;
    }
    ends[top.line] = lastCode;
  }
  return false;
}
