import type { HclConditional, HclExpr, HclTraversal } from '../../../parsers/terraform/index.js';
import { asBool } from './convert.js';
import { evaluateFor } from './for-expr.js';
import { callFunction } from './functions/index.js';
import { binary, unary } from './operators.js';
import type { EvalScope, Lookup } from './scope.js';
import { evaluateTemplate } from './template.js';
import { applySteps } from './traverse.js';
import { asString } from './convert.js';
import { Budget, LIMITS } from '../budget.js';
import { containsUnknown, equal, failure, isFailure, isUnknown, originOf, sensitive, unknown, unmark } from './values.js';

const ROOT_REASONS: Record<string, string> = {
  data: 'is read from a data source',
  self: 'is only known after apply',
  terraform: 'depends on the workspace selected when Terraform runs',
};

/** The value a traversal's root names and how many of its steps that used up. */
function rootValue(expr: HclTraversal, scope: EvalScope): { value: unknown; used: number } {
  const first = expr.steps[0];
  const name = first !== undefined && 'attr' in first ? first.attr : undefined;
  if (Object.hasOwn(scope.bindings, expr.root)) return { value: scope.bindings[expr.root], used: 0 };
  const named = (map: Lookup | undefined, missing: string): { value: unknown; used: number } => ({
    value: map?.has(name ?? '') ? map.get(name ?? '') : unknown(`${expr.root}.${name ?? ''} ${missing}`),
    used: 1,
  });
  if (name !== undefined) {
    if (expr.root === 'var') return named(scope.vars, 'is not declared');
    if (expr.root === 'local') return named(scope.locals, 'is not resolved');
    if (expr.root === 'module') return named(scope.modules, 'is not a resolved module call');
    if (expr.root === 'path' && scope.path !== undefined && (name === 'module' || name === 'root')) return { value: scope.path[name], used: 1 };
  }
  const configured = ROOT_REASONS[expr.root] === undefined ? scope.resources?.resolve(expr.root, expr.steps, (e) => evaluate(e, scope)) : undefined;
  if (configured !== undefined) return configured;
  const why = ROOT_REASONS[expr.root] ?? (expr.root === 'path' ? 'is the machine-specific working directory' : 'is only known after apply');
  return { value: unknown(`${expr.text} ${why}`), used: expr.steps.length };
}

function conditional(expr: HclConditional, scope: EvalScope): unknown {
  const { value, sensitive: marked } = unmark(evaluate(expr.condition, scope));
  const condition = asBool(value, 'condition');
  const then = evaluate(expr.then, scope);
  const otherwise = evaluate(expr.else, scope);
  let result: unknown;
  if (!isUnknown(condition)) result = unifyBranch(condition === true ? then : otherwise, condition === true ? otherwise : then);
  // both branches the same known value: the condition does not matter
  else if (!containsUnknown(then) && equal(then, otherwise)) result = then;
  else result = unknown(`${expr.text}: the condition is unknown (${condition.reason ?? ''})`, eitherOrigin(then, otherwise));
  return marked ? sensitive(result) : result;
}

/** On an unknown condition the value is one of the branches: both must say which value they are. */
function eitherOrigin(then: unknown, otherwise: unknown): string[] | undefined {
  const [a, b] = [originOf(then), originOf(otherwise)];
  if (a === undefined || b === undefined || isFailure(then) || isFailure(otherwise)) return undefined;
  return [...a, ...b];
}

/**
 * HCL gives both branches one type: a number or bool chosen against a string branch becomes a
 * string (`true ? 1 : "x"` is "1"); number against bool has no common type (an error).
 */
function unifyBranch(chosen: unknown, other: unknown): unknown {
  const a = typeof unmark(chosen).value;
  const b = typeof unmark(other).value;
  const primitive = (t: string): boolean => t === 'string' || t === 'number' || t === 'boolean';
  if (other === null || isUnknown(other) || !primitive(a) || !primitive(b) || a === b) return chosen;
  if (a !== 'string' && b !== 'string') return failure('the branches of the conditional have no common type');
  return a === 'string' ? chosen : unmark(chosen).sensitive ? sensitive(asString(unmark(chosen).value)) : asString(chosen);
}

