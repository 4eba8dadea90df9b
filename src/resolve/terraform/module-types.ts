import type { ModuleCallSite, ParsedDocument } from '../../model/index.js';
import type { HclBlock, HclFile } from '../../parsers/terraform/index.js';
import type { ConfigTree } from './config-tree.js';
import type { CycleGuard } from './cycles.js';
import type { EvalScope, Lookup } from './eval/scope.js';
import type { Budget } from './budget.js';

/** One resource instance after count/for_each expansion, in one module instance. */
export interface ResourceInstance {
  /** Full address: `aws_s3_bucket.b[0]`, `module.logs.aws_s3_bucket.this["a"]`; `[*]` for an unknown count. */
  id: string;
  /** The address inside its module (`aws_s3_bucket.b[0]`): what references in that module name. */
  localId: string;
  /** `type.name`. */
  address: string;
  /** `module.a.module.b` ('' in the root module): resources link only within one module instance. */
  modulePath: string;
  type: string;
  name: string;
  block: HclBlock;
  doc: ParsedDocument<HclFile>;
  scope: EvalScope;
  /** Inside a module from a remote source (registry, git…), or a module that one calls. */
  external?: boolean;
  /** The module calls that led here, outermost first; absent in the root module. */
  moduleCalls?: ModuleCallSite[];
}

/** What a module call needs of an evaluated module instance. */
export interface ModuleInstance {
  readonly ctx: RunContext;
  readonly dir: string;
  readonly prefix: string;
  readonly key: string;
  readonly scope: EvalScope;
  outputs(): Record<string, unknown>;
  instances(): ResourceInstance[];
}

/** Shared by every module instance of one root module. */
export interface RunContext {
  tree: ConfigTree;
  root: string;
  depth: number;
  /** Directories of the calling modules, root first: a call back into one of them is a cycle. */
  chain: string[];
  /** The `module` blocks called on the way here, outermost first (empty for the root). */
  calls: ModuleCallSite[];
  /** This module came from a remote source (read from .terraform/modules), or was called by one. */
  external?: boolean;
  /** The evaluation budget of the root module, shared by every module instance below it. */
  budget: Budget;
  /** Module inputs and outputs being computed, across every module instance of the root: a value that needs itself is a cycle. */
  links: CycleGuard;
  /** Creates a child module instance (breaks the module ↔ module-call import cycle). */
  newRun(ctx: RunContext, dir: string, docs: ParsedDocument<HclFile>[], vars: Lookup, prefix: string, key: string): ModuleInstance;
}
