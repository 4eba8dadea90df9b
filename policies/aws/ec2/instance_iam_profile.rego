# METADATA
# scope: package
# title: EC2 instances have an IAM instance profile
# description: >-
#   An instance profile gives the software on the instance short-lived, automatically rotated
#   credentials for its role, and lets Session Manager and the CloudWatch agent work. Without one,
#   workloads tend to get long-lived access keys in files or user data instead.
# related_resources:
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html
# custom:
#   id: AWS-0028
#   severity: LOW
#   resource_types: [aws.ec2.instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Attach an instance profile with a least-privilege role (iam_instance_profile /
#     IamInstanceProfile), and remove any access keys stored on the instance.
#   frameworks:
#     cis-aws-4.0.1: ["1.18"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [AC-6, IA-5]
#     pci-dss-4.0.1: ["8.6.2"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV2_AWS_41]
#     kics: [f914357d-8386-4d56-9ba6-456e5723f9a6]
#   reads: [iam_instance_profile]
#   deprecated: false
package checks.aws.ec2.instance_iam_profile

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.instance")
	r.attributes.iam_instance_profile == null
	v := {
		"msg": concat("", ["EC2 instance ", r.id, " has no IAM instance profile"]),
		"resource_id": r.id,
		"attribute_path": ["iam_instance_profile"],
	}
}
