import type { SourceRange } from '../../model/index.js';
import type { HclExpr } from '../../parsers/terraform/index.js';
import type { CycleGuard } from './cycles.js';
import { evaluate } from './eval/evaluate.js';
import type { EvalScope, Lookup } from './eval/scope.js';
import { unknown } from './eval/values.js';
import { bindVariable, type VariableDecl } from './variables.js';

/**
 * Terraform links a module call input by input and output by output, so two calls may read each
 * other's outputs as long as no value needs itself. Evaluated here the same way: each input of a
 * call (a variable of the called module) and each output is computed on first use, through the
 * root module's cycle guard, so only a true cycle (which Terraform rejects) is one, named with
 * every input and output on the way.
 */
export class ModuleInputs implements Lookup {
  private readonly done = new Map<string, unknown>();

  constructor(
    private readonly decls: ReadonlyMap<string, VariableDecl>,
    private readonly given: ReadonlyMap<string, HclExpr>,
    /** The calling module's scope, with the call instance's count / each bindings. */
    private readonly callerScope: EvalScope,
    private readonly context: { whoGives: string; defaults: EvalScope; guard: CycleGuard; address: string; site: SourceRange },
  ) {}

  has(name: string): boolean {
    return this.decls.has(name);
  }

  get(name: string): unknown {
    if (this.done.has(name)) return this.done.get(name);
    const decl = this.decls.get(name);
    if (decl === undefined) return undefined;
    const { whoGives, defaults, guard, address, site } = this.context;
    const key = `${address}.var.${name}`;
    const expr = this.given.get(name);
    return guard.run(
      key,
      site,
      () => {
        const value = bindVariable(decl, expr !== undefined, () => evaluate(expr!, this.callerScope), whoGives, defaults);
        this.done.set(name, value);
        return value;
      },
      (cycle) => unknown(`${key} depends on itself (${cycle})`),
    );
  }
}

/**
 * A module instance's outputs as `module.<name>` shows them: an object whose properties are
 * computed on first read (then kept), so reading one output does not evaluate the others.
 */
export function lazyOutputs(
  outputs: ReadonlyMap<string, () => unknown>,
  context: { guard: CycleGuard; address: string; site: SourceRange },
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, compute] of outputs) {
    const key = `${context.address}.output.${name}`;
    let done = false;
    let value: unknown;
    Object.defineProperty(object, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (done) return value;
        return context.guard.run(
          key,
          context.site,
          () => {
            value = compute();
            done = true;
            return value;
          },
          (cycle) => unknown(`${key} depends on itself (${cycle})`),
        );
      },
    });
  }
  return object;
}
