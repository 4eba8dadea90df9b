import type { ResourceInstance } from '../../resolve/terraform/index.js';
import { evaluate } from '../../resolve/terraform/evaluate.js';
import { parentReference, withoutLastIndex } from '../../resolve/terraform/links.js';
import { SG_RULE_TYPES } from './ec2.js';
import { S3_SUB_TYPES } from './s3.js';

/** A sub-resource's link to its parent: the attribute naming it, the parent's type, the attributes it may name. */
interface Link {
  attribute: string;
  parentType: string;
  attrs: string[];
  /** The parent attribute equal to the value when it is a known string and unique (S3 bucket names are global). */
  sameName?: string;
}

const LINKS: ReadonlyMap<string, Link> = new Map<string, Link>([
  ...[...S3_SUB_TYPES].map((t): [string, Link] => [t, { attribute: 'bucket', parentType: 'aws_s3_bucket', attrs: ['id', 'bucket'], sameName: 'bucket' }]),
  ...[...SG_RULE_TYPES].map((t): [string, Link] => [t, { attribute: 'security_group_id', parentType: 'aws_security_group', attrs: ['id'] }]),
]);

/** The module path of the parent a sub-resource names, when that parent is in another module instance. */
function foreignParent(sub: ResourceInstance, link: Link, byId: Map<string, ResourceInstance>, byName: Map<string, ResourceInstance[]>): string | undefined {
  const { id, value } = parentReference(sub.block.body.attributes[link.attribute]?.expr, sub.scope, link.parentType, link.attrs);
  const parent = id === undefined ? undefined : (byId.get(id) ?? byId.get(`${withoutLastIndex(id)}[*]`));
  const named = typeof value === 'string' ? byName.get(value) : undefined;
  const found = parent ?? (named?.length === 1 ? named[0] : undefined);
  return found !== undefined && found.modulePath !== sub.modulePath ? found.modulePath : undefined;
}

function nameOf(instance: ResourceInstance, attribute: string): string | undefined {
  const expr = instance.block.body.attributes[attribute]?.expr;
  if (expr === undefined) return undefined;
  const value = evaluate(expr, instance.scope);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Instances by module instance, as the normalisers merge them, except that a sub-resource whose
 * parent is in another module instance (`bucket = module.raw.id`, `each.value.bucket_id` over a
 * module) joins its parent's: only the sub-resources linked across, never whole modules.
 */
export function groupForLinks(instances: ResourceInstance[]): ResourceInstance[][] {
  const byId = new Map(instances.map((i) => [i.id, i] as const));
  const byName = new Map<string, ResourceInstance[]>();
  for (const link of new Set([...LINKS.values()].filter((l) => l.sameName !== undefined).map((l) => `${l.parentType}.${l.sameName}`))) {
    const [type, attribute] = [link.slice(0, link.lastIndexOf('.')), link.slice(link.lastIndexOf('.') + 1)];
    for (const parent of instances.filter((i) => i.type === type)) {
      const name = nameOf(parent, attribute);
      if (name !== undefined) (byName.get(name) ?? byName.set(name, []).get(name)!).push(parent);
    }
  }
  const groups = new Map<string, ResourceInstance[]>();
  for (const i of instances) {
    const link = LINKS.get(i.type);
    const path = (link && foreignParent(i, link, byId, byName)) ?? i.modulePath;
    (groups.get(path) ?? groups.set(path, []).get(path)!).push(i);
  }
  return [...groups.values()];
}
