import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

function awsConfig(configuration: object): Resource {
  const item = { resourceType: 'AWS::SNS::Topic', resourceId: 't', configurationItemStatus: 'OK', configuration };
  return normalizeAwsConfig(parseAwsConfigSnapshot({ absolutePath: '/s.json', path: 's.json', format: 'aws-config' }, JSON.stringify({ configurationItems: [item] }))).resources[0];
}

describe('sns: topic encryption', () => {
  it('is off without a key, and an empty key names none', async () => {
    const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, `variable "key" { type = string }
resource "aws_sns_topic" "none" {}
resource "aws_sns_topic" "empty" {
  kms_master_key_id = ""
}
resource "aws_sns_topic" "var" {
  kms_master_key_id = var.key
}
`);
    const [none, empty, unresolved] = normalizeTerraformDocs([doc]).resources;
    expect(none.attributes.encrypted).toBe(false);
    expect(empty.attributes.encrypted).toBe(false);
    expect(isUnknown(unresolved.attributes.encrypted)).toBe(true);
  });

  it('reads Config: recorded attributes without KmsMasterKeyId mean no key; an empty item says nothing', () => {
    expect(awsConfig({ TopicArn: 'arn:aws:sns:eu-west-1:1:t' }).attributes).toMatchObject({ kms_master_key_id: null, encrypted: false });
    expect(awsConfig({ TopicArn: 'arn', KmsMasterKeyId: 'alias/aws/sns' }).attributes.encrypted).toBe(true);
    expect(isUnknown(awsConfig({}).attributes.encrypted)).toBe(true);
  });
});
