# METADATA
# scope: package
# title: ECR repositories make image tags immutable
# description: >-
#   With mutable tags, anyone who can push can replace the image behind a tag such as a release
#   version, so what runs may not be what was reviewed and scanned. Tags are mutable by default;
#   MUTABLE_WITH_EXCLUSION (mutable except for some tags) is reported too.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: AWS-0082
#   severity: MEDIUM
#   resource_types: [aws.ecr.repository]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set image_tag_mutability = "IMMUTABLE" (ImageTagMutability: IMMUTABLE in CloudFormation).
#   frameworks:
#     aws-fsbp: [ECR.2]
#     iso-27001-2022: ["8.32"]
#     nist-800-53-r5: [SI-7]
#     soc2-2017: [CC8.1]
#   peers:
#     checkov: [CKV_AWS_51]
#     kics: [33f41d31-86b1-46a4-81f7-9c9a671f59ac]
#     tfsec: [aws-ecr-enforce-immutable-repository]
#     trivy: [AVD-AWS-0031, aws-ecr-enforce-immutable-repository]
#   reads: [tag_mutability]
#   deprecated: false
package checks.aws.ecr.tag_immutability

import data.lib.scan

mutable := {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecr.repository")
	r.attributes.tag_mutability in mutable
	v := {
		"msg": concat("", ["ECR repository ", r.id, " lets pushes overwrite image tags"]),
		"resource_id": r.id,
		"attribute_path": ["tag_mutability"],
	}
}
