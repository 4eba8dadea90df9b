import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.cloudwatch.log_group`: a CloudWatch Logs log group. Terraform
 * (`aws_cloudwatch_log_group`) and CloudFormation (`AWS::Logs::LogGroup`) fill it. AWS Config has
 * no `AWS::Logs::LogGroup` resource type in its resource schema, so live accounts are not covered.
 *
 * | attribute         | Terraform                   | CloudFormation                    |
 * |-------------------|-----------------------------|-----------------------------------|
 * | name              | name, unknown (generated)   | LogGroupName, unknown (generated) |
 * | retention_in_days | retention_in_days, 0        | RetentionInDays, 0                |
 * | kms_key_id        | kms_key_id, null            | KmsKeyId, null                    |
 *
 * A retention of 0 means the events never expire (the provider's 0 and CloudFormation's absent
 * RetentionInDays both leave the log group at "Never expire").
 */
export interface CloudWatchLogGroup {
  name: Maybe<string>;
  retention_in_days: Maybe<number>;
  kms_key_id: Maybe<string> | null;
}
