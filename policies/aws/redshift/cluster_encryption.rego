# METADATA
# scope: package
# title: Redshift clusters encrypt data at rest
# description: >-
#   Encryption at rest protects the data blocks, system metadata and snapshots of a cluster with
#   a KMS key. Clusters created since January 2025 are encrypted by default; older ones, and
#   clusters whose code asks for encrypted = false, may not be. An absent setting is not
#   reported, because the default depends on the provider version and on when the cluster was
#   created.
# related_resources:
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
# custom:
#   id: AWS-0066
#   severity: HIGH
#   resource_types: [aws.redshift.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set encrypted = true (Encrypted: true in CloudFormation), optionally with kms_key_id; an
#     existing cluster can be encrypted in place from the console or with ModifyCluster.
#   frameworks:
#     aws-fsbp: [Redshift.10]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_64]
#     kics: [cfdcabb0-fc06-427c-865b-c59f13e898ce, 3b316b05-564c-44a7-9c3f-405bb95e211e]
#   reads: [encrypted]
#   deprecated: false
package checks.aws.redshift.cluster_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.redshift.cluster")
	r.attributes.encrypted == false
	v := {
		"msg": concat("", ["Redshift cluster ", r.id, " does not encrypt data at rest"]),
		"resource_id": r.id,
		"attribute_path": ["encrypted"],
	}
}
