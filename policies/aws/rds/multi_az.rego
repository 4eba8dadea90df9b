# METADATA
# scope: package
# title: RDS DB instances run in multiple Availability Zones
# description: >-
#   A Multi-AZ deployment keeps a synchronous standby in another Availability Zone and fails
#   over to it automatically, so an AZ outage or a host failure does not take the database down.
#   It is off unless enabled; an Aurora cluster replicates its storage across AZs itself.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html
# custom:
#   id: AWS-0012
#   severity: LOW
#   resource_types: [aws.rds.db_instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set multi_az = true (MultiAZ: true) for production databases.
#   frameworks:
#     aws-fsbp: [RDS.5]
#     cis-aws-4.0.1: ["2.2.4"]
#     hipaa-security: ["164.308(a)(7)(ii)(B)"]
#     iso-27001-2022: ["8.14"]
#     nist-800-53-r5: [CP-10]
#     soc2-2017: [A1.2]
#   peers:
#     checkov: [CKV_AWS_157]
#     kics: [2b1d4935-9acf-48a7-8466-10d18bf51a69]
#   reads: [multi_az]
#   deprecated: false
package checks.aws.rds.multi_az

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_instance")
	r.attributes.multi_az == false
	v := {
		"msg": concat("", ["RDS DB instance ", r.id, " is not a Multi-AZ deployment"]),
		"resource_id": r.id,
		"attribute_path": ["multi_az"],
	}
}
