import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import type { Resource } from '../../model/resource.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

function awsConfig(configuration: unknown): Resource {
  const item = { resourceType: 'AWS::CloudTrail::Trail', resourceId: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/t', configurationItemStatus: 'OK', configuration };
  const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources[0];
}

describe('aws.cloudtrail.trail', () => {
  it('applies the provider defaults: single region, no validation, logging on', async () => {
    const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, 'resource "aws_cloudtrail" "t" {\n  name = "t"\n}\n');
    const [trail] = normalizeTerraformDocs([doc]).resources;
    expect(trail.attributes).toEqual({
      name: 't', multi_region: false, log_file_validation_enabled: false, kms_key_id: null, cloudwatch_logs_group_arn: null, logging_enabled: true,
    });
  });

  it('leaves a CloudFormation trail without IsLogging unknown', () => {
    const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, 'Resources:\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: b\n');
    const [trail] = normalizeTemplate(doc).resources;
    expect(isUnknown(trail.attributes.logging_enabled)).toBe(true);
    expect(trail.attributes).toMatchObject({ multi_region: false, log_file_validation_enabled: false, kms_key_id: null });
  });

  it('reads a recorded trail without a key or log group as having none; logging stays unknown', () => {
    const trail = awsConfig({ name: 't', isMultiRegionTrail: true, logFileValidationEnabled: false, kmsKeyId: null });
    expect(trail.attributes).toMatchObject({ name: 't', multi_region: true, log_file_validation_enabled: false, kms_key_id: null, cloudwatch_logs_group_arn: null });
    expect(isUnknown(trail.attributes.logging_enabled)).toBe(true);
  });

  it('leaves everything unknown when the configuration was not recorded', () => {
    const trail = awsConfig(null);
    expect(isUnknown(trail.attributes.kms_key_id)).toBe(true);
    expect(isUnknown(trail.attributes.multi_region)).toBe(true);
  });
});
