# METADATA
# scope: package
# title: PersistentVolumes do not use hostPath
# description: >-
#   A hostPath PersistentVolume hands a directory of the node to any pod that claims it, which gets around the hostPath restrictions of Pod Security admission: the pod can read or write the node file system (kubelet credentials, the data of other pods, container runtime sockets), and the data is tied to whichever node the pod lands on. Reported for each PersistentVolume with spec.hostPath; local volumes (spec.local) with node affinity are the supported way to use node storage.
# related_resources:
#   - https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
#   - https://kubernetes.io/docs/concepts/storage/volumes/#local
# custom:
#   id: K8S-0055
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.persistentvolume
#   formats: [kubernetes]
#   recommended_action: >-
#     Use a StorageClass with a CSI driver, or a local PersistentVolume with nodeAffinity, instead of hostPath.
#   frameworks:
#     cis-kubernetes-1.9: ["5.2.12"]
#     nsa-cisa-k8s-1.2: [NSA-POD-7]
#     nist-800-53-r5: [AC-3]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   reads:
#     - 'spec.hostPath'
#   deprecated: false
package checks.kubernetes.general.persistent_volume_host_path

import data.lib.scan
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.persistentvolume")
	host_path := r.attributes.spec.hostPath
	is_object(host_path)
	not unknown.is_unknown(host_path)
	v := {
		"msg": concat("", [r.id, " is a hostPath volume (", path(host_path), ") on a node"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "hostPath"],
	}
}

path(host_path) := host_path.path if is_string(host_path.path)

else := "unknown path"
