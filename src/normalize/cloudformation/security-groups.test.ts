import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const groups = (text: string) => {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return new Map(normalizeTemplate(doc).resources.map((r) => [r.id, r]));
};

const TEMPLATE = `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: "17", FromPort: -1, ToPort: -1, CidrIp: 10.0.0.0/8}
        - {IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 10.0.0.0/8}
        - {IpProtocol: "50", CidrIp: 10.0.0.0/8}
        - !If [Open, {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}, !Ref AWS::NoValue]
        - {IpProtocol: TCP, FromPort: 443, ToPort: 443, SourcePrefixListId: pl-123}
      SecurityGroupEgress: !If [Open, [], !Ref AWS::NoValue]
  Egress:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: {"Fn::GetAtt": ["Web", "GroupId"]}
      IpProtocol: all
      DestinationSecurityGroupId: !Ref Web
  ByName:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupName: !Ref Web
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      SourceSecurityGroupId: sg-123
`;

describe('normalizeCloudFormation: security groups', () => {
  const web = groups(TEMPLATE).get('AWS::EC2::SecurityGroup/Web')!;
  const ingress = web.attributes.ingress as Record<string, unknown>[];

  it('merges separate rules into their group and emits no resource for them', () => {
    expect([...groups(TEMPLATE).keys()]).toEqual(['AWS::EC2::SecurityGroup/Web']);
    expect(ingress).toHaveLength(6);
    expect(ingress[5]).toMatchObject({ protocol: 'tcp', from_port: 22, to_port: 22, source_security_group_ids: ['sg-123'] });
  });

  it('normalises protocols and ports as ec2.ts documents', () => {
    expect(ingress.map((r) => [r.protocol, r.from_port, r.to_port])).toEqual([
      ['udp', 0, 65535],
      ['icmp', 8, -1],
      ['50', 0, 65535],
      [{ $unknown: true, reason: 'SecurityGroupIngress item is not resolved' }, expect.objectContaining({ $unknown: true }), expect.objectContaining({ $unknown: true })],
      ['tcp', 443, 443],
      ['tcp', 22, 22],
    ]);
    expect(ingress[4].prefix_list_ids).toEqual(['pl-123']);
  });

  it('marks a rule whose peer is its own group as self, and a conditional rule list as unknown', () => {
    const egress = web.attributes.egress as Record<string, unknown>[];
    expect(egress[0]).toMatchObject({ protocol: { $unknown: true } });
    expect(egress[1]).toMatchObject({ protocol: '-1', from_port: 0, to_port: 65535, self: true, source_security_group_ids: [] });
  });

  it('points provenance at the written rule, through removed items and separate resources', () => {
    expect(web.provenance.get(pathKey(['ingress', 1, 'from_port']))?.startLine).toBe(8);
    expect(web.provenance.get(pathKey(['ingress', 3]))?.startLine).toBe(10);
    expect(web.provenance.get(pathKey(['ingress', 4, 'prefix_list_ids', 0]))?.startLine).toBe(11);
    expect(web.provenance.get(pathKey(['egress', 1]))?.startLine).toBe(13);
    expect(web.provenance.get(pathKey(['egress', 1, 'protocol']))?.startLine).toBe(17);
  });

  it('turns a rule whose group is outside the template into a group of its own', () => {
    const orphan = groups('Resources:\n  R:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-0abc\n      IpProtocol: "-1"\n      CidrIpv6: ::/0\n').get('AWS::EC2::SecurityGroupIngress/R')!;
    expect(orphan.type).toBe('aws.ec2.security_group');
    expect(orphan.source.nativeType).toBe('AWS::EC2::SecurityGroupIngress');
    expect(orphan.attributes).toMatchObject({
      name: { $unknown: true },
      ingress: [{ protocol: '-1', from_port: 0, to_port: 65535, cidr_ipv6: ['::/0'], cidr_ipv4: [] }],
      egress: [],
    });
    expect(orphan.provenance.get(pathKey(['ingress', 0, 'cidr_ipv6']))?.startLine).toBe(7);
  });
});
