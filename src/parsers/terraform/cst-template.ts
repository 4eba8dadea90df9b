import type { Node } from 'web-tree-sitter';
import type { HclExpr } from './hcl-types.js';
import type { ExprReader } from './cst-expr.js';
import { readForIntro } from './cst-for.js';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Stands for an interpolation or directive while heredoc text is dedented; cannot occur in HCL source. */
const HOLE = '\u0000';
/** Nodes that interrupt literal text; everything between two of them is literal. */
const MARKS = new Set(['template_interpolation', 'template_if_intro', 'template_else_intro', 'template_if_end', 'template_for_start', 'template_for_end']);
const CONTAINERS = new Set(['template_directive', 'template_if', 'template_for']);

/** HCL quoted-string escapes; `$${` and `%%{` are literal `${` and `%{`. */
export function unescapeQuoted(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, esc: string | undefined) => {
    if (esc === undefined) return match.slice(1);
    if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return ESCAPES[esc] ?? match;
  });
}

function unescapeHeredoc(text: string): string {
  return text.replace(/\$\$\{|%%\{/g, (match) => match.slice(1));
}

/** Interpolations and directive markers in source order, descending into `%{if}` / `%{for}`. */
function marks(node: Node): Node[] {
  return node.children.flatMap((c): Node[] => {
    if (c === null) return [];
    if (MARKS.has(c.type)) return [c];
    return CONTAINERS.has(c.type) ? marks(c) : [];
  });
}

/** `${~ …}` / `%{~ …}` strip whitespace before the mark, `… ~}` after it. */
function applyStripMarkers(literals: string[], found: Node[]): void {
  found.forEach((mark, i) => {
    const kids = mark.children.filter((c): c is Node => c !== null);
    if (kids[1]?.type === 'strip_marker') literals[i] = literals[i].trimEnd();
    if (kids[kids.length - 2]?.type === 'strip_marker') literals[i + 1] = literals[i + 1].trimStart();
  });
}

interface Frame {
  parts: HclExpr[];
  node?: Node;
  /** For `%{if}`: the `then` parts once `%{else}` was seen. */
  then?: HclExpr[];
}

/** One mark: an interpolation becomes a part; directive marks open and close nested part lists. */
function pushMark(reader: ExprReader, stack: Frame[], mark: Node): boolean {
  const top = stack[stack.length - 1];
  const inner = mark.namedChildren.find((c) => c?.type === 'expression');
  switch (mark.type) {
    case 'template_interpolation':
      top.parts.push(inner ? reader.read(inner) : reader.other(mark));
      return true;
    case 'template_if_intro':
    case 'template_for_start':
      stack.push({ parts: [], node: mark });
      return true;
    case 'template_else_intro':
      if (top.node?.type !== 'template_if_intro' || top.then !== undefined) return false;
      top.then = top.parts;
      top.parts = [];
      return true;
    default:
      return closeDirective(reader, stack, mark);
  }
}

function closeDirective(reader: ExprReader, stack: Frame[], mark: Node): boolean {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  const open = frame?.node;
  if (frame === undefined || parent === undefined || open === undefined) return false;
  const base = reader.base(open, mark);
  if (mark.type === 'template_if_end' && open.type === 'template_if_intro') {
    const cond = open.namedChildren.find((c) => c?.type === 'expression');
    if (!cond) return false;
    const [then, otherwise] = frame.then === undefined ? [frame.parts, []] : [frame.then, frame.parts];
    parent.parts.push({ kind: 'template-if', condition: reader.read(cond), then, else: otherwise, ...base });
    return true;
  }
  const head = open.type === 'template_for_start' ? readForIntro(reader, open) : undefined;
  if (mark.type !== 'template_for_end' || head === undefined) return false;
  parent.parts.push({ kind: 'template-for', ...head, body: frame.parts, ...base });
  return true;
}

/** Literal text and marks in source order → a literal (no marks) or a template of parts. */
function assemble(reader: ExprReader, whole: Node, literals: string[], found: Node[]): HclExpr {
  const base = reader.base(whole);
  if (found.length === 0) return { kind: 'literal', value: literals.join(''), ...base };
  const stack: Frame[] = [{ parts: [] }];
  for (let i = 0; i <= found.length; i++) {
    if (literals[i] !== '') stack[stack.length - 1].parts.push({ kind: 'literal', value: literals[i], ...base });
    const mark = found[i];
    if (mark !== undefined && !pushMark(reader, stack, mark)) return reader.other(whole, 'template_directive');
  }
  if (stack.length !== 1) return reader.other(whole, 'template_directive');
  return { kind: 'template', parts: stack[0].parts, ...base };
}

/** The source text between the marks, from `from` to `to`. */
function between(source: string, found: Node[], from: number, to: number): string[] {
  const out: string[] = [];
  let cursor = from;
  for (const mark of found) {
    out.push(source.slice(cursor, mark.startIndex));
    cursor = mark.endIndex;
  }
  out.push(source.slice(cursor, Math.max(cursor, to)));
  return out;
}

/**
 * A quoted string. tree-sitter leaves whitespace next to `${…}` out of its literal nodes (it is
 * an "extra"), so the text between interpolations is sliced from the source instead.
 */
export function readQuotedTemplate(reader: ExprReader, node: Node, whole: Node): HclExpr {
  const children = node.children.filter((c): c is Node => c !== null);
  const start = children.find((c) => c.type === 'quoted_template_start');
  const end = children.findLast((c) => c.type === 'quoted_template_end');
  const found = marks(node);
  const literals = between(reader.source, found, start?.endIndex ?? node.startIndex, end?.startIndex ?? node.endIndex).map(unescapeQuoted);
  applyStripMarkers(literals, found);
  return assemble(reader, whole, literals, found);
}

/** As HCL does: a line of only spaces and tabs neither sets the indent nor loses its own. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const blank = (l: string) => /^[ \t]*\r?$/.test(l);
  const indents = lines.filter((l) => !blank(l)).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : indents.reduce((a, b) => Math.min(a, b));
  return lines.map((l) => (blank(l) ? l : l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0)))).join('\n');
}

/** `<<EOT` / `<<-EOT`: the text between the marker lines, dedented for `<<-` as Terraform does. */
export function readHeredoc(reader: ExprReader, node: Node, whole: Node): HclExpr {
  const children = node.children.filter((c): c is Node => c !== null);
  const strip = children.some((c) => c.type === 'heredoc_start' && c.text === '<<-');
  const markers = children.filter((c) => c.type === 'heredoc_identifier');
  const open = markers[0];
  const close = markers.length > 1 ? markers[markers.length - 1] : undefined;
  if (open === undefined || close === undefined) return reader.other(whole, 'heredoc_template');
  const src = reader.source;
  const from = src.indexOf('\n', open.endIndex) + 1;
  const to = src.lastIndexOf('\n', close.startIndex) + 1;
  const found = marks(node);
  const text = between(src, found, from, to).join(HOLE);
  const literals = (strip ? dedent(text) : text).split(HOLE).map(unescapeHeredoc);
  applyStripMarkers(literals, found);
  return assemble(reader, whole, literals, found);
}
