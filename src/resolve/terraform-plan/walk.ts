import type { AttributePath } from '../../model/index.js';
import { isPlanResource, valuesKey, type ConfigModule, type ConfigResource, type PlanJson, type PlanModule } from '../../parsers/terraform-plan/index.js';

/** One managed resource instance of a plan (or state), with what the rest of the plan says about it. */
export interface PlanInstance {
  /** `module.vpc[0].aws_subnet.private["a"]`. */
  address: string;
  /** `module.vpc[0]`; '' in the root module. */
  moduleAddress: string;
  /** Module call names from the root, instance keys dropped: `['vpc']`. */
  calls: string[];
  type: string;
  name: string;
  index?: number | string;
  values: Record<string, unknown>;
  /** `true` where a value is only known after apply (resource_changes' after_unknown). */
  unknown: unknown;
  /** `true` where a value is sensitive. */
  sensitive: unknown;
  /** Path of the resource entry in the plan document. */
  path: AttributePath;
  /** The resource block in the plan's configuration section, when it has one. */
  config?: ConfigResource;
}

const CALL = /module\.([A-Za-z_][\w-]*)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?/g;

/** `module.a[0].module.b["x"]` → ['a', 'b']. */
export function moduleCalls(moduleAddress: string): string[] {
  return [...moduleAddress.matchAll(CALL)].map((m) => m[1]);
}

/** The configuration of the module that `calls` lead to, when the plan has it. */
export function configModule(root: ConfigModule | undefined, calls: string[]): ConfigModule | undefined {
  let current = root;
  for (const call of calls) current = current?.module_calls?.[call]?.module;
  return current;
}

function changesByAddress(plan: PlanJson): Map<string, { unknown: unknown; sensitive: unknown }> {
  const out = new Map<string, { unknown: unknown; sensitive: unknown }>();
  for (const change of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (typeof change?.address === 'string') out.set(change.address, { unknown: change.change?.after_unknown, sensitive: change.change?.after_sensitive });
  }
  return out;
}

/** Every managed resource instance in `planned_values` (a plan) or `values` (a state), modules included. */
export function planInstances(plan: PlanJson): PlanInstance[] {
  const key = valuesKey(plan);
  if (key === undefined) return [];
  const changes = changesByAddress(plan);
  const out: PlanInstance[] = [];
  const visit = (module: PlanModule | undefined, path: AttributePath): void => {
    if (typeof module !== 'object' || module === null) return;
    const moduleAddress = typeof module.address === 'string' ? module.address : '';
    const calls = moduleCalls(moduleAddress);
    const config = configModule(plan.configuration?.root_module, calls);
    (Array.isArray(module.resources) ? module.resources : []).forEach((resource, i) => {
      if (!isPlanResource(resource) || resource.mode !== 'managed') return;
      const change = changes.get(resource.address);
      out.push({
        address: resource.address,
        moduleAddress,
        calls,
        type: resource.type,
        name: resource.name,
        index: resource.index,
        values: resource.values ?? {},
        unknown: change?.unknown,
        sensitive: resource.sensitive_values ?? change?.sensitive,
        path: [...path, 'resources', i],
        config: config?.resources?.find((r) => r.address === `${resource.type}.${resource.name}` && r.mode !== 'data'),
      });
    });
    (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((child, i) => visit(child, [...path, 'child_modules', i]));
  };
  visit(plan[key]?.root_module, [key, 'root_module']);
  return out;
}
