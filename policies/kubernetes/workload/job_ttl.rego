# METADATA
# scope: package
# title: Jobs are deleted after they finish
# description: >-
#   A finished Job and its pods stay in the cluster until someone deletes them: they keep counting against the namespace's object quota, keep their logs, environment and mounted service account reference readable through the API, and keep the images they ran on the nodes' kubelet lists. ttlSecondsAfterFinished lets the TTL controller delete the Job and its pods a set time after it completes or fails. Reported for each Job without spec.ttlSecondsAfterFinished. Helm and Argo CD hook Jobs (helm.sh/hook, argocd.argoproj.io/hook) are not reported: those tools delete the last run before the next one (before-hook-creation, their default delete policy). The Jobs of a CronJob are not reported either, since the CronJob's history limits (successfulJobsHistoryLimit, failedJobsHistoryLimit, 3 and 1 by default) already clean them up.
# related_resources:
#   - https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/
#   - https://kubernetes.io/docs/concepts/workloads/controllers/job/#clean-up-finished-jobs-automatically
# custom:
#   id: K8S-0071
#   severity: LOW
#   resource_types:
#     - k8s.batch.job
#   formats: [kubernetes]
#   recommended_action: >-
#     Set spec.ttlSecondsAfterFinished (for example 86400, one day, to keep time for reading the logs), or run the Job from a CronJob or as a Helm or Argo CD hook, which delete it.
#   frameworks:
#     nist-800-53-r5: [CM-6]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   reads:
#     - 'spec.ttlSecondsAfterFinished'
#     - 'metadata.annotations'
#   deprecated: false
package checks.kubernetes.workload.job_ttl

import data.lib.scan
import data.lib.unknown

# Helm and Argo CD delete their hook Jobs themselves: with no hook-delete-policy, both default to
# before-hook-creation (the last run is kept until the next one starts).
deleted_by_tool(metadata) if {
	some key in ["helm.sh/hook", "argocd.argoproj.io/hook"]
	is_string(metadata.annotations[key])
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.batch.job")
	spec := r.attributes.spec
	is_object(spec)
	not unknown.is_unknown(spec)
	unknown.absent(spec, ["ttlSecondsAfterFinished"])
	not deleted_by_tool(object.get(r.attributes, "metadata", {}))
	v := {
		"msg": concat("", [r.id, " is never deleted once finished: ttlSecondsAfterFinished is not set"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "ttlSecondsAfterFinished"],
	}
}
