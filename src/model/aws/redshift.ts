import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.redshift.cluster`: a provisioned Redshift cluster. Terraform
 * (`aws_redshift_cluster`, with `aws_redshift_logging` merged in), CloudFormation
 * (`AWS::Redshift::Cluster`) and AWS Config (`AWS::Redshift::Cluster` items) fill it.
 *
 * | attribute           | Terraform                                          | CloudFormation              | AWS Config |
 * |---------------------|----------------------------------------------------|-----------------------------|------------|
 * | identifier          | cluster_identifier                                 | ClusterIdentifier; absent: unknown (generated) | configuration.clusterIdentifier |
 * | encrypted           | encrypted; absent: unknown                         | Encrypted; absent: unknown  | configuration.encrypted |
 * | kms_key_id          | kms_key_id, null                                   | KmsKeyId, null              | configuration.kmsKeyId |
 * | publicly_accessible | publicly_accessible; absent: unknown               | PubliclyAccessible; absent: unknown | configuration.publiclyAccessible |
 * | logging_enabled     | logging.enable, or an aws_redshift_logging naming the cluster; false | LoggingProperties written; false | supplementaryConfiguration.LoggingStatus.loggingEnabled |
 *
 * Why absent is unknown: the defaults moved. Provider v5 sends `PubliclyAccessible = true` when
 * the argument is absent (`Default: true`) and v6 defaults it to false; `encrypted` is only sent
 * when true, and the CreateCluster API has encrypted new clusters and made them private by default
 * since January 2025, while clusters created earlier from the same code are neither. The code does
 * not say which provider or which creation date applies. A cluster restored from a snapshot
 * (`snapshot_identifier`, `snapshot_arn` / `SnapshotIdentifier`) takes its encryption from the
 * snapshot. Audit logging is off unless configured, whatever the version.
 */
export interface RedshiftCluster {
  identifier: Maybe<string>;
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  logging_enabled: Maybe<boolean>;
}
