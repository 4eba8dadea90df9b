import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.efs.file_system`: an EFS file system. Terraform (`aws_efs_file_system`),
 * CloudFormation (`AWS::EFS::FileSystem`) and AWS Config (`AWS::EFS::FileSystem` items) fill it.
 *
 * | attribute  | Terraform              | CloudFormation       | AWS Config              |
 * |------------|------------------------|----------------------|-------------------------|
 * | encrypted  | encrypted, false       | Encrypted, false     | configuration.Encrypted |
 * | kms_key_id | kms_key_id, null       | KmsKeyId, null       | configuration.KmsKeyId  |
 *
 * The provider sends `Encrypted` only when written (Optional+Computed), and CreateFileSystem
 * creates an unencrypted file system unless asked (the console, not the API, defaults to on).
 */
export interface EfsFileSystem {
  encrypted: Maybe<boolean>;
  /** The KMS key; null when none is named (the AWS managed `aws/elasticfilesystem` key, or none). */
  kms_key_id: Maybe<string> | null;
}
