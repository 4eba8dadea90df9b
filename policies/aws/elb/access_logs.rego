# METADATA
# scope: package
# title: Application Load Balancers write access logs
# description: >-
#   Access logs record every request the load balancer receives (client, path, status, TLS details);
#   without them there is no record of who reached the application. They are off unless enabled.
#   Network Load Balancers log only TLS listeners and Gateway Load Balancers not at all, so only
#   Application Load Balancers are reported.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html
# custom:
#   id: AWS-0054
#   severity: MEDIUM
#   resource_types: [aws.elb.load_balancer]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add access_logs { bucket = ..., enabled = true } (load balancer attributes
#     access_logs.s3.enabled = true and access_logs.s3.bucket in CloudFormation).
#   frameworks:
#     aws-fsbp: ["ELB.5"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-2", "AU-12"]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_91]
#     kics: [c62e8b7d-1fdf-4050-ac4c-76ba9e1d9621]
#   reads: [type, access_logs.enabled]
#   deprecated: false
package checks.aws.elb.access_logs

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.load_balancer")
	r.attributes.type == "application"
	r.attributes.access_logs.enabled == false
	v := {
		"msg": concat("", ["Application Load Balancer ", r.id, " does not write access logs"]),
		"resource_id": r.id,
		"attribute_path": ["access_logs", "enabled"],
	}
}
