import type { Diagnostic } from '../../model/diagnostic.js';
import { fileStart, pathKey } from '../../model/index.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import { attachBucketPolicies, BUCKET_TYPE } from './bucket-policy.js';
import { asRecord } from './convert.js';
import type { CfnOptions } from './parameters.js';
import type { TemplateContext } from './resolve.js';
import { DB_INSTANCE_TYPE, normalizeDbInstance } from './rds.js';
import { normalizeBucket } from './s3.js';
import { GROUP_TYPE, normalizeSecurityGroups, RULE_TYPES } from './security-groups.js';
import { ProvenanceBuilder, resolveResource, templateContext, type CfnResource } from './template.js';
import { CLOUDFORMATION_GROUPS, CLOUDFORMATION_SPECS } from '../aws/index.js';
import type { CfnGroupTools } from '../aws/spec.js';
import { attributesBySpec } from './spec.js';
import { expandLanguageExtensions } from './language-extensions.js';
import { macroDiagnostic } from './macros.js';

export { loadCfnParameters, type CfnOptions, type CfnParameterValues } from './parameters.js';

export interface CfnResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** Logical ids of resources left out because their `Condition` is false. */
  excluded: string[];
}

/**
 * One CloudFormation template → resources, scope = the template's path. S3 buckets and security
 * groups get their canonical model; any other type passes through as `cfn.<Type>` with its
 * resolved Properties as attributes. A resource whose Condition is false does not exist, so it
 * is left out; one whose Condition is unknown is kept, its `Fn::If` values unknown.
 */
export function normalizeCloudFormation(written: ParsedDocument, options: CfnOptions = {}): CfnResult {
  const out: CfnResult = { resources: [], diagnostics: [], excluded: [] };
  if (!asRecord(written.value) || Object.keys(written.value as object).length === 0) return out;
  const macros = macroDiagnostic(written);
  if (macros) out.diagnostics.push(macros);
  const { doc, diagnostics } = expandLanguageExtensions(written, options);
  out.diagnostics.push(...diagnostics);
  const template = doc.value as Record<string, unknown>;
  const ctx = templateContext(template, options);
  const resources = collectResources(doc, template, ctx, out);
  if (!asRecord(template.Resources)) out.diagnostics.push(warning(doc, undefined, 'template has no Resources map'));
  const toResource = resourceFactory(doc);
  const policies = attachBucketPolicies(resources);
  const tools = groupTools(doc, ctx, toResource);
  for (const group of CLOUDFORMATION_GROUPS) {
    const members = resources.filter((r) => group.nativeTypes.includes(r.type));
    if (members.length > 0) out.resources.push(...group.normalize(members, tools));
  }
  for (const resource of resources) {
    if (resource.type === GROUP_TYPE || resource.type in RULE_TYPES || GROUPED_TYPES.has(resource.type)) continue;
    const spec = CLOUDFORMATION_SPECS.get(resource.type);
    if (spec) {
      out.resources.push(tools.bySpec(resource, spec.canonicalType, spec.mapping));
      continue;
    }
    const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
    if (resource.type === BUCKET_TYPE) {
      const bucket = normalizeBucket(resource, provenance, policies.get(resource.logicalId));
      out.resources.push(toResource(resource, 'aws.s3.bucket', bucket, provenance));
    } else if (resource.type === DB_INSTANCE_TYPE) {
      out.resources.push(toResource(resource, 'aws.rds.db_instance', normalizeDbInstance(resource, provenance), provenance));
    } else {
      passThroughProvenance(resource, provenance);
      out.resources.push(toResource(resource, `cfn.${resource.type}`, resource.properties, provenance));
    }
  }
  out.resources.push(...normalizeSecurityGroups(resources, doc, ctx, toResource));
  // Template order, whatever normaliser produced them: goldens and reports stay stable.
  const order = new Map(resources.map((r, i) => [`${r.type}/${r.logicalId}`, i]));
  out.resources.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return out;
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

function collectResources(doc: ParsedDocument, template: Record<string, unknown>, ctx: TemplateContext, out: CfnResult): CfnResource[] {
  const resources: CfnResource[] = [];
  for (const [logicalId, definition] of Object.entries(asRecord(template.Resources) ?? {})) {
    const raw = asRecord(definition);
    if (!raw || typeof raw.Type !== 'string') {
      // A malformed Fn::ForEach has its own diagnostic from the expansion.
      if (!logicalId.startsWith('Fn::ForEach::')) out.diagnostics.push(warning(doc, logicalId, `resource ${logicalId} has no Type; skipped`));
      continue;
    }
    if (typeof raw.Condition === 'string' && ctx.conditions?.get(raw.Condition) === false) {
      out.excluded.push(logicalId);
      continue;
    }
    resources.push(resolveResource(logicalId, raw, ctx, template));
  }
  return resources;
}

/** Every property's range; a SAM resource's merged Globals point at the Globals section. */
function passThroughProvenance(resource: CfnResource, provenance: ProvenanceBuilder): void {
  if (!resource.origins) {
    provenance.setTree([], resource.raw.Properties, []);
    return;
  }
  for (const [key, templatePath] of resource.origins) provenance.setAt(JSON.parse(key) as (string | number)[], templatePath);
}

function resourceFactory(doc: ParsedDocument) {
  return (resource: CfnResource, type: string, attributes: object, provenance: ProvenanceBuilder): Resource => ({
    id: `${resource.type}/${resource.logicalId}`,
    type,
    source: { format: 'cloudformation', path: doc.file.path, nativeType: resource.type },
    attributes: attributes as Record<string, unknown>,
    raw: resource.raw,
    provenance: provenance.map,
    scope: doc.file.path,
  });
}

function warning(doc: ParsedDocument, logicalId: string | undefined, message: string): Diagnostic {
  const range = doc.locate(logicalId === undefined ? [] : ['Resources', logicalId]);
  return {
    code: 'PARSE_UNSUPPORTED',
    level: 'warning',
    message,
    range: range ?? fileStart(doc.file.path),
  };
}
