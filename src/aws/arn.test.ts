import { describe, expect, it } from '@jest/globals';
import { parseArn, resourceKeyFromArn } from './arn.js';

describe('resourceKeyFromArn', () => {
  it.each([
    ['arn:aws:s3:::acme-logs', { resourceType: 'AWS::S3::Bucket', resourceId: 'acme-logs' }],
    ['arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123abcd', { resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0123abcd' }],
    ['arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc', { resourceType: 'AWS::EC2::Instance', resourceId: 'i-0abc' }],
    ['arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0abc', { resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-0abc' }],
    ['arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', { resourceType: 'AWS::KMS::Key', resourceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }],
    // Config's id is not in these ARNs (DbiResourceId, AROA…, …): named, to be looked up
    ['arn:aws:rds:eu-west-1:123456789012:db:orders', { resourceType: 'AWS::RDS::DBInstance', resourceName: 'orders' }],
    ['arn:aws:rds:eu-west-1:123456789012:cluster:orders', { resourceType: 'AWS::RDS::DBCluster', resourceName: 'orders' }],
    ['arn:aws:iam::123456789012:role/service-role/deployer', { resourceType: 'AWS::IAM::Role', resourceName: 'deployer' }],
    ['arn:aws:iam::123456789012:user/alice', { resourceType: 'AWS::IAM::User', resourceName: 'alice' }],
    ['arn:aws:iam::123456789012:policy/ops/ReadOnly', { resourceType: 'AWS::IAM::Policy', resourceName: 'ReadOnly' }],
    ['arn:aws:lambda:eu-west-1:123456789012:function:resize', { resourceType: 'AWS::Lambda::Function', resourceName: 'resize' }],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders', { resourceType: 'AWS::DynamoDB::Table', resourceName: 'orders' }],
    ['arn:aws-us-gov:s3:::gov-bucket', { resourceType: 'AWS::S3::Bucket', resourceId: 'gov-bucket' }],
  ])('%s', (arn, key) => {
    expect(resourceKeyFromArn(arn)).toEqual(key);
  });

  it.each([
    'not-an-arn',
    'arn:aws:s3:::bucket/key/in/it', // an object, not a bucket
    'arn:aws:lambda:eu-west-1:123456789012:function:resize:3', // a version: Config records the function
    'arn:aws:sqs:eu-west-1:123456789012:queue', // Config's id is the queue URL: not guessed
    'arn:aws:ec2:eu-west-1:123456789012:network-interface/eni-1',
  ])('leaves %s to --resource-type/--resource-id', (arn) => {
    expect(resourceKeyFromArn(arn)).toBeUndefined();
  });

  it('reads the region, empty for global services', () => {
    expect(parseArn('arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1')?.region).toBe('eu-west-1');
    expect(parseArn('arn:aws:s3:::b')?.region).toBe('');
    expect(parseArn('arn:aws:iam::123456789012:role/r')).toMatchObject({ region: '', account: '123456789012' });
  });
});
