import type { HclExpr } from '../hcl-types.js';
import type { ExprParser } from './parse-expr.js';
import { readForHead, type ForHead } from './parse-for.js';
import { HclSyntaxError } from './scanner.js';
import { assemble, dedent, HOLE, unescapeHeredoc, unescapeQuoted, type Mark, type MarkHead } from './template-parts.js';

/**
 * Quoted strings and heredocs: literal text is scanned character by character (it is not made of
 * tokens), and each `${…}` or `%{…}` is a mark whose expression the expression parser reads.
 * The literal text between marks is sliced from the source, unescaped, dedented (`<<-`) and
 * stripped (`~`) afterwards, then marks and literals are assembled into template parts.
 */

/** `${` or `%{` at `at` (not the escapes `$${` / `%%{`): a mark; its end is after the `}`. */
function readMark(parser: ExprParser, at: number): Mark {
  const scanner = parser.scanner;
  const isDirective = scanner.text[at] === '%';
  scanner.seek(at + 2);
  return parser.inside(() => {
    const stripBefore = scanner.eat('~') !== undefined;
    const mark = isDirective ? readDirective(parser, at) : readInterpolation(parser, at);
    const stripAfter = scanner.eat('~') !== undefined;
    scanner.expect('}', isDirective ? '"}" closing "%{"' : '"}" closing "${"');
    const mark2: Mark = { ...mark, stripBefore, stripAfter, start: at, end: scanner.lastEnd };
    return mark2;
  });
}

function readInterpolation(parser: ExprParser, at: number): MarkHead {
  const scanner = parser.scanner;
  const next = scanner.peek();
  if (next.kind === '}' || (next.kind === '~' && scanner.text[next.end] === '}')) {
    return { kind: 'interpolation', expr: parser.other(at, next.kind === '}' ? next.end : next.end + 1, 'template_interpolation') };
  }
  return { kind: 'interpolation', expr: parser.expression() };
}

function readDirective(parser: ExprParser, at: number): MarkHead {
  const scanner = parser.scanner;
  const keyword = scanner.peek();
  const word = keyword.kind === 'ident' ? scanner.tokenText(keyword) : '';
  if (word === 'for') {
    const head: ForHead = readForHead(parser);
    return { kind: 'for', head };
  }
  scanner.next();
  if (word === 'if') return { kind: 'if', expr: parser.expression() };
  if (word === 'else' || word === 'endif' || word === 'endfor') return { kind: word };
  throw new HclSyntaxError(at, keyword.end, 'expected "if", "for", "else", "endif" or "endfor" after "%{"');
}

/** Runs of characters that neither end the text nor start a mark or escape: skipped at once. */
const PLAIN_QUOTED = /[^"\\$%\n]+/y;
const PLAIN_HEREDOC = /[^$%\n]+/y;

/** The marks and literal slices of template text from `from`, up to where `atEnd` says it ends. */
function scanTemplate(parser: ExprParser, from: number, escapes: boolean, atEnd: (i: number) => number | undefined): { marks: Mark[]; literals: string[]; end: number } {
  const text = parser.scanner.text;
  const marks: Mark[] = [];
  const literals: string[] = [];
  let cursor = from;
  let i = from;
  for (;;) {
    const end = atEnd(i);
    if (end !== undefined) {
      literals.push(text.slice(cursor, i));
      return { marks, literals, end };
    }
    const plain = escapes ? PLAIN_QUOTED : PLAIN_HEREDOC;
    plain.lastIndex = i;
    if (plain.test(text)) {
      i = plain.lastIndex;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && escapes) i += 2;
    else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) i += 3;
    else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
      literals.push(text.slice(cursor, i));
      const mark = readMark(parser, i);
      marks.push(mark);
      i = cursor = mark.end;
    } else i += 1;
  }
}

/** `"…"`: backslash escapes, no newline outside `${…}`. */
export function readQuoted(parser: ExprParser): HclExpr {
  const scanner = parser.scanner;
  const open = scanner.next();
  const text = scanner.text;
  const atEnd = (i: number): number | undefined => {
    if (text.charCodeAt(i) === 34) return i + 1;
    if (i >= text.length || text.charCodeAt(i) === 10) throw new HclSyntaxError(open.start, i, 'unterminated string: a quoted string ends on the line it starts');
    return undefined;
  };
  const { marks, literals, end } = scanTemplate(parser, open.end, true, atEnd);
  scanner.seek(end);
  scanner.lastEnd = end;
  return assemble(parser, open.start, end, literals.map(unescapeQuoted), marks);
}

/** `<<EOT` / `<<-EOT`: the lines up to a line holding only the marker; `<<-` dedents them. */
export function readHeredoc(parser: ExprParser): HclExpr {
  const scanner = parser.scanner;
  const open = scanner.next();
  const strip = scanner.text[open.end - 1] === '-';
  const id = scanner.tokenText(scanner.expect('ident', 'a heredoc marker'));
  const text = scanner.text;
  let from = scanner.lastEnd;
  if (text[from] === '\r') from += 1;
  if (text[from] !== '\n') throw new HclSyntaxError(open.start, from, 'a heredoc marker must end its line');
  const atEnd = (i: number): number | undefined => {
    if (i >= text.length) throw new HclSyntaxError(open.start, scanner.lastEnd, `unterminated heredoc: no line "${id.slice(0, 40)}" closes it`);
    if (i !== 0 && text.charCodeAt(i - 1) !== 10) return undefined;
    let j = i;
    while (text[j] === ' ' || text[j] === '\t') j += 1;
    if (!text.startsWith(id, j)) return undefined;
    const after = j + id.length;
    const c = text[after];
    return after === text.length || c === '\n' || (c === '\r' && text[after + 1] === '\n') ? after : undefined;
  };
  const { marks, literals, end } = scanTemplate(parser, from + 1, false, atEnd);
  scanner.seek(end);
  scanner.lastEnd = end;
  if (literals.some((l) => l.includes(HOLE))) throw new HclSyntaxError(open.start, end, 'a NUL character in a heredoc');
  const joined = literals.join(HOLE);
  return assemble(parser, open.start, end, (strip ? dedent(joined) : joined).split(HOLE).map(unescapeHeredoc), marks);
}
