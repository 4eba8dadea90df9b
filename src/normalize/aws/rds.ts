import { unknownValue } from '../../model/index.js';
import type { ServiceModule } from './spec.js';

/** Terraform arguments that make a cluster take its encryption from elsewhere (model/aws/rds-cluster.ts). */
const TERRAFORM_SOURCES = ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier'];
const CFN_SOURCES = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier'];
const FROM_SOURCE = 'taken from the source snapshot or cluster';

/**
 * RDS DB clusters (`aws.rds.db_cluster`); DB instances have hand-written normalisers
 * (normalize/{terraform,cloudformation,aws-config}/rds.ts). model/aws/rds-cluster.ts has the table.
 */
export const rds: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.rds.db_cluster',
      terraform: {
        nativeTypes: ['aws_rds_cluster'],
        fields: {
          engine: { path: ['engine'], kind: 'string', absent: null },
          engine_mode: { path: ['engine_mode'], kind: 'string', absent: 'provisioned' },
          storage_encrypted: { path: ['storage_encrypted'], kind: 'bool', absent: false },
          kms_key_id: { path: ['kms_key_id'], kind: 'key', absent: null },
          deletion_protection: { path: ['deletion_protection'], kind: 'bool', absent: false },
          backup_retention_period: { path: ['backup_retention_period'], kind: 'number', absent: 1 },
        },
        refine: (out, { fields, set }) => {
          const written = (fields.get('storage_encrypted')?.value ?? null) !== null;
          // Aurora Serverless v1 is always encrypted
          if (!written && out.engine_mode === 'serverless') set(['storage_encrypted'], true, fields.get('engine_mode'));
          const source = TERRAFORM_SOURCES.map((name) => fields.get(name)).find((f) => f !== undefined && f.value !== null) ?? fields.blocks('restore_to_point_in_time')[0];
          if (source && out.storage_encrypted !== true) set(['storage_encrypted'], unknownValue(FROM_SOURCE), source);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::RDS::DBCluster'],
        fields: {
          engine: { path: ['Engine'], kind: 'string', absent: null },
          engine_mode: { path: ['EngineMode'], kind: 'string', absent: 'provisioned' },
          storage_encrypted: { path: ['StorageEncrypted'], kind: 'bool', absent: false },
          kms_key_id: { path: ['KmsKeyId'], kind: 'key', absent: null },
          deletion_protection: { path: ['DeletionProtection'], kind: 'bool', absent: false },
          backup_retention_period: { path: ['BackupRetentionPeriod'], kind: 'number', absent: 1 },
        },
        refine: (out, { properties, set }) => {
          const written = (properties.StorageEncrypted ?? null) !== null;
          if (!written && out.engine_mode === 'serverless') set(['storage_encrypted'], true, ['EngineMode']);
          const source = CFN_SOURCES.find((name) => (properties[name] ?? null) !== null);
          if (source && out.storage_encrypted !== true) set(['storage_encrypted'], unknownValue(FROM_SOURCE), [source]);
        },
      },
      awsConfig: {
        nativeTypes: ['AWS::RDS::DBCluster'],
        fields: {
          engine: { path: ['configuration', 'engine'], kind: 'string', absent: null },
          engine_mode: { path: ['configuration', 'engineMode'], kind: 'string' },
          storage_encrypted: { path: ['configuration', 'storageEncrypted'], kind: 'bool' },
          kms_key_id: { path: ['configuration', 'kmsKeyId'], kind: 'key', absent: null },
          deletion_protection: { path: ['configuration', 'deletionProtection'], kind: 'bool' },
          backup_retention_period: { path: ['configuration', 'backupRetentionPeriod'], kind: 'number' },
        },
      },
    },
  ],
};
