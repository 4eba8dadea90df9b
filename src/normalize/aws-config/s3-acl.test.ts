import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: recorded ACL grants to AllUsers/AuthenticatedUsers that match no canned ACL exactly
// (FullControl, a grant to another account beside them) were unknown, so AWS-0101 stayed silent.
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

function snapshot(grants: unknown[]): string {
  const acl = { owner: { id: 'me' }, grantList: [{ grantee: { id: 'me' }, permission: 'FullControl' }, ...grants] };
  const item = {
    resourceType: 'AWS::S3::Bucket', resourceId: 'acme-site', ARN: 'arn:aws:s3:::acme-site', awsAccountId: '111122223333', awsRegion: 'eu-west-1',
    configurationItemStatus: 'OK', configuration: { name: 'acme-site' },
    supplementaryConfiguration: { AccessControlList: JSON.stringify(acl) },
  };
  return JSON.stringify({ configurationItems: [item] }, null, 2);
}

const scan = async (grants: unknown[]) => scanFiles({ 'snapshot.json': snapshot(grants) });
// the line of "AccessControlList" in the pretty-printed snapshot above
const AT = 'AWS-0101 arn:aws:s3:::acme-site snapshot.json:14 acl';

describe('AWS-0101 on AWS Config: grants to public groups count as the canned ACL with the same reach', () => {
  it.each([
    ['AllUsers FullControl', [{ grantee: 'AllUsers', permission: 'FullControl' }]],
    ['AllUsers Read beside another account', [{ grantee: { id: 'partner' }, permission: 'Read' }, { grantee: 'AllUsers', permission: 'Read' }]],
    ['AuthenticatedUsers Write (by URI)', [{ grantee: { uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, permission: 'Write' }]],
    ['AllUsers ReadAcp and LogDelivery', [{ grantee: 'AllUsers', permission: 'ReadAcp' }, { grantee: 'LogDelivery', permission: 'Write' }]],
  ])('reports %s at the recorded ACL', async (_name, grants) => {
    expect(only('AWS-0101', (await scan(grants)).findings)).toEqual([AT]);
  });

  it('reports nothing for grants to the owner or another account only (unknown, never a finding)', async () => {
    expect(only('AWS-0101', (await scan([])).findings)).toEqual([]);
    const partner = await scan([{ grantee: { id: 'partner' }, permission: 'Read' }]);
    expect(only('AWS-0101', partner.findings)).toEqual([]);
    expect(partner.inconclusiveAt.filter((i) => i.startsWith('AWS-0101 '))).toEqual([AT]);
  });
});
