import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.ecr.repository`: a private ECR repository. Terraform (`aws_ecr_repository`),
 * CloudFormation (`AWS::ECR::Repository`) and AWS Config (`AWS::ECR::Repository` items) fill it.
 *
 * | attribute       | Terraform                                              | CloudFormation                                  | AWS Config                                         |
 * |-----------------|--------------------------------------------------------|-------------------------------------------------|----------------------------------------------------|
 * | name            | name                                                   | RepositoryName, unknown (generated)             | configuration.RepositoryName                       |
 * | scan_on_push    | image_scanning_configuration.scan_on_push, false       | ImageScanningConfiguration.ScanOnPush, false    | configuration.ImageScanningConfiguration.ScanOnPush |
 * | tag_mutability  | image_tag_mutability, MUTABLE                          | ImageTagMutability, MUTABLE                     | configuration.ImageTagMutability                   |
 * | encryption_type | encryption_configuration.encryption_type, AES256       | EncryptionConfiguration.EncryptionType, AES256  | configuration.EncryptionConfiguration.EncryptionType when recorded (the published schema lists none), else unknown |
 *
 * A registry-wide scanning configuration (`aws_ecr_registry_scanning_configuration`, enhanced
 * scanning) applies on top of the repository setting and is not merged here.
 */
export interface EcrRepository {
  name: Maybe<string>;
  scan_on_push: Maybe<boolean>;
  /** `MUTABLE`, `IMMUTABLE`, `MUTABLE_WITH_EXCLUSION`, `IMMUTABLE_WITH_EXCLUSION`. */
  tag_mutability: Maybe<string>;
  /** `AES256` (ECR-managed keys), `KMS`, `KMS_DSSE`. */
  encryption_type: Maybe<string>;
}
