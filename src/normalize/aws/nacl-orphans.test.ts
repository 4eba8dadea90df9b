import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: a network ACL rule whose ACL is not in the module was passed through unchecked.
const aws0024 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0024 '));

const terraform = (cidr: string): string => `variable "acl_id" {
  type = string
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = var.acl_id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "${cidr}"
  from_port      = 22
  to_port        = 22
}
`;

const cloudformation = (cidr: string): string => `Parameters:
  AclId:
    Type: String
Resources:
  Ssh:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref AclId
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      CidrBlock: "${cidr}"
      PortRange:
        From: 22
        To: 22
`;

describe('a network ACL rule whose ACL is elsewhere is checked on its own', () => {
  it('Terraform: an SSH allow from the world is reported at its CIDR; from 10/8 it is not', async () => {
    expect(aws0024((await scanFiles({ 'main.tf': terraform('0.0.0.0/0') })).findings)).toEqual(['AWS-0024 aws_network_acl_rule.ssh main.tf:5 ingress.0.cidr_ipv4']);
    expect(aws0024((await scanFiles({ 'main.tf': terraform('10.0.0.0/8') })).findings)).toEqual([]);
  });

  it('CloudFormation: an SSH allow from the world is reported at the entry; from 10/8 it is not', async () => {
    expect(aws0024((await scanFiles({ 'template.yaml': cloudformation('0.0.0.0/0') })).findings)).toEqual([
      'AWS-0024 AWS::EC2::NetworkAclEntry/Ssh template.yaml:5 ingress.0.cidr_ipv4',
    ]);
    expect(aws0024((await scanFiles({ 'template.yaml': cloudformation('10.0.0.0/8') })).findings)).toEqual([]);
  });
});
