import { isDeepStrictEqual } from 'node:util';
import { MAX_NESTING_DEPTH } from '../../model/limits.js';
import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { asRecord } from './convert.js';
import { isPrimitive } from './functions.js';
import { resolveValue, type ConditionValue, type TemplateContext } from './resolve.js';

/**
 * Evaluates every entry of `Conditions` with the context's parameter values. Logic is
 * three-valued, so a known operand can decide an expression whose other operand is unknown
 * (`Fn::And` with one false is false), as it would in CloudFormation whatever the unknown is.
 * A malformed condition, or one that refers to itself, is unknown.
 */
export function evaluateConditions(template: Record<string, unknown>, ctx: TemplateContext): Map<string, ConditionValue> {
  const definitions = asRecord(template.Conditions) ?? {};
  const values = new Map<string, ConditionValue>();
  const evaluating = new Set<string>();
  const byName = (name: string): ConditionValue => {
    const known = values.get(name);
    if (known !== undefined) return known;
    if (!(name in definitions)) return unknownValue(`condition ${name} is not declared`);
    if (evaluating.has(name)) return unknownValue(`condition ${name} refers to itself`);
    // Each condition named on the way is a stack frame: a chain thousands long would overflow.
    if (evaluating.size >= MAX_NESTING_DEPTH) return unknownValue(CHAIN_TOO_DEEP);
    evaluating.add(name);
    const value = evaluate(definitions[name], ctx, byName);
    evaluating.delete(name);
    values.set(name, value);
    return value;
  };
  for (const name of Object.keys(definitions)) byName(name);
  return values;
}

/** Why a condition at the end of too long a chain of `Condition` references is unknown. */
export const CHAIN_TOO_DEEP = `conditions refer to conditions more than ${MAX_NESTING_DEPTH} deep`;

type ByName = (name: string) => ConditionValue;

function evaluate(expression: unknown, ctx: TemplateContext, byName: ByName): ConditionValue {
  const record = asRecord(expression);
  const keys = record ? Object.keys(record) : [];
  if (!record || keys.length !== 1) return literal(expression);
  const [fn] = keys;
  const arg = record[fn];
  switch (fn) {
    case 'Condition':
      return typeof arg === 'string' ? byName(arg) : unknownValue('malformed Condition');
    case 'Fn::Not':
      return not(Array.isArray(arg) && arg.length === 1 ? evaluate(arg[0], ctx, byName) : unknownValue('malformed Fn::Not'));
    case 'Fn::And':
    case 'Fn::Or':
      return combine(fn, arg, ctx, byName);
    case 'Fn::Equals':
      return equals(arg, ctx);
    default:
      return literal(resolveValue(expression, ctx));
  }
}

/** A condition may also be a Ref or FindInMap resolving to "true" or "false". */
function literal(value: unknown): ConditionValue {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return isUnknown(value) ? value : unknownValue('a condition that is not a boolean');
}

function not(value: ConditionValue): ConditionValue {
  return typeof value === 'boolean' ? !value : value;
}

/** And: false if any operand is false; Or: true if any is true; otherwise unknown if any is. */
function combine(fn: 'Fn::And' | 'Fn::Or', arg: unknown, ctx: TemplateContext, byName: ByName): ConditionValue {
  if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) return unknownValue(`malformed ${fn}`);
  const decisive = fn === 'Fn::Or';
  let unknown: UnknownValue | undefined;
  for (const operand of arg) {
    const value = evaluate(operand, ctx, byName);
    if (value === decisive) return decisive;
    if (isUnknown(value)) unknown ??= value;
  }
  return unknown ?? !decisive;
}

/** CloudFormation compares the values as strings: `!Equals [!Ref Port, 22]` is true for "22". */
function equals(arg: unknown, ctx: TemplateContext): ConditionValue {
  if (!Array.isArray(arg) || arg.length !== 2) return unknownValue('malformed Fn::Equals');
  const [a, b] = arg.map((value) => resolveValue(value, ctx));
  for (const value of [a, b]) if (containsUnknown(value)) return unknownFrom(value);
  if (isPrimitive(a) && isPrimitive(b)) return String(a) === String(b);
  return isDeepStrictEqual(a, b);
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  return value !== null && typeof value === 'object' && Object.values(value).some(containsUnknown);
}

function unknownFrom(value: unknown): UnknownValue {
  return isUnknown(value) ? value : unknownValue('Fn::Equals over a list with unknown items');
}
