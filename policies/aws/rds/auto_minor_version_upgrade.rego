# METADATA
# scope: package
# title: RDS DB instances receive minor engine upgrades automatically
# description: >-
#   Minor engine versions carry security fixes. With automatic minor version upgrades RDS applies
#   them in the maintenance window; without, the instance stays on a vulnerable version until
#   someone upgrades it. It is on by default.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades
# custom:
#   id: AWS-0013
#   severity: LOW
#   resource_types: [aws.rds.db_instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set auto_minor_version_upgrade = true (AutoMinorVersionUpgrade: true), or leave it out.
#   frameworks:
#     aws-fsbp: [RDS.13]
#     cis-aws-3.0: ["2.3.2"]
#     cis-aws-4.0.1: ["2.2.2"]
#     iso-27001-2022: ["8.8"]
#     nist-800-53-r5: [SI-2]
#     pci-dss-4.0.1: ["6.3.3"]
#     soc2-2017: [CC7.1]
#   peers:
#     checkov: [CKV_AWS_226]
#     kics: [3b6d777b-76e3-4133-80a3-0d6f667ade7f, f0104061-8bfc-4b45-8a7d-630eb502f281]
#   reads: [auto_minor_version_upgrade]
#   deprecated: false
package checks.aws.rds.auto_minor_version_upgrade

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_instance")
	r.attributes.auto_minor_version_upgrade == false
	v := {
		"msg": concat("", ["RDS DB instance ", r.id, " does not receive minor engine upgrades automatically"]),
		"resource_id": r.id,
		"attribute_path": ["auto_minor_version_upgrade"],
	}
}
