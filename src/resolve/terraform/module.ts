import { posix } from 'node:path';
import { fileStart, type ParsedDocument } from '../../model/index.js';
import type { HclBlock, HclFile } from '../../parsers/terraform/index.js';
import type { ConfigTree } from './config-tree.js';
import { evaluate, evaluateIsolated } from './eval/evaluate.js';
import { Budget } from './budget.js';
import type { EvalScope, Lookup } from './eval/scope.js';
import { sensitive } from './eval/values.js';
import { expansionDiagnostic } from './expand.js';
import { CycleGuard } from './cycles.js';
import { LazyValues, type LazyEntry } from './lazy.js';
import { lazyOutputs } from './module-links.js';
import { ConfiguredAttributes } from './resource-refs.js';
import { ModuleCall } from './module-call.js';
import type { ModuleInstance, ResourceInstance, RunContext } from './module-types.js';

export type { ModuleInstance, ResourceInstance, RunContext } from './module-types.js';

const MAX_DEPTH = 16;

/** One instance of a module (the root, or one count/for_each instance of a call) with its variable values. */
export class ModuleRun implements ModuleInstance {
  readonly scope: EvalScope;
  private readonly resources: ConfiguredAttributes;
  private readonly calls = new Map<string, ModuleCall>();
  private readonly callValues: LazyValues;
  private outputValues: Record<string, unknown> | undefined;

  constructor(
    readonly ctx: RunContext,
    readonly dir: string,
    readonly docs: ParsedDocument<HclFile>[],
    vars: Lookup,
    /** `module.a[0].` style prefix of this instance's resource ids ('' for the root). */
    readonly prefix: string,
    /** `.terraform/modules/modules.json` key of this module ('' for the root). */
    readonly key: string,
  ) {
    const locals = new Map<string, LazyEntry>();
    const modules = new Map<string, LazyEntry>();
    const resources = new Map(this.blocks('resource').map((b) => [`${b.labels[0] ?? ''}.${b.labels[1] ?? ''}`, b] as const));
    // one per module instance: values of other instances are separate (module outputs are reached through the call)
    const guard = new CycleGuard((d) => ctx.tree.warnOnce(d));
    this.callValues = new LazyValues(modules, 'module', guard);
    this.resources = new ConfiguredAttributes(resources, () => this.scope, guard);
    this.scope = {
      vars,
      locals: new LazyValues(locals, 'local', guard),
      modules: this.callValues,
      bindings: {},
      path: { module: posix.relative(ctx.root, dir) || '.', root: '.' },
      files: ctx.tree.fileAccess(ctx.root),
      resources: this.resources,
      module: prefix,
      budget: ctx.budget,
    };
    for (const block of this.blocks('locals')) {
      // each local is a unit of the budget: one over it is unknown, its readers go on
      for (const [name, attribute] of Object.entries(block.body.attributes)) locals.set(name, { run: () => evaluateIsolated(attribute.expr, this.scope), range: attribute.range });
    }
    if (ctx.depth < MAX_DEPTH) {
      for (const block of this.blocks('module')) {
        const call = new ModuleCall(this, block);
        this.calls.set(call.name, call);
        modules.set(call.name, { run: () => call.value(), range: { ...block.range, endLine: block.range.startLine } });
      }
    }
  }

  private blocksWithDoc(type: string): [HclBlock, ParsedDocument<HclFile>][] {
    return this.docs.flatMap((doc) => doc.value.body.blocks.filter((b) => b.type === type && b.labels.length <= 2).map((b) => [b, doc] as [HclBlock, ParsedDocument<HclFile>]));
  }

  private blocks(type: string): HclBlock[] {
    return this.blocksWithDoc(type).map(([b]) => b);
  }

  /** The module's outputs, as `module.<name>` shows them to the caller. */
  outputs(): Record<string, unknown> {
    if (this.outputValues !== undefined) return this.outputValues;
    const outputs = new Map<string, () => unknown>();
    for (const block of this.blocks('output')) {
      const name = block.labels[0];
      const expr = block.body.attributes.value?.expr;
      if (name === undefined || expr === undefined) continue;
      outputs.set(name, () => {
        const secret = block.body.attributes.sensitive ? evaluate(block.body.attributes.sensitive.expr, this.scope) === true : false;
        const value = evaluateIsolated(expr, this.scope);
        return secret ? sensitive(value) : value;
      });
    }
    const site = this.ctx.calls[this.ctx.calls.length - 1]?.location ?? fileStart(this.dir);
    this.outputValues = lazyOutputs(outputs, { guard: this.ctx.links, address: this.prefix.slice(0, -1), site });
    return this.outputValues;
  }

  /** This module's resource instances, then those of every module it calls. */
  instances(): ResourceInstance[] {
    const own: ResourceInstance[] = [];
    const modulePath = this.prefix.replace(/\.$/, '');
    for (const [block, doc] of this.blocksWithDoc('resource')) {
      const [type, name] = block.labels;
      if (type === undefined || name === undefined) continue;
      const address = `${type}.${name}`;
      const expansions = this.resources.expansionsOf(address);
      const invalid = expansionDiagnostic(block, expansions);
      if (invalid) this.ctx.tree.warnOnce(invalid);
      for (const { suffix, bindings } of expansions) {
        const scope = { ...this.scope, bindings };
        const calls = this.ctx.calls.length > 0 ? { moduleCalls: this.ctx.calls } : {};
        const external = this.ctx.external === true ? { external: true } : {};
        own.push({ id: this.prefix + address + suffix, localId: address + suffix, address, modulePath, type, name, block, doc, scope, ...calls, ...external });
      }
    }
    // each call's value first, through the cycle guard: a call whose count or for_each reads back
    // into it is then found as the cycle it is, with every call on the way named
    for (const name of this.calls.keys()) this.callValues.get(name);
    return [...own, ...[...this.calls.values()].flatMap((call) => call.instances())];
  }
}

/** Evaluates a root module and, through its calls, every module below it. */
export function runRoot(
  tree: ConfigTree,
  root: string,
  docs: ParsedDocument<HclFile>[],
  vars: ReadonlyMap<string, unknown>,
  budget: Budget = new Budget((diagnostic) => tree.warnOnce(diagnostic)),
): ModuleRun {
  const links = new CycleGuard((diagnostic) => tree.warnOnce(diagnostic));
  const ctx: RunContext = { tree, root, depth: 0, chain: [root], calls: [], budget, links, newRun: (c, dir, d, v, prefix, key) => new ModuleRun(c, dir, d, v, prefix, key) };
  return new ModuleRun(ctx, root, docs, vars, '', '');
}
