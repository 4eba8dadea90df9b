# METADATA
# scope: package
# title: IAM user access keys are not created in infrastructure code
# description: >-
#   An access key created by Terraform or CloudFormation is a long-lived credential whose secret
#   lands in the state file or the stack outputs. Workloads should use roles (instance profiles,
#   IRSA, OIDC federation), which hand out short-lived credentials. AWS Config records no access
#   keys, so this check reads Terraform and CloudFormation only.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
# custom:
#   id: AWS-0039
#   severity: LOW
#   resource_types: [aws.iam.access_key]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Remove the aws_iam_access_key (AWS::IAM::AccessKey) and give the workload a role; if a key
#     is unavoidable, create it outside the code and rotate it.
#   frameworks:
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.3.2"]
#     soc2-2017: [CC6.1]
#   reads: [status]
#   deprecated: false
package checks.aws.iam.no_access_keys

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.access_key")
	r.attributes.status == "Active"
	v := {
		"msg": concat("", ["IAM access key ", r.id, " is a long-lived credential created in code"]),
		"resource_id": r.id,
		"attribute_path": ["status"],
	}
}
