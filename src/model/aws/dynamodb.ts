import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.dynamodb.table`: a DynamoDB table. Terraform (`aws_dynamodb_table`),
 * CloudFormation (`AWS::DynamoDB::Table`) and AWS Config (`AWS::DynamoDB::Table` items) fill it.
 *
 * | attribute                      | Terraform                                   | CloudFormation                                     | AWS Config |
 * |--------------------------------|---------------------------------------------|----------------------------------------------------|------------|
 * | point_in_time_recovery_enabled | point_in_time_recovery.enabled, false       | PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled, false | supplementaryConfiguration.ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus (ENABLED/DISABLED) |
 * | deletion_protection_enabled    | deletion_protection_enabled, false          | DeletionProtectionEnabled, false                   | configuration.deletionProtectionEnabled |
 * | encryption.kms_enabled         | server_side_encryption.enabled, false       | SSESpecification.SSEEnabled, false                 | configuration.ssedescription (null: AWS owned key) |
 * | encryption.kms_key_id          | server_side_encryption.kms_key_arn, null    | SSESpecification.KMSMasterKeyId, null              | configuration.ssedescription.kmsmasterKeyArn |
 * | encryption.customer_managed_key| derived (below)                             | derived                                            | false without KMS, else unknown |
 *
 * DynamoDB always encrypts at rest: with an AWS owned key unless SSE is enabled, then with a KMS
 * key, the AWS managed `aws/dynamodb` key unless one is named. `customer_managed_key` is true when
 * a key other than `alias/aws/dynamodb` is named (in Terraform also when the ARN is a reference
 * to an `aws_kms_key`), false without KMS or without a named key, and unknown when the key cannot
 * be resolved. AWS Config records the key ARN but not who manages it, so a KMS-encrypted table
 * there is unknown.
 */
export interface DynamodbTable {
  point_in_time_recovery_enabled: Maybe<boolean>;
  deletion_protection_enabled: Maybe<boolean>;
  encryption: {
    /** SSE with a KMS key (true) or the AWS owned key (false). */
    kms_enabled: Maybe<boolean>;
    kms_key_id: Maybe<string> | null;
    customer_managed_key: Maybe<boolean>;
  };
}