function object(expr: Extract<HclExpr, { kind: 'object' }>, scope: EvalScope): unknown {
  const out: Record<string, unknown> = {};
  for (const item of expr.items) {
    const key = asString(unmark(evaluate(item.key, scope)).value, 'object key');
    if (typeof key !== 'string') return isUnknown(key) ? key : unknown(`${expr.text}: a key is not a string`);
    out[key] = evaluate(item.value, scope);
  }
  return out;
}

/**
 * Evaluates an expression as Terraform would before apply. What cannot be known (data sources,
 * computed attributes, unset variables) is an `UnknownValue` with a reason; it propagates through
 * every operator and function, and an error Terraform would report also gives unknown. Never throws
 * for a well-formed `HclExpr`. The scope's budget bounds it (see budget.ts): an evaluation that
 * goes over it, or nests too deep, is unknown with a LIMIT_EXCEEDED diagnostic.
 */
export function evaluate(expr: HclExpr, scope: EvalScope): unknown {
  if (scope.budget === undefined) return evaluate(expr, { ...scope, budget: new Budget() });
  return scope.budget.depth === 0 ? evaluateIsolated(expr, scope) : nested(expr, scope);
}

/** The same as one unit of the budget: over it, this value alone is unknown (a local, an attribute). */
export function evaluateIsolated(expr: HclExpr, scope: EvalScope): unknown {
  if (scope.budget === undefined) return evaluate(expr, scope);
  const budget = scope.budget;
  // the value is charged again whole: it is what the resource (or every reader of a local) carries on
  return budget.isolate(expr, () => budget.chargeValue(nested(expr, scope), 'this value', expr));
}

/** A splat builds a list: it draws from the budget like any other. */
function splatCharged(expr: HclTraversal | Extract<HclExpr, { kind: 'access' }>, scope: EvalScope, value: unknown): unknown {
  return expr.steps.some((s) => 'splat' in s) ? scope.budget!.chargeValue(value, 'this splat', expr) : value;
}

/** One level deeper; past LIMITS.depth (a chain of locals counts too) the value is unknown. */
function nested(expr: HclExpr, scope: EvalScope): unknown {
  const budget = scope.budget!;
  if (budget.depth >= LIMITS.depth) return budget.exceeded(`expressions or references nested more than ${LIMITS.depth} deep`, expr.range);
  budget.depth += 1;
  try {
    return evaluateNode(expr, scope);
  } finally {
    budget.depth -= 1;
  }
}

function evaluateNode(expr: HclExpr, scope: EvalScope): unknown {
  const index = (s: { index: HclExpr }): unknown => evaluate(s.index, scope);
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return evaluateTemplate(expr.parts, scope, evaluate);
    case 'traversal': {
      const { value, used } = rootValue(expr, scope);
      return splatCharged(expr, scope, applySteps(value, expr.steps.slice(used), index, expr.text));
    }
    case 'access':
      return splatCharged(expr, scope, applySteps(evaluate(expr.target, scope), expr.steps, index, expr.text));
    case 'tuple':
      return scope.budget!.chargeValue(expr.items.map((item) => evaluate(item, scope)), 'this list', expr);
    case 'object':
      return scope.budget!.chargeValue(object(expr, scope), 'this object', expr);
    case 'call':
      return callFunction(expr, scope, evaluate);
    case 'conditional':
      return conditional(expr, scope);
    case 'binary':
      return binary(expr.operator, evaluate(expr.left, scope), evaluate(expr.right, scope));
    case 'unary':
      return unary(expr.operator, evaluate(expr.operand, scope));
    case 'for':
      return evaluateFor(expr, scope, evaluate);
    case 'template-if':
    case 'template-for':
      return evaluateTemplate([expr], scope, evaluate);
    default:
      return unknown(`${expr.nodeType.replace(/_/g, ' ')} cannot be evaluated`);
  }
}
