package checks.kubernetes.workload.job_ttl_test

import data.checks.kubernetes.workload.job_ttl

job(metadata, spec) := {"resources_by_type": {"k8s.batch.job": [{
	"id": "batch/v1/Job/app/migrate",
	"type": "k8s.batch.job",
	"attributes": {"metadata": metadata, "spec": spec},
}]}}

meta := {"name": "migrate", "namespace": "app"}

reported(metadata, spec) if count(job_ttl.deny) == 1 with input as job(metadata, spec)

test_deny_ttl_absent if {
	job_ttl.deny == {{
		"msg": "batch/v1/Job/app/migrate is never deleted once finished: ttlSecondsAfterFinished is not set",
		"resource_id": "batch/v1/Job/app/migrate",
		"attribute_path": ["spec", "ttlSecondsAfterFinished"],
	}} with input as job(meta, {"template": {}})
}

test_allow_ttl_set if {
	not reported(meta, {"ttlSecondsAfterFinished": 0, "template": {}})
	not reported(meta, {"ttlSecondsAfterFinished": 86400, "template": {}})
}

test_allow_hook_deleted_by_tool if {
	not reported(object.union(meta, {"annotations": {"helm.sh/hook": "pre-upgrade"}}), {"template": {}})
	not reported(object.union(meta, {"annotations": {"argocd.argoproj.io/hook": "PreSync"}}), {"template": {}})
	reported(object.union(meta, {"annotations": {"team": "data"}}), {"template": {}})
}

test_allow_unknown if {
	not reported(meta, {"ttlSecondsAfterFinished": {"$unknown": true}, "template": {}})
	not reported(meta, {"$unknown": true})
}
