import type { ParsedDocument } from '../../model/index.js';
import { fileStart } from '../../model/index.js';
import type { PlanJson } from '../../parsers/terraform-plan/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import type { ResourceInstance } from '../terraform/index.js';
import { HclIndex } from './hcl-source.js';
import { BodyOrigin, PlanOrigin, type Origin } from './origin.js';
import { PlanOrigins } from './origins.js';
import { pureReference } from './references.js';
import { PlanSynthesizer } from './synthesize.js';
import { planInstances, type PlanInstance } from './walk.js';

export { HclIndex } from './hcl-source.js';

/** A plan's resource instances, as the Terraform normalisers read them. */
export interface PlanResolution {
  /** The plan file. */
  path: string;
  /** The scope of its resources: the root module directory it plans when that is scanned, else the plan file. */
  scope: string;
  /** Instances by module address: sub-resources merge into parents of the same module instance only. */
  groups: ResourceInstance[][];
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
function toResourceInstance(instance: PlanInstance, origin: Origin, blockRange: Origin['range'], carrier: ParsedDocument<HclFile>, origins: PlanOrigins): ResourceInstance {
  const synthesizer = new PlanSynthesizer(instance.index, pureReference(instance.config?.for_each_expression, undefined), (written) => origins.of(written, instance.calls));
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
    scope: { vars: new Map(), locals: new Map(), bindings: {}, resources: synthesizer.refs, module: moduleAddress === '' ? '' : `${moduleAddress}.` },
  };
}

/**
 * One `terraform show -json` document (a plan or a state) → the same resource instances the HCL of
 * its configuration gives: each managed resource instance of `planned_values` (every module) becomes
 * a resource block whose attributes are the plan's values. The scope is the root module directory it
 * plans when that is in the scan (else the plan file), so findings have the fingerprints of the HCL
 * scan. Values point at the `.tf` lines when the plan's root module is part of the scan (see
 * `HclIndex.rootFor`), else at the plan's own lines.
 */
export function resolveTerraformPlan(doc: ParsedDocument, hcl: HclIndex): PlanResolution {
  const plan = doc.value as PlanJson;
  const path = doc.file.path;
  const root = hcl.rootFor(path, plan.configuration?.root_module);
  // normalisers read `instance.doc` for data blocks beside the resource: a plan has none to offer
  const carrier: ParsedDocument<HclFile> = { ...doc, value: { body: { attributes: {}, blocks: [], range: fileStart(path) } } };
  const groups = new Map<string, ResourceInstance[]>();
  const all = planInstances(plan);
  const addresses = new Set(all.map((i) => i.address));
  const origins = new PlanOrigins(plan.configuration?.root_module, (address) => addresses.has(address));
  for (const instance of all) {
    const origin = originOf(instance, doc, hcl, root, plan);
    const blockRange = origin instanceof BodyOrigin ? origin.range : (doc.locate(instance.path) ?? fileStart(path));
    const resourceInstance = toResourceInstance(instance, origin, blockRange, carrier, origins);
    (groups.get(instance.moduleAddress) ?? groups.set(instance.moduleAddress, []).get(instance.moduleAddress)!).push(resourceInstance);
  }
  return { path, scope: root ?? path, groups: [...groups.values()], ...(root === undefined ? {} : { supersedes: root }) };
}
