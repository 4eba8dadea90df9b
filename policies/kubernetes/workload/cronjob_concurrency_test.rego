package checks.kubernetes.workload.cronjob_concurrency_test

import data.checks.kubernetes.workload.cronjob_concurrency

cronjob(spec) := {"resources_by_type": {"k8s.batch.cronjob": [{
	"id": "batch/v1/CronJob/app/report",
	"type": "k8s.batch.cronjob",
	"attributes": {"metadata": {"name": "report", "namespace": "app"}, "spec": spec},
}]}}

reported(spec) if count(cronjob_concurrency.deny) == 1 with input as cronjob(spec)

test_deny_policy_absent if {
	cronjob_concurrency.deny == {{
		"msg": "batch/v1/CronJob/app/report may start a run while the previous one is still running: concurrencyPolicy is not set (Allow)",
		"resource_id": "batch/v1/CronJob/app/report",
		"attribute_path": ["spec", "concurrencyPolicy"],
	}} with input as cronjob({"schedule": "*/5 * * * *"})
}

test_deny_allow if {
	reported({"schedule": "*/5 * * * *", "concurrencyPolicy": "Allow"})
}

test_allow_forbid_replace if {
	not reported({"schedule": "*/5 * * * *", "concurrencyPolicy": "Forbid"})
	not reported({"schedule": "*/5 * * * *", "concurrencyPolicy": "Replace"})
}

test_allow_unknown if {
	not reported({"schedule": "*/5 * * * *", "concurrencyPolicy": {"$unknown": true}})
	not reported({"$unknown": true})
}
