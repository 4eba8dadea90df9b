# METADATA
# scope: package
# title: RDS DB instances are not publicly accessible
# description: >-
#   A publicly accessible instance gets a DNS name that resolves to a public IP address, so
#   anyone the security groups let through can reach the database from the internet. Databases
#   belong in private subnets, reached through the application or a bastion. Aurora cluster
#   members (Terraform aws_rds_cluster_instance) are DB instances and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: AWS-0009
#   severity: CRITICAL
#   resource_types: [aws.rds.db_instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set publicly_accessible = false (PubliclyAccessible: false) and place the instance in private subnets.
#   frameworks:
#     aws-fsbp: [RDS.2]
#     cis-aws-3.0: ["2.3.3"]
#     cis-aws-4.0.1: ["2.2.3"]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [SC-7, AC-3]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_17]
#     kics: [35113e6f-2c6b-414d-beec-7a9482d3b2d1, de38e1d5-54cb-4111-a868-6f7722695007]
#     tfsec: [aws-rds-no-public-db-access]
#     trivy: [AVD-AWS-0180, aws-rds-enable-public-access]
#   reads: [publicly_accessible]
#   deprecated: false
package checks.aws.rds.public_access

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_instance")
	r.attributes.publicly_accessible == true
	v := {
		"msg": concat("", ["RDS DB instance ", r.id, " is publicly accessible"]),
		"resource_id": r.id,
		"attribute_path": ["publicly_accessible"],
	}
}
