import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.sqs.queue`. Terraform (`aws_sqs_queue`, with `aws_sqs_queue_policy` merged in),
 * CloudFormation (`AWS::SQS::Queue`, with the `AWS::SQS::QueuePolicy` resources whose `Queues`
 * reference it) and AWS Config (`AWS::SQS::Queue` items) fill it.
 *
 * | attribute               | Terraform                 | CloudFormation           | AWS Config                        |
 * |-------------------------|---------------------------|--------------------------|-----------------------------------|
 * | name                    | name, unknown (generated) | QueueName, unknown       | configuration.QueueName           |
 * | kms_master_key_id       | kms_master_key_id, null   | KmsMasterKeyId, null     | configuration.KmsMasterKeyId; null when the recorded attributes (QueueArn present) leave it out, as GetQueueAttributes does |
 * | sqs_managed_sse_enabled | sqs_managed_sse_enabled, unknown | SqsManagedSseEnabled, unknown | configuration.SqsManagedSseEnabled |
 * | encrypted               | derived: a key, or SSE-SQS on → true; SSE-SQS off and no key → false; else unknown | same | same |
 * | policy                  | policy / aws_sqs_queue_policy.policy, null | AWS::SQS::QueuePolicy PolicyDocument, null | configuration.Policy (unknown when not recorded) |
 *
 * SSE-SQS left out is unknown, not true: AWS has turned SSE-SQS on by default only for queues
 * created since October 2022, and neither the AWS provider (Optional+Computed, no drift
 * detection unless written) nor CloudFormation (no documented default) sets it, so an older queue
 * managed by the same code can still be unencrypted. Written `false` without a key is a fact.
 *
 * Several policies for one queue (the `policy` argument and an `aws_sqs_queue_policy`, or two
 * `AWS::SQS::QueuePolicy`) have their statements combined; if any of them is unknown the policy is.
 */
export interface SqsQueue {
  name: Maybe<string>;
  kms_master_key_id: Maybe<string> | null;
  sqs_managed_sse_enabled: Maybe<boolean>;
  encrypted: Maybe<boolean>;
  /** The queue's access policy document (IAM JSON), parsed. */
  policy: Maybe<Record<string, unknown>> | null;
}
