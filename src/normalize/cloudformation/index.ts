import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import { asRecord } from './convert.js';
import { normalizeBucket } from './s3.js';
import { GROUP_TYPE, normalizeSecurityGroups, RULE_TYPES } from './security-groups.js';
import { ProvenanceBuilder, resolveResource, templateContext, type CfnResource } from './template.js';

interface Result {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/**
 * One CloudFormation template → resources, scope = the template's path. S3 buckets and security
 * groups get their canonical model; any other type passes through as `cfn.<Type>` with its
 * resolved Properties as attributes.
 */
export function normalizeCloudFormation(doc: ParsedDocument): Result {
  const out: Result = { resources: [], diagnostics: [] };
  const template = asRecord(doc.value);
  if (!template || Object.keys(template).length === 0) return out;
  const ctx = templateContext(template);
  const resources: CfnResource[] = [];
  for (const [logicalId, definition] of Object.entries(asRecord(template.Resources) ?? {})) {
    const raw = asRecord(definition);
    if (!raw || typeof raw.Type !== 'string') {
      const message = logicalId.startsWith('Fn::ForEach::')
        ? `${logicalId} (AWS::LanguageExtensions) is not expanded; the resources it generates are not scanned`
        : `resource ${logicalId} has no Type; skipped`;
      out.diagnostics.push(warning(doc, logicalId, message));
      continue;
    }
    resources.push(resolveResource(logicalId, raw, ctx));
  }
  if (!asRecord(template.Resources)) out.diagnostics.push(warning(doc, undefined, 'template has no Resources map'));
  const toResource = resourceFactory(doc);
  for (const resource of resources) {
    if (resource.type === GROUP_TYPE || resource.type in RULE_TYPES) continue;
    const provenance = new ProvenanceBuilder(doc, resource.logicalId);
    if (resource.type === 'AWS::S3::Bucket') {
      out.resources.push(toResource(resource, 'aws.s3.bucket', normalizeBucket(resource, provenance), provenance));
    } else {
      provenance.setTree([], resource.raw.Properties, []);
      out.resources.push(toResource(resource, `cfn.${resource.type}`, resource.properties, provenance));
    }
  }
  out.resources.push(...normalizeSecurityGroups(resources, doc, ctx, toResource));
  // Template order, whatever normaliser produced them: goldens and reports stay stable.
  const order = new Map(resources.map((r, i) => [`${r.type}/${r.logicalId}`, i]));
  out.resources.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return out;
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
    range: range ?? { path: doc.file.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  };
}
