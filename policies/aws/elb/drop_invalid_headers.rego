# METADATA
# scope: package
# title: Application Load Balancers drop invalid HTTP header fields
# description: >-
#   An Application Load Balancer passes header fields with invalid names on to its targets unless
#   told to drop them; such headers are a common ingredient of request smuggling and header
#   injection against the application behind it. Network and Gateway Load Balancers do not parse
#   HTTP and are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
# custom:
#   id: AWS-0053
#   severity: MEDIUM
#   resource_types: [aws.elb.load_balancer]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set drop_invalid_header_fields = true (load balancer attribute
#     routing.http.drop_invalid_header_fields.enabled = true in CloudFormation).
#   frameworks:
#     aws-fsbp: ["ELB.4"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: ["SI-10"]
#     pci-dss-4.0.1: ["6.4.1"]
#   peers:
#     checkov: [CKV_AWS_131]
#     tfsec: [aws-elb-drop-invalid-headers]
#     trivy: [AVD-AWS-0052, aws-elb-drop-invalid-headers]
#   reads: [type, drop_invalid_header_fields]
#   deprecated: false
package checks.aws.elb.drop_invalid_headers

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.load_balancer")
	r.attributes.type == "application"
	r.attributes.drop_invalid_header_fields == false
	v := {
		"msg": concat("", ["Application Load Balancer ", r.id, " routes HTTP headers with invalid fields to its targets"]),
		"resource_id": r.id,
		"attribute_path": ["drop_invalid_header_fields"],
	}
}
