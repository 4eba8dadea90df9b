# METADATA
# scope: package
# title: CloudFront distributions log viewer requests
# description: >-
#   Standard access logs record every request a distribution serves, which incident response and
#   audits need. They are off unless a logging configuration names an S3 bucket, or standard
#   logging v2 delivers them: in Terraform an aws_cloudwatch_log_delivery from an
#   aws_cloudwatch_log_delivery_source whose resource_arn is the distribution's, in CloudFormation
#   an AWS::Logs::Delivery from an AWS::Logs::DeliverySource whose ResourceArn names the
#   distribution (Fn::Sub or Fn::Join around its Ref). A delivery set up outside the scanned files,
#   and in AWS Config, is not visible here.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html
# custom:
#   id: AWS-0092
#   severity: MEDIUM
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add a logging_config block (DistributionConfig.Logging) that names the S3 bucket for the
#     access logs.
#   frameworks:
#     aws-fsbp: [CloudFront.5]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_86]
#     kics: [94690d79-b3b0-43de-b656-84ebef5753e5, de77cd9f-0e8b-46cc-b4a4-b6b436838642]
#     tfsec: [aws-cloudfront-enable-logging]
#     trivy: [AVD-AWS-0010, aws-cloudfront-enable-logging]
#   reads: [logging.enabled]
#   deprecated: false
package checks.aws.cloudfront.access_logging

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	r.attributes.logging.enabled == false
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " does not log viewer requests"]),
		"resource_id": r.id,
		"attribute_path": ["logging", "enabled"],
	}
}
