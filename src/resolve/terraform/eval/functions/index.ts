import type { HclCall, HclExpr } from '../../../../parsers/terraform/index.js';
import type { EvalScope } from '../scope.js';
import { containsFailure, containsUnknown, derived, failure as failureOf, firstUnknown, isFailure, isUnknown, originOf, sensitive, unknown, unmark } from '../values.js';
import { COLLECTION_FUNCTIONS } from './collections.js';
import { ENCODING_FUNCTIONS } from './encoding.js';
import { FILE_FUNCTIONS } from './files.js';
import { NETWORK_FUNCTIONS } from './network.js';
import { NUMERIC_FUNCTIONS } from './numeric.js';
import { SET_FUNCTIONS } from './sets.js';
import { STRING_FUNCTIONS } from './strings.js';
import { TYPE_FUNCTIONS } from './types.js';
import { Unsupported, type CallContext, type FunctionSpec } from './spec.js';
import { LimitExceeded } from '../../budget.js';
import { COSTS } from './costs.js';

export type { CallContext, FunctionSpec } from './spec.js';

const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({ ...COLLECTION_FUNCTIONS, ...ENCODING_FUNCTIONS, ...FILE_FUNCTIONS, ...NETWORK_FUNCTIONS, ...NUMERIC_FUNCTIONS, ...SET_FUNCTIONS, ...STRING_FUNCTIONS, ...TYPE_FUNCTIONS }),
);

/** Functions whose result depends on when or where Terraform runs: never known to a scanner. */
const IMPURE = new Set(['timestamp', 'uuid', 'uuidv5', 'bcrypt', 'plantimestamp', 'abspath', 'pathexpand', 'shell', 'rsadecrypt']);

/**
 * Functions whose unknown result is their argument itself (`one(aws_s3_bucket.b[*].id)`): it keeps
 * the argument's origin. Any other function computes a new value, which does not.
 */
const SAME_VALUE = new Set(['one', 'element', 'coalesce', 'tostring', 'nonsensitive']);

/** `try`: the first argument that evaluates without error; a genuinely unknown one makes it unknown. */
function tryArgs(args: HclExpr[], scope: EvalScope, evaluate: (e: HclExpr, s: EvalScope) => unknown): unknown {
  let last: unknown = unknown('try() has no arguments');
  for (const arg of args) {
    const value = evaluate(arg, scope);
    if (containsFailure(value)) {
      last = firstUnknown(value);
      continue;
    }
    return containsUnknown(value) ? unknown(`try(): ${arg.text} is unknown, so whether it fails is unknown`, originOf(value)) : value;
  }
  return last;
}

function canArg(arg: HclExpr | undefined, scope: EvalScope, evaluate: (e: HclExpr, s: EvalScope) => unknown): unknown {
  if (arg === undefined) return unknown('can() needs one argument');
  const value = evaluate(arg, scope);
  if (containsFailure(value)) return false;
  return containsUnknown(value) ? unknown(`can(): ${arg.text} is unknown`) : true;
}

/** Evaluated arguments, with `f(a, list...)` spread. */
function argumentValues(expr: HclCall, scope: EvalScope, evaluate: (e: HclExpr, s: EvalScope) => unknown): unknown[] | { spreadFailed: unknown } {
  const values = expr.args.map((a) => evaluate(a, scope));
  if (!expr.expandLast) return values;
  const last = values.pop();
  if (Array.isArray(last)) return [...values, ...last];
  return { spreadFailed: isUnknown(last) ? last : unknown(`${expr.name}(...): the expanded argument is not a list`) };
}

/**
 * Calls a Terraform function. Sensitive marks are taken off the arguments and put back on the
 * result; an unknown argument gives an unknown result (unless the function looks only at the
 * argument's shape); a wrong type or arity gives an unknown that `try`/`can` treat as an error.
 */
export function callFunction(expr: HclCall, scope: EvalScope, evaluate: (e: HclExpr, s: EvalScope) => unknown): unknown {
  const name = expr.name.replace(/^provider::[^:]+::/, '');
  if (name === 'try') return tryArgs(expr.args, scope, evaluate);
  if (name === 'can') return canArg(expr.args[0], scope, evaluate);
  if (IMPURE.has(name)) return unknown(`${name}() depends on when and where Terraform runs`);
  const spec = FUNCTIONS.get(name);
  if (spec === undefined) return unknown(`${name}() is not evaluated by posture-gate`);
  const raw = argumentValues(expr, scope, evaluate);
  if (!Array.isArray(raw)) return raw.spreadFailed;
  if (name === 'sensitive') return sensitive(raw[0]);
  const unmarked = raw.map(unmark);
  const marked = unmarked.some((a) => a.sensitive);
  const args = unmarked.map((a) => a.value);
  const result = charged(expr, name, () => (SAME_VALUE.has(name) ? invoke(name, spec, args, { scope, evaluate }) : derived(invoke(name, spec, args, { scope, evaluate }))), args, scope);
  return marked && name !== 'nonsensitive' ? sensitive(result) : result;
}

/** Charges what the function may build before it runs (COSTS), then what it built; the call's line if over. */
function charged(expr: HclCall, name: string, run: () => unknown, args: unknown[], scope: EvalScope): unknown {
  const budget = scope.budget;
  if (budget === undefined) return run();
  try {
    const cost = COSTS[name]?.(args) ?? {};
    if (cost.elements !== undefined) budget.charge('elements', cost.elements, `${name}()`, expr);
    if (cost.characters !== undefined) budget.charge('characters', cost.characters, `${name}()`, expr);
    return budget.chargeValue(run(), `${name}()`, expr);
  } catch (error) {
    if (error instanceof LimitExceeded) error.range ??= expr.range;
    throw error;
  }
}

function invoke(name: string, spec: FunctionSpec, args: unknown[], ctx: CallContext): unknown {
  const [min, max] = spec.arity;
  if (args.length < min || (max !== undefined && args.length > max)) return failureOf(`${name}() takes ${describeArity(min, max)} arguments, not ${args.length}`);
  const blocking = spec.known === 'none' ? undefined : spec.known === 'shallow' ? args.find(isUnknown) : args.find(containsUnknown);
  if (blocking !== undefined) {
    if (isFailure(firstUnknown(blocking))) return firstUnknown(blocking);
    const same = SAME_VALUE.has(name) && blocking === args[0] ? originOf(blocking) : undefined;
    return unknown(`${name}(): ${firstUnknown(blocking)?.reason ?? 'an argument is unknown'}`, same);
  }
  try {
    return spec.fn(args, ctx);
  } catch (error) {
    // over the budget, or a string or array longer than the engine allows: not Terraform's error
    if (error instanceof LimitExceeded) throw error;
    if (error instanceof RangeError) throw new LimitExceeded(`${name}(): ${error.message}`);
    if (error instanceof Unsupported) return unknown(`${name}(): ${error.message}`);
    // a function implementation throwing is a bug or an input Terraform rejects: unknown, never a crash
    return failureOf(`${name}(): ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describeArity(min: number, max: number | undefined): string {
  if (max === undefined) return `at least ${min}`;
  return min === max ? String(min) : `${min} to ${max}`;
}
