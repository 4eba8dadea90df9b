# METADATA
# scope: package
# title: ECR repositories scan images on push
# description: >-
#   Scanning every image when it is pushed finds known vulnerabilities in its packages before the
#   image is deployed. Basic scan on push is off unless enabled. A registry-wide scanning
#   configuration (enhanced scanning) is not read; a repository it covers may be reported.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: AWS-0081
#   severity: MEDIUM
#   resource_types: [aws.ecr.repository]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add image_scanning_configuration { scan_on_push = true }
#     (ImageScanningConfiguration: {ScanOnPush: true} in CloudFormation).
#   frameworks:
#     aws-fsbp: [ECR.1]
#     iso-27001-2022: ["8.8"]
#     nist-800-53-r5: [RA-5]
#     pci-dss-4.0.1: ["6.3.1"]
#     soc2-2017: [CC7.1]
#   peers:
#     checkov: [CKV_AWS_163]
#     kics: [9630336b-3fed-4096-8173-b9afdfe346a7]
#     tfsec: [aws-ecr-enable-image-scans]
#     trivy: [AVD-AWS-0030, aws-ecr-enable-image-scans]
#   reads: [scan_on_push]
#   deprecated: false
package checks.aws.ecr.scan_on_push

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecr.repository")
	r.attributes.scan_on_push == false
	v := {
		"msg": concat("", ["ECR repository ", r.id, " does not scan images on push"]),
		"resource_id": r.id,
		"attribute_path": ["scan_on_push"],
	}
}
