# METADATA
# scope: package
# title: ElastiCache replication groups encrypt data in transit
# description: >-
#   In-transit encryption puts TLS on connections between clients and nodes and between nodes,
#   so cached data and AUTH tokens do not cross the network in clear text. It is off unless
#   requested. AWS Config records no ElastiCache resources, so the check reads Terraform and
#   CloudFormation only.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: AWS-0064
#   severity: MEDIUM
#   resource_types: [aws.elasticache.replication_group]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set transit_encryption_enabled = true (TransitEncryptionEnabled: true in CloudFormation);
#     clients must then connect with TLS.
#   frameworks:
#     aws-fsbp: [ElastiCache.5]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_30]
#     kics: [3b02569b-fc6f-4153-b3a3-ba91022fed68]
#     tfsec: [aws-elasticache-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0051, aws-elasticache-enable-in-transit-encryption]
#   reads: [transit_encryption_enabled]
#   deprecated: false
package checks.aws.elasticache.transit_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elasticache.replication_group")
	r.attributes.transit_encryption_enabled == false
	v := {
		"msg": concat("", ["ElastiCache replication group ", r.id, " does not encrypt data in transit"]),
		"resource_id": r.id,
		"attribute_path": ["transit_encryption_enabled"],
	}
}
