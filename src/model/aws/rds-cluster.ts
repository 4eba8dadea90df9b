import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.rds.db_cluster`: an Aurora or Multi-AZ DB cluster. Terraform (`aws_rds_cluster`),
 * CloudFormation (`AWS::RDS::DBCluster`) and AWS Config (`AWS::RDS::DBCluster` items) fill it.
 * Its member instances are `aws.rds.db_instance` (model/aws/rds.ts), which leave these settings to
 * the cluster.
 *
 * | attribute               | Terraform                               | CloudFormation                 | AWS Config |
 * |-------------------------|-----------------------------------------|--------------------------------|------------|
 * | engine                  | engine, null                            | Engine, null                   | configuration.engine |
 * | engine_mode             | engine_mode, "provisioned"              | EngineMode, "provisioned"      | configuration.engineMode |
 * | storage_encrypted       | storage_encrypted, false (true for engine_mode serverless) | StorageEncrypted, false (same) | configuration.storageEncrypted |
 * | kms_key_id              | kms_key_id, null                        | KmsKeyId, null                 | configuration.kmsKeyId |
 * | deletion_protection     | deletion_protection, false              | DeletionProtection, false      | configuration.deletionProtection |
 * | backup_retention_period | backup_retention_period, 1              | BackupRetentionPeriod, 1       | configuration.backupRetentionPeriod |
 *
 * A cluster restored from a snapshot or a point in time, a replica of another cluster, or a
 * member of a global database (`snapshot_identifier`, `restore_to_point_in_time`,
 * `replication_source_identifier`, `global_cluster_identifier` / `SnapshotIdentifier`,
 * `SourceDBClusterIdentifier`, `ReplicationSourceIdentifier`, `GlobalClusterIdentifier`) takes its
 * encryption from the source: `storage_encrypted` is unknown there unless written true.
 * Sources: the provider's `website/docs/r/rds_cluster.html.markdown` and the CloudFormation
 * `AWS::RDS::DBCluster` reference.
 */
export interface RdsDbCluster {
  engine: Maybe<string> | null;
  engine_mode: Maybe<string>;
  storage_encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  deletion_protection: Maybe<boolean>;
  backup_retention_period: Maybe<number>;
}
