import { minimatch } from 'minimatch';
import { locateAttribute } from './index.js';
import type { Finding, Resource, SourceRange } from '../model/index.js';
import { stackOriginOf, type StackOrigin } from '../normalize/aws-config/stack-tags.js';

/** `aws.stacks` in `.posture.yaml`: a stack name or minimatch glob → the template it was deployed from. */
export interface StackTemplate {
  stack: string;
  /** Relative to the scan root, as the scanned templates' paths are. */
  template: string;
  /** Where the entry is written, for the warnings. */
  source?: SourceRange;
}

export interface LinkOptions {
  stacks?: readonly StackTemplate[];
  /** Told once per problem with the mapping (a template not in the scan, a logical id it lacks). */
  warn?: (message: string) => void;
}

type Link = { template: Resource; stackName: string };

/**
 * Links a live finding to the template line that created the resource. A live resource tagged
 * with `aws:cloudformation:stack-name` and `aws:cloudformation:logical-id` is linked to the
 * CloudFormation resource of that logical id and type in the same scan:
 *
 * 1. a stack named in `aws.stacks` of `.posture.yaml` (exact name first, else the first glob that
 *    matches) is linked to that template only, or to nothing when the template is not in the
 *    scan or lacks the logical id (with a warning, once): the user's word beats any heuristic;
 * 2. otherwise the templates holding a resource `<type>/<logical id>` are the candidates;
 *    one candidate: that is the link (the only template that can have created it);
 * 3. several: the one whose file or directory is named after the stack (`web.yaml`,
 *    `web.template.json` or `web/template.yaml` for stack `web`), when exactly one is;
 * 4. otherwise no link: a guess could point a reviewer at the wrong file.
 *
 * The line is the template's own place for the finding's attribute (canonical paths are the same
 * in every format), else the resource.
 */
export function linkFindingsToTemplates(findings: Finding[], resources: Resource[], options: LinkOptions = {}): Finding[] {
  const templates = new Map<string, Resource[]>();
  const live = new Map<string, Resource>();
  for (const resource of resources) {
    if (resource.source.format === 'cloudformation') (templates.get(resource.id) ?? templates.set(resource.id, []).get(resource.id)!).push(resource);
    else if (resource.source.format === 'aws-config') live.set(`${resource.scope}\u0000${resource.id}`, resource);
  }
  if (templates.size === 0 || live.size === 0) return findings;
  const cache = new Map<Resource, Link | undefined>();
  const choose = templateChooser(templates, options);
  return findings.map((finding) => {
    const resource = finding.format === 'aws-config' ? live.get(`${finding.scope}\u0000${finding.resourceId}`) : undefined;
    if (!resource) return finding;
    if (!cache.has(resource)) cache.set(resource, choose(resource));
    const link = cache.get(resource);
    if (!link) return finding;
    const location = locateAttribute(link.template, finding.attributePath);
    return { ...finding, createdBy: { resourceId: link.template.id, stackName: link.stackName, location } };
  });
}

function templateChooser(templates: Map<string, Resource[]>, options: LinkOptions): (resource: Resource) => Link | undefined {
  const stacks = options.stacks ?? [];
  const scanned = new Set([...templates.values()].flat().map((t) => normalPath(t.source.path)));
  const told = new Set<string>();
  const warn = (message: string) => {
    if (!told.has(message)) options.warn?.(message);
    told.add(message);
  };
  return (resource) => {
    const origin = stackOriginOf(resource.raw);
    if (!origin) return undefined;
    const candidates = templates.get(`${resource.source.nativeType}/${origin.logicalId}`) ?? [];
    const mapping = mappedTemplate(origin.stackName, stacks);
    if (!mapping) return heuristicLink(candidates, origin);
    const where = `${mapping.source ? `${mapping.source.path}:${mapping.source.startLine}: ` : ''}aws.stacks ${mapping.stack}: ${mapping.template}`;
    const wanted = normalPath(mapping.template);
    if (!scanned.has(wanted)) {
      warn(`${where} is not in this scan; live resources of the stacks it maps are not linked to a template`);
      return undefined;
    }
    const named = candidates.filter((c) => normalPath(c.source.path) === wanted);
    if (named.length !== 1) warn(`${where} holds no ${resource.source.nativeType}/${origin.logicalId}, which stack ${origin.stackName} created; not linked`);
    return named.length === 1 ? { template: named[0]!, stackName: origin.stackName } : undefined;
  };
}

/** The scan's own evidence: the only candidate, else the only one named after the stack. */
function heuristicLink(candidates: Resource[], origin: StackOrigin): Link | undefined {
  const named = candidates.length === 1 ? candidates : candidates.filter((c) => stackNamesOf(c.source.path).includes(origin.stackName));
  return named.length === 1 ? { template: named[0]!, stackName: origin.stackName } : undefined;
}

/** The entry for a stack: its exact name first, else the first glob (in file order) that matches. */
export function mappedTemplate<T extends StackTemplate>(stackName: string, stacks: readonly T[]): T | undefined {
  return stacks.find((s) => s.stack === stackName) ?? stacks.find((s) => minimatch(stackName, s.stack));
}

function normalPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The stack names a template path suggests: its file name without extensions, and its directory. */
export function stackNamesOf(templatePath: string): string[] {
  const parts = templatePath.replace(/\\/g, '/').split('/');
  const file = parts.pop() ?? '';
  const stem = file.replace(/(\.template)?\.(ya?ml|json|template)$/i, '');
  return parts.length > 0 ? [stem, parts[parts.length - 1]!] : [stem];
}
