import type { Diagnostic, Resource } from '../../model/index.js';
import { Fields, type ResourceInstance, type TerraformResolution } from '../../resolve/terraform/index.js';
import { CanonicalBuilder, toResource } from './canonical.js';
import { normalizeSecurityGroups, SG_RULE_TYPES } from './ec2.js';
import { normalizeS3, S3_SUB_TYPES } from './s3.js';
import { normalizeDbInstance, RDS_INSTANCE_TYPE } from './rds.js';
import { TERRAFORM_GROUPS, TERRAFORM_SPECS } from '../aws/index.js';
import { normalizeBySpec } from './spec.js';
import { groupForLinks } from './cross-module.js';


const GROUPED_TYPES = new Set(TERRAFORM_GROUPS.flatMap((g) => g.nativeTypes));

/** Native types some normaliser owns; everything else becomes `tf.<type>`. */
function isCanonicalized(type: string): boolean {
  return type === 'aws_s3_bucket' || type === 'aws_security_group' || type === RDS_INSTANCE_TYPE || S3_SUB_TYPES.has(type) || SG_RULE_TYPES.has(type)
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
  const first = instances[0];
  if (first === undefined) return [];
  const where = { ...first.block.range, endLine: first.block.range.startLine };
  const label = first.modulePath === '' ? scope : `${scope} ${first.modulePath}`;
  const s3 = guarded(`S3 buckets in ${label}`, where, { resources: [], orphans: [] }, () => normalizeS3(instances, scope));
  const groups = guarded(`security groups in ${label}`, where, [], () => normalizeSecurityGroups(instances, scope));
  const databases = instances.filter((i) => i.type === RDS_INSTANCE_TYPE).flatMap((i) => guarded(i.id, i.block.range, [], () => [normalizeDbInstance(i, scope)]));
  const tools = { bySpec: normalizeBySpec, raw: rawResource };
  const grouped = TERRAFORM_GROUPS.flatMap((group) => {
    const members = instances.filter((i) => group.nativeTypes.includes(i.type));
    return members.length === 0 ? [] : guarded(`${group.nativeTypes.join(', ')} in ${label}`, where, [], () => group.normalize(members, scope, tools));
  });
  const specified = instances.flatMap((i) => {
    const spec = GROUPED_TYPES.has(i.type) ? undefined : TERRAFORM_SPECS.get(i.type);
    return spec ? guarded(i.id, i.block.range, [], () => [normalizeBySpec(i, spec.canonicalType, spec.mapping, scope)]) : [];
  });
  const others = [...s3.orphans, ...instances.filter((i) => !isCanonicalized(i.type))];
  const raw = others.flatMap((i) => guarded(i.id, i.block.range, [], () => [rawResource(i, scope)]));
  return [...s3.resources, ...groups, ...databases, ...grouped, ...specified, ...raw];
}

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
