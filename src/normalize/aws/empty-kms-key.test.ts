import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: `kms_key_id = ""` / `KmsKeyId: ""` names no key; it left four checks silent.
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/5f0c3a7e-1d2b-4c8e-9f6a-0b1c2d3e4f5a';

const terraform = (key: string): string => `resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/web"
  kms_key_id = "${key}"
}

resource "aws_secretsmanager_secret" "db" {
  name       = "db"
  kms_key_id = "${key}"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
  kms_key_id     = "${key}"
}

resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "${key}"
  }
}
`;

const cloudformation = (key: string): string => `Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: "${key}"
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      KmsKeyId: "${key}"
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-trail
      KMSKeyId: "${key}"
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      SSESpecification:
        SSEEnabled: true
        SSEType: KMS
        KMSMasterKeyId: "${key}"
`;

const KEY_CHECKS = new Set(['AWS-0051', 'AWS-0100', 'AWS-0047', 'AWS-0061']);
const own = (findings: string[]): string[] => findings.filter((f) => KEY_CHECKS.has(f.split(' ')[0]));

describe('an empty KMS key id is no key', () => {
  it('Terraform: reported at the empty attribute; a real key passes', async () => {
    expect(own((await scanFiles({ 'main.tf': terraform('') })).findings)).toEqual([
      'AWS-0047 aws_cloudtrail.main main.tf:14 kms_key_id',
      'AWS-0051 aws_cloudwatch_log_group.app main.tf:3 kms_key_id',
      'AWS-0061 aws_dynamodb_table.orders main.tf:26 encryption.customer_managed_key',
      'AWS-0100 aws_secretsmanager_secret.db main.tf:8 kms_key_id',
    ]);
    expect(own((await scanFiles({ 'main.tf': terraform(KEY) })).findings)).toEqual([]);
  });

  it('CloudFormation: reported at the empty property; a real key passes', async () => {
    expect(own((await scanFiles({ 'template.yaml': cloudformation('') })).findings)).toEqual([
      'AWS-0047 AWS::CloudTrail::Trail/Trail template.yaml:15 kms_key_id',
      'AWS-0051 AWS::Logs::LogGroup/AppLogs template.yaml:5 kms_key_id',
      'AWS-0061 AWS::DynamoDB::Table/Orders template.yaml:22 encryption.customer_managed_key',
      'AWS-0100 AWS::SecretsManager::Secret/Db template.yaml:9 kms_key_id',
    ]);
    expect(own((await scanFiles({ 'template.yaml': cloudformation(KEY) })).findings)).toEqual([]);
  });
});
