# METADATA
# scope: package
# title: VPCs have flow logs enabled
# description: >-
#   VPC flow logs record the accepted and rejected traffic of every network interface in the VPC:
#   without them there is no record to detect scanning or exfiltration, or to investigate an
#   incident. A VPC counts as logged when a flow log of the same Terraform module or CloudFormation
#   template names it; when a flow log names a VPC the scan cannot resolve, VPCs without their own
#   flow log are not reported. Not for AWS Config: it records flow logs as separate items and a
#   VPC's item does not say whether one exists.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6
# custom:
#   id: AWS-0021
#   severity: MEDIUM
#   resource_types: [aws.ec2.vpc]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Add an aws_flow_log (AWS::EC2::FlowLog with ResourceType VPC) for the VPC that delivers at
#     least rejected traffic to CloudWatch Logs or S3.
#   frameworks:
#     aws-fsbp: [EC2.6]
#     cis-aws-3.0: ["3.7"]
#     cis-aws-4.0.1: ["3.7"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15", "8.16"]
#     nist-800-53-r5: [AU-2, AU-12, SI-4]
#     pci-dss-4.0.1: ["10.2.1"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV2_AWS_11]
#     kics: [f83121ea-03da-434f-9277-9cd247ab3047, f6d299d2-21eb-41cc-b1e1-fe12d857500b]
#     tfsec: [aws-ec2-require-vpc-flow-logs-for-all-vpcs]
#     trivy: [AVD-AWS-0178, aws-ec2-require-vpc-flow-logs-for-all-vpcs]
#   reads: [flow_logs.enabled]
#   deprecated: false
package checks.aws.vpc.flow_logs

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.vpc")
	r.attributes.flow_logs.enabled == false
	v := {
		"msg": concat("", ["VPC ", r.id, " has no flow log"]),
		"resource_id": r.id,
		"attribute_path": ["flow_logs", "enabled"],
	}
}
