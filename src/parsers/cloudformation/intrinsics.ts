import { isScalar, type Node } from 'yaml';
import type { AttributePath } from '../../model/source.js';
import type { YamlWalker } from '../common/yaml-positions.js';
import { INTRINSICS } from './schema.js';

/**
 * Turns a short-form intrinsic into its long form, as CloudFormation does before evaluating:
 * `!Ref X` → `{"Ref": "X"}`, `!GetAtt A.B.C` → `{"Fn::GetAtt": ["A", "B.C"]}`, `!If [...]` →
 * `{"Fn::If": [...]}`. Inner values keep their own positions; values split out of one scalar
 * share the scalar's position. Returns undefined for tags that are not intrinsics.
 */
export function convertIntrinsic(node: Node, path: AttributePath, walker: YamlWalker): unknown {
  const fn = node.tag ? INTRINSICS.get(node.tag) : undefined;
  if (!fn) return undefined;
  const inner = [...path, fn];
  walker.record(inner, node);
  if (!isScalar(node)) return { [fn]: walker.walkWrapped(node, inner) };
  // An empty `!GetAZs` means the current region, like `!GetAZs ""`.
  const text = node.value === null || node.value === undefined ? '' : String(node.value);
  if (fn !== 'Fn::GetAtt') return { [fn]: text };
  const dot = text.indexOf('.');
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  parts.forEach((_, i) => walker.record([...inner, i], node));
  return { [fn]: parts };
}
