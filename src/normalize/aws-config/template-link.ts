import { locateAttribute } from '../../findings/index.js';
import type { Finding, Resource } from '../../model/index.js';
import { stackOriginOf } from './stack-tags.js';

/**
 * Links a live finding to the template line that created the resource. A live resource tagged
 * with `aws:cloudformation:stack-name` and `aws:cloudformation:logical-id` is linked to the
 * CloudFormation resource of that logical id and type in the same scan:
 *
 * 1. the templates holding a resource `<type>/<logical id>` are the candidates;
 * 2. one candidate: that is the link (the only template that can have created it);
 * 3. several: the one whose file or directory is named after the stack (`web.yaml`,
 *    `web.template.json` or `web/template.yaml` for stack `web`), when exactly one is;
 * 4. otherwise no link: a guess could point a reviewer at the wrong file.
 *
 * The line is the template's own place for the finding's attribute (canonical paths are the same
 * in every format), else the resource.
 */
export function linkFindingsToTemplates(findings: Finding[], resources: Resource[]): Finding[] {
  const templates = new Map<string, Resource[]>();
  const live = new Map<string, Resource>();
  for (const resource of resources) {
    if (resource.source.format === 'cloudformation') (templates.get(resource.id) ?? templates.set(resource.id, []).get(resource.id)!).push(resource);
    else if (resource.source.format === 'aws-config') live.set(`${resource.scope}\u0000${resource.id}`, resource);
  }
  if (templates.size === 0 || live.size === 0) return findings;
  const cache = new Map<Resource, { template: Resource; stackName: string } | undefined>();
  return findings.map((finding) => {
    const resource = finding.format === 'aws-config' ? live.get(`${finding.scope}\u0000${finding.resourceId}`) : undefined;
    if (!resource) return finding;
    if (!cache.has(resource)) cache.set(resource, templateOf(resource, templates));
    const link = cache.get(resource);
    if (!link) return finding;
    const location = locateAttribute(link.template, finding.attributePath);
    return { ...finding, createdBy: { resourceId: link.template.id, stackName: link.stackName, location } };
  });
}

function templateOf(resource: Resource, templates: Map<string, Resource[]>): { template: Resource; stackName: string } | undefined {
  const origin = stackOriginOf(resource.raw);
  if (!origin) return undefined;
  const candidates = templates.get(`${resource.source.nativeType}/${origin.logicalId}`) ?? [];
  const named = candidates.length === 1 ? candidates : candidates.filter((c) => stackNamesOf(c.source.path).includes(origin.stackName));
  return named.length === 1 ? { template: named[0]!, stackName: origin.stackName } : undefined;
}

/** The stack names a template path suggests: its file name without extensions, and its directory. */
export function stackNamesOf(templatePath: string): string[] {
  const parts = templatePath.replace(/\\/g, '/').split('/');
  const file = parts.pop() ?? '';
  const stem = file.replace(/(\.template)?\.(ya?ml|json|template)$/i, '');
  return parts.length > 0 ? [stem, parts[parts.length - 1]!] : [stem];
}
