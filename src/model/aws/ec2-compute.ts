import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * The instance metadata service (IMDS) options of an instance, launch template or launch
 * configuration. `http_tokens` is `required` (IMDSv2 only) or `optional` (IMDSv1 allowed);
 * `http_endpoint` is `enabled` or `disabled`.
 *
 * When `http_tokens` is not written, EC2 decides at launch: the account-level IMDS default of the
 * region (ModifyInstanceMetadataDefaults), else the AMI (`ImdsSupport: v2.0` makes it
 * `required`; Amazon Linux 2023 AMIs set it), else `optional`. The template cannot know which, so
 * it is unknown. `http_endpoint` is `enabled` unless written (the AMI has no say in it).
 */
export interface MetadataOptions {
  http_tokens: Maybe<string>;
  http_endpoint: Maybe<string>;
}

/**
 * One EBS block device an instance launches with. `root` is true for Terraform's
 * `root_block_device`, false for an `ebs_block_device`, null when the source does not say
 * (CloudFormation lists every mapping by device name; which is the root depends on the AMI).
 * `encrypted` is unknown when not written: account-level EBS encryption by default, or an
 * encrypted snapshot, encrypts the volume anyway.
 */
export interface BlockDevice {
  device_name: Maybe<string> | null;
  root: boolean | null;
  encrypted: Maybe<boolean>;
}

/**
 * Canonical `aws.ec2.instance`.
 *
 * | attribute              | Terraform (`aws_instance`)                      | CloudFormation (`AWS::EC2::Instance`)            | AWS Config (`AWS::EC2::Instance`)      |
 * |------------------------|-------------------------------------------------|--------------------------------------------------|----------------------------------------|
 * | metadata.http_tokens   | metadata_options.http_tokens, unknown           | the LaunchTemplate's MetadataOptions.HttpTokens when it is in the template, else unknown (the type has no MetadataOptions) | configuration.metadataOptions.httpTokens |
 * | metadata.http_endpoint | metadata_options.http_endpoint, `enabled`       | the LaunchTemplate's HttpEndpoint, `enabled`     | configuration.metadataOptions.httpEndpoint |
 * | public_ip              | associate_public_ip_address, unknown (the subnet decides) | NetworkInterfaces[].AssociatePublicIpAddress (any true → true), unknown | configuration.publicIpAddress written (null → false) |
 * | block_devices          | root_block_device + ebs_block_device[]; encrypted unknown when not written | BlockDeviceMappings[] with Ebs; Ebs.Encrypted, unknown | unknown (Config records encryption on the AWS::EC2::Volume items) |
 * | monitoring             | monitoring, false                               | Monitoring, false                                | configuration.monitoring.state (enabled/pending → true) |
 * | iam_instance_profile   | iam_instance_profile, null                      | IamInstanceProfile, null                         | configuration.iamInstanceProfile.arn (null when recorded as null) |
 */
export interface Ec2Instance {
  metadata: MetadataOptions;
  /** Whether the instance gets a public IPv4 address at launch. */
  public_ip: Maybe<boolean>;
  block_devices: Maybe<BlockDevice[]>;
  /** Detailed (one-minute) CloudWatch monitoring. */
  monitoring: Maybe<boolean>;
  iam_instance_profile: Maybe<string> | null;
}

/**
 * Canonical `aws.ec2.launch_template`: the metadata options instances launched from it get.
 *
 * | attribute              | Terraform (`aws_launch_template`)            | CloudFormation (`AWS::EC2::LaunchTemplate`)           | AWS Config (`AWS::EC2::LaunchTemplate`) |
 * |------------------------|----------------------------------------------|-------------------------------------------------------|-----------------------------------------|
 * | metadata.http_tokens   | metadata_options.http_tokens, unknown        | LaunchTemplateData.MetadataOptions.HttpTokens, unknown | configuration.LaunchTemplateData.MetadataOptions.HttpTokens |
 * | metadata.http_endpoint | metadata_options.http_endpoint, `enabled`    | LaunchTemplateData.MetadataOptions.HttpEndpoint, `enabled` | ….HttpEndpoint, `enabled`           |
 */
export interface LaunchTemplate {
  metadata: MetadataOptions;
  /**
   * Terraform and CloudFormation: true when a network interface of the template sets
   * associate_public_ip_address (AssociatePublicIpAddress); unknown when none does (the subnet
   * decides). Not read from AWS Config.
   */
  public_ip?: Maybe<boolean>;
}

/**
 * Canonical `aws.autoscaling.launch_configuration` (the predecessor of launch templates).
 *
 * | attribute              | Terraform (`aws_launch_configuration`)       | CloudFormation (`AWS::AutoScaling::LaunchConfiguration`) | AWS Config                          |
 * |------------------------|----------------------------------------------|----------------------------------------------------------|-------------------------------------|
 * | metadata.http_tokens   | metadata_options.http_tokens, unknown        | MetadataOptions.HttpTokens, unknown                      | configuration.metadataOptions.httpTokens |
 * | metadata.http_endpoint | metadata_options.http_endpoint, `enabled`    | MetadataOptions.HttpEndpoint, `enabled`                  | configuration.metadataOptions.httpEndpoint |
 * | public_ip              | associate_public_ip_address, unknown         | AssociatePublicIpAddress, unknown                        | configuration.associatePublicIpAddress |
 */
export interface LaunchConfiguration {
  metadata: MetadataOptions;
  public_ip: Maybe<boolean>;
  /** Terraform and CloudFormation: the written EBS block devices, as for instances. */
  block_devices?: BlockDevice[] | UnknownValue;
}

/**
 * Canonical `aws.ec2.volume`: an EBS volume.
 *
 * | attribute  | Terraform (`aws_ebs_volume`)  | CloudFormation (`AWS::EC2::Volume`) | AWS Config (`AWS::EC2::Volume`) |
 * |------------|-------------------------------|-------------------------------------|---------------------------------|
 * | encrypted  | encrypted, unknown            | Encrypted, unknown                  | configuration.encrypted         |
 * | kms_key_id | kms_key_id, null              | KmsKeyId, null                      | configuration.kmsKeyId          |
 *
 * Not written, encryption is decided by the account-level EBS encryption by default and by the
 * snapshot the volume is created from, so it is unknown rather than false.
 */
export interface EbsVolume {
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
}

/**
 * Canonical `aws.ec2.ebs_encryption_by_default`: the account- and region-wide setting.
 * Terraform only (`aws_ebs_encryption_by_default`, `enabled` defaults to true): CloudFormation
 * has no resource type for it and AWS Config records no item for it.
 */
export interface EbsEncryptionByDefault {
  enabled: Maybe<boolean>;
}
