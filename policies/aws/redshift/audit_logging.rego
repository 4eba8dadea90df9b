# METADATA
# scope: package
# title: Redshift clusters have audit logging enabled
# description: >-
#   Audit logging records connections, user changes and user activity to S3 or CloudWatch Logs,
#   which is what an investigation of database access needs. It is off unless configured, inline
#   (the provider v5 logging block, LoggingProperties) or with an aws_redshift_logging resource.
# related_resources:
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
# custom:
#   id: AWS-0068
#   severity: MEDIUM
#   resource_types: [aws.redshift.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add an aws_redshift_logging resource for the cluster (LoggingProperties in
#     CloudFormation), logging to S3 or CloudWatch Logs.
#   frameworks:
#     aws-fsbp: [Redshift.4]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_71]
#     kics: [15ffbacc-fa42-4f6f-a57d-2feac7365caa, 3de2d4ff-fe53-4fc9-95d3-2f8a69bf90d6]
#   reads: [logging_enabled]
#   deprecated: false
package checks.aws.redshift.audit_logging

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.redshift.cluster")
	r.attributes.logging_enabled == false
	v := {
		"msg": concat("", ["Redshift cluster ", r.id, " does not have audit logging enabled"]),
		"resource_id": r.id,
		"attribute_path": ["logging_enabled"],
	}
}
