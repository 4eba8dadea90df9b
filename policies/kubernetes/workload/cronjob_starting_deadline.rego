# METADATA
# scope: package
# title: CronJobs set a starting deadline
# description: >-
#   Without spec.startingDeadlineSeconds, the CronJob controller counts every schedule missed since the last run (while the controller was down, the CronJob suspended or a Forbid run still active) and, past 100, stops starting the job and only logs an error: a backup, certificate-renewal or clean-up job then stops silently. With a deadline, only the schedules missed within it count, and a run that cannot start in time is skipped rather than started late. Reported for each CronJob without startingDeadlineSeconds.
# related_resources:
#   - https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation
# custom:
#   id: K8S-0070
#   severity: LOW
#   resource_types:
#     - k8s.batch.cronjob
#   formats: [kubernetes]
#   recommended_action: >-
#     Set spec.startingDeadlineSeconds to how late a run may still start (at least 10 seconds; for example the schedule's interval).
#   frameworks:
#     nist-800-53-r5: [CM-6]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   reads:
#     - 'spec.startingDeadlineSeconds'
#   deprecated: false
package checks.kubernetes.workload.cronjob_starting_deadline

import data.lib.scan
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.batch.cronjob")
	spec := r.attributes.spec
	is_object(spec)
	not unknown.is_unknown(spec)
	unknown.absent(spec, ["startingDeadlineSeconds"])
	v := {
		"msg": concat("", [r.id, " sets no startingDeadlineSeconds: after 100 missed schedules it stops starting its job"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "startingDeadlineSeconds"],
	}
}
