import type { HclExpr } from '../hcl-types.js';
import type { ExprParser } from './parse-expr.js';
import type { ForHead } from './parse-for.js';
import { HclSyntaxError } from './scanner.js';

/** What a `${…}` or `%{…}` holds. */
export type MarkHead = { kind: 'interpolation'; expr: HclExpr } | { kind: 'if'; expr: HclExpr } | { kind: 'for'; head: ForHead } | { kind: 'else' | 'endif' | 'endfor' };

/** One `${…}` or `%{…}` of a template, in source order. */
export type Mark = { start: number; end: number; stripBefore: boolean; stripAfter: boolean } & MarkHead;

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Stands for a mark while heredoc text is dedented (a NUL in the text itself is refused). */
export const HOLE = '\u0000';

/** HCL quoted-string escapes; `$${` and `%%{` are literal `${` and `%{`. */
export function unescapeQuoted(text: string): string {
  if (!text.includes('\\') && !text.includes('$${') && !text.includes('%%{')) return text;
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, esc: string | undefined) => {
    if (esc === undefined) return match.slice(1);
    if (esc.length > 1) return String.fromCodePoint(Math.min(parseInt(esc.slice(1), 16), 0x10ffff));
    return ESCAPES[esc] ?? match;
  });
}

export function unescapeHeredoc(text: string): string {
  return text.replace(/\$\$\{|%%\{/g, (match) => match.slice(1));
}

const INDENT = /^[ \t]*/;

/** As HCL does: a line of only spaces and tabs neither sets the indent nor loses its own. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const blank = (l: string) => /^[ \t]*\r?$/.test(l);
  const indents = lines.filter((l) => !blank(l)).map((l) => INDENT.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : indents.reduce((a, b) => Math.min(a, b));
  return lines.map((l) => (blank(l) ? l : l.slice(Math.min(cut, INDENT.exec(l)?.[0].length ?? 0)))).join('\n');
}

/** `${~ …}` / `%{~ …}` strip whitespace before the mark, `… ~}` after it. */
function applyStripMarkers(literals: string[], marks: Mark[]): void {
  marks.forEach((mark, i) => {
    if (mark.stripBefore) literals[i] = literals[i].trimEnd();
    if (mark.stripAfter) literals[i + 1] = literals[i + 1].trimStart();
  });
}

interface Frame {
  parts: HclExpr[];
  open?: Mark;
  /** For `%{if}`: the `then` parts once `%{else}` was seen. */
  then?: HclExpr[];
}

function misplaced(mark: Mark): HclSyntaxError {
  return new HclSyntaxError(mark.start, mark.end, `unexpected "%{ ${mark.kind} }"`);
}

/** One mark: an interpolation becomes a part; directive marks open and close nested part lists. */
function pushMark(parser: ExprParser, stack: Frame[], mark: Mark): void {
  const top = stack[stack.length - 1];
  switch (mark.kind) {
    case 'interpolation':
      top.parts.push(mark.expr);
      return;
    case 'if':
    case 'for':
      stack.push({ parts: [], open: mark });
      return;
    case 'else':
      if (top.open?.kind !== 'if' || top.then !== undefined) throw misplaced(mark);
      top.then = top.parts;
      top.parts = [];
      return;
    default:
      closeDirective(parser, stack, mark);
  }
}

function closeDirective(parser: ExprParser, stack: Frame[], mark: Mark): void {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  const open = frame?.open;
  if (frame === undefined || parent === undefined || open === undefined) throw misplaced(mark);
  const base = parser.base(open.start, mark.end);
  if (mark.kind === 'endif' && open.kind === 'if') {
    const [then, otherwise] = frame.then === undefined ? [frame.parts, []] : [frame.then, frame.parts];
    parent.parts.push({ kind: 'template-if', condition: open.expr, then, else: otherwise, ...base });
    return;
  }
  if (mark.kind !== 'endfor' || open.kind !== 'for') throw misplaced(mark);
  parent.parts.push({ kind: 'template-for', ...open.head, body: frame.parts, ...base });
}

/** Literal text and marks in source order → a literal (no marks) or a template of parts. */
export function assemble(parser: ExprParser, start: number, end: number, literals: string[], marks: Mark[]): HclExpr {
  const base = parser.base(start, end);
  applyStripMarkers(literals, marks);
  if (marks.length === 0) return { kind: 'literal', value: literals.join(''), ...base };
  const stack: Frame[] = [{ parts: [] }];
  for (let i = 0; i <= marks.length; i++) {
    if (literals[i] !== '') stack[stack.length - 1].parts.push({ kind: 'literal', value: literals[i], ...base });
    const mark = marks[i];
    if (mark !== undefined) pushMark(parser, stack, mark);
  }
  const unclosed = stack[stack.length - 1].open;
  if (unclosed !== undefined) throw new HclSyntaxError(unclosed.start, unclosed.end, `"%{ ${unclosed.kind} }" is never closed`);
  return { kind: 'template', parts: stack[0].parts, ...base };
}
