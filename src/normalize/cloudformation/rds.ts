import type { RdsDbInstance } from '../../model/aws/rds.js';
import { unknownValue } from '../../model/unknown.js';
import { asBool, asNumber, asString } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import type { ProvenanceBuilder } from './provenance.js';

export const DB_INSTANCE_TYPE = 'AWS::RDS::DBInstance';

type Flag = 'storage_encrypted' | 'deletion_protection' | 'multi_az' | 'iam_database_authentication_enabled' | 'auto_minor_version_upgrade';

/** Canonical boolean → property and the CloudFormation default when it is left out. */
const FLAGS: [Flag, string, boolean][] = [
  ['storage_encrypted', 'StorageEncrypted', false],
  ['deletion_protection', 'DeletionProtection', false],
  ['multi_az', 'MultiAZ', false],
  ['iam_database_authentication_enabled', 'EnableIAMDatabaseAuthentication', false],
  ['auto_minor_version_upgrade', 'AutoMinorVersionUpgrade', true],
];

/** Properties an Aurora DB cluster holds for its members ("Amazon Aurora: Not applicable" in the reference). */
const FROM_CLUSTER = ['storage_encrypted', 'kms_key_id', 'backup_retention_period', 'deletion_protection', 'multi_az', 'iam_database_authentication_enabled'] as const;
/** Properties a read replica or a restored instance takes from its source when left out. */
const FROM_SOURCE: [keyof RdsDbInstance, string][] = [['storage_encrypted', 'StorageEncrypted'], ['kms_key_id', 'KmsKeyId'], ['backup_retention_period', 'BackupRetentionPeriod']];
const SOURCES = ['SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId', 'SourceDBClusterIdentifier', 'UseLatestRestorableTime', 'RestoreTime'];

/**
 * AWS::RDS::DBInstance → aws.rds.db_instance, with CloudFormation's defaults (model/aws/rds.ts).
 * Scalars may be strings (`"true"`, `"7"`), as the resource provider accepts them.
 */
export function normalizeDbInstance(resource: CfnResource, provenance: ProvenanceBuilder): RdsDbInstance {
  const p = resource.properties;
  const out: RdsDbInstance = {
    identifier: asString(p.DBInstanceIdentifier) ?? unknownValue('DBInstanceIdentifier not set; CloudFormation generates one'),
    engine: asString(p.Engine) ?? null,
    storage_encrypted: false,
    kms_key_id: asString(p.KmsKeyId) ?? null,
    // Left out, RDS makes the instance public when its VPC has an internet gateway: unknown here.
    publicly_accessible: p.PubliclyAccessible === undefined
      ? unknownValue('PubliclyAccessible not set; RDS decides from the VPC (public with an internet gateway)')
      : asBool(p.PubliclyAccessible, false),
    backup_retention_period: asNumber(p.BackupRetentionPeriod) ?? 1,
    deletion_protection: false,
    multi_az: false,
    iam_database_authentication_enabled: false,
    auto_minor_version_upgrade: true,
  };
  for (const [canonical, property, absent] of FLAGS) out[canonical] = asBool(p[property], absent);
  for (const [canonical, property] of [['identifier', 'DBInstanceIdentifier'], ['engine', 'Engine'], ['kms_key_id', 'KmsKeyId'],
    ['publicly_accessible', 'PubliclyAccessible'], ['backup_retention_period', 'BackupRetentionPeriod'], ...FLAGS] as [string, string][]) {
    provenance.set([canonical], [property]);
  }
  const source = SOURCES.find((name) => p[name] !== undefined);
  for (const [canonical, property] of source ? FROM_SOURCE : []) {
    if (p[property] !== undefined) continue;
    (out as unknown as Record<string, unknown>)[canonical] = unknownValue(`taken from the source (${source})`);
    provenance.set([canonical], [source!]);
  }
  if (p.DBClusterIdentifier !== undefined) {
    for (const canonical of FROM_CLUSTER) {
      (out as unknown as Record<string, unknown>)[canonical] = unknownValue('set by the Aurora DB cluster');
      provenance.set([canonical], ['DBClusterIdentifier']);
    }
  }
  return out;
}
