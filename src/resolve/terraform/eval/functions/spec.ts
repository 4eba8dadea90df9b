import type { HclExpr } from '../../../../parsers/terraform/index.js';
import type { EvalScope } from '../scope.js';

export interface CallContext {
  scope: EvalScope;
  evaluate: (expr: HclExpr, scope: EvalScope) => unknown;
}

/**
 * One Terraform function. `known: 'deep'` (the default) means any unknown inside an argument
 * makes the result unknown before `fn` runs; `'shallow'` lets `fn` see lists and maps holding
 * unknowns (concat, merge, length…), whose result does not depend on those elements; `'none'`
 * leaves every unknown to `fn` (coalesce stops at the first one). `fn` may
 * throw a `FunctionError` (or return a `failure`) for input Terraform rejects.
 */
export interface FunctionSpec {
  arity: [number, number?];
  known?: 'deep' | 'shallow' | 'none';
  fn: (args: unknown[], ctx: CallContext) => unknown;
}

export class FunctionError extends Error {}

/** Throws unless the condition holds: the message becomes the unknown's reason. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new FunctionError(message);
}

/** Input Terraform may well accept but posture-gate does not compute exactly: unknown, not an error. */
export class Unsupported extends Error {}
