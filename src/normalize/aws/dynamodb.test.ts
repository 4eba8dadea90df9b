import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(resources: string): Resource[] {
  const doc = parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Resources:\n${resources}`);
  return normalizeTemplate(doc).resources;
}

function awsConfig(item: Record<string, unknown>): Resource {
  const full = { resourceId: 'r-1', awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK', ...item };
  const file = { absolutePath: '/x/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [full] }, null, 2))).resources[0];
}

const line = (r: Resource, ...path: string[]): number | undefined => r.provenance.get(pathKey(path))?.startLine;

describe('aws.dynamodb.table', () => {
  it('applies the Terraform defaults: PITR, deletion protection and KMS off', async () => {
    const [table] = await terraform('resource "aws_dynamodb_table" "t" {\n  name     = "t"\n  hash_key = "id"\n}\n');
    expect(table.type).toBe('aws.dynamodb.table');
    expect(table.attributes).toEqual({
      point_in_time_recovery_enabled: false,
      deletion_protection_enabled: false,
      encryption: { kms_enabled: false, kms_key_id: null, customer_managed_key: false },
    });
  });

  it('counts a key of the module as customer managed, and the aws/dynamodb alias or no key as not', async () => {
    const resources = await terraform(`resource "aws_kms_key" "k" {}
resource "aws_dynamodb_table" "own" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
}
resource "aws_dynamodb_table" "managed" {
  server_side_encryption {
    enabled = true
  }
}
resource "aws_dynamodb_table" "alias" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb"
  }
}
variable "key" { type = string }
resource "aws_dynamodb_table" "input" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.key
  }
}
`);
    const cmk = (id: string): unknown => (resources.find((r) => r.id === `aws_dynamodb_table.${id}`)!.attributes.encryption as Record<string, unknown>).customer_managed_key;
    expect([cmk('own'), cmk('managed'), cmk('alias')]).toEqual([true, false, false]);
    expect(isUnknown(cmk('input'))).toBe(true);
    expect(line(resources.find((r) => r.id === 'aws_dynamodb_table.own')!, 'encryption', 'customer_managed_key')).toBe(5);
  });

  it('reads CloudFormation: a named key other than the AWS managed one is customer managed', () => {
    const [table] = cloudformation(`  T:
    Type: AWS::DynamoDB::Table
    Properties:
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: "true"
      SSESpecification:
        SSEEnabled: true
        KMSMasterKeyId: arn:aws:kms:eu-west-1:111122223333:key/abc
`);
    expect(table.attributes).toEqual({
      point_in_time_recovery_enabled: true,
      deletion_protection_enabled: false,
      encryption: { kms_enabled: true, kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/abc', customer_managed_key: true },
    });
  });

  it('reads Config: PITR status, a null SSE description is the AWS owned key, a KMS key is unknown', () => {
    const item = (ssedescription: unknown): Resource => awsConfig({
      resourceType: 'AWS::DynamoDB::Table',
      configuration: { tableName: 't', ssedescription, deletionProtectionEnabled: true },
      supplementaryConfiguration: { ContinuousBackupsDescription: JSON.stringify({ pointInTimeRecoveryDescription: { pointInTimeRecoveryStatus: 'DISABLED' } }) },
    });
    const owned = item(null);
    expect(owned.attributes).toEqual({
      point_in_time_recovery_enabled: false,
      deletion_protection_enabled: true,
      encryption: { kms_enabled: false, kms_key_id: null, customer_managed_key: false },
    });
    const kms = item({ status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc' }).attributes.encryption as Record<string, unknown>;
    expect(kms.kms_enabled).toBe(true);
    expect(isUnknown(kms.customer_managed_key)).toBe(true);
  });

  it('leaves what Config did not record unknown', () => {
    const table = awsConfig({ resourceType: 'AWS::DynamoDB::Table', configuration: { tableName: 't' } });
    const encryption = table.attributes.encryption as Record<string, unknown>;
    for (const value of [table.attributes.point_in_time_recovery_enabled, table.attributes.deletion_protection_enabled, encryption.kms_enabled, encryption.customer_managed_key]) {
      expect(isUnknown(value)).toBe(true);
    }
  });
});
