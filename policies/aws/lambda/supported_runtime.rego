# METADATA
# scope: package
# title: Lambda functions use a supported runtime
# description: >-
#   A deprecated runtime gets no more security patches from AWS, and after deprecation functions on
#   it can no longer be created and then updated. The list of deprecated runtimes is the one
#   published by AWS as of January 2025 (python2.7 to python3.8, nodejs up to nodejs16.x, ruby2.5
#   and ruby2.7, dotnetcore1.0 to dotnetcore3.1, dotnet5.0, dotnet6, go1.x, java8 (not java8.al2)
#   and provided (Amazon Linux 1)); runtimes deprecated later are not yet listed. Container image
#   functions have no managed runtime and are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
# custom:
#   id: AWS-0077
#   severity: MEDIUM
#   resource_types: [aws.lambda.function]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Move the function to a supported runtime (for example python3.12, nodejs20.x, java21,
#     provided.al2023) and test it there.
#   frameworks:
#     aws-fsbp: [Lambda.2]
#     iso-27001-2022: ["8.8"]
#     nist-800-53-r5: [SA-22, SI-2]
#     pci-dss-4.0.1: ["6.3.3"]
#     soc2-2017: [CC7.1]
#   peers:
#     checkov: [CKV_AWS_363]
#   reads: [runtime]
#   deprecated: false
package checks.aws.lambda.supported_runtime

import data.lib.scan

# Deprecated by AWS as of January 2025 (Lambda runtimes page, "Deprecated runtimes").
deprecated_runtimes := {
	"python2.7", "python3.6", "python3.7", "python3.8",
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
	"ruby2.5", "ruby2.7",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6",
	"go1.x", "java8", "provided",
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.lambda.function")
	r.attributes.runtime in deprecated_runtimes
	v := {
		"msg": concat("", ["Lambda function ", r.id, " uses the deprecated runtime ", r.attributes.runtime]),
		"resource_id": r.id,
		"attribute_path": ["runtime"],
	}
}
