import type { Deadline, Diagnostic, Resource } from '../model/index.js';
import { timely, type Resolved } from '../resolve/index.js';
import { normalizeAwsConfig } from './aws-config/index.js';
import { normalizeCloudFormation } from './cloudformation/index.js';
import { normalizeKubernetes } from './kubernetes/index.js';
import { normalizeTerraform } from './terraform/index.js';
import { normalizeTerraformPlan } from './terraform-plan/index.js';
import { makeIdsUnique } from './unique-ids.js';

export interface Normalized {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/** Resolved documents → canonical resources; a normaliser failure costs its documents, not the scan. */
export function normalizeResolved(resolved: Resolved, deadline?: Deadline): Normalized {
  const out: Normalized = { resources: [], diagnostics: [...resolved.diagnostics] };
  // checked between documents: those not reached in time are diagnostics, not resources
  const step = timely(out.diagnostics, deadline, 'normalize');
  const add = (result: Normalized | undefined): void => {
    if (result === undefined) return;
    out.resources.push(...result.resources);
    out.diagnostics.push(...result.diagnostics);
  };
  // a plan stands for the HCL of its root module (when that is scanned too): read once, from the plan
  const superseded = new Set<string>();
  for (const plan of resolved.plans) {
    add(step([planDocument(plan.path)], () => normalizeTerraformPlan(plan)));
    if (plan.supersedes !== undefined) superseded.add(plan.supersedes);
  }
  const terraform = { ...resolved.terraform, roots: resolved.terraform.roots.filter((r) => !superseded.has(r.root)) };
  add(step([...new Set(terraform.roots.flatMap((r) => r.instances.map((i) => i.doc)))], () => normalizeTerraform(terraform)));
  // after normalising: attributes are evaluated on demand, and a budget hit there is the resolution's
  out.diagnostics.push(...terraform.diagnostics);
  for (const template of resolved.templates) {
    if (template !== undefined) add(step([template.doc], () => normalizeCloudFormation(template)));
  }
  for (const document of resolved.asWritten) {
    add(step([document], () => (document.file.format === 'kubernetes' ? normalizeKubernetes(document) : normalizeAwsConfig(document))));
  }
  out.diagnostics.push(...makeIdsUnique(out.resources));
  return out;
}

/** A stand-in document naming a plan file, for a diagnostic at its start. */
function planDocument(path: string) {
  return { file: { path, absolutePath: path, format: 'terraform-plan' as const }, value: undefined, diagnostics: [], locate: () => undefined };
}
