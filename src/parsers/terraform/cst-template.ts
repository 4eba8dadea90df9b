import type { Node } from 'web-tree-sitter';
import type { HclExpr } from './hcl-types.js';
import type { ExprReader } from './cst-expr.js';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Stands for an interpolation while heredoc text is dedented; cannot occur in HCL source. */
const HOLE = '\u0000';

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

/** Literal text and interpolations in source order, as `HclExpr` parts. */
function assemble(reader: ExprReader, whole: Node, literals: string[], holes: Node[]): HclExpr {
  const base = reader.base(whole);
  if (holes.length === 0) return { kind: 'literal', value: literals.join(''), ...base };
  const parts: HclExpr[] = [];
  literals.forEach((text, i) => {
    if (text !== '') parts.push({ kind: 'literal', value: text, ...base });
    const hole = holes[i];
    const inner = hole?.namedChildren.find((c) => c?.type === 'expression');
    if (hole !== undefined) parts.push(inner ? reader.read(inner) : reader.other(hole));
  });
  return { kind: 'template', parts, ...base };
}

/**
 * A quoted string. tree-sitter leaves whitespace next to `${…}` out of its literal nodes (it is
 * an "extra"), so the text between interpolations is sliced from the source instead.
 */
export function readQuotedTemplate(reader: ExprReader, node: Node, whole: Node): HclExpr {
  const children = node.children.filter((c): c is Node => c !== null);
  if (children.some((c) => c.type === 'template_directive')) return reader.other(whole, 'template_directive');
  const start = children.find((c) => c.type === 'quoted_template_start');
  const end = children.findLast((c) => c.type === 'quoted_template_end');
  const holes = children.filter((c) => c.type === 'template_interpolation');
  const literals: string[] = [];
  let cursor = start?.endIndex ?? node.startIndex;
  for (const hole of holes) {
    literals.push(unescapeQuoted(reader.source.slice(cursor, hole.startIndex)));
    cursor = hole.endIndex;
  }
  literals.push(unescapeQuoted(reader.source.slice(cursor, end?.startIndex ?? node.endIndex)));
  return assemble(reader, whole, literals, holes);
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
}

/** `<<EOT` / `<<-EOT`: the text between the marker lines, dedented for `<<-` as Terraform does. */
export function readHeredoc(reader: ExprReader, node: Node, whole: Node): HclExpr {
  const children = node.children.filter((c): c is Node => c !== null);
  if (children.some((c) => c.type === 'template_directive')) return reader.other(whole, 'template_directive');
  const strip = children.some((c) => c.type === 'heredoc_start' && c.text === '<<-');
  const markers = children.filter((c) => c.type === 'heredoc_identifier');
  const open = markers[0];
  const close = markers.length > 1 ? markers[markers.length - 1] : undefined;
  if (open === undefined || close === undefined) return reader.other(whole, 'heredoc_template');
  const src = reader.source;
  const from = src.indexOf('\n', open.endIndex) + 1;
  const to = src.lastIndexOf('\n', close.startIndex) + 1;
  const holes = children.filter((c) => c.type === 'template_interpolation');
  let text = '';
  let cursor = from;
  for (const hole of holes) {
    text += src.slice(cursor, hole.startIndex) + HOLE;
    cursor = hole.endIndex;
  }
  text += src.slice(cursor, Math.max(cursor, to));
  const literals = (strip ? dedent(text) : text).split(HOLE).map(unescapeHeredoc);
  return assemble(reader, whole, literals, holes);
}
