# METADATA
# scope: package
# title: OpenSearch domains encrypt traffic between nodes
# description: >-
#   Node-to-node encryption puts TLS on the traffic between the nodes of a domain inside the VPC
#   or AWS network. It is off unless enabled, and fine-grained access control requires it.
# related_resources:
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
# custom:
#   id: AWS-0070
#   severity: MEDIUM
#   resource_types: [aws.opensearch.domain]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set node_to_node_encryption { enabled = true } (NodeToNodeEncryptionOptions.Enabled: true
#     in CloudFormation).
#   frameworks:
#     aws-fsbp: [Opensearch.3, ES.3]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_6]
#     tfsec: [aws-elastic-search-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0043, aws-elasticsearch-enable-in-transit-encryption]
#   reads: [node_to_node_encryption.enabled]
#   deprecated: false
package checks.aws.opensearch.node_to_node_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.opensearch.domain")
	r.attributes.node_to_node_encryption.enabled == false
	v := {
		"msg": concat("", ["OpenSearch domain ", r.id, " does not encrypt traffic between its nodes"]),
		"resource_id": r.id,
		"attribute_path": ["node_to_node_encryption", "enabled"],
	}
}
