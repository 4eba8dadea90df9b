# METADATA
# scope: package
# title: CloudFront distributions require HTTPS from viewers
# description: >-
#   A cache behaviour whose viewer protocol policy is allow-all serves content over plain HTTP,
#   where it can be read and changed in transit. Every behaviour, the default one and each
#   path-pattern one, should redirect HTTP to HTTPS or accept HTTPS only.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: AWS-0090
#   severity: HIGH
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set viewer_protocol_policy (ViewerProtocolPolicy) to redirect-to-https or https-only on the
#     default cache behaviour and on every ordered cache behaviour.
#   frameworks:
#     aws-fsbp: [CloudFront.3]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_34]
#     kics: [31733ee2-fef0-4e87-9778-65da22a8ecf1]
#     tfsec: [aws-cloudfront-enforce-https]
#     trivy: [AVD-AWS-0012, aws-cloudfront-enforce-https]
#   reads: [default_cache_behavior.viewer_protocol_policy, ordered_cache_behaviors]
#   deprecated: false
package checks.aws.cloudfront.viewer_https

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	r.attributes.default_cache_behavior.viewer_protocol_policy == "allow-all"
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " serves its default cache behaviour over plain HTTP"]),
		"resource_id": r.id,
		"attribute_path": ["default_cache_behavior", "viewer_protocol_policy"],
	}
}

deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	is_array(r.attributes.ordered_cache_behaviors)
	some i, behavior in r.attributes.ordered_cache_behaviors
	behavior.viewer_protocol_policy == "allow-all"
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " serves cache behaviour ", format_int(i, 10), " (", pattern(behavior), ") over plain HTTP"]),
		"resource_id": r.id,
		"attribute_path": ["ordered_cache_behaviors", i, "viewer_protocol_policy"],
	}
}

pattern(behavior) := behavior.path_pattern if is_string(behavior.path_pattern)

else := "path pattern unknown"
