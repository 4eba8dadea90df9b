import type { Diagnostic, ParsedDocument } from '../../model/index.js';
import { fileStart } from '../../model/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import { Budget } from './budget.js';
import { ConfigTree } from './config-tree.js';
import { EMPTY_SCOPE } from './eval/scope.js';
import { runRoot, type ResourceInstance } from './module.js';
import type { Manifests } from './requests.js';
import { bindVariables, declaredVariables, rootVariableInputs, type TerraformOptions } from './variables.js';

export type { ResourceInstance } from './module.js';
export type { TerraformOptions } from './variables.js';
export { Fields } from './fields.js';
export type { ManifestEntry, Manifests } from './requests.js';

/** One root module, evaluated: its resource instances and those of every module it calls. */
export interface ResolvedRoot {
  /** The root module's directory, relative to the scan root: the scope of its resources. */
  root: string;
  instances: ResourceInstance[];
}

export interface TerraformResolution {
  roots: ResolvedRoot[];
  /** Unresolved modules, unreadable var files, evaluation failures. */
  diagnostics: Diagnostic[];
}

/**
 * All Terraform documents of a scan (`.tf`, `.tf.json`, `.tfvars`) → resource instances, as
 * `terraform plan` walks them. A directory is a root module unless another scanned module calls it
 * with a local source; each root is evaluated with its variables (see `TerraformOptions`) and every
 * module it calls, recursively. Attribute values are evaluated on demand (`Fields`), in each
 * instance's scope. A root that fails costs its own resources only.
 */
export function resolveTerraform(docs: ParsedDocument[], options: TerraformOptions = {}, manifests: Manifests = new Map()): TerraformResolution {
  const diagnostics: Diagnostic[] = [];
  const terraform = docs.filter((d) => d.file.format === 'terraform') as ParsedDocument<HclFile>[];
  const tree = new ConfigTree(terraform, diagnostics, manifests);
  const varFiles = options.varFileDocuments ?? [];
  const roots: ResolvedRoot[] = [];
  let skipped = 0;
  for (const root of tree.roots()) {
    const config = tree.config.get(root) ?? [];
    try {
      const decls = declaredVariables(config);
      // one budget for the root module, its variables and every module below it
      const budget = new Budget((diagnostic) => tree.warnOnce(diagnostic));
      const scope = { ...EMPTY_SCOPE, budget };
      const vars = bindVariables(decls, rootVariableInputs(decls, tree.varDocs.get(root) ?? [], varFiles, options, scope), '', scope);
      const all = runRoot(tree, root, config, vars, budget).instances();
      const instances = options.skipExternalModules === true ? all.filter((instance) => instance.external !== true) : all;
      skipped += all.length - instances.length;
      roots.push({ root, instances });
    } catch (error) {
      const message = `could not read resources of module ${root}: ${error instanceof Error ? error.message : String(error)}`;
      for (const doc of config) diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message, range: fileStart(doc.file.path) });
    }
  }
  if (options.skipExternalModules === true) options.onExternalSkipped?.(skipped);
  return { roots, diagnostics };
}
