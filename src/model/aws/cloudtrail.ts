import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.cloudtrail.trail`: a CloudTrail trail. Terraform (`aws_cloudtrail`),
 * CloudFormation (`AWS::CloudTrail::Trail`) and AWS Config (`AWS::CloudTrail::Trail` items) fill it.
 *
 * | attribute                   | Terraform                          | CloudFormation                     | AWS Config                               |
 * |-----------------------------|------------------------------------|------------------------------------|------------------------------------------|
 * | name                        | name                               | TrailName, unknown (generated)     | configuration.name                       |
 * | multi_region                | is_multi_region_trail, false       | IsMultiRegionTrail, false          | configuration.isMultiRegionTrail         |
 * | log_file_validation_enabled | enable_log_file_validation, false  | EnableLogFileValidation, false     | configuration.logFileValidationEnabled   |
 * | kms_key_id                  | kms_key_id, null                   | KMSKeyId, null                     | configuration.kmsKeyId, null when the recorded trail has none |
 * | cloudwatch_logs_group_arn   | cloud_watch_logs_group_arn, null   | CloudWatchLogsLogGroupArn, null    | configuration.cloudWatchLogsLogGroupArn, null likewise |
 * | logging_enabled             | enable_logging, true               | IsLogging (required), unknown      | unknown: the item does not record the trail status |
 *
 * DescribeTrails (which the Config item mirrors) leaves KmsKeyId and CloudWatchLogsLogGroupArn
 * out when they are not set, so a recorded trail without them has none; an item whose
 * configuration was not recorded leaves them unknown.
 */
export interface CloudTrailTrail {
  name: Maybe<string> | null;
  multi_region: Maybe<boolean>;
  log_file_validation_enabled: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  cloudwatch_logs_group_arn: Maybe<string> | null;
  /** Whether the trail records events now (StartLogging / StopLogging). */
  logging_enabled: Maybe<boolean>;
}
