import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.s3.bucket`. Terraform (the bucket plus the split sub-resources of AWS provider
 * v4+), CloudFormation (`AWS::S3::Bucket`) and AWS Config all fill this shape. Defaults of AWS
 * are applied by the normaliser, once:
 * - encryption: since 2023-01-05 S3 encrypts every bucket with SSE-S3 when nothing is declared,
 *   so `enabled` is true and `algorithm` is `AES256`; `declared` says whether the definition
 *   (or the recorded configuration) sets it explicitly.
 * - public access block: since April 2023 new buckets block public access with all four settings
 *   on; `declared` says whether the definition sets them.
 * - versioning and access logging are off unless configured.
 */
export interface S3Bucket {
  name: Maybe<string>;
  /** Canned ACL; `private` by default. */
  acl: Maybe<string>;
  encryption: {
    enabled: Maybe<boolean>;
    declared: boolean;
    /** `AES256`, `aws:kms` or `aws:kms:dsse`. */
    algorithm: Maybe<string>;
    kms_key_id: Maybe<string> | null;
    bucket_key_enabled: Maybe<boolean>;
  };
  versioning: { enabled: Maybe<boolean>; mfa_delete: Maybe<boolean> };
  public_access_block: {
    declared: boolean;
    block_public_acls: Maybe<boolean>;
    block_public_policy: Maybe<boolean>;
    ignore_public_acls: Maybe<boolean>;
    restrict_public_buckets: Maybe<boolean>;
  };
  logging: {
    enabled: Maybe<boolean>;
    target_bucket: Maybe<string> | null;
    target_prefix: Maybe<string> | null;
    /**
     * Another bucket of the same template or module names this one as its log target (by
     * reference or by name); left out otherwise. AWS Config records no such link (the policy compares names).
     */
    receives_access_logs?: true;
  };
  /**
   * The bucket policy document (IAM policy JSON: Version, Statement[]), as attached by the same
   * definition (CloudFormation: the AWS::S3::BucketPolicy naming the bucket). null when the
   * definition attaches none; unknown when it cannot be resolved. Optional: not every source
   * fills it yet.
   */
  policy?: Maybe<Record<string, unknown>> | null;
}
