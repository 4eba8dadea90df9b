import { isUnknown, unknownValue } from '../../model/index.js';
import type { HclExpr, HclTraversal } from '../../parsers/terraform/index.js';

/** What an expression can see. Values are plain JSON, with `UnknownValue` where unresolved. */
export interface EvalScope {
  vars: ReadonlyMap<string, unknown>;
  locals: ReadonlyMap<string, unknown>;
  /** `count`, `each` and dynamic-block iterators of the instance being evaluated. */
  bindings: Readonly<Record<string, unknown>>;
}

export const EMPTY_SCOPE: EvalScope = { vars: new Map(), locals: new Map(), bindings: {} };

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsUnknown);
  return false;
}

function rootValue(expr: HclTraversal, scope: EvalScope): { value: unknown; used: number } {
  const first = expr.steps[0];
  const name = first !== undefined && 'attr' in first ? first.attr : undefined;
  if (expr.root in scope.bindings) return { value: scope.bindings[expr.root], used: 0 };
  if (expr.root === 'var' && name !== undefined) {
    return { value: scope.vars.has(name) ? scope.vars.get(name) : unknownValue(`var.${name} is not declared`), used: 1 };
  }
  if (expr.root === 'local' && name !== undefined) {
    return { value: scope.locals.has(name) ? scope.locals.get(name) : unknownValue(`local.${name} is not resolved`), used: 1 };
  }
  const why =
    expr.root === 'data' ? 'is read from a data source' : expr.root === 'module' ? 'is a module output (modules are not followed yet)' : 'is only known after apply';
  return { value: unknownValue(`${expr.text} ${why}`), used: expr.steps.length };
}

function step(value: unknown, key: unknown, text: string): unknown {
  if (isUnknown(value)) return value;
  if (isUnknown(key)) return unknownValue(`${text} has an unknown index`);
  if (Array.isArray(value) && typeof key === 'number') return value[key] ?? unknownValue(`${text}: index ${key} is out of range`);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (typeof key === 'string' || typeof key === 'number')) {
    const record = value as Record<string, unknown>;
    return String(key) in record ? record[String(key)] : unknownValue(`${text}: no key "${String(key)}"`);
  }
  return unknownValue(`${text} cannot be resolved`);
}

function traversal(expr: HclTraversal, scope: EvalScope): unknown {
  const { value: start, used } = rootValue(expr, scope);
  let value = start;
  for (const s of expr.steps.slice(used)) {
    if ('splat' in s) return isUnknown(value) ? value : unknownValue(`${expr.text}: splat expressions are not evaluated yet`);
    value = step(value, 'attr' in s ? s.attr : evaluate(s.index, scope), expr.text);
  }
  return value;
}

function template(parts: HclExpr[], scope: EvalScope, text: string): unknown {
  const values = parts.map((p) => evaluate(p, scope));
  // HCL: a template that is one interpolation yields the value itself, not its string form
  if (parts.length === 1 && parts[0].kind !== 'literal') return values[0];
  let out = '';
  for (const v of values) {
    if (isUnknown(v)) return unknownValue(`${text}: ${v.reason ?? 'a part is unknown'}`);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out += String(v);
    else return unknownValue(`${text}: a part is not a string`);
  }
  return out;
}

function object(expr: Extract<HclExpr, { kind: 'object' }>, scope: EvalScope): unknown {
  const out: Record<string, unknown> = {};
  for (const item of expr.items) {
    const key = evaluate(item.key, scope);
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') return unknownValue(`${expr.text}: a key is unknown`);
    out[String(key)] = evaluate(item.value, scope);
  }
  return out;
}

/**
 * Resolves what can be known before apply: literals, variables, locals, count/each, templates of
 * known parts, tuples and objects. Function calls, conditionals, for-expressions, operators, data
 * sources and resource attributes are unknown: never guessed, never false.
 */
export function evaluate(expr: HclExpr, scope: EvalScope): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return template(expr.parts, scope, expr.text);
    case 'traversal':
      return traversal(expr, scope);
    case 'tuple':
      return expr.items.map((item) => evaluate(item, scope));
    case 'object':
      return object(expr, scope);
    case 'call':
      return unknownValue(`${expr.name}() is not evaluated yet`);
    default:
      return unknownValue(`${expr.nodeType.replace(/_/g, ' ')} is not evaluated yet`);
  }
}
