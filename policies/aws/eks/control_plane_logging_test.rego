package checks.aws.eks.control_plane_logging_test

import data.checks.aws.eks.control_plane_logging

cluster(attributes) := {"resources_by_type": {"aws.eks.cluster": [{
	"id": "aws_eks_cluster.main",
	"type": "aws.eks.cluster",
	"attributes": attributes,
}]}}

all_types := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

test_deny_none_enabled if {
	some v in control_plane_logging.deny with input as cluster({"enabled_log_types": []})
	v.resource_id == "aws_eks_cluster.main"
	v.attribute_path == ["enabled_log_types"]
	contains(v.msg, "api, audit, authenticator, controllerManager, scheduler")
}

test_deny_names_the_missing_types if {
	some v in control_plane_logging.deny with input as cluster({"enabled_log_types": ["api", "audit", "authenticator"]})
	endswith(v.msg, "controllerManager, scheduler")
}

test_allow_all_types if {
	count(control_plane_logging.deny) == 0 with input as cluster({"enabled_log_types": all_types})
}

test_allow_attribute_absent if {
	count(control_plane_logging.deny) == 0 with input as cluster({})
}

test_allow_unknown if {
	count(control_plane_logging.deny) == 0 with input as cluster({"enabled_log_types": {"$unknown": true, "reason": "var.log_types has no value"}})
}

test_allow_unknown_entry if {
	count(control_plane_logging.deny) == 0 with input as cluster({"enabled_log_types": ["api", "audit", {"$unknown": true}]})
}

test_allow_other_types if {
	count(control_plane_logging.deny) == 0 with input as {"resources_by_type": {"aws.eks.node_group": [{"id": "n", "attributes": {"enabled_log_types": []}}]}}
}
