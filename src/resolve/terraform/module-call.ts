import type { ParsedDocument } from '../../model/index.js';
import type { HclBlock, HclExpr, HclFile } from '../../parsers/terraform/index.js';
import { isLocalSource, joinDir } from './config-tree.js';
import { EMPTY_SCOPE } from './eval/scope.js';
import { unknown } from './eval/values.js';
import { expandInstances, expansionDiagnostic, type Expansion } from './expand.js';
import type { ModuleInstance, ResourceInstance } from './module-types.js';
import { declaredVariables } from './variables.js';
import { ModuleInputs } from './module-links.js';

/**
 * The diagnostic code of a module that is not evaluated. The model has no dedicated code yet
 * (`MODULE_UNRESOLVED` would be better); this one is a warning about input not read, not a crash.
 */
const UNRESOLVED_MODULE = 'MODULE_UNRESOLVED';

/** Arguments of a `module` block that are not inputs to the module's variables. */
const META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * A `module "name" {}` block: resolves its source (a local directory, or one vendored by
 * `terraform init`), and evaluates one child `ModuleRun` per count/for_each instance with the
 * inputs given. Runs are created on first use and kept.
 */
export class ModuleCall {
  readonly name: string;
  private runs: { expansion: Expansion; run: ModuleInstance }[] | undefined;
  private unresolved: string | undefined;
  private expanding = false;

  constructor(
    private readonly parent: ModuleInstance,
    private readonly block: HclBlock,
  ) {
    this.name = block.labels[0] ?? '';
  }

  private resolve(): { dir: string; docs: ParsedDocument<HclFile>[]; remote?: boolean } | string {
    const expr = this.block.body.attributes.source?.expr;
    const source = expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined;
    if (source === undefined) return 'its source is not a literal string';
    const { tree, root } = this.parent.ctx;
    const key = this.parent.key === '' ? this.name : `${this.parent.key}.${this.name}`;
    if (!isLocalSource(source)) {
      const vendored = tree.vendoredModule(root, key);
      return vendored ? { ...vendored, remote: true } : `module ${this.name} (${source}) not resolved: run terraform init or vendor it`;
    }
    const dir = joinDir(this.parent.dir, source);
    const docs = tree.config.get(dir) ?? tree.vendoredModule(root, key)?.docs;
    if (this.parent.ctx.chain.includes(dir)) return `module ${this.name} (${source}) not evaluated: it calls back into ${dir} (a cycle Terraform rejects)`;
    if (dir === '..' || dir.startsWith('../')) return `module ${this.name} (${source}) not resolved: it leaves the scan root (give --root a directory that holds it)`;
    if (docs === undefined) return `module ${this.name} (${source}) not resolved: ${dir} has no .tf files that could be read`;
    return { dir, docs };
  }

  private ensureRuns(): { expansion: Expansion; run: ModuleInstance }[] {
    if (this.runs !== undefined) return this.runs;
    // count, for_each or inputs that read this module's own outputs: a cycle Terraform rejects
    this.expanding = true;
    try {
      this.runs = this.createRuns();
    } finally {
      this.expanding = false;
    }
    return this.runs;
  }

  private createRuns(): { expansion: Expansion; run: ModuleInstance }[] {
    const target = this.resolve();
    if (typeof target === 'string') {
      this.unresolved = target;
      this.parent.ctx.tree.warnOnce({ code: UNRESOLVED_MODULE, level: 'warning', message: target, range: { ...this.block.range, endLine: this.block.range.startLine } });
      return [];
    }
    const decls = declaredVariables(target.docs);
    const external = this.parent.ctx.external === true || target.remote === true;
    const ctx = { ...this.parent.ctx, depth: this.parent.ctx.depth + 1, chain: [...this.parent.ctx.chain, target.dir], ...(external ? { external } : {}) };
    const key = this.parent.key === '' ? this.name : `${this.parent.key}.${this.name}`;
    const expansions = expandInstances(this.block.body, this.parent.scope);
    const invalid = expansionDiagnostic(this.block, expansions);
    if (invalid) this.parent.ctx.tree.warnOnce(invalid);
    const runs: { expansion: Expansion; run: ModuleInstance }[] = [];
    const given = new Map<string, HclExpr>();
    for (const [name, attribute] of Object.entries(this.block.body.attributes)) if (!META.has(name)) given.set(name, attribute.expr);
    for (const expansion of expansions) {
      const scope = { ...this.parent.scope, bindings: expansion.bindings };
      const prefix = `${this.parent.prefix}module.${this.name}${expansion.suffix}.`;
      const site = { address: prefix.slice(0, -1), location: { ...this.block.range, endLine: this.block.range.startLine, endColumn: this.block.range.startColumn + `module "${this.name}"`.length } };
      const defaults = { ...EMPTY_SCOPE, budget: ctx.budget };
      const linking = { whoGives: ` (not passed to module.${this.name})`, defaults, guard: ctx.links, address: site.address, site: site.location };
      const vars = new ModuleInputs(decls, given, scope, linking);
      const instanceCtx = { ...ctx, calls: [...ctx.calls, site] };
      const run = ctx.newRun(instanceCtx, target.dir, target.docs, vars, prefix, key);
      runs.push({ expansion, run });
    }
    return runs;
  }

  /** `module.<name>`: the outputs object, or a list / map of them under count / for_each. */
  value(): unknown {
    if (this.expanding) return unknown(`module.${this.name} is used in its own count, for_each or inputs`);
    const runs = this.ensureRuns();
    if (this.unresolved !== undefined) return unknown(this.unresolved);
    const { count, for_each: forEach } = this.block.body.attributes;
    if (runs.some((r) => r.expansion.unknownCount)) return unknown(`module.${this.name} has an unknown count or for_each`);
    if (count) return runs.map((r) => r.run.outputs());
    if (forEach) return Object.fromEntries(runs.map((r) => [JSON.parse(r.expansion.suffix.slice(1, -1)) as string, r.run.outputs()]));
    return runs[0]?.run.outputs() ?? unknown(`module.${this.name} has no instance`);
  }

  /** Resource instances of every instance of this call. */
  instances(): ResourceInstance[] {
    return this.ensureRuns().flatMap((r) => {
      try {
        return r.run.instances();
      } catch (error) {
        // one broken module instance costs only its own resources
        const message = `could not read resources of ${r.run.prefix.slice(0, -1)}: ${error instanceof Error ? error.message : String(error)}`;
        this.parent.ctx.tree.diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message, range: { ...this.block.range, endLine: this.block.range.startLine } });
        return [];
      }
    });
  }
}
