import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.kms.key`: a KMS key. Terraform (`aws_kms_key`), CloudFormation (`AWS::KMS::Key`)
 * and AWS Config (`AWS::KMS::Key` items) fill it.
 *
 * | attribute        | Terraform                      | CloudFormation          | AWS Config                                   |
 * |------------------|--------------------------------|-------------------------|----------------------------------------------|
 * | rotation_enabled | enable_key_rotation, false     | EnableKeyRotation, false| supplementaryConfiguration.KeyRotationStatus |
 * | key_spec         | customer_master_key_spec (or key_spec), SYMMETRIC_DEFAULT | KeySpec, SYMMETRIC_DEFAULT | configuration.keySpec |
 * | key_manager      | CUSTOMER                       | CUSTOMER                | configuration.keyManager                     |
 * | enabled          | is_enabled, true               | Enabled, true           | configuration.enabled                        |
 * | key_state        | null                           | null                    | configuration.keyState (Enabled, PendingDeletion, …) |
 */
export interface KmsKey {
  rotation_enabled: Maybe<boolean>;
  /** `SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`, …: automatic rotation exists only for symmetric keys. */
  key_spec: Maybe<string>;
  /** `CUSTOMER` or `AWS`: AWS managed keys rotate every year by themselves. */
  key_manager: Maybe<string>;
  enabled: Maybe<boolean>;
  key_state: Maybe<string> | null;
  /** `AWS_KMS`, `EXTERNAL` (imported material cannot rotate automatically), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
  origin: Maybe<string>;
}
