# METADATA
# scope: package
# title: EC2 instances require IMDSv2 for the instance metadata service
# description: >-
#   With IMDSv1 allowed (http_tokens optional), any server-side request forgery or open proxy on
#   the instance can read the instance role's temporary credentials with one plain GET request.
#   IMDSv2 requires a session token obtained by a PUT request, which such flaws cannot send.
#   When http_tokens is not written the account-level IMDS default or the AMI decides at launch,
#   so only an explicit optional is reported. A CloudFormation instance cannot set its metadata
#   options itself: they are read from the launch template it names in the same template.
# related_resources:
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8
# custom:
#   id: AWS-0015
#   severity: HIGH
#   resource_types: [aws.ec2.instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set metadata_options { http_tokens = "required" } (MetadataOptions.HttpTokens: required in
#     the launch template), or run aws ec2 modify-instance-metadata-options --http-tokens required.
#   frameworks:
#     aws-fsbp: [EC2.8]
#     cis-aws-3.0: ["5.6"]
#     cis-aws-4.0.1: ["5.7"]
#     iso-27001-2022: ["8.9"]
#     nist-800-53-r5: [AC-3, CM-2]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_79]
#     tfsec: [aws-ec2-enforce-http-token-imds]
#     trivy: [AVD-AWS-0028, aws-ec2-enforce-http-token-imds]
#   reads: [metadata.http_tokens, metadata.http_endpoint]
#   deprecated: false
package checks.aws.ec2.instance_imdsv2

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.instance")
	r.attributes.metadata.http_tokens == "optional"
	r.attributes.metadata.http_endpoint == "enabled"
	v := {
		"msg": concat("", ["EC2 instance ", r.id, " allows IMDSv1 (http_tokens is optional)"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "http_tokens"],
	}
}
