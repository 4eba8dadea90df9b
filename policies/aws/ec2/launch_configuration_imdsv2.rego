# METADATA
# scope: package
# title: Auto Scaling launch configurations require IMDSv2 for the instance metadata service
# description: >-
#   Every instance an Auto Scaling group launches from a launch configuration that allows IMDSv1
#   (http_tokens optional) lets a server-side request forgery on the instance read the instance
#   role's credentials with one plain GET request. When http_tokens is not written, the
#   account-level IMDS default or the AMI decides at launch, so only an explicit optional is
#   reported.
#   Trivy's AVD-AWS-0130 covers launch configurations and launch templates in one check (here and
#   AWS-0016).
# related_resources:
#   - https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html
# custom:
#   id: AWS-0029
#   severity: HIGH
#   resource_types: [aws.autoscaling.launch_configuration]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set metadata_options { http_tokens = "required" } (MetadataOptions.HttpTokens: required), or
#     better, replace the launch configuration with a launch template that requires IMDSv2.
#   frameworks:
#     aws-fsbp: [AutoScaling.3]
#     cis-aws-3.0: ["5.6"]
#     cis-aws-4.0.1: ["5.7"]
#     iso-27001-2022: ["8.9"]
#     nist-800-53-r5: [AC-3, CM-2]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_79]
#     tfsec: [aws-ec2-enforce-launch-config-http-token-imds, aws-autoscaling-enforce-http-token-imds]
#     trivy: [AVD-AWS-0130, aws-ec2-enforce-launch-config-http-token-imds, aws-autoscaling-enforce-http-token-imds]
#   reads: [metadata.http_tokens, metadata.http_endpoint]
#   deprecated: false
package checks.aws.ec2.launch_configuration_imdsv2

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.autoscaling.launch_configuration")
	r.attributes.metadata.http_tokens == "optional"
	r.attributes.metadata.http_endpoint == "enabled"
	v := {
		"msg": concat("", ["Launch configuration ", r.id, " allows IMDSv1 (http_tokens is optional)"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "http_tokens"],
	}
}
