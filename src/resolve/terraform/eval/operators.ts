import type { HclBinaryOperator } from '../../../parsers/terraform/index.js';
import { asBool, asNumber } from './convert.js';
import { containsUnknown, derived, equal, firstUnknown, isUnknown, sensitive, failure, unmark } from './values.js';

function arithmetic(op: HclBinaryOperator, a: number, b: number): unknown {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? failure('division by zero') : a / b;
    case '%':
      return b === 0 ? failure('modulo by zero') : a % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

function logical(op: '&&' | '||', left: unknown, right: unknown): unknown {
  const a = asBool(left, `left of ${op}`);
  const b = asBool(right, `right of ${op}`);
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  return op === '&&' ? a === true && b === true : a === true || b === true;
}

/** Operands convert as HCL converts them; `==` compares without conversion (`1 == "1"` is false). */
function compute(op: HclBinaryOperator, left: unknown, right: unknown): unknown {
  if (op === '&&' || op === '||') return logical(op, left, right);
  if (containsUnknown(left) || containsUnknown(right)) return firstUnknown(left) ?? firstUnknown(right);
  if (op === '==' || op === '!=') return equal(left, right) === (op === '==');
  const a = asNumber(left, `left of ${op}`);
  const b = asNumber(right, `right of ${op}`);
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  return arithmetic(op, a as number, b as number);
}

export function binary(op: HclBinaryOperator, left: unknown, right: unknown): unknown {
  const l = unmark(left);
  const r = unmark(right);
  // a result computed from a reference is not that reference: it loses the unknown's origin
  const result = derived(compute(op, l.value, r.value));
  return l.sensitive || r.sensitive ? sensitive(result) : result;
}

export function unary(op: '-' | '!', operand: unknown): unknown {
  const { value, sensitive: marked } = unmark(operand);
  const converted = op === '!' ? asBool(value, 'operand of !') : asNumber(value, 'operand of -');
  const result = isUnknown(converted) ? derived(converted) : op === '!' ? !converted : -(converted as number);
  return marked ? sensitive(result) : result;
}
