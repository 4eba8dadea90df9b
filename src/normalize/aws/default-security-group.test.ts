import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: rules attached to aws_default_security_group became an anonymous orphan group, and a
// VPC without aws_default_security_group kept AWS's allow-all-members default group unreported.
const aws0022 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0022 '));

const VPC = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
`;

const RULES = `
resource "aws_security_group_rule" "members" {
  type              = "ingress"
  security_group_id = aws_default_security_group.default.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  self              = true
}

resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
`;

describe('AWS-0022 and the default security group in Terraform', () => {
  it('reports rules added to the default group at each rule', async () => {
    expect(aws0022((await scanFiles({ 'main.tf': VPC + RULES })).findings)).toEqual([
      'AWS-0022 aws_security_group_rule.members main.tf:9 ingress',
      'AWS-0022 aws_vpc_security_group_egress_rule.out main.tf:18 egress',
    ]);
  });

  it('passes a VPC whose default group is managed with no rules', async () => {
    expect(aws0022((await scanFiles({ 'main.tf': VPC })).findings)).toEqual([]);
  });

  it('reports a VPC declared without aws_default_security_group at the VPC', async () => {
    const text = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n';
    expect(aws0022((await scanFiles({ 'main.tf': text })).findings)).toEqual(['AWS-0022 aws_vpc.main main.tf:1 default_security_group_managed']);
  });

  it('leaves a VPC unknown when a default group names a VPC that cannot be resolved', async () => {
    const text = 'variable "vpc" {}\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\nresource "aws_default_security_group" "d" {\n  vpc_id = var.vpc\n}\n';
    const scan = await scanFiles({ 'main.tf': text });
    expect(aws0022(scan.findings)).toEqual([]);
    expect(scan.inconclusive).toBeGreaterThan(0);
  });
});

describe('AWS-0022 on Terraform state', () => {
  const state = (groupVpc: string): string =>
    JSON.stringify({
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: {
        root_module: {
          resources: [
            { address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', values: { id: 'vpc-0a1b2c3d', cidr_block: '10.0.0.0/16' } },
            {
              address: 'aws_default_security_group.default', mode: 'managed', type: 'aws_default_security_group', name: 'default',
              values: { id: 'sg-0a1b2c3d', vpc_id: groupVpc, ingress: [], egress: [] },
            },
          ],
        },
      },
    }, null, 2);

  it('links the default group to its VPC by the id both record', async () => {
    expect(aws0022((await scanFiles({ 'terraform.tfstate.json': state('vpc-0a1b2c3d') })).findings)).toEqual([]);
    expect(aws0022((await scanFiles({ 'terraform.tfstate.json': state('vpc-99999999') })).findings)).toEqual([
      'AWS-0022 aws_vpc.main terraform.tfstate.json:7 default_security_group_managed',
    ]);
  });
});
