# METADATA
# scope: package
# title: ElastiCache replication groups take automatic backups
# description: >-
#   With a snapshot retention limit above 0 days ElastiCache takes a daily snapshot, so the data
#   can be restored after a failure or a bad write. The API default is 0, which turns automatic
#   backups off. AWS Config records no ElastiCache resources, so the check reads Terraform and
#   CloudFormation only. Redis OSS and Valkey cache clusters (aws_elasticache_cluster,
#   AWS::ElastiCache::CacheCluster) are read as well as replication groups; Memcached takes no
#   snapshots and is not reported.
#   Checkov's CKV_AWS_134 looks at cache clusters and Trivy's AVD-AWS-0050 at replication groups.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
# custom:
#   id: AWS-0065
#   severity: MEDIUM
#   resource_types: [aws.elasticache.replication_group, aws.elasticache.cluster]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set snapshot_retention_limit (SnapshotRetentionLimit) to 1 day or more (up to 35).
#   frameworks:
#     aws-fsbp: [ElastiCache.1]
#     hipaa-security: ["164.308(a)(7)(ii)(A)"]
#     iso-27001-2022: ["8.13"]
#     nist-800-53-r5: [CP-9]
#     soc2-2017: [A1.2]
#   peers:
#     checkov: [CKV_AWS_134]
#     tfsec: [aws-elasticache-enable-backup-retention]
#     trivy: [AVD-AWS-0050, aws-elasticache-enable-backup-retention]
#   reads: [snapshot_retention_limit]
#   deprecated: false
package checks.aws.elasticache.automatic_backups

import data.lib.scan

kinds := {"aws.elasticache.replication_group": "ElastiCache replication group", "aws.elasticache.cluster": "ElastiCache cluster"}

# METADATA
# entrypoint: true
deny contains v if {
	some type, kind in kinds
	some r in scan.resources(type)
	days := r.attributes.snapshot_retention_limit
	is_number(days)
	days < 1
	v := {
		"msg": concat("", [kind, " ", r.id, " does not take automatic backups (snapshot retention limit is 0)"]),
		"resource_id": r.id,
		"attribute_path": ["snapshot_retention_limit"],
	}
}
