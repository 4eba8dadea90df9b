import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.sns.topic`. Terraform (`aws_sns_topic`), CloudFormation (`AWS::SNS::Topic`) and
 * AWS Config (`AWS::SNS::Topic` items) fill it. SNS does not encrypt a topic unless a KMS key is
 * named: there is no default encryption.
 *
 * | attribute         | Terraform                | CloudFormation        | AWS Config                           |
 * |-------------------|--------------------------|-----------------------|--------------------------------------|
 * | name              | name, unknown (generated)| TopicName, unknown    | resourceName                         |
 * | kms_master_key_id | kms_master_key_id, null  | KmsMasterKeyId, null  | configuration.KmsMasterKeyId; null when the recorded attributes (TopicArn present) leave it out, as GetTopicAttributes does for a topic without SSE |
 * | encrypted         | kms_master_key_id is a non-empty string (unknown when it is unknown) | same | same |
 */
export interface SnsTopic {
  name: Maybe<string>;
  kms_master_key_id: Maybe<string> | null;
  encrypted: Maybe<boolean>;
}
