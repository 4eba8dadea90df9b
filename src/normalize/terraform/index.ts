import type { Diagnostic, ParsedDocument, Resource } from '../../model/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import { CanonicalBuilder, toResource } from './canonical.js';
import { normalizeSecurityGroups, SG_RULE_TYPES } from './ec2.js';
import { Fields } from './fields.js';
import { loadModules, type ResourceInstance, type TerraformModule } from './module.js';
import { normalizeS3, S3_SUB_TYPES } from './s3.js';

export type { ResourceInstance, TerraformModule } from './module.js';

/** Native types some normaliser owns; everything else becomes `tf.<type>`. */
function isCanonicalized(type: string): boolean {
  return type === 'aws_s3_bucket' || type === 'aws_security_group' || S3_SUB_TYPES.has(type) || SG_RULE_TYPES.has(type);
}

/** Any resource without a normaliser: its resolved block, for format-specific checks. */
function rawResource(instance: ResourceInstance, scope: string): Resource {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const raw = fields.raw();
  const out = new CanonicalBuilder(raw);
  fields.recordProvenance([], out.provenance);
  return toResource(instance, `tf.${instance.type}`, out, raw, scope);
}

function normalizeModule(module: TerraformModule, diagnostics: Diagnostic[]): Resource[] {
  const guarded = <T>(what: string, range: Diagnostic['range'], fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      const message = `normalise ${what}: ${error instanceof Error ? error.message : String(error)}`;
      diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message, range });
      return fallback;
    }
  };
  const first = module.instances[0];
  if (first === undefined) return [];
  const where = { ...first.block.range, endLine: first.block.range.startLine };
  const s3 = guarded(`S3 buckets in ${module.scope}`, where, { resources: [], orphans: [] }, () => normalizeS3(module.instances, module.scope));
  const groups = guarded(`security groups in ${module.scope}`, where, [], () => normalizeSecurityGroups(module.instances, module.scope));
  const others = [...s3.orphans, ...module.instances.filter((i) => !isCanonicalized(i.type))];
  const raw = others.flatMap((i) => guarded(i.id, i.block.range, [], () => [rawResource(i, module.scope)]));
  return [...s3.resources, ...groups, ...raw];
}

/**
 * All Terraform documents of a scan (`.tf`, `.tf.json`, `.tfvars`) → resources. Each directory
 * holding `.tf` files is one module and one scope ("." for the scan root); module calls are not
 * followed yet, so every directory is evaluated as a root module. Parse diagnostics stay on the
 * documents; the diagnostics returned here are the normaliser's own.
 */
export function normalizeTerraform(docs: ParsedDocument[]): { resources: Resource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const terraform = docs.filter((d) => d.file.format === 'terraform') as ParsedDocument<HclFile>[];
  const resources = loadModules(terraform).flatMap((m) => normalizeModule(m, diagnostics));
  return { resources, diagnostics };
}
