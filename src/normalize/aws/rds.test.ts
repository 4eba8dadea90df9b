import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(body: string): Promise<Resource> {
  const text = `resource "aws_rds_cluster" "c" {\n  cluster_identifier = "c"\n  engine = "aurora-postgresql"\n${body}}\n`;
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources[0];
}

function cloudformation(properties: string): Resource {
  const text = `Resources:\n  C:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources[0];
}

describe('aws.rds.db_cluster', () => {
  it('applies the provider defaults', async () => {
    const c = await terraform('');
    expect(c.type).toBe('aws.rds.db_cluster');
    expect(c.attributes).toEqual({
      engine: 'aurora-postgresql', engine_mode: 'provisioned', storage_encrypted: false, kms_key_id: null, deletion_protection: false, backup_retention_period: 1,
    });
  });

  it('encrypts Aurora Serverless v1 always', async () => {
    expect((await terraform('  engine_mode = "serverless"\n')).attributes.storage_encrypted).toBe(true);
    expect(cloudformation('      EngineMode: serverless\n').attributes.storage_encrypted).toBe(true);
  });

  it('takes the encryption of a restored or replica cluster from its source unless written true', async () => {
    expect(isUnknown((await terraform('  snapshot_identifier = "snap"\n')).attributes.storage_encrypted)).toBe(true);
    expect(isUnknown((await terraform('  restore_to_point_in_time {\n    source_cluster_identifier = "x"\n  }\n')).attributes.storage_encrypted)).toBe(true);
    expect((await terraform('  snapshot_identifier = "snap"\n  storage_encrypted = true\n')).attributes.storage_encrypted).toBe(true);
    expect(isUnknown(cloudformation('      SourceDBClusterIdentifier: x\n      StorageEncrypted: false\n').attributes.storage_encrypted)).toBe(true);
  });

  it('reads CloudFormation values as written', () => {
    expect(cloudformation('      StorageEncrypted: "true"\n      DeletionProtection: true\n      BackupRetentionPeriod: "7"\n').attributes).toMatchObject({
      storage_encrypted: true, deletion_protection: true, backup_retention_period: 7,
    });
  });
});
