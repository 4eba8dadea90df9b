import { unknownValue, type UnknownValue } from '../../model/unknown.js';
import { child, decodeJson, elements, text, type Located } from './item.js';

/** S3's predefined groups, by the name Config writes (`AllUsers`) or the tail of their URI. */
const GROUPS = ['AllUsers', 'AuthenticatedUsers', 'LogDelivery'] as const;
type Group = (typeof GROUPS)[number];

/**
 * The canned ACL a recorded AccessControlList amounts to. Config records grants, not the canned
 * name, so the grants are matched against the canned ACLs S3 expands them to; a grant list that
 * matches none is the canned ACL with the same public reach when it grants to a public group, and
 * otherwise (grants to other accounts, odd permissions) unknown, not guessed.
 */
export function s3Acl(node: Located): string | UnknownValue {
  const acl = decodeJson(node.value);
  if (acl === undefined || acl === null) return unknownValue('AWS Config recorded no AccessControlList');
  const owner = text(child(child(node, 'owner'), 'id'));
  const groupGrants = new Map<Group, Set<string>>();
  let otherGrantee = false;
  for (const grant of elements(child(node, 'grantList'))) {
    const permission = (text(child(grant, 'permission')) ?? '').toLowerCase().replace(/_/g, '');
    const group = groupOf(child(grant, 'grantee'));
    if (group) groupGrants.set(group, (groupGrants.get(group) ?? new Set()).add(permission));
    else if (owner === undefined || text(child(child(grant, 'grantee'), 'id')) !== owner) otherGrantee = true;
  }
  const canned = otherGrantee ? undefined : cannedName(groupGrants);
  if (canned !== undefined) return canned;
  // grants to a public group make the bucket public whatever else the list grants, as in Terraform
  const reach = publicReach(groupGrants);
  if (reach !== undefined) return reach;
  if (otherGrantee) return unknownValue('the AccessControlList grants access to other accounts; it matches no canned ACL');
  return unknownValue('the AccessControlList matches no canned ACL');
}

/**
 * The canned ACL with the same public reach as grants that match none exactly (terraform/s3-grants.ts
 * does the same for Terraform grants): AllUsers with Write or FullControl is public-read-write,
 * AllUsers otherwise public-read, AuthenticatedUsers authenticated-read.
 */
function publicReach(grants: Map<Group, Set<string>>): string | undefined {
  const all = grants.get('AllUsers');
  if (all && (all.has('write') || all.has('fullcontrol'))) return 'public-read-write';
  if (all) return 'public-read';
  if (grants.has('AuthenticatedUsers')) return 'authenticated-read';
  return undefined;
}

function cannedName(grants: Map<Group, Set<string>>): string | undefined {
  const all = grants.get('AllUsers');
  const authenticated = grants.get('AuthenticatedUsers');
  const logDelivery = grants.get('LogDelivery');
  if (grants.size === 0) return 'private';
  if (grants.size > 1) return undefined;
  if (all && same(all, ['read', 'write'])) return 'public-read-write';
  if (all && same(all, ['read'])) return 'public-read';
  if (authenticated && same(authenticated, ['read'])) return 'authenticated-read';
  if (logDelivery && same(logDelivery, ['readacp', 'write'])) return 'log-delivery-write';
  return undefined;
}

/** A grantee is a group as a bare name (`"AllUsers"`) or an object with its URI. */
function groupOf(grantee: Located): Group | undefined {
  const name = text(grantee) ?? text(child(grantee, 'uri')) ?? text(child(grantee, 'identifier'));
  if (name === undefined) return undefined;
  const tail = name.split('/').pop() ?? name;
  return GROUPS.find((group) => group.toLowerCase() === tail.toLowerCase());
}

function same(actual: Set<string>, expected: string[]): boolean {
  return actual.size === expected.length && expected.every((permission) => actual.has(permission));
}
