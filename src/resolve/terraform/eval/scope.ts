import type { HclExpr, HclTraversalStep } from '../../../parsers/terraform/index.js';
import type { Budget } from '../budget.js';

/** Reads a file for `file()` / `templatefile()`; undefined when outside the scan root or unreadable. */
export interface FileAccess {
  /** `path` as Terraform resolves it: relative to the root module's directory, or absolute. */
  read(path: string): { text: string } | { error: string };
}

/** A read-only name → value lookup (a Map, or values computed on first use). */
export interface Lookup {
  has(name: string): boolean;
  get(name: string): unknown;
}

/** Resolves `type.name[key].attr` to the attribute as configured, when the configuration sets it. */
export interface ResourceRefs {
  resolve(root: string, steps: HclTraversalStep[], index: (expr: HclExpr) => unknown): { value: unknown; used: number } | undefined;
}

/** What an expression can see. Values are plain JSON with markers (see values.ts). */
export interface EvalScope {
  vars: Lookup;
  locals: Lookup;
  /** `count`, `each`, for-expression variables and dynamic-block iterators in effect. */
  bindings: Readonly<Record<string, unknown>>;
  /** `module.<name>`: the outputs of each called module (a list or map of them under count/for_each). */
  modules?: Lookup;
  /** `path.module` and `path.root`, relative to the root module as Terraform reports them. */
  path?: { module: string; root: string };
  files?: FileAccess;
  /** Resources of the module: configured attributes are known at plan time, computed ones are not. */
  resources?: ResourceRefs;
  /** The module instance's address prefix (`module.a[0].`, '' in the root): references are this plus a local address. */
  module?: string;
  /** The root module's evaluation budget (budget.ts); `evaluate` gives a scope without one its own. */
  budget?: Budget;
}

export const EMPTY_SCOPE: EvalScope = { vars: new Map(), locals: new Map(), bindings: {} };

export function withBindings(scope: EvalScope, bindings: Record<string, unknown>): EvalScope {
  return { ...scope, bindings: { ...scope.bindings, ...bindings } };
}
