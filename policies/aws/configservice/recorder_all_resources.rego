# METADATA
# scope: package
# title: AWS Config recorders record all supported resource types, global ones included
# description: >-
#   A recorder limited to some resource types, or leaving out global types such as IAM users and
#   roles, misses changes that matter in an investigation and leaves the resources it skips outside
#   every Config rule. A recorder with no recording group records all supported types (the API's
#   default), so only its global types are left undecided.
# related_resources:
#   - https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html
# custom:
#   id: AWS-0052
#   severity: MEDIUM
#   resource_types: [aws.config.configuration_recorder]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     In recording_group (RecordingGroup) set all_supported = true and include_global_resource_types
#     = true (AllSupported and IncludeGlobalResourceTypes), in at least the region that records
#     global types.
#   frameworks:
#     aws-fsbp: ["Config.1"]
#     cis-aws-3.0: ["3.3"]
#     cis-aws-4.0.1: ["3.3"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.9"]
#     nist-800-53-r5: ["CM-8"]
#     pci-dss-4.0.1: ["10.2.1"]
#     soc2-2017: [CC7.1]
#   peers:
#     checkov: [CKV2_AWS_48]
#   reads: [all_supported, include_global_resource_types]
#   deprecated: false
package checks.aws.configservice.recorder_all_resources

import data.lib.scan

# The first flag that is false: all_supported, else include_global_resource_types.
gap(recorder) := "all_supported" if {
	recorder.attributes.all_supported == false
} else := "include_global_resource_types" if {
	recorder.attributes.include_global_resource_types == false
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.config.configuration_recorder")
	attribute := gap(r)
	v := {
		"msg": concat("", ["AWS Config recorder ", r.id, " does not record every resource type (", attribute, " is false)"]),
		"resource_id": r.id,
		"attribute_path": [attribute],
	}
}
