import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.eks.cluster`. Terraform (`aws_eks_cluster`), CloudFormation (`AWS::EKS::Cluster`)
 * and AWS Config (`AWS::EKS::Cluster` items) fill it.
 *
 * | attribute              | Terraform                                     | CloudFormation                                  | AWS Config                                   |
 * |------------------------|-----------------------------------------------|-------------------------------------------------|----------------------------------------------|
 * | name                   | name                                          | Name, unknown (generated)                       | configuration.Name                           |
 * | endpoint_public_access | vpc_config.endpoint_public_access, true       | ResourcesVpcConfig.EndpointPublicAccess, true   | configuration.ResourcesVpcConfig.EndpointPublicAccess |
 * | public_access_cidrs    | vpc_config.public_access_cidrs, ["0.0.0.0/0"] | ResourcesVpcConfig.PublicAccessCidrs, ["0.0.0.0/0"] | configuration.ResourcesVpcConfig.PublicAccessCidrs |
 * | secrets_encrypted      | an encryption_config whose resources include "secrets", false | EncryptionConfig[].Resources, false | configuration.EncryptionConfig; false when the recorded cluster (Name present) has none, as the API leaves it out |
 * | enabled_log_types      | enabled_cluster_log_types, []                 | Logging.ClusterLogging.EnabledTypes[].Type, []  | configuration.Logging.ClusterLogging.EnabledTypes[].Type |
 */
export interface EksCluster {
  name: Maybe<string>;
  endpoint_public_access: Maybe<boolean>;
  public_access_cidrs: Maybe<Maybe<string>[]>;
  /** Envelope encryption of Kubernetes secrets with a KMS key. */
  secrets_encrypted: Maybe<boolean>;
  /** Control plane log types sent to CloudWatch: api, audit, authenticator, controllerManager, scheduler. */
  enabled_log_types: Maybe<Maybe<string>[]>;
}
