/**
 * Finds the comments of an HCL or YAML file, line by line, without a full parser: enough to
 * tell a comment from a `#` inside a string, and a comment-only line from a line of code.
 * HCL has `#`, `//` and `/* … *\/`; YAML has `#` at the start or after whitespace.
 */

export type CommentSyntax = 'hcl' | 'yaml';

export interface LineComments {
  /** 1-based line number. */
  line: number;
  /** No code on the line: only comments and whitespace (or blank). */
  commentOnly: boolean;
  blank: boolean;
  /** Column of the first non-blank character, 0-based. */
  indent: number;
  /** A YAML document marker (`---`), which ends a walk up through a document. */
  documentStart: boolean;
  /** HCL: a top-level block opens on this line (`resource "aws_s3_bucket_versioning" "x" {`). */
  blockHeader: boolean;
  /** The code starts with a closing bracket (`}`, `]`, `)`): the end of the block above. */
  closer: boolean;
  /** YAML: the code starts a sequence item (`- name: x`). */
  listItem: boolean;
  comments: string[];
}

/** Comment syntax from the file name; undefined for formats without comments (JSON). */
export function commentSyntaxOf(path: string): CommentSyntax | undefined {
  if (/\.(tf|hcl|tfvars)$/i.test(path)) return 'hcl';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

/** A block type at column 0, then labels (quoted or bare), then `{`. */
const HCL_BLOCK_HEADER = /^[A-Za-z_][\w-]*(\s+("[^"]*"|[A-Za-z_][\w-]*))*\s*\{/;
const CLOSER = /^\s*[}\])]/;
const LIST_ITEM = /^\s*-(\s|$)/;

export function scanComments(text: string, syntax: CommentSyntax): LineComments[] {
  const result: LineComments[] = [];
  let inBlock = false;
  text.split(/\r?\n/).forEach((source, index) => {
    const inBlockAtStart = inBlock;
    const scanned = scanLine(source, syntax, inBlock);
    inBlock = scanned.inBlock;
    result.push({
      line: index + 1,
      commentOnly: !scanned.code,
      blank: source.trim() === '',
      indent: source.length - source.trimStart().length,
      documentStart: syntax === 'yaml' && /^---(\s|$)/.test(source),
      blockHeader: syntax === 'hcl' && !inBlockAtStart && HCL_BLOCK_HEADER.test(source),
      closer: scanned.code && CLOSER.test(source),
      listItem: syntax === 'yaml' && scanned.code && LIST_ITEM.test(source),
      comments: scanned.comments,
    });
  });
  return result;
}

interface ScannedLine {
  code: boolean;
  comments: string[];
  inBlock: boolean;
}

/** One line; `inBlock` carries an open HCL block comment across lines. */
function scanLine(line: string, syntax: CommentSyntax, inBlock: boolean): ScannedLine {
  const comments: string[] = [];
  let code = false;
  let quote: string | undefined;
  let i = 0;
  while (i < line.length) {
    if (inBlock) {
      const end = line.indexOf('*/', i);
      comments.push(line.slice(i, end === -1 ? line.length : end));
      if (end === -1) return { code, comments, inBlock: true };
      inBlock = false;
      i = end + 2;
      continue;
    }
    const char = line[i];
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (isLineComment(line, i, syntax)) {
      comments.push(line.slice(i + (char === '#' ? 1 : 2)));
      return { code, comments, inBlock };
    } else if (syntax === 'hcl' && line.startsWith('/*', i)) {
      inBlock = true;
      i += 2;
      continue;
    } else if (opensQuote(line, i, syntax)) {
      quote = char;
    }
    if (!/\s/.test(char)) code = true;
    i++;
  }
  return { code, comments, inBlock };
}

function isLineComment(line: string, i: number, syntax: CommentSyntax): boolean {
  if (line[i] === '#') return syntax === 'hcl' || i === 0 || /\s/.test(line[i - 1]);
  return syntax === 'hcl' && line.startsWith('//', i);
}

/** HCL strings are double-quoted; a YAML quote opens a scalar only where a scalar can start. */
function opensQuote(line: string, i: number, syntax: CommentSyntax): boolean {
  if (syntax === 'hcl') return line[i] === '"';
  if (line[i] !== '"' && line[i] !== "'") return false;
  const before = line.slice(0, i).trimEnd();
  return before === '' || /[:[{,-]$/.test(before);
}
