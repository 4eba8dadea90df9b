# METADATA
# scope: package
# title: HTTP listeners of load balancers redirect to HTTPS
# description: >-
#   A plain HTTP listener sends requests, cookies and credentials in clear text across the network.
#   An HTTP listener is acceptable only when its default action redirects clients to HTTPS.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions
# custom:
#   id: AWS-0056
#   severity: MEDIUM
#   resource_types: [aws.elb.listener]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Use protocol HTTPS with a certificate, or make the HTTP listener's default action a redirect
#     with protocol HTTPS (status HTTP_301).
#   frameworks:
#     aws-fsbp: ["ELB.1"]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: ["SC-8"]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_2, CKV2_AWS_20]
#     tfsec: [aws-elb-http-not-used]
#     trivy: [AVD-AWS-0054, aws-elb-http-not-used]
#   reads: [protocol, redirects_to_https]
#   deprecated: false
package checks.aws.elb.listener_https

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.listener")
	r.attributes.protocol == "HTTP"
	r.attributes.redirects_to_https == false
	v := {
		"msg": concat("", ["Load balancer listener ", r.id, " serves plain HTTP without redirecting to HTTPS"]),
		"resource_id": r.id,
		"attribute_path": ["protocol"],
	}
}
