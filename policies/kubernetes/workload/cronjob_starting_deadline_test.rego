package checks.kubernetes.workload.cronjob_starting_deadline_test

import data.checks.kubernetes.workload.cronjob_starting_deadline

cronjob(spec) := {"resources_by_type": {"k8s.batch.cronjob": [{
	"id": "batch/v1/CronJob/app/backup",
	"type": "k8s.batch.cronjob",
	"attributes": {"metadata": {"name": "backup", "namespace": "app"}, "spec": spec},
}]}}

reported(spec) if count(cronjob_starting_deadline.deny) == 1 with input as cronjob(spec)

test_deny_deadline_absent if {
	cronjob_starting_deadline.deny == {{
		"msg": "batch/v1/CronJob/app/backup sets no startingDeadlineSeconds: after 100 missed schedules it stops starting its job",
		"resource_id": "batch/v1/CronJob/app/backup",
		"attribute_path": ["spec", "startingDeadlineSeconds"],
	}} with input as cronjob({"schedule": "0 3 * * *"})
}

test_allow_deadline_set if {
	not reported({"schedule": "0 3 * * *", "startingDeadlineSeconds": 600})
}

test_allow_unknown if {
	not reported({"schedule": "0 3 * * *", "startingDeadlineSeconds": {"$unknown": true}})
	not reported({"$unknown": true})
}
