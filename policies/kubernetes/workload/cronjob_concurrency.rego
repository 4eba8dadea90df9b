# METADATA
# scope: package
# title: CronJobs do not start a run while the previous one is still running
# description: >-
#   A CronJob's concurrencyPolicy defaults to Allow: when a run takes longer than the schedule, or hangs, the controller starts the next one beside it, and runs pile up until they exhaust the namespace's quota or the node (and two runs of a migration, backup or report job may corrupt each other's work). Reported for each CronJob whose concurrencyPolicy is absent or Allow; Forbid skips a run while the last one is active, Replace stops the last one. A CronJob that is written to run concurrently can say so with a suppression.
# related_resources:
#   - https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy
# custom:
#   id: K8S-0069
#   severity: LOW
#   resource_types:
#     - k8s.batch.cronjob
#   formats: [kubernetes]
#   recommended_action: >-
#     Set spec.concurrencyPolicy to Forbid (or Replace, when only the latest run matters), and bound each run with spec.jobTemplate.spec.activeDeadlineSeconds.
#   frameworks:
#     nist-800-53-r5: [SC-5]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   reads:
#     - 'spec.concurrencyPolicy'
#   deprecated: false
package checks.kubernetes.workload.cronjob_concurrency

import data.lib.scan
import data.lib.unknown

allows(spec) if unknown.absent(spec, ["concurrencyPolicy"])

allows(spec) if spec.concurrencyPolicy == "Allow"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.batch.cronjob")
	spec := r.attributes.spec
	is_object(spec)
	allows(spec)
	v := {
		"msg": concat("", [r.id, " may start a run while the previous one is still running: concurrencyPolicy is ", object.get(spec, "concurrencyPolicy", "not set (Allow)")]),
		"resource_id": r.id,
		"attribute_path": ["spec", "concurrencyPolicy"],
	}
}
