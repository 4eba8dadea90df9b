import type { SecurityGroupRule } from '../../model/aws/ec2.js';
import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { asNumber, asString } from '../../resolve/cloudformation/convert.js';
import type { ProvenanceBuilder } from './provenance.js';

export type Direction = 'ingress' | 'egress';

/** Property names per direction: egress rules name their peer "Destination…". */
const PEER = {
  ingress: { group: 'SourceSecurityGroupId', prefixList: 'SourcePrefixListId' },
  egress: { group: 'DestinationSecurityGroupId', prefixList: 'DestinationPrefixListId' },
} as const;

const LIST_FIELDS = new Set(['cidr_ipv4', 'cidr_ipv6', 'source_security_group_ids', 'prefix_list_ids']);

const PROTOCOLS: Record<string, string> = { '-1': '-1', all: '-1', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/**
 * One CloudFormation rule (inline or a separate SecurityGroupIngress/Egress) → canonical rule.
 * `self` is true when the peer group is the owning group itself (`!Ref Owner` / `!GetAtt Owner.GroupId`).
 */
export function normalizeRule(rule: Record<string, unknown>, raw: unknown, direction: Direction, owner?: string): SecurityGroupRule {
  const protocol = normalizeProtocol(rule.IpProtocol);
  const [from, to] = ports(protocol, asNumber(rule.FromPort), asNumber(rule.ToPort));
  const peer = PEER[direction];
  const rawPeer = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[peer.group] : undefined;
  const self = owner !== undefined && referencedGroup(rawPeer) === owner;
  return {
    protocol,
    from_port: from,
    to_port: to,
    cidr_ipv4: listOf(rule.CidrIp),
    cidr_ipv6: listOf(rule.CidrIpv6),
    source_security_group_ids: self ? [] : listOf(rule[peer.group]),
    prefix_list_ids: listOf(rule[peer.prefixList]),
    self,
    description: asString(rule.Description) ?? null,
  };
}

/** A rule list the template does not decide (an `Fn::If` around the list): one all-unknown rule. */
export function unknownRule(reason: string): SecurityGroupRule {
  const why = unknownValue(reason);
  return {
    protocol: why, from_port: why, to_port: why, cidr_ipv4: why, cidr_ipv6: why,
    source_security_group_ids: why, prefix_list_ids: why, self: why, description: why,
  };
}

export function recordRuleProvenance(
  provenance: ProvenanceBuilder, canonical: [Direction, number], property: (string | number)[], from: string, direction: Direction,
): void {
  const fields: [string, string][] = [
    ['protocol', 'IpProtocol'], ['from_port', 'FromPort'], ['to_port', 'ToPort'], ['cidr_ipv4', 'CidrIp'],
    ['cidr_ipv6', 'CidrIpv6'], ['source_security_group_ids', PEER[direction].group],
    ['prefix_list_ids', PEER[direction].prefixList], ['description', 'Description'],
  ];
  if (property.length === 0) provenance.setResource(canonical, from);
  else provenance.set(canonical, property, from);
  for (const [field, name] of fields) {
    provenance.set([...canonical, field], [...property, name], from);
    // List-valued fields are written as one scalar: their single item is that scalar.
    if (LIST_FIELDS.has(field)) provenance.set([...canonical, field, 0], [...property, name], from);
  }
  provenance.set([...canonical, 'self'], [...property, PEER[direction].group], from);
}

/** The logical id a `GroupId`-like value points at (`Ref X`, `Fn::GetAtt [X, GroupId]`), if any. */
export function referencedGroup(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return record.Ref;
  const getAtt = record['Fn::GetAtt'];
  const parts = typeof getAtt === 'string' ? getAtt.split('.') : getAtt;
  if (Array.isArray(parts) && parts.length === 2 && parts[1] === 'GroupId' && typeof parts[0] === 'string') return parts[0];
  return undefined;
}

function normalizeProtocol(value: unknown): string | UnknownValue {
  const text = asString(value);
  if (text === undefined) return unknownValue('IpProtocol not set');
  if (isUnknown(text)) return text;
  const lower = text.toLowerCase();
  return PROTOCOLS[lower] ?? lower;
}

type Port = number | UnknownValue;

/**
 * Ports as ec2.ts defines them: all traffic is 0–65535; for TCP/UDP, -1 (CloudFormation's "all")
 * or nothing means every port; other protocols than TCP, UDP and ICMP have no ports, so every
 * port; ICMP keeps its type and code, -1 meaning all.
 */
function ports(protocol: string | UnknownValue, from: Port | undefined, to: Port | undefined): [Port, Port] {
  if (isUnknown(protocol)) return [from ?? unknownValue('FromPort not set'), to ?? unknownValue('ToPort not set')];
  if (protocol === 'icmp' || protocol === 'icmpv6') return [from ?? -1, to ?? -1];
  if (protocol !== 'tcp' && protocol !== 'udp') return [0, 65535];
  return [from === undefined || from === -1 ? 0 : from, to === undefined || to === -1 ? 65535 : to];
}

function listOf(value: unknown): (string | UnknownValue)[] {
  const text = asString(value);
  return text === undefined ? [] : [text];
}
