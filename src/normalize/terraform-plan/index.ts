import type { Diagnostic, ParsedDocument, Resource } from '../../model/index.js';
import { fileStart } from '../../model/index.js';
import type { PlanJson } from '../../parsers/terraform-plan/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import { normalizeInstances, type ResourceInstance } from '../terraform/index.js';
import { HclIndex } from './hcl-source.js';
import { BodyOrigin, PlanOrigin, type Origin } from './origin.js';
import { PlanSynthesizer } from './synthesize.js';
import { planInstances, type PlanInstance } from './walk.js';

export { HclIndex } from './hcl-source.js';

export interface PlanResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** The root module directory whose HCL this plan stands for (its resources are not read twice). */
  supersedes?: string;
}

/** Where an instance's values are shown: its block in the `.tf` files when scanned, else its entry in the plan. */
function originOf(instance: PlanInstance, doc: ParsedDocument, hcl: HclIndex, root: string | undefined, plan: PlanJson): Origin {
  const dir = root === undefined ? undefined : hcl.moduleDir(root, plan.configuration?.root_module, instance.calls);
  const block = dir === undefined ? undefined : hcl.resourceBlock(dir, instance.type, instance.name);
  return block ? new BodyOrigin(block.body, block.range) : new PlanOrigin(doc, [...instance.path, 'values']);
}

/** A plan instance as the Terraform normalisers' input: a resource block whose attributes are the plan's values. */
function toResourceInstance(instance: PlanInstance, origin: Origin, blockRange: Origin['range'], carrier: ParsedDocument<HclFile>): ResourceInstance {
  const synthesizer = new PlanSynthesizer(instance.index);
  const config = instance.config === undefined ? undefined : (instance.config.expressions ?? {});
  const body = synthesizer.body(instance.values, instance.unknown, instance.sensitive, config, origin, instance.address);
  body.range = blockRange;
  const { type, name, moduleAddress } = instance;
  return {
    id: instance.address,
    localId: moduleAddress === '' ? instance.address : instance.address.slice(moduleAddress.length + 1),
    address: `${type}.${name}`,
    modulePath: moduleAddress,
    type,
    name,
    block: { type: 'resource', labels: [type, name], body, range: blockRange },
    doc: carrier,
    scope: { vars: new Map(), locals: new Map(), bindings: {}, resources: synthesizer.refs },
  };
}

/**
 * One `terraform show -json` document (a plan or a state) → the same canonical resources the HCL
 * of its configuration gives: each managed resource instance of `planned_values` (every module)
 * goes through the Terraform normalisers. Resource ids are the plan's addresses and the scope is
 * the root module directory it plans when that is in the scan (else the plan file). Findings point at the `.tf` lines when the plan's root module is part of the
 * scan (see `HclIndex.rootFor`), else at the plan's own lines.
 */
export function normalizeTerraformPlan(doc: ParsedDocument, hcl: HclIndex): PlanResult {
  const plan = doc.value as PlanJson;
  const scope = doc.file.path;
  const root = hcl.rootFor(scope, plan.configuration?.root_module);
  // normalisers read `instance.doc` for data blocks beside the resource: a plan has none to offer
  const carrier: ParsedDocument<HclFile> = { ...doc, value: { body: { attributes: {}, blocks: [], range: fileStart(scope) } } };
  const groups = new Map<string, ResourceInstance[]>();
  for (const instance of planInstances(plan)) {
    const origin = originOf(instance, doc, hcl, root, plan);
    const blockRange = origin instanceof BodyOrigin ? origin.range : (doc.locate(instance.path) ?? fileStart(scope));
    const resourceInstance = toResourceInstance(instance, origin, blockRange, carrier);
    (groups.get(instance.moduleAddress) ?? groups.set(instance.moduleAddress, []).get(instance.moduleAddress)!).push(resourceInstance);
  }
  const diagnostics: Diagnostic[] = [];
  // the scope of the root module it plans, when that is in the scan: findings then have the
  // fingerprints of the HCL scan of the same configuration, so baselines carry over
  const resources = [...groups.values()].flatMap((group) => normalizeInstances(group, root ?? scope, diagnostics));
  for (const resource of resources) resource.source = { format: 'terraform-plan', path: scope, nativeType: resource.source.nativeType };
  return { resources, diagnostics, ...(root === undefined ? {} : { supersedes: root }) };
}
