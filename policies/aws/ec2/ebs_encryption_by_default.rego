# METADATA
# scope: package
# title: EBS encryption by default is enabled
# description: >-
#   With EBS encryption by default on, every new volume and snapshot copy in the region is
#   encrypted, whatever the template or console user forgets. The Terraform resource that manages
#   it turns it on unless enabled = false. Terraform only: CloudFormation has no resource type
#   for this account setting, and AWS Config records no configuration item for it.
# related_resources:
#   - https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7
# custom:
#   id: AWS-0020
#   severity: MEDIUM
#   resource_types: [aws.ec2.ebs_encryption_by_default]
#   formats: [terraform]
#   recommended_action: >-
#     Set enabled = true on aws_ebs_encryption_by_default (or remove the argument), in every
#     region the account uses.
#   frameworks:
#     aws-fsbp: [EC2.7]
#     cis-aws-3.0: ["2.2.1"]
#     cis-aws-4.0.1: ["5.1.1"]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_106]
#     kics: [3d3f6270-546b-443c-adb4-bb6fb2187ca6]
#   reads: [enabled]
#   deprecated: false
package checks.aws.ec2.ebs_encryption_by_default

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.ebs_encryption_by_default")
	r.attributes.enabled == false
	v := {
		"msg": concat("", ["EBS encryption by default is disabled by ", r.id]),
		"resource_id": r.id,
		"attribute_path": ["enabled"],
	}
}
