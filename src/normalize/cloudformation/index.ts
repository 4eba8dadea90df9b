import type { Diagnostic } from '../../model/diagnostic.js';
import { pathKey } from '../../model/index.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import type { CfnResource, ResolvedTemplate, TemplateContext } from '../../resolve/cloudformation/index.js';
import { accessLogTargets, attachBucketPolicies, BUCKET_TYPE } from './bucket-policy.js';
import { ProvenanceBuilder } from './provenance.js';
import { DB_INSTANCE_TYPE, normalizeDbInstance } from './rds.js';
import { normalizeBucket } from './s3.js';
import { GROUP_TYPE, normalizeSecurityGroups, RULE_TYPES } from './security-groups.js';
import { CLOUDFORMATION_GROUPS, CLOUDFORMATION_SPECS } from '../aws/index.js';
import type { CfnGroupTools } from '../aws/spec.js';
import { attributesBySpec } from './spec.js';
import { isolated } from './isolate.js';

export interface CfnResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** Logical ids of resources left out because their `Condition` is false. */
  excluded: string[];
}

/**
 * One resolved CloudFormation template → canonical resources, scope = the root template's path
 * (a nested stack's resources have ids prefixed with its stack path: `Network/AWS::EC2::…`). S3
 * buckets and security groups get their canonical model; any other type passes through as
 * `cfn.<Type>` with its resolved Properties as attributes.
 */
export function normalizeCloudFormation(resolved: ResolvedTemplate | undefined): CfnResult {
  const out: CfnResult = { resources: [], diagnostics: [], excluded: [] };
  if (resolved === undefined) return out;
  const { doc, ctx, resources } = resolved;
  out.diagnostics.push(...resolved.diagnostics);
  out.excluded.push(...resolved.excluded);
  // a nested stack's resources carry its path from the root template; they are one deployment with it
  const prefix = resolved.stack.map((logicalId) => `${logicalId}/`).join('');
  const toResource = resourceFactory(doc, prefix, resolved.rootPath);
  const policies = attachBucketPolicies(resources);
  const logTargets = accessLogTargets(resources);
  const tools = groupTools(doc, ctx, toResource);
  const each = (items: CfnResource[], normalize: (items: CfnResource[]) => Resource[]) => out.resources.push(...isolated(items, normalize, doc, out.diagnostics));
  for (const group of CLOUDFORMATION_GROUPS) each(resources.filter((r) => group.nativeTypes.includes(r.type)), (members) => group.normalize(members, tools));
  for (const resource of resources) {
    if (resource.type === GROUP_TYPE || resource.type in RULE_TYPES || GROUPED_TYPES.has(resource.type)) continue;
    each([resource], () => [normalizeOne(resource, doc, ctx, tools, toResource, { policies, logTargets })]);
  }
  each(resources.filter((r) => r.type === GROUP_TYPE || r.type in RULE_TYPES), (members) => normalizeSecurityGroups(members, doc, ctx, toResource));
  // Template order, whatever normaliser produced them: goldens and reports stay stable.
  const order = new Map(resources.map((r, i) => [`${prefix}${r.type}/${r.logicalId}`, i]));
  out.resources.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return out;
}

function normalizeOne(
  resource: CfnResource,
  doc: ParsedDocument,
  ctx: TemplateContext,
  tools: CfnGroupTools,
  toResource: ReturnType<typeof resourceFactory>,
  s3: { policies: ReturnType<typeof attachBucketPolicies>; logTargets: Set<string> },
): Resource {
  const spec = CLOUDFORMATION_SPECS.get(resource.type);
  if (spec) return tools.bySpec(resource, spec.canonicalType, spec.mapping);
  const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
  if (resource.type === BUCKET_TYPE) return toResource(resource, 'aws.s3.bucket', normalizeBucket(resource, provenance, s3.policies.get(resource.logicalId), s3.logTargets.has(resource.logicalId)), provenance);
  if (resource.type === DB_INSTANCE_TYPE) return toResource(resource, 'aws.rds.db_instance', normalizeDbInstance(resource, provenance), provenance);
  passThroughProvenance(resource, provenance);
  return toResource(resource, `cfn.${resource.type}`, resource.properties, provenance);
}

const GROUPED_TYPES = new Set(CLOUDFORMATION_GROUPS.flatMap((g) => g.nativeTypes));

function groupTools(doc: ParsedDocument, ctx: TemplateContext, toResource: ReturnType<typeof resourceFactory>): CfnGroupTools {
  return {
    bySpec: (resource, canonicalType, mapping) => {
      const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
      return toResource(resource, canonicalType, attributesBySpec(resource, mapping, provenance), provenance);
    },
    raw: (resource) => {
      const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
      passThroughProvenance(resource, provenance);
      return toResource(resource, `cfn.${resource.type}`, resource.properties, provenance);
    },
    pointAt: (target, canonical, logicalId) => {
      const range = doc.locate(['Resources', logicalId]);
      if (range) target.provenance.set(pathKey(canonical), range);
    },
  };
}

/** Every property's range; a SAM resource's merged Globals point at the Globals section. */
function passThroughProvenance(resource: CfnResource, provenance: ProvenanceBuilder): void {
  if (!resource.origins) {
    provenance.deferProperties(resource.raw.Properties);
    return;
  }
  for (const [key, templatePath] of resource.origins) provenance.setAt(JSON.parse(key) as (string | number)[], templatePath);
}

function resourceFactory(doc: ParsedDocument, prefix: string, scope: string) {
  return (resource: CfnResource, type: string, attributes: object, provenance: ProvenanceBuilder): Resource => ({
    id: `${prefix}${resource.type}/${resource.logicalId}`,
    type,
    source: { format: 'cloudformation', path: doc.file.path, nativeType: resource.type },
    attributes: attributes as Record<string, unknown>,
    raw: resource.raw,
    provenance: provenance.map,
    scope,
  });
}
