import { isUnknown, unknownValue } from '../../model/index.js';
import type { Fields } from '../../resolve/terraform/fields.js';

/** The public groups of S3 ACLs, by the last segment of their URI. */
const PUBLIC_GROUPS = new Set(['allusers', 'authenticatedusers']);

export interface GrantsAcl {
  /** The canned ACL the grants amount to where they make the bucket public; undefined when no grant reaches a public group. */
  acl: unknown;
  /** The grant that decides it (the first public one), for provenance. */
  from: Fields | undefined;
}

/**
 * Terraform ACL grants (`grant` blocks of an `aws_s3_bucket`, or `access_control_policy.grant`
 * of an `aws_s3_bucket_acl`) → the canned ACL with the same public reach: AllUsers with WRITE
 * or FULL_CONTROL is public-read-write, AllUsers otherwise public-read, AuthenticatedUsers
 * authenticated-read. Grants to accounts or LogDelivery only reach no public group: undefined,
 * for the caller to decide (a grant list is not a canned name).
 */
export function grantsAcl(grants: Fields[]): GrantsAcl {
  const reach = new Map<string, { permissions: Set<string>; from: Fields }>();
  for (const grant of grants) {
    const grantee = grant.blocks('grantee')[0] ?? grant;
    const uri = grantee.get('uri')?.value;
    const permissions = grant.get('permission')?.value ?? grant.get('permissions')?.value;
    if (isUnknown(uri) || isUnknown(permissions)) return { acl: unknownValue('a grant of the ACL is not known'), from: grant };
    const group = typeof uri === 'string' ? (uri.split('/').pop() ?? '').toLowerCase() : '';
    if (!PUBLIC_GROUPS.has(group)) continue;
    const entry = reach.get(group) ?? reach.set(group, { permissions: new Set(), from: grant }).get(group)!;
    for (const p of Array.isArray(permissions) ? permissions : [permissions]) if (typeof p === 'string') entry.permissions.add(p.toUpperCase());
  }
  const all = reach.get('allusers');
  if (all && (all.permissions.has('WRITE') || all.permissions.has('FULL_CONTROL'))) return { acl: 'public-read-write', from: all.from };
  if (all) return { acl: 'public-read', from: all.from };
  const authenticated = reach.get('authenticatedusers');
  if (authenticated) return { acl: 'authenticated-read', from: authenticated.from };
  return { acl: undefined, from: undefined };
}
