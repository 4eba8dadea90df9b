# METADATA
# scope: package
# title: CloudFront distributions reach custom origins over HTTPS
# description: >-
#   An origin protocol policy of http-only sends every request and response between CloudFront
#   and a custom origin (a load balancer, a web server, an S3 website endpoint) unencrypted over
#   the internet, even when viewers use HTTPS. S3 REST origins are not custom origins and are
#   not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
# custom:
#   id: AWS-0094
#   severity: MEDIUM
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set custom_origin_config.origin_protocol_policy (CustomOriginConfig.OriginProtocolPolicy) to
#     https-only, or match-viewer when viewers are held to HTTPS; serve S3 content through the
#     bucket's REST endpoint with origin access control instead of its website endpoint.
#   frameworks:
#     aws-fsbp: [CloudFront.9]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV2_AWS_72]
#     kics: [a5366a50-932f-4085-896b-41402714a388]
#   reads: [origins]
#   deprecated: false
package checks.aws.cloudfront.origin_https

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	is_array(r.attributes.origins)
	some i, origin in r.attributes.origins
	origin.custom_origin == true
	origin.origin_protocol_policy == "http-only"
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " reaches origin ", name(origin, i), " over plain HTTP"]),
		"resource_id": r.id,
		"attribute_path": ["origins", i, "origin_protocol_policy"],
	}
}

name(origin, _) := origin.id if is_string(origin.id)

else := "without an id"
