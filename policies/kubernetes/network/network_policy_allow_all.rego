# METADATA
# scope: package
# title: NetworkPolicy rules do not allow all traffic from or to anywhere
# description: >-
#   A NetworkPolicy rule with no from (or to) allows every source (or destination), and one with no ports allows every port; a rule with neither lets all traffic through in its direction, as if the pods it selects were not isolated, while the policy still counts as selecting them (K8S-0049 is satisfied). Reported for each ingress or egress rule that has no peers, or a peer whose ipBlock is 0.0.0.0/0 or ::/0 without except, and no ports, in a direction the policy's policyTypes enforce. A rule narrowed to ports, to pod or namespace selectors, or to an ipBlock with exceptions (such as 0.0.0.0/0 except the metadata endpoint) is a choice and is not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/#allow-all-ingress-traffic
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource
# custom:
#   id: K8S-0091
#   severity: MEDIUM
#   resource_types:
#     - k8s.networking.networkpolicy
#     - k8s.extensions.networkpolicy
#   formats: [kubernetes]
#   recommended_action: >-
#     Name the peers (podSelector, namespaceSelector or a narrow ipBlock) and the ports each rule needs, or remove the rule to deny that direction.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-2]
#     nist-800-53-r5: [SC-7, AC-4]
#     pci-dss-4.0.1: ["1.3.1", "1.3.2"]
#     soc2-2017: [CC6.6]
#     iso-27001-2022: ["8.22"]
#   reads:
#     - 'spec.policyTypes'
#     - 'spec.ingress.*.from'
#     - 'spec.ingress.*.ports'
#     - 'spec.egress.*.to'
#     - 'spec.egress.*.ports'
#   deprecated: false
package checks.kubernetes.network.network_policy_allow_all

import data.lib.net
import data.lib.scan
import data.lib.unknown

# direction -> [policy type, peer field, the wording of the message]
directions := {
	"ingress": ["Ingress", "from", "from anywhere"],
	"egress": ["Egress", "to", "to anywhere"],
}

# enforced(spec, direction): policyTypes left out enforce Ingress always and Egress when there are egress
# rules (the only case in which it is asked).
enforced(spec, _) if unknown.absent(spec, ["policyTypes"])

enforced(spec, direction) if {
	types := spec.policyTypes
	is_array(types)
	directions[direction][0] in types
}

empty(rule, field) if unknown.absent(rule, [field])

empty(rule, field) if rule[field] == []

anywhere(rule, field) if empty(rule, field)

anywhere(rule, field) if {
	peers := rule[field]
	is_array(peers)
	some peer in peers
	is_object(peer)
	net.is_world(peer.ipBlock.cidr)
	not has_exceptions(peer.ipBlock)
}

has_exceptions(block) if {
	exceptions := block.except
	is_array(exceptions)
	count(exceptions) > 0
}

has_exceptions(block) if unknown.is_unknown(block.except)

# METADATA
# entrypoint: true
deny contains v if {
	some type in ["k8s.networking.networkpolicy", "k8s.extensions.networkpolicy"]
	some r in scan.resources(type)
	spec := r.attributes.spec
	is_object(spec)
	some direction, words in directions
	rules := spec[direction]
	is_array(rules)
	enforced(spec, direction)
	some i, rule in rules
	is_object(rule)
	not unknown.is_unknown(rule)
	anywhere(rule, words[1])
	empty(rule, "ports")
	v := {
		"msg": concat("", [r.id, " allows all ", direction, " traffic ", words[2], " on every port in ", direction, " rule ", format_int(i, 10)]),
		"resource_id": r.id,
		"attribute_path": ["spec", direction, i],
	}
}
