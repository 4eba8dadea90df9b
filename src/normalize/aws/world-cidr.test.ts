import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: lib/net.rego compared CIDR text; 0.0.0.0/00, ::0/0 and 0000:0000::/0 are the world too.
const ssh = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0005 '));

const terraform = (v4: string, v6: string): string => `resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["${v4}"]
    ipv6_cidr_blocks = ["${v6}"]
  }
}
`;

const cloudformation = (v4: string, v6: string): string => `Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: "${v4}"
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIpv6: "${v6}"
`;

describe('a CIDR of prefix length 0 is the world however it is written', () => {
  it('Terraform: reported at the CIDR; a /8 is not', async () => {
    expect(ssh((await scanFiles({ 'main.tf': terraform('0.0.0.0/00', '0000:0000::/0') })).findings)).toEqual([
      'AWS-0005 aws_security_group.bastion main.tf:7 ingress.0.cidr_ipv4.0',
      'AWS-0005 aws_security_group.bastion main.tf:8 ingress.0.cidr_ipv6.0',
    ]);
    expect(ssh((await scanFiles({ 'main.tf': terraform('10.0.0.0/8', 'fd00::/8') })).findings)).toEqual([]);
  });

  it('CloudFormation: reported at the CIDR; a /8 is not', async () => {
    expect(ssh((await scanFiles({ 'template.yaml': cloudformation('0.0.0.0/00', '::0/0') })).findings)).toEqual([
      'AWS-0005 AWS::EC2::SecurityGroup/Bastion template.yaml:10 ingress.0.cidr_ipv4.0',
      'AWS-0005 AWS::EC2::SecurityGroup/Bastion template.yaml:14 ingress.1.cidr_ipv6.0',
    ]);
    expect(ssh((await scanFiles({ 'template.yaml': cloudformation('10.0.0.0/8', 'fd00::/8') })).findings)).toEqual([]);
  });
});
