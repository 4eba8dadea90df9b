import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.rds.db_instance`. Terraform (`aws_db_instance`), CloudFormation
 * (`AWS::RDS::DBInstance`) and AWS Config (`AWS::RDS::DBInstance` items) fill this shape. The
 * normaliser of each source applies that source's defaults, once:
 *
 * | attribute                            | Terraform (provider schema)            | CloudFormation (resource docs)          |
 * |--------------------------------------|----------------------------------------|-----------------------------------------|
 * | storage_encrypted                    | false (Optional, not sent when unset)  | false                                   |
 * | publicly_accessible                  | false (`Default: false`, always sent)  | unknown: RDS decides from the VPC (an   |
 * |                                      |                                        | internet gateway makes it public)       |
 * | backup_retention_period              | 1 (Optional+Computed: the CreateDBInstance default; the provider docs say 0) | 1 |
 * | deletion_protection                  | false                                  | false                                   |
 * | multi_az                             | false (Optional+Computed: API default) | false                                   |
 * | iam_database_authentication_enabled  | false                                  | false                                   |
 * | auto_minor_version_upgrade           | true                                   | true                                    |
 *
 * Sources: hashicorp/terraform-provider-aws `internal/service/rds/instance.go` and
 * `website/docs/r/db_instance.html.markdown`; the CloudFormation `AWS::RDS::DBInstance` reference
 * and the RDS `CreateDBInstance` API reference.
 *
 * Two kinds of instance take some values from elsewhere, so those are unknown, never false:
 * - an Aurora cluster member (`cluster_identifier` / `DBClusterIdentifier`, or an `aurora*`
 *   engine): storage encryption and its key, backup retention, deletion protection, multi-AZ and
 *   IAM authentication belong to the DB cluster;
 * - a read replica or an instance restored from a snapshot or a point in time: encryption, its
 *   key and (unless set) backup retention come from the source.
 *
 * AWS Config records the live state, so its values are facts; what the item leaves out is unknown.
 */
export interface RdsDbInstance {
  identifier: Maybe<string>;
  engine: Maybe<string> | null;
  storage_encrypted: Maybe<boolean>;
  /** The KMS key of the storage encryption; null when none is named (the AWS managed key, or none). */
  kms_key_id: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  /** Days automated backups are kept; 0 turns automated backups off. */
  backup_retention_period: Maybe<number>;
  deletion_protection: Maybe<boolean>;
  multi_az: Maybe<boolean>;
  iam_database_authentication_enabled: Maybe<boolean>;
  auto_minor_version_upgrade: Maybe<boolean>;
}
