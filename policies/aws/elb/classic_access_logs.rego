# METADATA
# scope: package
# title: Classic Load Balancers write access logs
# description: >-
#   Access logs record every request a Classic Load Balancer receives; without them there is no
#   record of who reached the application behind it. They are off unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
# custom:
#   id: AWS-0059
#   severity: MEDIUM
#   resource_types: [aws.elb.classic_load_balancer]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add access_logs { bucket = ... } (AccessLoggingPolicy with Enabled: true in CloudFormation).
#   frameworks:
#     aws-fsbp: ["ELB.5"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-2", "AU-12"]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_92]
#     kics: [ee12ad32-2863-4c0f-b13f-28272d115028]
#   reads: [access_logs.enabled]
#   deprecated: false
package checks.aws.elb.classic_access_logs

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.classic_load_balancer")
	r.attributes.access_logs.enabled == false
	v := {
		"msg": concat("", ["Classic Load Balancer ", r.id, " does not write access logs"]),
		"resource_id": r.id,
		"attribute_path": ["access_logs", "enabled"],
	}
}
