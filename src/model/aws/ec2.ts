import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * One security group rule in canonical form.
 * - protocol: lower case name (`tcp`, `udp`, `icmp`, `icmpv6`) or `-1` for all traffic; numbers
 *   are mapped (`6` → `tcp`, `17` → `udp`, `1` → `icmp`, `58` → `icmpv6`, `all`/`-1`/-1 → `-1`).
 * - from_port/to_port: for protocol `-1` always 0 and 65535 (every port), whatever was written.
 * - cidr_ipv4/cidr_ipv6: every CIDR the rule allows (a rule written with one CIDR gives a list of one).
 */
export interface SecurityGroupRule {
  protocol: Maybe<string>;
  from_port: Maybe<number>;
  to_port: Maybe<number>;
  cidr_ipv4: Maybe<Maybe<string>[]>;
  cidr_ipv6: Maybe<Maybe<string>[]>;
  source_security_group_ids: Maybe<Maybe<string>[]>;
  prefix_list_ids: Maybe<Maybe<string>[]>;
  self: Maybe<boolean>;
  description: Maybe<string> | null;
}

/**
 * Canonical `aws.ec2.security_group`: inline rules and separate rule resources
 * (`aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`/`egress_rule`,
 * `AWS::EC2::SecurityGroupIngress`/`Egress`) merged into their group. A separate rule whose group
 * cannot be resolved becomes a group of its own, id = the rule's id, so its exposure is still checked.
 */
export interface SecurityGroup {
  name: Maybe<string> | null;
  description: Maybe<string> | null;
  vpc_id: Maybe<string> | null;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}
