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
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Parameters:\n  Arn:\n    Type: String\nResources:\n${resources}`);
  return normalizeTemplate(doc).resources;
}

const rotationOf = (resources: Resource[], id: string): unknown => resources.find((r) => r.id === id)?.attributes.rotation_enabled;

describe('aws.secretsmanager.secret', () => {
  it('Terraform: a rotation that references the secret enables its rotation; others stay off', async () => {
    const resources = await terraform(`resource "aws_secretsmanager_secret" "db" {
  name       = "db"
  kms_key_id = aws_kms_key.k.arn
}
resource "aws_secretsmanager_secret" "api" {
  name = "api"
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 30
  }
}
resource "aws_secretsmanager_secret_rotation" "external" {
  secret_id           = data.aws_secretsmanager_secret.other.arn
  rotation_lambda_arn = aws_lambda_function.rotate.arn
}
`);
    const db = resources.find((r) => r.id === 'aws_secretsmanager_secret.db')!;
    expect(db.attributes.rotation_enabled).toBe(true);
    expect(isUnknown(db.attributes.kms_key_id)).toBe(true);
    expect(db.provenance.get(pathKey(['rotation_enabled']))?.startLine).toBe(8);
    expect(resources.find((r) => r.id === 'aws_secretsmanager_secret.api')!.attributes).toEqual({ name: 'api', rotation_enabled: false, kms_key_id: null });
    expect(resources.map((r) => r.type)).toContain('tf.aws_secretsmanager_secret_rotation');
  });

  it('Terraform: a rotation whose secret cannot be told leaves the others unknown', async () => {
    const resources = await terraform(`variable "pick" {}
resource "aws_secretsmanager_secret" "api" {}
resource "aws_secretsmanager_secret" "other" {}
resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id = var.pick ? aws_secretsmanager_secret.api.id : aws_secretsmanager_secret.other.id
}
`);
    expect(isUnknown(rotationOf(resources, 'aws_secretsmanager_secret.api'))).toBe(true);
  });

  it('Terraform: a rotation naming the secret through a local is told by where the value came from', async () => {
    const resources = await terraform(`locals {
  secret = aws_secretsmanager_secret.api.id
}
resource "aws_secretsmanager_secret" "api" {}
resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id = local.secret
}
`);
    expect(rotationOf(resources, 'aws_secretsmanager_secret.api')).toBe(true);
  });

  it('CloudFormation: a RotationSchedule naming the secret (Ref or GetAtt) enables rotation', () => {
    const resources = cloudformation(`  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      KmsKeyId: alias/app
  Api:
    Type: AWS::SecretsManager::Secret
  Other:
    Type: AWS::SecretsManager::Secret
  DbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Db
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
  ApiRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !GetAtt Api.Id
  External:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Arn
`);
    expect(resources.find((r) => r.id === 'AWS::SecretsManager::Secret/Db')!.attributes).toEqual({ name: null, rotation_enabled: true, kms_key_id: 'alias/app' });
    expect(rotationOf(resources, 'AWS::SecretsManager::Secret/Api')).toBe(true);
    expect(rotationOf(resources, 'AWS::SecretsManager::Secret/Other')).toBe(false);
  });

  it('CloudFormation: an unresolved SecretId leaves secrets without a schedule unknown', () => {
    const resources = cloudformation(`  Db:
    Type: AWS::SecretsManager::Secret
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !If [Cond, !Ref Db, !Ref Arn]
`);
    expect(isUnknown(rotationOf(resources, 'AWS::SecretsManager::Secret/Db'))).toBe(true);
  });

  it('AWS Config: a recorded secret without RotationEnabled or KMSKeyId is not rotated and uses the AWS managed key', () => {
    const item = (configuration: unknown) => ({ resourceType: 'AWS::SecretsManager::Secret', resourceId: 's', configurationItemStatus: 'OK', configuration });
    const file = { absolutePath: '/s/snap.json', path: 'snap.json', format: 'aws-config' as const };
    const snapshot = { configurationItems: [item({ ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:a', Name: 'a' }), item({ Name: 'b', RotationEnabled: true, KMSKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), item({})] };
    snapshot.configurationItems.forEach((it, i) => (it.resourceId = `s${i}`));
    const [a, b, empty] = normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify(snapshot))).resources;
    expect(a.attributes).toEqual({ name: 'a', rotation_enabled: false, kms_key_id: null });
    expect(b.attributes).toEqual({ name: 'b', rotation_enabled: true, kms_key_id: 'arn:aws:kms:eu-west-1:1:key/k' });
    expect(isUnknown(empty.attributes.rotation_enabled)).toBe(true);
  });
});
