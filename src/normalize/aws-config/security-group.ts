import type { SecurityGroup, SecurityGroupRule } from '../../model/aws/ec2.js';
import { unknownValue, type UnknownValue } from '../../model/unknown.js';
import { child, elements, num, text, type Located } from './item.js';
import type { ItemProvenance } from './provenance.js';

type Direction = 'ingress' | 'egress';
type Port = number | UnknownValue;

/** EC2 protocol numbers and spellings → the canonical names of model/aws/ec2.ts. */
const PROTOCOLS: Record<string, string> = { '-1': '-1', all: '-1', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** AWS::EC2::SecurityGroup configuration item (an EC2 DescribeSecurityGroups entry) → aws.ec2.security_group. */
export function normalizeSecurityGroup(item: Located, provenance: ItemProvenance): SecurityGroup {
  const configuration = child(item, 'configuration');
  const groupId = text(child(configuration, 'groupId')) ?? text(child(item, 'resourceId'));
  const field = (name: string, canonical: string): string | null => {
    const node = child(configuration, name);
    provenance.set([canonical], node);
    return text(node) ?? null;
  };
  return {
    name: field('groupName', 'name'),
    description: field('description', 'description'),
    vpc_id: field('vpcId', 'vpc_id'),
    ingress: rules(child(configuration, 'ipPermissions'), 'ingress', groupId, provenance),
    egress: rules(child(configuration, 'ipPermissionsEgress'), 'egress', groupId, provenance),
  };
}

function rules(list: Located, direction: Direction, groupId: string | undefined, provenance: ItemProvenance): SecurityGroupRule[] {
  return elements(list).map((permission, i) => {
    provenance.set([direction, i], permission);
    return normalizePermission(permission, groupId, (field, node) => provenance.set([direction, i, ...field], node));
  });
}

type RecordField = (field: (string | number)[], node: Located) => void;

/**
 * One IpPermission → one canonical rule. A peer that is the group itself becomes `self`, as in
 * the other formats. Config keeps one description per range; the rule gets the distinct ones.
 */
function normalizePermission(permission: Located, groupId: string | undefined, record: RecordField): SecurityGroupRule {
  const protocolNode = child(permission, 'ipProtocol');
  const protocol = normalizeProtocol(protocolNode);
  const fromNode = child(permission, 'fromPort');
  const toNode = child(permission, 'toPort');
  const [from, to] = ports(protocol, num(fromNode), num(toNode));
  record(['protocol'], protocolNode);
  record(['from_port'], fromNode);
  record(['to_port'], toNode);
  const descriptions = new Set<string>();
  const cidrIpv4 = collect(ipv4Ranges(permission), 'cidrIp', ['cidr_ipv4'], record, descriptions);
  const cidrIpv6 = collect(elements(child(permission, 'ipv6Ranges')), 'cidrIpv6', ['cidr_ipv6'], record, descriptions);
  const prefixLists = collect(elements(child(permission, 'prefixListIds')), 'prefixListId', ['prefix_list_ids'], record, descriptions);
  const pairs = elements(child(permission, 'userIdGroupPairs'));
  const self = groupId !== undefined && pairs.some((pair) => peerGroup(pair).value === groupId);
  const others = pairs.filter((pair) => groupId === undefined || peerGroup(pair).value !== groupId);
  const groups = collect(others, undefined, ['source_security_group_ids'], record, descriptions, peerGroup);
  return {
    protocol,
    from_port: from,
    to_port: to,
    cidr_ipv4: cidrIpv4,
    cidr_ipv6: cidrIpv6,
    source_security_group_ids: groups,
    prefix_list_ids: prefixLists,
    self,
    description: descriptions.size === 0 ? null : [...descriptions].join('; '),
  };
}

/**
 * IPv4 ranges: `ipv4Ranges[].cidrIp`, or the legacy flat `ipRanges[]` of strings that older
 * items (and the EC2-Classic era API) carry, often beside `ipv4Ranges` with the same CIDRs.
 */
function ipv4Ranges(permission: Located): Located[] {
  const ranges = elements(child(permission, 'ipv4Ranges'));
  return ranges.length > 0 ? ranges : elements(child(permission, 'ipRanges'));
}

/** The strings of a list of ranges (or of strings), each recorded at its own index. */
function collect(
  entries: Located[], key: string | undefined, canonical: string[], record: RecordField, descriptions: Set<string>,
  pick: (entry: Located) => Located = (entry) => (key === undefined || text(entry) !== undefined ? entry : child(entry, key)),
): (string | UnknownValue)[] {
  if (entries.length > 0) record(canonical, entries[0]);
  return entries.map((entry, i) => {
    const node = pick(entry);
    record([...canonical, i], node);
    const description = text(child(entry, 'description'));
    if (description) descriptions.add(description);
    return text(node) ?? unknownValue(`${canonical[0]}[${i}] has no value`);
  });
}

/** The group a UserIdGroupPair points at: its id, or its name for EC2-Classic era items. */
function peerGroup(pair: Located): Located {
  const id = child(pair, 'groupId');
  return text(id) !== undefined ? id : child(pair, 'groupName');
}

function normalizeProtocol(node: Located): string | UnknownValue {
  const value = node.value;
  const written = typeof value === 'number' ? String(value) : text(node);
  if (written === undefined) return unknownValue('ipProtocol not recorded');
  const lower = written.toLowerCase();
  return PROTOCOLS[lower] ?? lower;
}

/**
 * Ports as model/aws/ec2.ts defines them. EC2 omits the ports of "all traffic" and of protocols
 * without ports: every port. TCP and UDP always carry them, so a missing one is unknown, not
 * "all"; ICMP keeps its type and code (-1 meaning all).
 */
function ports(protocol: string | UnknownValue, from: number | undefined, to: number | undefined): [Port, Port] {
  const missing = (name: string): UnknownValue => unknownValue(`${name} not recorded`);
  if (typeof protocol !== 'string') return [from ?? missing('fromPort'), to ?? missing('toPort')];
  if (protocol === 'tcp' || protocol === 'udp' || protocol === 'icmp' || protocol === 'icmpv6') {
    return [from ?? missing('fromPort'), to ?? missing('toPort')];
  }
  return [0, 65535];
}
