import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const TEMPLATE = `Parameters:
  Name: {Type: String, Default: data-bucket}
Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_18
            comment: access logs go elsewhere
    Properties:
      BucketName: !Ref Name
  Logs:
    Type: AWS::S3::Bucket
  Twice:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: data-bucket
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:*
            Condition:
              Bool:
                aws:SecureTransport: false
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument: !If [Unknown, {Statement: []}, {Statement: [{Effect: Allow}]}]
  TwicePolicyA:
    Type: AWS::S3::BucketPolicy
    Properties: {Bucket: !Ref Twice, PolicyDocument: {Statement: []}}
  TwicePolicyB:
    Type: AWS::S3::BucketPolicy
    Properties: {Bucket: !Ref Twice, PolicyDocument: {Statement: []}}
  Elsewhere:
    Type: AWS::S3::BucketPolicy
    Properties: {Bucket: !ImportValue shared-bucket, PolicyDocument: {Statement: []}}
`;

describe('AWS::S3::BucketPolicy → its bucket', () => {
  const resources = normalizeTemplate(parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, TEMPLATE)).resources;
  const byId = new Map(resources.map((r) => [r.id, r]));
  const bucket = (id: string) => byId.get(`AWS::S3::Bucket/${id}`)!;

  it('attaches a policy naming the bucket by its resolved name, with positions in the policy resource', () => {
    expect(bucket('Data').attributes.policy).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': false } } }],
    });
    expect(bucket('Data').provenance.get(pathKey(['policy']))?.startLine).toBe(21);
    expect(bucket('Data').provenance.get(pathKey(['policy', 'Statement', 0, 'Effect']))?.startLine).toBe(24);
    expect(bucket('Data').provenance.get(pathKey(['policy', 'Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport']))?.startLine).toBe(29);
  });

  it('attaches by Ref; an unresolved document is unknown, two policies for one bucket are unknown', () => {
    expect(bucket('Logs').attributes.policy).toMatchObject({ $unknown: true });
    expect(bucket('Logs').provenance.get(pathKey(['policy']))?.startLine).toBe(34);
    expect(bucket('Twice').attributes.policy).toEqual({ $unknown: true, reason: 'bucket policies TwicePolicyA and TwicePolicyB both name this bucket' });
  });

  it('keeps every policy as a resource of its own, and one naming an unknown bucket attached to none', () => {
    expect(byId.get('AWS::S3::BucketPolicy/Elsewhere')?.type).toBe('cfn.AWS::S3::BucketPolicy');
    expect(resources.filter((r) => r.type === 'aws.s3.bucket').map((r) => r.attributes.policy === null)).toEqual([false, false, false]);
  });

  it('exposes the resource Metadata (inline suppressions) on raw, untouched', () => {
    expect(bucket('Data').raw.Metadata).toEqual({ checkov: { skip: [{ id: 'CKV_AWS_18', comment: 'access logs go elsewhere' }] } });
    expect(bucket('Logs').raw.Metadata).toBeUndefined();
  });
});
