# METADATA
# scope: package
# title: CloudTrail trails record events in all regions
# description: >-
#   A multi-region trail records API activity in every region, including regions the account does
#   not use yet, where an attacker may start resources unnoticed. A trail is single-region unless
#   made multi-region.
# related_resources:
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
# custom:
#   id: AWS-0045
#   severity: MEDIUM
#   resource_types: [aws.cloudtrail.trail]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set is_multi_region_trail = true (IsMultiRegionTrail: true in CloudFormation), or apply the
#     trail to all regions in the CloudTrail console.
#   frameworks:
#     aws-fsbp: ["CloudTrail.1"]
#     cis-aws-3.0: ["3.1"]
#     cis-aws-4.0.1: ["3.1"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-2", "AU-12"]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_67]
#     kics: [8173d5eb-96b5-4aa6-a71b-ecfa153c123d]
#     tfsec: [aws-cloudtrail-enable-all-regions]
#     trivy: [AVD-AWS-0014, aws-cloudtrail-enable-all-regions]
#   reads: [multi_region]
#   deprecated: false
package checks.aws.cloudtrail.multi_region

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudtrail.trail")
	r.attributes.multi_region == false
	v := {
		"msg": concat("", ["CloudTrail trail ", r.id, " records events in its own region only"]),
		"resource_id": r.id,
		"attribute_path": ["multi_region"],
	}
}
