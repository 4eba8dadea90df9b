# METADATA
# scope: package
# title: S3 bucket policies deny requests over plain HTTP
# description: >-
#   S3 accepts HTTP as well as HTTPS unless the bucket policy denies requests whose
#   aws:SecureTransport is false; without that statement, data and credentials can cross the
#   network unencrypted. A bucket with no policy is reported. In Terraform the policy is read
#   from the bucket's aws_s3_bucket_policy (or the provider v3 policy argument), written with
#   jsonencode, as JSON text or as data.aws_iam_policy_document; a policy the scan cannot
#   resolve is not reported.
#   KICS's CloudFormation query asks only that write actions require TLS; this check asks it of
#   every request.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
#   - https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule
# custom:
#   id: AWS-0102
#   severity: MEDIUM
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", the bucket and
#     its objects as Resource, and Condition {"Bool": {"aws:SecureTransport": "false"}}.
#   frameworks:
#     aws-fsbp: [S3.5]
#     cis-aws-3.0: ["2.1.1"]
#     cis-aws-4.0.1: ["2.1.1"]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_379]
#     kics: [38c64e76-c71e-4d92-a337-60174d1de1c9]
#   peers_partial: [38c64e76-c71e-4d92-a337-60174d1de1c9]
#   reads: [policy]
#   deprecated: false
package checks.aws.s3.secure_transport

import data.lib.scan
import data.lib.unknown

statements(policy) := policy.Statement if is_array(policy.Statement)

else := [policy.Statement] if is_object(policy.Statement)

else := []

false_value(value) if value == false

false_value(value) if {
	is_string(value)
	lower(value) == "false"
}

# A condition value may be a list of values.
is_false(value) if false_value(value)

is_false(value) if {
	is_array(value)
	some item in value
	false_value(item)
}

denies_plain_http(policy) if {
	some s in statements(policy)
	s.Effect == "Deny"
	some operator in ["Bool", "BoolIfExists"]
	some key, value in s.Condition[operator]
	lower(key) == "aws:securetransport"
	is_false(value)
}

# A statement the scanner could not resolve might be the one that denies HTTP.
inconclusive(policy) if unknown.is_unknown(policy.Statement)

inconclusive(policy) if {
	some s in statements(policy)
	unresolved(s)
}

unresolved(s) if unknown.is_unknown(s)

unresolved(s) if unknown.is_unknown(s.Effect)

unresolved(s) if unknown.is_unknown(s.Condition)

unresolved(s) if {
	some block in s.Condition
	unknown.is_unknown(block)
}

unresolved(s) if {
	some block in s.Condition
	some value in block
	unknown.is_unknown(value)
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.policy == null
	v := violation(r, " has no bucket policy, so it accepts requests over plain HTTP")
}

deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	policy := r.attributes.policy
	is_object(policy)
	not unknown.is_unknown(policy)
	not inconclusive(policy)
	not denies_plain_http(policy)
	v := violation(r, "'s bucket policy does not deny requests over plain HTTP")
}

violation(r, problem) := {
	"msg": concat("", ["S3 bucket ", r.id, problem]),
	"resource_id": r.id,
	"attribute_path": ["policy"],
}
