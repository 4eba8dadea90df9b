/**
 * The parts of Terraform's JSON output format (`terraform show -json`, format_version 1.x, and 0.1/0.2 of Terraform 0.12-1.0) that
 * the scanner reads: https://developer.hashicorp.com/terraform/internals/json-format. Every field
 * is optional here because the parser reports what is missing instead of trusting the file.
 */
export interface PlanJson {
  format_version?: string;
  terraform_version?: string;
  /** A plan: the values every resource will have after apply, unknown ones left out. */
  planned_values?: { root_module?: PlanModule };
  /** A state (`terraform show -json` without a plan file): the values resources have now. */
  values?: { root_module?: PlanModule };
  resource_changes?: ResourceChange[];
  configuration?: { root_module?: ConfigModule };
}

export interface PlanModule {
  /** `module.vpc`, `module.vpc[0].module.subnets["a"]`; absent for the root module. */
  address?: string;
  resources?: PlanResource[];
  child_modules?: PlanModule[];
}

export interface PlanResource {
  /** Full address: `module.vpc.aws_subnet.private[0]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** count index (number) or for_each key (string). */
  index?: number | string;
  values?: Record<string, unknown>;
  /** The shape of `values` with `true` where a value is sensitive. */
  sensitive_values?: unknown;
}

export interface ResourceChange {
  address: string;
  change?: {
    actions?: string[];
    /** The shape of `after` with `true` where a value is only known after apply. */
    after_unknown?: unknown;
    after_sensitive?: unknown;
  };
}

/** An attribute's expression as written: a constant, or the references it makes. */
export interface ConfigExpression {
  constant_value?: unknown;
  references?: string[];
}

/** Attribute name → expression; a nested block → a list of (or, for a single block, one) nested maps. */
export type ConfigExpressions = { [name: string]: ConfigExpression | ConfigExpressions | ConfigExpressions[] };

export interface ConfigResource {
  /** Address inside its module: `aws_s3_bucket.logs`. */
  address: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  expressions?: ConfigExpressions;
  /** `for_each = …` as written (its references). */
  for_each_expression?: ConfigExpression;
}

export interface ModuleCall {
  source?: string;
  module?: ConfigModule;
}

export interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, ModuleCall>;
  /** `output "name" { value = … }` as written (its references). */
  outputs?: Record<string, { expression?: ConfigExpression }>;
}
