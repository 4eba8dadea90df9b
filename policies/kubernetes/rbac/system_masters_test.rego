package checks.kubernetes.rbac.system_masters_test

import data.checks.kubernetes.rbac.system_masters

admins := "- rolearn: arn:aws:iam::111122223333:role/ops\n  username: ops\n  groups:\n    - system:masters\n"

nodes := "- rolearn: arn:aws:iam::111122223333:role/nodes\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n"

config_map(metadata, values) := {"resources_by_type": {"k8s.core.configmap": [{"id": "cm", "attributes": {"metadata": metadata, "data": values}}]}}

aws_auth := {"name": "aws-auth", "namespace": "kube-system"}

paths(metadata, values) := ps if {
	ps := {v.attribute_path | some v in system_masters.deny} with input as config_map(metadata, values)
}

test_deny_map_roles if {
	system_masters.deny == {{
		"msg": "cm maps IAM roles to the system:masters group in data.mapRoles, which RBAC cannot limit or revoke",
		"resource_id": "cm",
		"attribute_path": ["data", "mapRoles"],
	}} with input as config_map(aws_auth, {"mapRoles": concat("", [nodes, admins])})
}

test_deny_map_users_flow_style if {
	paths(aws_auth, {"mapUsers": "[{userarn: 'arn:aws:iam::111122223333:user/alice', groups: [system:masters]}]"}) == {["data", "mapUsers"]}
}

test_deny_namespace_not_set if {
	paths({"name": "aws-auth"}, {"mapRoles": admins}) == {["data", "mapRoles"]}
}

test_allow_other_groups if {
	count(paths(aws_auth, {"mapRoles": nodes, "mapUsers": "- userarn: arn:aws:iam::111122223333:user/bob\n  groups: [ops-admins]\n"})) == 0
}

test_allow_comment if {
	count(paths(aws_auth, {"mapRoles": concat("", [nodes, "# was: system:masters\n"])})) == 0
}

test_allow_other_config_maps if {
	count(paths({"name": "settings", "namespace": "kube-system"}, {"mapRoles": admins})) == 0
	count(paths({"name": "aws-auth", "namespace": "apps"}, {"mapRoles": admins})) == 0
}

test_allow_attribute_absent if {
	count(paths(aws_auth, {"mapAccounts": "- \"111122223333\"\n"})) == 0
	count(system_masters.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [{"id": "cm", "attributes": {"metadata": aws_auth}}]}}
}

test_allow_unknown if {
	count(paths(aws_auth, {"mapRoles": {"$unknown": true}})) == 0
	count(paths({"name": {"$unknown": true}, "namespace": "kube-system"}, {"mapRoles": admins})) == 0
}

test_allow_other_types if {
	count(system_masters.deny) == 0 with input as {"resources_by_type": {"k8s.core.secret": [{"id": "s", "attributes": {"metadata": aws_auth, "data": {"mapRoles": admins}}}]}}
}
