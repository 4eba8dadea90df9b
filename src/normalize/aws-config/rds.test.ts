import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import { pathKey } from '../../model/resource.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { normalizeAwsConfig } from './index.js';

const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
const normalize = (configuration: unknown) => {
  const item = {
    resourceType: 'AWS::RDS::DBInstance', resourceId: 'db-1', resourceName: 'app', ARN: 'arn:aws:rds:eu-west-1:111122223333:db:app',
    awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK', configuration,
  };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources[0];
};

const recorded = {
  dBInstanceIdentifier: 'app', engine: 'postgres', storageEncrypted: false, kmsKeyId: null, publiclyAccessible: true,
  backupRetentionPeriod: 0, deletionProtection: false, multiAZ: false, iAMDatabaseAuthenticationEnabled: false, autoMinorVersionUpgrade: false,
};

describe('normalizeAwsConfig: AWS::RDS::DBInstance', () => {
  it('reads the recorded values of a snapshot item, with their lines', () => {
    const db = normalize(recorded);
    expect(db.type).toBe('aws.rds.db_instance');
    expect(db.id).toBe('arn:aws:rds:eu-west-1:111122223333:db:app');
    expect(db.attributes).toEqual({
      identifier: 'app', engine: 'postgres', storage_encrypted: false, kms_key_id: null, publicly_accessible: true, backup_retention_period: 0,
      deletion_protection: false, multi_az: false, iam_database_authentication_enabled: false, auto_minor_version_upgrade: false,
    });
    const lines = ['identifier', 'storage_encrypted', 'backup_retention_period'].map((p) => db.provenance.get(pathKey([p]))?.startLine);
    expect(lines).toEqual([12, 14, 17]);
  });

  it('reads the API shape (configuration as a JSON string) the same way', () => {
    expect(normalize(JSON.stringify(recorded)).attributes).toEqual(normalize(recorded).attributes);
  });

  it('leaves what Config did not record unknown, never a default', () => {
    const db = normalize({ dBInstanceIdentifier: 'app', engine: 'mysql' });
    for (const name of ['storage_encrypted', 'publicly_accessible', 'backup_retention_period', 'deletion_protection', 'multi_az', 'auto_minor_version_upgrade']) {
      expect(isUnknown(db.attributes[name])).toBe(true);
    }
  });

  it('leaves the cluster settings of an Aurora member unknown and keeps its recorded encryption', () => {
    const db = normalize({ ...recorded, engine: 'aurora-mysql', dBClusterIdentifier: 'c', storageEncrypted: true });
    expect(db.attributes.storage_encrypted).toBe(true);
    for (const name of ['backup_retention_period', 'deletion_protection', 'multi_az']) expect(isUnknown(db.attributes[name])).toBe(true);
  });
});
