import type { Diagnostic, Resource } from '../../model/index.js';
import { Fields, type ResourceInstance, type TerraformResolution } from '../../resolve/terraform/index.js';
import { CanonicalBuilder, toResource } from './canonical.js';
import { normalizeSecurityGroups, SG_RULE_TYPES } from './ec2.js';
import { normalizeS3, S3_SUB_TYPES } from './s3.js';
import { normalizeDbInstance, RDS_INSTANCE_TYPES } from './rds.js';
import { TERRAFORM_GROUPS, TERRAFORM_SPECS } from '../aws/index.js';
import { normalizeBySpec } from './spec.js';
import { groupForLinks } from './cross-module.js';
import { isolateMembers, LIST, type Joinable } from './isolate.js';


const GROUPED_TYPES = new Set(TERRAFORM_GROUPS.flatMap((g) => g.nativeTypes));

/** Native types some normaliser owns; everything else becomes `tf.<type>`. */
function isCanonicalized(type: string): boolean {
  return type === 'aws_s3_bucket' || type === 'aws_security_group' || RDS_INSTANCE_TYPES.has(type) || S3_SUB_TYPES.has(type) || SG_RULE_TYPES.has(type)
    || TERRAFORM_SPECS.has(type) || GROUPED_TYPES.has(type);
}

/** Any resource without a normaliser: its resolved block, for format-specific checks. */
function rawResource(instance: ResourceInstance, scope: string): Resource {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const raw = fields.raw();
  const out = new CanonicalBuilder(raw);
  fields.recordProvenance([], out.provenance);
  return toResource(instance, `tf.${instance.type}`, out, raw, scope);
}

/**
 * The resources of one module instance: sub-resources merge into parents of the same instance only.
 * Also the seam the plan normaliser uses: it builds the same instances from plan values.
 */
export function normalizeInstances(instances: ResourceInstance[], scope: string, diagnostics: Diagnostic[]): Resource[] {
  const guarded = <T>(what: string, range: Diagnostic['range'], fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      const message = `normalise ${what}: ${error instanceof Error ? error.message : String(error)}`;
      diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message, range });
      return fallback;
    }
  };
  if (instances.length === 0) return [];
  // group normalisers see every member of the module instance; one that throws costs itself only
  const s3Members = instances.filter((i) => i.type === 'aws_s3_bucket' || S3_SUB_TYPES.has(i.type));
  const s3 = isolateMembers(s3Members, (members) => normalizeS3(members, scope), S3_RESULTS, diagnostics);
  const sgMembers = instances.filter((i) => i.type === 'aws_security_group' || SG_RULE_TYPES.has(i.type));
  const groups = isolateMembers(sgMembers, (members) => normalizeSecurityGroups(members, scope), LIST as Joinable<Resource[]>, diagnostics);
  const databases = instances.filter((i) => RDS_INSTANCE_TYPES.has(i.type)).flatMap((i) => guarded(i.id, i.block.range, [], () => [normalizeDbInstance(i, scope)]));
  const tools = { bySpec: normalizeBySpec, raw: rawResource };
  const grouped = TERRAFORM_GROUPS.flatMap((group) => {
    const members = instances.filter((i) => group.nativeTypes.includes(i.type));
    return isolateMembers(members, (some) => (some.length === 0 ? [] : group.normalize(some, scope, tools)), LIST as Joinable<Resource[]>, diagnostics);
  });
  const specified = instances.flatMap((i) => {
    const spec = GROUPED_TYPES.has(i.type) ? undefined : TERRAFORM_SPECS.get(i.type);
    return spec ? guarded(i.id, i.block.range, [], () => [normalizeBySpec(i, spec.canonicalType, spec.mapping, scope)]) : [];
  });
  const others = [...s3.orphans, ...instances.filter((i) => !isCanonicalized(i.type))];
  const raw = others.flatMap((i) => guarded(i.id, i.block.range, [], () => [rawResource(i, scope)]));
  return [...s3.resources, ...groups, ...databases, ...grouped, ...specified, ...raw];
}

const S3_RESULTS: Joinable<ReturnType<typeof normalizeS3>> = {
  empty: { resources: [], orphans: [] },
  join: (a, b) => ({ resources: [...a.resources, ...b.resources], orphans: [...a.orphans, ...b.orphans] }),
};

/**
 * The resolved Terraform roots → canonical resources: each root module is one scope, and
 * sub-resources merge into parents of the same module instance, or of the module instance their
 * reference leads to (`bucket = module.raw.id`), never of an unrelated one. The diagnostics are the
 * normalisers' own (the resolution's stay on the resolution).
 */
export function normalizeTerraform(resolution: TerraformResolution): { resources: Resource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resources = resolution.roots.flatMap(({ root, instances }) => groupForLinks(instances).flatMap((group) => normalizeInstances(group, root, diagnostics)));
  return { resources, diagnostics };
}
