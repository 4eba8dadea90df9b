import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.secretsmanager.secret`. Terraform (`aws_secretsmanager_secret`, with the
 * `aws_secretsmanager_secret_rotation` that names it merged in), CloudFormation
 * (`AWS::SecretsManager::Secret`, with the `AWS::SecretsManager::RotationSchedule` whose SecretId
 * refers to it) and AWS Config (`AWS::SecretsManager::Secret` items) fill it.
 *
 * | attribute        | Terraform                                           | CloudFormation                           | AWS Config                          |
 * |------------------|-----------------------------------------------------|------------------------------------------|-------------------------------------|
 * | rotation_enabled | a rotation resource names it (or the legacy inline rotation_lambda_arn), else false | a RotationSchedule refers to it, else false | RotationEnabled; false when the recorded secret has none |
 * | kms_key_id       | kms_key_id, null (the AWS managed key aws/secretsmanager) | KmsKeyId, null                      | KMSKeyId; null when the recorded secret has none |
 *
 * DescribeSecret returns no RotationEnabled for a secret never configured for rotation and no
 * KmsKeyId for a secret encrypted with `aws/secretsmanager`; Config records that output, so both
 * absences are facts of a recorded secret. When a rotation in the same module or template names a
 * secret the normaliser cannot tell (`secret_id = local.x`, `SecretId: !If …`), the secrets it might
 * name have `rotation_enabled` unknown rather than false.
 */
export interface SecretsManagerSecret {
  name: Maybe<string> | null;
  rotation_enabled: Maybe<boolean>;
  /** The KMS key that encrypts the secret value; null for the AWS managed key `aws/secretsmanager`. */
  kms_key_id: Maybe<string> | null;
}
