import type { Node } from 'web-tree-sitter';
import type { HclExpr } from './hcl-types.js';
import type { ExprReader } from './cst-expr.js';

/** `for k, v in coll :` → variable names and the collection expression. */
export function readForIntro(reader: ExprReader, intro: Node): { keyVar?: string; valueVar: string; collection: HclExpr } | undefined {
  const names = intro.namedChildren.filter((c): c is Node => c?.type === 'identifier').map((c) => c.text);
  const collectionNode = intro.namedChildren.find((c) => c?.type === 'expression');
  if (collectionNode === undefined || collectionNode === null || names.length === 0) return undefined;
  const collection = reader.read(collectionNode);
  return names.length === 2 ? { keyVar: names[0], valueVar: names[1], collection } : { valueVar: names[0], collection };
}

/** `[for …]` (tuple) and `{for … => …}` (object), with an optional `if` and grouping `...`. */
export function readForExpr(reader: ExprReader, node: Node, whole: Node): HclExpr {
  const intro = node.namedChildren.find((c) => c?.type === 'for_intro');
  const head = intro ? readForIntro(reader, intro) : undefined;
  if (head === undefined) return reader.other(whole, node.type);
  const exprs = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => reader.read(c));
  const condNode = node.namedChildren.find((c) => c?.type === 'for_cond')?.namedChildren.find((c) => c?.type === 'expression');
  const condition = condNode ? reader.read(condNode) : undefined;
  const grouping = node.namedChildren.some((c) => c?.type === 'ellipsis');
  const isObject = node.type === 'for_object_expr';
  const [first, second] = exprs;
  if (first === undefined || (isObject && second === undefined)) return reader.other(whole, node.type);
  const body = isObject ? { key: first, value: second as HclExpr } : { value: first };
  return { kind: 'for', ...head, ...body, ...(condition ? { condition } : {}), grouping, ...reader.base(whole) };
}
