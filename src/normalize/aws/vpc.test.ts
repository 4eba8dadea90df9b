import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(resources: string): Resource[] {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Resources:\n${resources}`);
  return normalizeTemplate(doc).resources;
}

const byId = (resources: Resource[], id: string): Resource => resources.find((r) => r.id === id)!;
const flowLogs = (r: Resource): unknown => (r.attributes.flow_logs as { enabled: unknown }).enabled;

describe('aws.ec2.vpc flow logs', () => {
  it('Terraform: a flow log that references the VPC enables it; a subnet flow log does not', async () => {
    const resources = await terraform(`resource "aws_vpc" "logged" { cidr_block = "10.0.0.0/16" }
resource "aws_vpc" "bare" { cidr_block = "10.1.0.0/16" }
resource "aws_flow_log" "vpc" {
  vpc_id       = aws_vpc.logged.id
  traffic_type = "ALL"
}
resource "aws_flow_log" "subnet" {
  subnet_id    = "subnet-1"
  traffic_type = "ALL"
}
`);
    expect(flowLogs(byId(resources, 'aws_vpc.logged'))).toBe(true);
    expect(byId(resources, 'aws_vpc.logged').provenance.get(pathKey(['flow_logs', 'enabled']))?.startLine).toBe(3);
    expect(flowLogs(byId(resources, 'aws_vpc.bare'))).toBe(false);
    expect(byId(resources, 'aws_flow_log.vpc').type).toBe('tf.aws_flow_log');
  });

  it('Terraform: a flow log naming an unresolved VPC makes the others unknown', async () => {
    const resources = await terraform(`variable "vpc_id" {}
resource "aws_vpc" "a" { cidr_block = "10.0.0.0/16" }
resource "aws_vpc" "b" { cidr_block = "10.1.0.0/16" }
resource "aws_flow_log" "a" { vpc_id = aws_vpc.a.id }
resource "aws_flow_log" "x" { vpc_id = var.vpc_id }
`);
    expect(flowLogs(byId(resources, 'aws_vpc.a'))).toBe(true);
    expect(isUnknown(flowLogs(byId(resources, 'aws_vpc.b')))).toBe(true);
  });

  it('CloudFormation: FlowLog with ResourceType VPC and a Ref; a parameter Ref is unresolved', () => {
    const resources = cloudformation(`  A:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  B:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  LogA:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref A, ResourceType: VPC, TrafficType: ALL }
  LogSubnet:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: subnet-1, ResourceType: Subnet, TrafficType: ALL }
`);
    expect(flowLogs(byId(resources, 'AWS::EC2::VPC/A'))).toBe(true);
    expect(flowLogs(byId(resources, 'AWS::EC2::VPC/B'))).toBe(false);
    const unresolved = cloudformation(`  B:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Log:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !ImportValue shared-vpc, ResourceType: VPC, TrafficType: ALL }
`);
    expect(isUnknown(flowLogs(byId(unresolved, 'AWS::EC2::VPC/B')))).toBe(true);
  });
});

describe('aws.ec2.network_acl', () => {
  it('Terraform: merges aws_network_acl_rule into its ACL; an orphan rule is an ACL of its own (issue 15)', async () => {
    const resources = await terraform(`resource "aws_network_acl" "a" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "6"
    rule_no    = 100
    action     = "ALLOW"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}
resource "aws_network_acl_rule" "all_out" {
  network_acl_id = aws_network_acl.a.id
  egress         = true
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
resource "aws_network_acl_rule" "orphan" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
`);
    const acl = byId(resources, 'aws_network_acl.a');
    expect(acl.attributes).toEqual({
      is_default: false,
      ingress: [{ rule_number: 100, protocol: 'tcp', action: 'allow', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: 22, to_port: 22 }],
      egress: [{ rule_number: 100, protocol: '-1', action: 'allow', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: 0, to_port: 65535 }],
    });
    expect(acl.provenance.get(pathKey(['egress', 0]))?.startLine).toBe(12);
    const orphan = byId(resources, 'aws_network_acl_rule.orphan');
    expect(orphan.type).toBe('aws.ec2.network_acl');
    expect(orphan.attributes.ingress).toEqual([{ rule_number: 100, protocol: '-1', action: 'allow', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: 0, to_port: 65535 }]);
  });

  it('CloudFormation: merges NetworkAclEntry resources by Ref', () => {
    const resources = cloudformation(`  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: vpc-1 }
  In:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 } }
  Out:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, Ipv6CidrBlock: "::/0" }
`);
    const acl = byId(resources, 'AWS::EC2::NetworkAcl/Acl');
    expect(acl.attributes).toMatchObject({
      ingress: [{ rule_number: 100, protocol: 'tcp', action: 'allow', cidr_ipv4: '0.0.0.0/0', from_port: 22, to_port: 22 }],
      egress: [{ protocol: '-1', cidr_ipv4: null, cidr_ipv6: '::/0', from_port: 0, to_port: 65535 }],
    });
    expect(acl.provenance.get(pathKey(['ingress', 0]))?.startLine).toBe(5);
  });

  it('AWS Config: splits the recorded entries by direction', () => {
    const item = {
      resourceType: 'AWS::EC2::NetworkAcl', resourceId: 'acl-1', awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK',
      configuration: { isDefault: true, entries: [
        { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress: false, cidrBlock: '0.0.0.0/0' },
        { ruleNumber: 110, protocol: '6', ruleAction: 'deny', egress: true, cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
      ] },
    };
    const file = { absolutePath: '/s.json', path: 's.json', format: 'aws-config' as const };
    const [acl] = normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources;
    expect(acl.attributes).toEqual({
      is_default: true,
      ingress: [{ rule_number: 100, protocol: '-1', action: 'allow', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: 0, to_port: 65535 }],
      egress: [{ rule_number: 110, protocol: 'tcp', action: 'deny', cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, from_port: 22, to_port: 22 }],
    });
  });
});

describe('aws.ec2.default_security_group', () => {
  it('counts rules; a dynamic block over an unknown collection is unknown', async () => {
    const resources = await terraform(`variable "rules" {}
resource "aws_default_security_group" "empty" { vpc_id = "vpc-1" }
resource "aws_default_security_group" "dynamic" {
  vpc_id = "vpc-2"
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port = ingress.value.port
      to_port   = ingress.value.port
      protocol  = "tcp"
    }
  }
  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
  }
}
`);
    expect(byId(resources, 'aws_default_security_group.empty').attributes).toEqual({ vpc_id: 'vpc-1', ingress_rules: 0, egress_rules: 0 });
    const dynamic = byId(resources, 'aws_default_security_group.dynamic').attributes;
    expect(isUnknown(dynamic.ingress_rules)).toBe(true);
    expect(dynamic.egress_rules).toBe(1);
  });
});
