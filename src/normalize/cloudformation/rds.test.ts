import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import { pathKey, type Resource } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

function instance(properties: string, extra = ''): Resource {
  const text = `${extra}Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources.find((r) => r.id === 'AWS::RDS::DBInstance/Db')!;
}

const line = (r: Resource, path: string): number | undefined => r.provenance.get(pathKey([path]))?.startLine;

describe('normalizeCloudFormation: AWS::RDS::DBInstance', () => {
  it('applies the CloudFormation defaults; PubliclyAccessible left out is unknown', () => {
    const db = instance('      Engine: postgres\n');
    expect(db.type).toBe('aws.rds.db_instance');
    expect(db.attributes).toMatchObject({
      engine: 'postgres', storage_encrypted: false, kms_key_id: null, backup_retention_period: 1, deletion_protection: false,
      multi_az: false, iam_database_authentication_enabled: false, auto_minor_version_upgrade: true,
    });
    expect(isUnknown(db.attributes.publicly_accessible)).toBe(true);
    expect(isUnknown(db.attributes.identifier)).toBe(true);
    expect(line(db, 'storage_encrypted')).toBeUndefined();
  });

  it('reads string booleans and numbers, with the property line as provenance', () => {
    const db = instance(`      StorageEncrypted: "true"
      PubliclyAccessible: "false"
      BackupRetentionPeriod: "7"
      MultiAZ: "TRUE"
      AutoMinorVersionUpgrade: "false"
      EnableIAMDatabaseAuthentication: true
`);
    expect(db.attributes).toMatchObject({
      storage_encrypted: true, publicly_accessible: false, backup_retention_period: 7, multi_az: true,
      auto_minor_version_upgrade: false, iam_database_authentication_enabled: true,
    });
    expect([line(db, 'storage_encrypted'), line(db, 'backup_retention_period'), line(db, 'auto_minor_version_upgrade')]).toEqual([5, 7, 9]);
  });

  it('keeps parameters without a value and resource references unknown', () => {
    const db = instance('      StorageEncrypted: !Ref Encrypted\n      BackupRetentionPeriod: !GetAtt Other.Days\n', 'Parameters:\n  Encrypted:\n    Type: String\n');
    expect(isUnknown(db.attributes.storage_encrypted)).toBe(true);
    expect(isUnknown(db.attributes.backup_retention_period)).toBe(true);
  });

  it('leaves the cluster settings of an Aurora member unknown', () => {
    const db = instance('      DBClusterIdentifier: !Ref Cluster\n      StorageEncrypted: false\n      PubliclyAccessible: true\n');
    for (const name of ['storage_encrypted', 'kms_key_id', 'backup_retention_period', 'deletion_protection', 'multi_az']) {
      expect(isUnknown(db.attributes[name])).toBe(true);
      expect(line(db, name)).toBe(5);
    }
    expect(db.attributes.publicly_accessible).toBe(true);
  });

  it('takes encryption of a replica or a restored snapshot from the source', () => {
    const db = instance('      DBSnapshotIdentifier: snap-1\n      BackupRetentionPeriod: 10\n');
    expect(isUnknown(db.attributes.storage_encrypted)).toBe(true);
    expect(db.attributes.backup_retention_period).toBe(10);
  });
});
