package checks.kubernetes.general.persistent_volume_host_path_test

import data.checks.kubernetes.general.persistent_volume_host_path

volume(spec) := {"resources_by_type": {"k8s.core.persistentvolume": [{"id": "pv", "attributes": {"spec": spec}}]}}

test_deny_host_path if {
	persistent_volume_host_path.deny == {{
		"msg": "pv is a hostPath volume (/mnt/data) on a node",
		"resource_id": "pv",
		"attribute_path": ["spec", "hostPath"],
	}} with input as volume({"capacity": {"storage": "1Gi"}, "hostPath": {"path": "/mnt/data"}})
}

test_allow_local if {
	count(persistent_volume_host_path.deny) == 0 with input as volume({"local": {"path": "/mnt/disks/ssd1"}})
}

test_allow_attribute_absent if {
	count(persistent_volume_host_path.deny) == 0 with input as volume({"csi": {"driver": "ebs.csi.aws.com", "volumeHandle": "vol-1"}})
}

test_allow_unknown if {
	count(persistent_volume_host_path.deny) == 0 with input as volume({"hostPath": {"$unknown": true}})
	count(persistent_volume_host_path.deny) == 0 with input as volume({"$unknown": true})
}

test_allow_other_types if {
	count(persistent_volume_host_path.deny) == 0 with input as {"resources_by_type": {"k8s.core.persistentvolumeclaim": [{"id": "c", "attributes": {"spec": {"hostPath": {"path": "/"}}}}]}}
}
