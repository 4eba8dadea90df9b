# METADATA
# scope: package
# title: CloudFront distributions are protected by a WAF web ACL
# description: >-
#   A web ACL associated with a distribution filters requests at the edge (common exploits, bad
#   bots, rate limits) before they reach the origin. Without one, every request is forwarded.
# related_resources:
#   - https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
# custom:
#   id: AWS-0093
#   severity: MEDIUM
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Associate an AWS WAF web ACL (scope CLOUDFRONT) with the distribution through web_acl_id
#     (DistributionConfig.WebACLId).
#   frameworks:
#     aws-fsbp: [CloudFront.6]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [SC-7, SI-4]
#     pci-dss-4.0.1: ["6.4.2"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_68]
#     kics: [1419b4c6-6d5c-4534-9cf6-6a5266085333, 0f139403-303f-467c-96bd-e717e6cfd62d]
#     tfsec: [aws-cloudfront-enable-waf]
#     trivy: [AVD-AWS-0011, aws-cloudfront-enable-waf]
#   reads: [web_acl_id]
#   deprecated: false
package checks.aws.cloudfront.waf

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	r.attributes.web_acl_id == null
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " has no WAF web ACL"]),
		"resource_id": r.id,
		"attribute_path": ["web_acl_id"],
	}
}
