# METADATA
# scope: package
# title: CloudFront distributions with a custom certificate require TLS 1.2 from viewers
# description: >-
#   The security policy of a distribution that serves its own certificate sets the oldest
#   protocol and ciphers viewers may use. Policies older than TLSv1.2_2021 still accept TLS 1.0,
#   TLS 1.1 or weak ciphers. The Terraform provider defaults to TLSv1. Distributions on the
#   default *.cloudfront.net certificate are not reported: CloudFront fixes their policy itself.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: AWS-0091
#   severity: MEDIUM
#   resource_types: [aws.cloudfront.distribution]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set viewer_certificate.minimum_protocol_version (ViewerCertificate.MinimumProtocolVersion)
#     to TLSv1.2_2021 or newer.
#   frameworks:
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8, SC-13]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_174]
#     kics: [00e5e55e-c2ff-46b3-a757-a7a1cd802456, dc17ee4b-ddf2-4e23-96e8-7a36abad1303]
#     tfsec: [aws-cloudfront-use-secure-tls-policy]
#     trivy: [AVD-AWS-0013, aws-cloudfront-use-secure-tls-policy]
#   reads: [viewer_certificate.cloudfront_default_certificate, viewer_certificate.minimum_protocol_version]
#   deprecated: false
package checks.aws.cloudfront.viewer_tls

import data.lib.scan

# Security policies older than TLSv1.2_2021; a name not listed here (a newer one) passes.
outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019"}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudfront.distribution")
	r.attributes.viewer_certificate.cloudfront_default_certificate == false
	version := r.attributes.viewer_certificate.minimum_protocol_version
	version in outdated
	v := {
		"msg": concat("", ["CloudFront distribution ", r.id, " accepts viewers on security policy ", version, ", older than TLSv1.2_2021"]),
		"resource_id": r.id,
		"attribute_path": ["viewer_certificate", "minimum_protocol_version"],
	}
}
