import { isUnknown, unknownValue } from '../../model/index.js';
import type { Resource, SourceRange } from '../../model/index.js';
import type { SecurityGroup, SecurityGroupRule } from '../../model/aws/ec2.js';
import { CanonicalBuilder, toResource } from './canonical.js';
import { toBool, toNum, toStr, toStrList } from './convert.js';
import { Fields, type Field } from '../../resolve/terraform/fields.js';
import { findParent, referencedId } from '../../resolve/terraform/links.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';

export const SG_RULE_TYPES = new Set(['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']);

type Direction = 'ingress' | 'egress';

/** Where each canonical rule field is read from, whatever resource or block wrote the rule. */
interface RuleSource {
  protocol?: Field;
  from_port?: Field;
  to_port?: Field;
  cidr_ipv4?: Field;
  cidr_ipv6?: Field;
  source_security_group_ids?: Field;
  prefix_list_ids?: Field;
  self?: Field;
  description?: Field;
}

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1', '-1': '-1' };

/** ec2.ts: lower-case names, IANA numbers mapped, every spelling of "all traffic" is `-1`. */
export function normalizeProtocol(value: unknown): unknown {
  if (isUnknown(value)) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return unknownValue(`protocol ${JSON.stringify(value)} is not recognised`);
  const text = String(value).trim().toLowerCase();
  return PROTOCOL_NAMES[text] ?? text;
}

function ruleDefaults(): SecurityGroupRule {
  const unset = (what: string) => unknownValue(`${what} is not set`);
  return {
    protocol: unset('protocol'),
    from_port: unset('from_port'),
    to_port: unset('to_port'),
    cidr_ipv4: [],
    cidr_ipv6: [],
    source_security_group_ids: [],
    prefix_list_ids: [],
    self: false,
    description: null,
  };
}

/** Appends one rule at `[direction, i]`, with provenance down to each CIDR element. */
function addRule(out: CanonicalBuilder, direction: Direction, source: RuleSource, range: SourceRange): void {
  const rules = out.attributes[direction] as SecurityGroupRule[];
  const at = [direction, rules.length];
  out.set(at, ruleDefaults(), range);
  out.setField([...at, 'protocol'], source.protocol, normalizeProtocol);
  out.setField([...at, 'from_port'], source.from_port, toNum);
  out.setField([...at, 'to_port'], source.to_port, toNum);
  for (const key of ['cidr_ipv4', 'cidr_ipv6', 'source_security_group_ids', 'prefix_list_ids'] as const) {
    const field = source[key];
    if (!out.setField([...at, key], field, toStrList) || field === undefined) continue;
    const list = (out.attributes[direction] as SecurityGroupRule[])[rules.length - 1][key];
    if (Array.isArray(list)) list.forEach((_, j) => out.provenance.set(JSON.stringify([...at, key, j]), field.rangeAt([j])));
  }
  out.setField([...at, 'self'], source.self, toBool);
  out.setField([...at, 'description'], source.description, toStr);
  const rule = rules[rules.length - 1];
  if (rule.protocol === '-1') {
    // all traffic opens every port, whatever the ports say (ec2.ts)
    out.set([...at, 'from_port'], 0, source.protocol);
    out.set([...at, 'to_port'], 65535, source.protocol);
  }
}

function inlineRule(b: Fields): RuleSource {
  return {
    protocol: b.get('protocol'), from_port: b.get('from_port'), to_port: b.get('to_port'),
    cidr_ipv4: b.get('cidr_blocks'), cidr_ipv6: b.get('ipv6_cidr_blocks'), source_security_group_ids: b.get('security_groups'),
    prefix_list_ids: b.get('prefix_list_ids'), self: b.get('self'), description: b.get('description'),
  };
}

/** A separate rule resource → its direction and fields; undefined when the direction is unknown. */
function separateRule(type: string, f: Fields): { direction: Direction; source: RuleSource } | undefined {
  if (type === 'aws_security_group_rule') {
    const direction = f.get('type')?.value;
    if (direction !== 'ingress' && direction !== 'egress') return undefined;
    return { direction, source: { ...inlineRule(f), source_security_group_ids: f.get('source_security_group_id') } };
  }
  const source: RuleSource = {
    protocol: f.get('ip_protocol'), from_port: f.get('from_port'), to_port: f.get('to_port'),
    cidr_ipv4: f.get('cidr_ipv4'), cidr_ipv6: f.get('cidr_ipv6'), source_security_group_ids: f.get('referenced_security_group_id'),
    prefix_list_ids: f.get('prefix_list_id'), description: f.get('description'),
  };
  return { direction: type === 'aws_vpc_security_group_egress_rule' ? 'egress' : 'ingress', source };
}

interface Group {
  instance: ResourceInstance;
  fields: Fields;
  out: CanonicalBuilder;
}

function readGroup(instance: ResourceInstance, fields: Fields): Group {
  const attributes: SecurityGroup = { name: null, description: 'Managed by Terraform', vpc_id: null, ingress: [], egress: [] };
  const out = new CanonicalBuilder(attributes as unknown as Record<string, unknown>);
  if (!out.setField(['name'], fields.get('name'), toStr) && fields.get('name_prefix')) {
    out.set(['name'], unknownValue('name is generated from name_prefix'), fields.get('name_prefix'));
  }
  out.setField(['description'], fields.get('description'), toStr);
  out.setField(['vpc_id'], fields.get('vpc_id'), toStr);
  for (const direction of ['ingress', 'egress'] as const) {
    for (const block of fields.blocks(direction)) addRule(out, direction, inlineRule(block), block.range);
  }
  return { instance, fields, out };
}

/**
 * `aws_security_group` → `aws.ec2.security_group` with every separate rule merged in. A rule whose
 * group cannot be resolved becomes a group of its own (id = the rule's id) so it is still checked;
 * one that names an `aws_default_security_group` is such a group named `default`.
 */
export function normalizeSecurityGroups(instances: ResourceInstance[], scope: string): Resource[] {
  const groups = new Map<string, Group>();
  for (const i of instances) {
    if (i.type === 'aws_security_group') groups.set(i.id, readGroup(i, Fields.fromBody(i.block.body, i.scope, i.block.range)));
  }
  const orphans: Group[] = [];
  for (const ruleInstance of instances.filter((i) => SG_RULE_TYPES.has(i.type))) {
    const fields = Fields.fromBody(ruleInstance.block.body, ruleInstance.scope, ruleInstance.block.range);
    const rule = separateRule(ruleInstance.type, fields);
    const expr = ruleInstance.block.body.attributes.security_group_id?.expr;
    const target = findParent(expr, ruleInstance.scope, 'aws_security_group', ['id'], groups);
    // a rule added to a VPC's default group: checked as that group (named default), at the rule
    const name = referencedId(expr, ruleInstance.scope, 'aws_default_security_group', ['id']) === undefined ? null : 'default';
    const group = target ?? { instance: ruleInstance, fields, out: new CanonicalBuilder({ name, description: null, vpc_id: null, ingress: [], egress: [] }) };
    if (rule) addRule(group.out, rule.direction, rule.source, fields.range);
    if (target === undefined) orphans.push(group);
  }
  return [...groups.values(), ...orphans].map((g) => toResource(g.instance, 'aws.ec2.security_group', g.out, g.fields.raw(), scope));
}
