# METADATA
# scope: package
# title: EKS clusters encrypt Kubernetes secrets with a KMS key
# description: >-
#   Envelope encryption of Kubernetes secrets with a KMS key adds a layer over the encryption of
#   the etcd volumes: reading secrets from etcd or a backup then needs the KMS key too, and the key
#   policy and CloudTrail control and record its use. It is off unless an encryption config names
#   the secrets resource.
# related_resources:
#   - https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
# custom:
#   id: AWS-0089
#   severity: MEDIUM
#   resource_types: [aws.eks.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add encryption_config { resources = ["secrets"], provider { key_arn = <KMS key ARN> } }
#     (EncryptionConfig in CloudFormation).
#   frameworks:
#     aws-fsbp: [EKS.3]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12, SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_58]
#     tfsec: [aws-eks-encrypt-secrets]
#     trivy: [AVD-AWS-0039, aws-eks-encrypt-secrets]
#   reads: [secrets_encrypted]
#   deprecated: false
package checks.aws.eks.secrets_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.eks.cluster")
	r.attributes.secrets_encrypted == false
	v := {
		"msg": concat("", ["EKS cluster ", r.id, " does not encrypt Kubernetes secrets with a KMS key"]),
		"resource_id": r.id,
		"attribute_path": ["secrets_encrypted"],
	}
}
