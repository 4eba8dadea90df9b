import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: ACL grants to AllUsers/AuthenticatedUsers were not treated like the matching canned ACL.
const publicAcl = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0101 '));

const splitAcl = (group: string, permission: string): string => `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/${group}"
      }
      permission = "${permission}"
    }
  }
}
`;

const inlineGrant = (group: string): string => `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/${group}"
    permissions = ["READ"]
  }
}
`;

describe('S3 ACL grants to public groups count as the matching canned ACL', () => {
  it('aws_s3_bucket_acl: AllUsers and AuthenticatedUsers grants are reported at the grant; LogDelivery is not', async () => {
    expect(publicAcl((await scanFiles({ 'main.tf': splitAcl('global/AllUsers', 'READ') })).findings)).toEqual(['AWS-0101 aws_s3_bucket.site main.tf:11 acl']);
    expect(publicAcl((await scanFiles({ 'main.tf': splitAcl('global/AuthenticatedUsers', 'FULL_CONTROL') })).findings)).toEqual(['AWS-0101 aws_s3_bucket.site main.tf:11 acl']);
    expect(publicAcl((await scanFiles({ 'main.tf': splitAcl('s3/LogDelivery', 'WRITE') })).findings)).toEqual([]);
  });

  it('provider v3 inline grant blocks: an AllUsers grant is reported at the grant; LogDelivery is not', async () => {
    expect(publicAcl((await scanFiles({ 'main.tf': inlineGrant('global/AllUsers') })).findings)).toEqual(['AWS-0101 aws_s3_bucket.site main.tf:3 acl']);
    expect(publicAcl((await scanFiles({ 'main.tf': inlineGrant('s3/LogDelivery') })).findings)).toEqual([]);
  });
});
