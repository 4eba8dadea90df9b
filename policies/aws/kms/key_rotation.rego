# METADATA
# scope: package
# title: KMS keys rotate their key material every year
# description: >-
#   Automatic rotation replaces the key material of a customer managed symmetric KMS key every
#   year, which limits how much data one key version protects and how long a leaked version stays
#   useful. It is off unless enabled. Asymmetric and HMAC keys, and keys with imported material,
#   cannot rotate automatically and are not reported; AWS managed keys rotate by themselves.
#   On AWS Config the key spec is read from keySpec, else from customerMasterKeySpec (the name
#   the published Config schema lists), so the live check fires on items that carry only that.
# related_resources:
#   - https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: AWS-0014
#   severity: MEDIUM
#   resource_types: [aws.kms.key]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set enable_key_rotation = true (EnableKeyRotation: true in CloudFormation), or turn on
#     automatic rotation for the key in the KMS console.
#   frameworks:
#     aws-fsbp: [KMS.4]
#     cis-aws-3.0: ["3.6"]
#     cis-aws-4.0.1: ["3.6"]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12]
#     pci-dss-4.0.1: ["3.7.4"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_7]
#     kics: [235ca980-eb71-48f4-9030-df0c371029eb]
#     tfsec: [aws-kms-auto-rotate-keys]
#     trivy: [AVD-AWS-0065, aws-kms-auto-rotate-keys]
#   reads: [rotation_enabled, key_spec, key_manager, origin, key_state]
#   deprecated: false
package checks.aws.kms.key_rotation

import data.lib.scan

# Keys pending deletion or imported/external material cannot rotate: reporting them helps no one.
rotatable(key) if {
	key.attributes.key_spec == "SYMMETRIC_DEFAULT"
	key.attributes.key_manager == "CUSTOMER"
	key.attributes.origin == "AWS_KMS"
	not key.attributes.key_state == "PendingDeletion"
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.kms.key")
	rotatable(r)
	r.attributes.rotation_enabled == false
	v := {
		"msg": concat("", ["KMS key ", r.id, " does not rotate its key material"]),
		"resource_id": r.id,
		"attribute_path": ["rotation_enabled"],
	}
}
