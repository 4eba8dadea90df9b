import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

async function normalize(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

const line = (r: Resource, path: string): number | undefined => r.provenance.get(pathKey([path]))?.startLine;

describe('normalizeTerraform: aws_db_instance', () => {
  it('applies the provider defaults to absent attributes, with no provenance', async () => {
    const [db] = await normalize('resource "aws_db_instance" "db" {\n  identifier = "app"\n  engine     = "postgres"\n}\n');
    expect(db.type).toBe('aws.rds.db_instance');
    expect(db.attributes).toEqual({
      identifier: 'app', engine: 'postgres', storage_encrypted: false, kms_key_id: null, publicly_accessible: false,
      backup_retention_period: 1, deletion_protection: false, multi_az: false,
      iam_database_authentication_enabled: false, auto_minor_version_upgrade: true,
    });
    expect(line(db, 'identifier')).toBe(2);
    expect(line(db, 'storage_encrypted')).toBeUndefined();
  });

  it('converts strings and numbers as HCL does, with the attribute line as provenance', async () => {
    const [db] = await normalize(`resource "aws_db_instance" "db" {
  storage_encrypted          = "true"
  backup_retention_period    = "7"
  publicly_accessible        = true
  auto_minor_version_upgrade = false
}
`);
    expect(db.attributes).toMatchObject({ storage_encrypted: true, backup_retention_period: 7, publicly_accessible: true, auto_minor_version_upgrade: false });
    expect(isUnknown(db.attributes.identifier)).toBe(true);
    expect([line(db, 'storage_encrypted'), line(db, 'backup_retention_period'), line(db, 'auto_minor_version_upgrade')]).toEqual([2, 3, 5]);
  });

  it('keeps unresolved values unknown, never false', async () => {
    const [db] = await normalize(`variable "encrypted" { type = bool }
resource "aws_db_instance" "db" {
  storage_encrypted       = var.encrypted
  backup_retention_period = var.encrypted ? 7 : 0
}
`);
    expect(isUnknown(db.attributes.storage_encrypted)).toBe(true);
    expect(isUnknown(db.attributes.backup_retention_period)).toBe(true);
  });

  it('leaves the cluster settings of an Aurora member unknown, whatever the instance says', async () => {
    const resources = await normalize(`resource "aws_rds_cluster" "c" {
  cluster_identifier = "c"
}
resource "aws_db_instance" "m" {
  cluster_identifier = aws_rds_cluster.c.id
  engine             = "aurora-mysql"
  storage_encrypted  = false
}
`);
    const db = resources.find((r) => r.id === 'aws_db_instance.m')!;
    expect(db.type).toBe('aws.rds.db_instance');
    for (const name of ['storage_encrypted', 'kms_key_id', 'backup_retention_period', 'deletion_protection', 'multi_az']) {
      expect(isUnknown(db.attributes[name])).toBe(true);
      expect(line(db, name)).toBe(5);
    }
    expect(db.attributes.publicly_accessible).toBe(false);
  });

  it('takes encryption and retention of a replica from its source unless written', async () => {
    const [db] = await normalize(`resource "aws_db_instance" "r" {
  replicate_source_db     = "orders"
  backup_retention_period = 3
}
`);
    expect(isUnknown(db.attributes.storage_encrypted)).toBe(true);
    expect(isUnknown(db.attributes.kms_key_id)).toBe(true);
    expect(db.attributes.backup_retention_period).toBe(3);
    expect(line(db, 'storage_encrypted')).toBe(2);
  });
});
