# METADATA
# scope: package
# title: Redshift clusters are not publicly accessible
# description: >-
#   A publicly accessible cluster gets a public IP address and resolves to it from outside the
#   VPC, so only its security groups stand between the database and the internet. An absent
#   setting is not reported: AWS provider v5 makes a cluster public unless told otherwise, v6
#   and the API (since January 2025) make it private, and the code does not say which applies.
# related_resources:
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
# custom:
#   id: AWS-0067
#   severity: CRITICAL
#   resource_types: [aws.redshift.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set publicly_accessible = false (PubliclyAccessible: false in CloudFormation) and reach
#     the cluster through the VPC, a VPN or a Redshift-managed VPC endpoint.
#   frameworks:
#     aws-fsbp: [Redshift.1]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_87]
#     kics: [af173fde-95ea-4584-b904-bb3923ac4bda, bdf8dcb4-75df-4370-92c4-606e4ae6c4d3]
#   reads: [publicly_accessible]
#   deprecated: false
package checks.aws.redshift.public_access

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.redshift.cluster")
	r.attributes.publicly_accessible == true
	v := {
		"msg": concat("", ["Redshift cluster ", r.id, " is publicly accessible"]),
		"resource_id": r.id,
		"attribute_path": ["publicly_accessible"],
	}
}
