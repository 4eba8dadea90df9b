import type { Diagnostic, Resource } from '../../model/index.js';
import type { PlanResolution } from '../../resolve/terraform-plan/index.js';
import { groupForLinks } from '../terraform/cross-module.js';
import { normalizeInstances } from '../terraform/index.js';

export interface PlanResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** The root module directory whose HCL this plan stands for (its resources are not read twice). */
  supersedes?: string;
}

/** A resolved plan → canonical resources, through the same normalisers as the HCL it plans. */
export function normalizeTerraformPlan(resolution: PlanResolution): PlanResult {
  const diagnostics: Diagnostic[] = [];
  // a sub-resource naming a bucket in another module (`bucket = module.raw.id`) joins that module's group
  const resources = groupForLinks(resolution.groups.flat()).flatMap((group) => normalizeInstances(group, resolution.scope, diagnostics));
  for (const resource of resources) resource.source = { format: 'terraform-plan', path: resolution.path, nativeType: resource.source.nativeType };
  return { resources, diagnostics, ...(resolution.supersedes === undefined ? {} : { supersedes: resolution.supersedes }) };
}
