# METADATA
# scope: package
# title: EKS cluster API endpoints are not publicly accessible
# description: >-
#   A public endpoint exposes the Kubernetes API server to the internet, where only its
#   authentication stands between an attacker and the cluster; a stolen token or an API server
#   flaw is then enough. The endpoint is public unless turned off, and limiting it with
#   public_access_cidrs still leaves it public.
# related_resources:
#   - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: AWS-0088
#   severity: HIGH
#   resource_types: [aws.eks.cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set vpc_config { endpoint_public_access = false, endpoint_private_access = true }
#     (ResourcesVpcConfig EndpointPublicAccess: false in CloudFormation) and reach the API from the VPC.
#   frameworks:
#     aws-fsbp: [EKS.1]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.3.1"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_39]
#     kics: [42f4b905-3736-4213-bfe9-c0660518cda8]
#     tfsec: [aws-eks-no-public-cluster-access]
#     trivy: [AVD-AWS-0040, aws-eks-no-public-cluster-access]
#   reads: [endpoint_public_access]
#   deprecated: false
package checks.aws.eks.public_endpoint

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.eks.cluster")
	r.attributes.endpoint_public_access == true
	v := {
		"msg": concat("", ["EKS cluster ", r.id, " has a publicly accessible API endpoint"]),
		"resource_id": r.id,
		"attribute_path": ["endpoint_public_access"],
	}
}
