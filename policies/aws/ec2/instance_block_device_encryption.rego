# METADATA
# scope: package
# title: EC2 instances encrypt their EBS block devices
# description: >-
#   The root and EBS block devices an instance launches with hold its operating system, data and
#   often secrets; unencrypted, they and their snapshots are readable to anyone who gets a copy.
#   When encrypted is not written, account-level EBS encryption by default or the AMI's snapshot
#   decides, so only an explicit false is reported. Not for AWS Config: it records volume
#   encryption on the AWS::EC2::Volume items, which AWS-0018 checks.
#   Launch configurations are read too: their block devices are those of every instance the
#   Auto Scaling group launches.
# related_resources:
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3
# custom:
#   id: AWS-0019
#   severity: HIGH
#   resource_types: [aws.ec2.instance, aws.autoscaling.launch_configuration]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set encrypted = true in root_block_device and every ebs_block_device (Ebs.Encrypted: true
#     in BlockDeviceMappings), or turn on EBS encryption by default for the region.
#   frameworks:
#     aws-fsbp: [EC2.3]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_8]
#     tfsec: [aws-ec2-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0131, aws-ec2-enable-at-rest-encryption]
#   reads: [block_devices.*.encrypted, block_devices.*.device_name]
#   deprecated: false
package checks.aws.ec2.instance_block_device_encryption

import data.lib.scan

# device_label(d) names a block device for messages.
device_label(d) := "root block device" if d.root == true

else := concat("", ["block device ", d.device_name]) if is_string(d.device_name)

else := "a block device"

kinds := {"aws.ec2.instance": "EC2 instance ", "aws.autoscaling.launch_configuration": "Launch configuration "}

# METADATA
# entrypoint: true
deny contains v if {
	some type, label in kinds
	some r in scan.resources(type)
	is_array(r.attributes.block_devices)
	some i, d in r.attributes.block_devices
	d.encrypted == false
	v := {
		"msg": concat("", [label, r.id, " does not encrypt its ", device_label(d)]),
		"resource_id": r.id,
		"attribute_path": ["block_devices", i, "encrypted"],
	}
}
