# METADATA
# scope: package
# title: RDS DB instances keep automated backups for at least 7 days
# description: >-
#   Automated backups allow a point-in-time restore within the retention period. With 0 days
#   backups are off; the default of 1 day rarely leaves time to notice corruption or a bad
#   deletion before the last good backup is gone. Aurora and Multi-AZ DB clusters keep their
#   backups at the cluster, so clusters are read too (their members take it from the cluster).
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: AWS-0010
#   severity: MEDIUM
#   resource_types: [aws.rds.db_instance, aws.rds.db_cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set backup_retention_period (BackupRetentionPeriod) to 7 days or more (up to 35).
#   frameworks:
#     aws-fsbp: [RDS.11]
#     hipaa-security: ["164.308(a)(7)(ii)(A)"]
#     iso-27001-2022: ["8.13"]
#     nist-800-53-r5: [CP-9]
#     soc2-2017: [A1.2]
#   peers:
#     checkov: [CKV_AWS_133]
#     kics: [8c415f6f-7b90-4a27-a44a-51047e1506f9]
#     tfsec: [aws-rds-specify-backup-retention]
#     trivy: [AVD-AWS-0077, aws-rds-specify-backup-retention]
#   reads: [backup_retention_period]
#   deprecated: false
package checks.aws.rds.backup_retention

import data.lib.scan

minimum_days := 7

kinds := {"aws.rds.db_instance": "RDS DB instance", "aws.rds.db_cluster": "RDS DB cluster"}

# METADATA
# entrypoint: true
deny contains v if {
	some type, kind in kinds
	some r in scan.resources(type)
	days := r.attributes.backup_retention_period
	is_number(days)
	days < minimum_days
	v := {
		"msg": concat("", [kind, " ", r.id, " keeps automated backups for ", format_int(days, 10), " day(s); at least ", format_int(minimum_days, 10), " are required"]),
		"resource_id": r.id,
		"attribute_path": ["backup_retention_period"],
	}
}
