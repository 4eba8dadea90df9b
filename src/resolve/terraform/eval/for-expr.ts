import type { HclExpr, HclFor } from '../../../parsers/terraform/index.js';
import { asBool, asString } from './convert.js';
import type { EvalScope } from './scope.js';
import { withBindings } from './scope.js';
import { compareStrings, failure, isFailure, isSet, isRecord, isSensitive, isUnknown, originOf, stepOrigin, unknown, withOrigin, type UnknownValue } from './values.js';

type Evaluate = (expr: HclExpr, scope: EvalScope) => unknown;

/** Key/value pairs of a collection in Terraform's iteration order (maps by key, lists by index). */
export function iterate(collection: unknown, what: string): [unknown, unknown][] | UnknownValue {
  if (isUnknown(collection)) return collection;
  if (isSensitive(collection)) return unknown(`${what}: iterating over a sensitive value is not evaluated`);
  if (Array.isArray(collection)) return collection.map((v, i) => [isSet(collection) ? v : i, v]);
  if (isRecord(collection)) return Object.keys(collection).sort(compareStrings).map((k) => [k, collection[k]]);
  return failure(`${what}: cannot iterate over a ${collection === null ? 'null value' : typeof collection}`);
}

/** The variables of one iteration: `for v in` binds the value, `for k, v in` both. */
export function loopBindings(keyVar: string | undefined, valueVar: string, key: unknown, value: unknown): Record<string, unknown> {
  return keyVar === undefined ? { [valueVar]: value } : { [keyVar]: key, [valueVar]: value };
}

/** `[for …]` / `{for …}`; an unknown collection, condition or key makes the whole result unknown. */
export function evaluateFor(expr: HclFor, scope: EvalScope, evaluate: Evaluate): unknown {
  const pairs = iterate(evaluate(expr.collection, scope), expr.text);
  if (!Array.isArray(pairs)) return expr.key === undefined ? elementsOrigin(expr, pairs, scope, evaluate) : withOrigin(pairs, undefined);
  const tuple: unknown[] = [];
  const object: Record<string, unknown> = {};
  for (const [k, v] of pairs) {
    const inner = withBindings(scope, loopBindings(expr.keyVar, expr.valueVar, k, v));
    if (expr.condition !== undefined) {
      const keep = asBool(evaluate(expr.condition, inner), 'for condition');
      if (isUnknown(keep)) return isFailure(keep) ? keep : unknown(`${expr.text}: the condition is unknown (${keep.reason ?? ''})`);
      if (keep === false) continue;
    }
    const value = evaluate(expr.value, inner);
    if (expr.key === undefined) {
      tuple.push(value);
      continue;
    }
    const converted = asString(evaluate(expr.key, inner), 'for key');
    if (isUnknown(converted)) return isFailure(converted) ? converted : unknown(`${expr.text}: a key is unknown`);
    const key = converted as string;
    if (expr.grouping) object[key] = [...((object[key] as unknown[] | undefined) ?? []), value];
    else if (Object.hasOwn(object, key)) return failure(`${expr.text}: duplicate key "${key}" (Terraform reports an error)`);
    else object[key] = value;
  }
  const result = expr.key === undefined ? tuple : object;
  return scope.budget?.chargeValue(result, 'this for expression', expr) ?? result;
}

/**
 * `[for b in aws_s3_bucket.b : b.id]` over an unknown collection: an unknown list whose elements
 * are `aws_s3_bucket.b[*].id`, found by evaluating the value with the element as `…[*]`.
 */
function elementsOrigin(expr: HclFor, collection: UnknownValue, scope: EvalScope, evaluate: Evaluate): UnknownValue {
  if (collection.origin === undefined || isFailure(collection)) return withOrigin(collection, undefined);
  const element = stepOrigin(collection, '[*]');
  const inner = withBindings(scope, loopBindings(expr.keyVar, expr.valueVar, unknown(`${expr.text}: the key is unknown`), element));
  return withOrigin(collection, originOf(evaluate(expr.value, inner)));
}
