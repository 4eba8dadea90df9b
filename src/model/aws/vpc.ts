import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.ec2.vpc`.
 *
 * | attribute         | Terraform (`aws_vpc`, `aws_default_vpc`)            | CloudFormation (`AWS::EC2::VPC`)                   | AWS Config (`AWS::EC2::VPC`) |
 * |-------------------|-----------------------------------------------------|----------------------------------------------------|------------------------------|
 * | is_default        | false (`aws_default_vpc`: true)                     | false                                              | configuration.isDefault      |
 * | flow_logs.enabled | an `aws_flow_log` of the module whose vpc_id references the VPC | an `AWS::EC2::FlowLog` with ResourceType VPC whose ResourceId is a Ref/GetAtt to it | unknown |
 *
 * `flow_logs.enabled` is false when no flow log names the VPC, and unknown for every VPC without
 * one when some flow log's target cannot be resolved (a variable, a data source, a module
 * output): that flow log could be the VPC's. AWS Config records flow logs as their own
 * `AWS::EC2::FlowLog` items and a configuration item is read on its own, so it is unknown there.
 */
export interface Vpc {
  is_default: Maybe<boolean>;
  flow_logs: { enabled: Maybe<boolean> };
  /**
   * Terraform only: an `aws_default_security_group` of the module manages this VPC's default
   * group. When false, the group AWS creates with the VPC keeps its rules (all traffic between
   * its members, all outbound).
   */
  default_security_group_managed?: Maybe<boolean>;
}

/**
 * Canonical `aws.ec2.subnet`.
 *
 * | attribute               | Terraform (`aws_subnet`)           | CloudFormation (`AWS::EC2::Subnet`) | AWS Config (`AWS::EC2::Subnet`)      |
 * |-------------------------|------------------------------------|-------------------------------------|--------------------------------------|
 * | map_public_ip_on_launch | map_public_ip_on_launch, false     | MapPublicIpOnLaunch, false          | configuration.mapPublicIpOnLaunch    |
 */
export interface Subnet {
  map_public_ip_on_launch: Maybe<boolean>;
}

/**
 * One network ACL entry. `protocol` as in security group rules (model/aws/ec2.ts): `tcp`, `udp`,
 * `icmp`, `icmpv6`, other numbers as written, `-1` for all traffic (its ports are then 0-65535).
 * `action` is `allow` or `deny`. One entry has one CIDR, IPv4 or IPv6 (the other is null).
 */
export interface NetworkAclEntry {
  rule_number: Maybe<number>;
  protocol: Maybe<string>;
  action: Maybe<string>;
  cidr_ipv4: Maybe<string> | null;
  cidr_ipv6: Maybe<string> | null;
  from_port: Maybe<number> | null;
  to_port: Maybe<number> | null;
}

/**
 * Canonical `aws.ec2.network_acl`, its entries split by direction.
 *
 * | attribute    | Terraform                                              | CloudFormation                                     | AWS Config (`AWS::EC2::NetworkAcl`) |
 * |--------------|--------------------------------------------------------|----------------------------------------------------|-------------------------------------|
 * | is_default   | `aws_default_network_acl`: true; `aws_network_acl`: false | false (a template cannot manage the default ACL) | configuration.isDefault             |
 * | ingress/egress | inline ingress/egress blocks + `aws_network_acl_rule`s that reference the ACL (egress false by default) | `AWS::EC2::NetworkAclEntry`s whose NetworkAclId is a Ref to it (Egress false by default) | configuration.entries[] by egress |
 *
 * A separate rule or entry whose ACL cannot be resolved stays a pass-through resource: its ACL
 * may hold a lower-numbered deny that the scan cannot see.
 */
export interface NetworkAcl {
  is_default: Maybe<boolean>;
  ingress: NetworkAclEntry[];
  egress: NetworkAclEntry[];
}

/**
 * Canonical `aws.ec2.default_security_group`: Terraform's `aws_default_security_group`, which
 * adopts the default security group of a VPC and removes every rule not written in it.
 * CloudFormation cannot manage the default group; AWS Config records it as an
 * `AWS::EC2::SecurityGroup` named `default` (canonical `aws.ec2.security_group`).
 *
 * | attribute     | Terraform                                                 |
 * |---------------|-----------------------------------------------------------|
 * | vpc_id        | vpc_id, null                                              |
 * | ingress_rules | number of ingress blocks; unknown for a dynamic block whose for_each is unknown |
 * | egress_rules  | number of egress blocks; likewise                         |
 */
export interface DefaultSecurityGroup {
  vpc_id: Maybe<string> | null;
  ingress_rules: Maybe<number>;
  egress_rules: Maybe<number>;
}
