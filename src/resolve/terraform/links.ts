import type { HclExpr } from '../../parsers/terraform/index.js';
import { evaluate, type EvalScope } from './evaluate.js';

/**
 * Which parent instance a sub-resource's reference names: `aws_s3_bucket.b.id`,
 * `aws_s3_bucket.b[count.index].bucket`, `"${aws_security_group.sg.id}"`. The index is evaluated
 * in the sub-resource's own scope, so `count.index` and `each.key` pair instances up.
 */
export function referencedId(expr: HclExpr | undefined, scope: EvalScope, parentType: string, attrs: string[]): string | undefined {
  if (expr?.kind === 'template' && expr.parts.length === 1) return referencedId(expr.parts[0], scope, parentType, attrs);
  if (expr?.kind !== 'traversal' || expr.root !== parentType) return undefined;
  const [nameStep, second, third] = expr.steps;
  if (nameStep === undefined || !('attr' in nameStep)) return undefined;
  const address = `${parentType}.${nameStep.attr}`;
  if (second !== undefined && 'attr' in second) return attrs.includes(second.attr) ? address : undefined;
  if (second === undefined || !('index' in second) || third === undefined || !('attr' in third) || !attrs.includes(third.attr)) return undefined;
  const index = evaluate(second.index, scope);
  return typeof index === 'string' || typeof index === 'number' ? `${address}[${JSON.stringify(index)}]` : `${address}[*]`;
}

/**
 * Finds the parent of a sub-resource among `parents` (id → parent): by reference first, then by
 * an equal literal value (a bucket name written twice), then the `[*]` stand-in of an unknown count.
 */
export function findParent<T>(
  expr: HclExpr | undefined,
  scope: EvalScope,
  parentType: string,
  attrs: string[],
  parents: Map<string, T>,
  sameValue?: (parent: T, value: unknown) => boolean,
): T | undefined {
  const id = referencedId(expr, scope, parentType, attrs);
  if (id !== undefined) return parents.get(id) ?? parents.get(`${withoutLastIndex(id)}[*]`);
  if (expr === undefined || sameValue === undefined) return undefined;
  const value = evaluate(expr, scope);
  if (typeof value !== 'string') return undefined;
  return [...parents.values()].find((p) => sameValue(p, value));
}

/** `a.b["k"]` → `a.b`: drops a trailing `[…]` (with no `]` inside); a scan, not a regex retried from every `[`. */
export function withoutLastIndex(id: string): string {
  if (!id.endsWith(']')) return id;
  const open = id.indexOf('[', id.lastIndexOf(']', id.length - 2) + 1);
  return open >= 0 && open < id.length - 1 ? id.slice(0, open) : id;
}
