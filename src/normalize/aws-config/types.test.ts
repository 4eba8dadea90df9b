import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../catalog/index.js';
import { POLICY_DIRECTORY } from '../../testing/engine.js';
import { AWS_CONFIG_SPECS } from '../aws/index.js';
import { awsConfigResourceTypes, canonicalTypeOf } from './index.js';

describe('awsConfigResourceTypes (the default of posture aws --resource-types)', () => {
  const types = awsConfigResourceTypes();

  it('holds the hand-written normalisers, every spec-driven Config type and the account public access block', () => {
    expect(types).toEqual(expect.arrayContaining(['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::RDS::DBInstance', 'AWS::S3::AccountPublicAccessBlock']));
    for (const nativeType of AWS_CONFIG_SPECS.keys()) expect(types).toContain(nativeType);
    expect(types).toEqual([...new Set(types)].sort());
    expect(types.length).toBeGreaterThanOrEqual(AWS_CONFIG_SPECS.size + 4);
  });

  it('fetches a type of every check that claims aws-config', async () => {
    const fetched = new Set(types.map(canonicalTypeOf).filter((t): t is string => t !== undefined));
    const catalog = await loadCatalog(POLICY_DIRECTORY);
    const claiming = catalog.checks.filter((c) => c.formats.includes('aws-config'));
    // A check may read several types of which Config records only one (AWS-0022 reads the default
    // group from aws.ec2.security_group); one that reads none would never run against a live account.
    const starved = claiming.filter((c) => !c.resourceTypes.some((t) => fetched.has(t))).map((c) => c.id);
    expect(claiming.length).toBeGreaterThan(40);
    expect(starved).toEqual([]);
  });
});
