# METADATA
# scope: package
# title: EKS clusters send every control plane log type to CloudWatch
# description: >-
#   The API server, audit, authenticator, controller manager and scheduler logs are the record of
#   who did what to the cluster; EKS sends none of them unless asked. A cluster that leaves any of
#   the five out is reported, with the missing ones named. A list with a value the scan cannot
#   resolve is not reported, since the unknown entry may be the missing one.
# related_resources:
#   - https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
# custom:
#   id: AWS-0105
#   severity: MEDIUM
#   resource_types: [aws.eks.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager",
#     "scheduler"] (Logging.ClusterLogging.EnabledTypes in CloudFormation).
#   frameworks:
#     aws-fsbp: [EKS.8]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1"]
#     soc2-2017: [CC7.2]
#     iso-27001-2022: ["8.15"]
#     hipaa-security: ["164.312(b)"]
#   peers:
#     checkov: [CKV_AWS_37]
#     kics: [66f130d9-b81d-4e8e-9b08-da74b9c891df]
#     tfsec: [aws-eks-enable-control-plane-logging]
#     trivy: [AVD-AWS-0038, aws-eks-enable-control-plane-logging]
#   reads: [enabled_log_types]
#   deprecated: false
package checks.aws.eks.control_plane_logging

import data.lib.scan

required := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.eks.cluster")
	types := r.attributes.enabled_log_types
	is_array(types)
	not has_unknown(types)
	missing := [t | some t in required; not t in types]
	count(missing) > 0
	v := {
		"msg": concat("", ["EKS cluster ", r.id, " does not send these control plane logs: ", concat(", ", missing)]),
		"resource_id": r.id,
		"attribute_path": ["enabled_log_types"],
	}
}

has_unknown(types) if {
	some t in types
	not is_string(t)
}
