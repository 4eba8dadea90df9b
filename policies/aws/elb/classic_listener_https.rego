# METADATA
# scope: package
# title: Classic Load Balancer listeners use HTTPS or SSL
# description: >-
#   An HTTP or TCP listener on a Classic Load Balancer carries client traffic unencrypted across the
#   network. Terminating HTTPS or SSL (TLS) on the load balancer protects it in transit.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-https-load-balancers.html
# custom:
#   id: AWS-0058
#   severity: MEDIUM
#   resource_types: [aws.elb.classic_load_balancer]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Change the listener's lb_protocol (Protocol in CloudFormation) to HTTPS or SSL with a
#     certificate, or migrate to an Application Load Balancer that redirects HTTP to HTTPS.
#   frameworks:
#     aws-fsbp: ["ELB.3"]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: ["SC-8"]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   reads: [listeners]
#   deprecated: false
package checks.aws.elb.classic_listener_https

import data.lib.scan

plain_protocols := {"HTTP", "TCP"}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.classic_load_balancer")
	some i, listener in r.attributes.listeners
	plain_protocols[listener.protocol]
	v := {
		"msg": concat("", ["Classic Load Balancer ", r.id, " has a ", listener.protocol, " listener; use HTTPS or SSL"]),
		"resource_id": r.id,
		"attribute_path": ["listeners", i, "protocol"],
	}
}
