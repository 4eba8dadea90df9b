# METADATA
# scope: package
# title: CloudFront distributions name a default root object
# description: >-
#   Without a default root object, a request for the distribution's root URL is forwarded to the
#   origin as is, which for some origins lists or exposes content that was not meant to be
#   served. Naming an object (index.html) serves that object instead.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html
# custom:
#   id: AWS-0095
#   severity: LOW
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: Set default_root_object (DistributionConfig.DefaultRootObject), for example to index.html.
#   frameworks:
#     aws-fsbp: [CloudFront.1]
#     nist-800-53-r5: [SC-7]
#   peers:
#     checkov: [CKV_AWS_305]
#   reads: [default_root_object]
#   deprecated: false
package checks.aws.cloudfront.default_root_object

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	r.attributes.default_root_object == null
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " has no default root object"]),
		"resource_id": r.id,
		"attribute_path": ["default_root_object"],
	}
}
