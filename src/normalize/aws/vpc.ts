import { isUnknown, pathKey, unknownValue } from '../../model/index.js';
import type { Resource, SourceRange } from '../../model/index.js';
import type { NetworkAclEntry } from '../../model/aws/vpc.js';
import { child, elements, type Located } from '../aws-config/item.js';
import { asBool, asRecord } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import { normalizeProtocol } from '../terraform/ec2.js';
import type { Fields } from '../../resolve/terraform/fields.js';
import { findParent } from '../../resolve/terraform/links.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';
import { cfnReference } from './ec2.js';
import type { CfnGroup, CfnRefine, ConfigRefine, ServiceModule, SourceMapping, TerraformGroup, TerraformRefine } from './spec.js';

/**
 * VPC networking: VPCs and their flow logs, subnets, network ACLs and Terraform's default
 * security group. model/aws/vpc.ts has the table of sources and defaults.
 */

type Direction = 'ingress' | 'egress';

// ---- network ACL entries, from whichever source -----------------------------------------------

/** An entry's values in canonical names, as written (undefined: not written). */
type WrittenEntry = Partial<Record<keyof NetworkAclEntry, unknown>>;

function entryNumber(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'number' || isUnknown(value)) return value ?? undefined;
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : unknownValue(`${JSON.stringify(value)} is not a number`);
}

function entryText(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' || isUnknown(value) ? value : String(value);
}

/** Canonical entry: protocol names as for security groups, all traffic on every port. */
function toEntry(written: WrittenEntry): NetworkAclEntry {
  const protocol = written.protocol === undefined ? unknownValue('protocol is not set') : (normalizeProtocol(written.protocol) as NetworkAclEntry['protocol']);
  const action = entryText(written.action);
  const port = (value: unknown): NetworkAclEntry['from_port'] => {
    if (protocol === '-1') return null;
    const n = entryNumber(value);
    if (n !== undefined) return n as NetworkAclEntry['from_port'];
    return protocol === 'tcp' || protocol === 'udp' || isUnknown(protocol) ? unknownValue('port range is not set') : null;
  };
  return {
    rule_number: (entryNumber(written.rule_number) ?? unknownValue('rule number is not set')) as NetworkAclEntry['rule_number'],
    protocol,
    action: (typeof action === 'string' ? action.toLowerCase() : action ?? unknownValue('action is not set')) as NetworkAclEntry['action'],
    cidr_ipv4: (entryText(written.cidr_ipv4) ?? null) as NetworkAclEntry['cidr_ipv4'],
    cidr_ipv6: (entryText(written.cidr_ipv6) ?? null) as NetworkAclEntry['cidr_ipv6'],
    from_port: protocol === '-1' ? 0 : port(written.from_port),
    to_port: protocol === '-1' ? 65535 : port(written.to_port),
  };
}

/** Appends an entry to `resource`'s direction list; returns its index. */
function appendEntry(resource: Resource, direction: Direction, entry: NetworkAclEntry): number {
  const list = resource.attributes[direction] as NetworkAclEntry[];
  list.push(entry);
  return list.length - 1;
}

// ---- Terraform --------------------------------------------------------------------------------

/** An inline `ingress {}`/`egress {}` block or an `aws_network_acl_rule`, by their attribute names. */
function terraformEntry(value: (name: string) => unknown, separate: boolean): NetworkAclEntry {
  return toEntry({
    rule_number: value(separate ? 'rule_number' : 'rule_no'),
    protocol: value('protocol'),
    action: value(separate ? 'rule_action' : 'action'),
    cidr_ipv4: value('cidr_block'),
    cidr_ipv6: value('ipv6_cidr_block'),
    from_port: value('from_port'),
    to_port: value('to_port'),
  });
}

function terraformAcl(isDefault: boolean, nativeType: string): SourceMapping<TerraformRefine> {
  return {
    nativeTypes: [nativeType],
    fields: { is_default: { path: [], kind: 'bool', absent: isDefault } },
    refine: (_out, { fields, set }) => {
      for (const direction of ['ingress', 'egress'] as const) {
        set([direction], []);
        fields.blocks(direction).forEach((block, i) => set([direction, i], terraformEntry((name) => block.get(name)?.value ?? undefined, false), block));
      }
    },
  };
}

const TF_ACL = terraformAcl(false, 'aws_network_acl');
const TF_DEFAULT_ACL = terraformAcl(true, 'aws_default_network_acl');

/** ACLs with their separate `aws_network_acl_rule`s; a rule whose ACL is not found passes through. */
const terraformAcls: TerraformGroup = {
  nativeTypes: ['aws_network_acl', 'aws_default_network_acl', 'aws_network_acl_rule'],
  normalize(instances, scope, tools) {
    const acls = new Map<string, Resource>();
    const defaults = new Map<string, Resource>();
    for (const i of instances) {
      if (i.type === 'aws_network_acl') acls.set(i.id, tools.bySpec(i, 'aws.ec2.network_acl', TF_ACL, scope));
      if (i.type === 'aws_default_network_acl') defaults.set(i.id, tools.bySpec(i, 'aws.ec2.network_acl', TF_DEFAULT_ACL, scope));
    }
    const orphans: Resource[] = [];
    for (const rule of instances.filter((i) => i.type === 'aws_network_acl_rule')) {
      const expr = rule.block.body.attributes.network_acl_id?.expr;
      const acl = findParent(expr, rule.scope, 'aws_network_acl', ['id'], acls) ?? findParent(expr, rule.scope, 'aws_default_network_acl', ['id'], defaults);
      const raw = tools.raw(rule, scope);
      const fields = raw.attributes;
      const egress = fields.egress === undefined || fields.egress === null ? false : fields.egress;
      if (isUnknown(egress)) {
        // which list it belongs to is unknown
        if (acl === undefined) orphans.push(raw);
        continue;
      }
      const direction: Direction = egress === true || egress === 'true' ? 'egress' : 'ingress';
      // a rule whose ACL is not in the module is checked on its own, as an ACL of one entry
      const target = acl ?? orphanAcl(raw);
      if (acl === undefined) orphans.push(target);
      const index = appendEntry(target, direction, terraformEntry((name) => fields[name] ?? undefined, true));
      target.provenance.set(pathKey([direction, index]), rule.block.range);
    }
    return [...acls.values(), ...defaults.values(), ...orphans];
  },
};

/**
 * A network ACL entry whose ACL is defined elsewhere, as an `aws.ec2.network_acl` of its own (its
 * id and provenance): its entry is checked, without the entries of the ACL it joins.
 */
function orphanAcl(raw: Resource): Resource {
  return { ...raw, type: 'aws.ec2.network_acl', attributes: { is_default: unknownValue('the ACL is not defined in this module'), ingress: [], egress: [] } };
}

const TF_VPC: SourceMapping<TerraformRefine> = {
  nativeTypes: ['aws_vpc'],
  fields: { is_default: { path: [], kind: 'bool', absent: false }, 'flow_logs.enabled': { path: [], kind: 'bool', absent: false } },
};
const TF_DEFAULT_VPC: SourceMapping<TerraformRefine> = {
  nativeTypes: ['aws_default_vpc'],
  fields: { is_default: { path: [], kind: 'bool', absent: true }, 'flow_logs.enabled': { path: [], kind: 'bool', absent: false } },
};

/** The VPC an `aws_flow_log` names: a VPC of the module, `outside` (a literal id), or unresolved. */
function flowLogTarget(flowLog: ResourceInstance, vpcs: Map<string, Resource>, defaults: Map<string, Resource>, written: unknown): Resource | 'outside' | 'none' | undefined {
  const expr = flowLog.block.body.attributes.vpc_id?.expr;
  if (expr === undefined || written === null || written === undefined) return 'none';
  const vpc = findParent(expr, flowLog.scope, 'aws_vpc', ['id'], vpcs) ?? findParent(expr, flowLog.scope, 'aws_default_vpc', ['id'], defaults);
  if (vpc) return vpc;
  return typeof written === 'string' ? 'outside' : undefined;
}

const TF_DEFAULT_SG: SourceMapping<TerraformRefine> = {
  nativeTypes: ['aws_default_security_group'],
  fields: { vpc_id: { path: ['vpc_id'], kind: 'string' } },
  refine: (_out, { fields, instance, set }) => {
    set(['ingress_rules'], ruleCount(fields, instance, 'ingress'), fields.get('ingress') ?? fields.blocks('ingress')[0]);
    set(['egress_rules'], ruleCount(fields, instance, 'egress'), fields.get('egress') ?? fields.blocks('egress')[0]);
  },
};

/**
 * VPCs get `flow_logs.enabled` from the `aws_flow_log`s of their module, and
 * `default_security_group_managed` from its `aws_default_security_group`s (the group AWS creates
 * with every VPC allows all traffic between its members until one manages it).
 */
const terraformVpcs: TerraformGroup = {
  nativeTypes: ['aws_vpc', 'aws_default_vpc', 'aws_flow_log', 'aws_default_security_group'],
  normalize(instances, scope, tools) {
    const vpcs = new Map<string, Resource>();
    const defaults = new Map<string, Resource>();
    for (const i of instances) {
      if (i.type === 'aws_vpc') vpcs.set(i.id, tools.bySpec(i, 'aws.ec2.vpc', TF_VPC, scope));
      if (i.type === 'aws_default_vpc') defaults.set(i.id, tools.bySpec(i, 'aws.ec2.vpc', TF_DEFAULT_VPC, scope));
    }
    const groups = linkDefaultGroups(instances.filter((i) => i.type === 'aws_default_security_group'), vpcs, defaults, (i) => tools.bySpec(i, 'aws.ec2.default_security_group', TF_DEFAULT_SG, scope));
    const flowLogs = instances.filter((i) => i.type === 'aws_flow_log').map((i) => ({ instance: i, resource: tools.raw(i, scope) }));
    let unresolved = false;
    for (const { instance, resource } of flowLogs) {
      const target = flowLogTarget(instance, vpcs, defaults, resource.attributes.vpc_id);
      if (target === undefined) unresolved = true;
      else if (typeof target !== 'string') setFlowLogs(target, true, instance.block.range);
    }
    const all = [...vpcs.values(), ...defaults.values()];
    if (unresolved) for (const vpc of all) if (flowLogsOf(vpc) === false) setFlowLogs(vpc, unknownValue('a flow log of this module names a VPC that cannot be resolved'));
    return [...all, ...flowLogs.map((f) => f.resource), ...groups];
  },
};

/**
 * Marks each VPC whose default security group the module manages: `vpc_id` names it (no
 * `vpc_id`: the region's default VPC). A group whose VPC cannot be told leaves the unmarked VPCs
 * unknown, never false.
 */
function linkDefaultGroups(groups: ResourceInstance[], vpcs: Map<string, Resource>, defaults: Map<string, Resource>, toResource: (i: ResourceInstance) => Resource): Resource[] {
  const all = [...vpcs.values(), ...defaults.values()];
  for (const vpc of all) vpc.attributes.default_security_group_managed = false;
  let unresolved = false;
  const resources = groups.map((group) => {
    const resource = toResource(group);
    const expr = group.block.body.attributes.vpc_id?.expr;
    // by reference, or (plan and state JSON) by the VPC id both record
    const sameId = (candidate: Resource, id: unknown): boolean => typeof id === 'string' && (candidate.raw as Record<string, unknown> | undefined)?.id === id;
    const vpc = expr && (findParent(expr, group.scope, 'aws_vpc', ['id'], vpcs, sameId) ?? findParent(expr, group.scope, 'aws_default_vpc', ['id'], defaults, sameId));
    for (const target of expr === undefined ? defaults.values() : vpc ? [vpc] : []) target.attributes.default_security_group_managed = true;
    // a literal vpc_id is a VPC of another module or of no module
    if (expr !== undefined && !vpc && typeof resource.attributes.vpc_id !== 'string') unresolved = true;
    return resource;
  });
  const why = unknownValue('an aws_default_security_group of this module names a VPC that cannot be resolved');
  if (unresolved) for (const vpc of all) if (vpc.attributes.default_security_group_managed === false) vpc.attributes.default_security_group_managed = why;
  return resources;
}

function flowLogsOf(vpc: Resource): unknown {
  return (vpc.attributes.flow_logs as { enabled: unknown }).enabled;
}

function setFlowLogs(vpc: Resource, enabled: unknown, range?: SourceRange): void {
  (vpc.attributes.flow_logs as { enabled: unknown }).enabled = enabled;
  if (range) vpc.provenance.set(pathKey(['flow_logs', 'enabled']), range);
}

/** Nested blocks counted; unknown for `ingress = var.x` or a dynamic block over an unknown collection. */
function ruleCount(fields: Fields, instance: ResourceInstance, name: string): unknown {
  const attribute = fields.get(name);
  if (attribute && isUnknown(attribute.value)) return attribute.value;
  const blocks = fields.blocks(name);
  const dynamic = instance.block.body.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === name);
  if (dynamic && JSON.stringify(blocks.map((b) => b.raw())).includes('"$unknown"')) return unknownValue(`dynamic "${name}" may expand to any number of rules`);
  return blocks.length;
}

// ---- CloudFormation ---------------------------------------------------------------------------

const CFN_VPC: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::EC2::VPC'],
  fields: { is_default: { path: [], kind: 'bool', absent: false }, 'flow_logs.enabled': { path: [], kind: 'bool', absent: false } },
};

/** A flow log's VPC: a VPC of the template, `outside` (a literal id or another resource type), or unresolved. */
function cfnFlowLogTarget(flowLog: CfnResource, vpcIds: Set<string>): string | 'outside' | undefined {
  const type = flowLog.properties.ResourceType;
  if (isUnknown(type)) return undefined;
  if (type !== 'VPC') return 'outside';
  const written = asRecord(flowLog.raw.Properties)?.ResourceId;
  const id = cfnReference(written, ['VpcId']);
  if (id !== undefined && vpcIds.has(id)) return id;
  return typeof flowLog.properties.ResourceId === 'string' ? 'outside' : undefined;
}

const cfnVpcs: CfnGroup = {
  nativeTypes: ['AWS::EC2::VPC', 'AWS::EC2::FlowLog'],
  normalize(resources, tools) {
    const vpcs = new Map(resources.filter((r) => r.type === 'AWS::EC2::VPC').map((r) => [r.logicalId, tools.bySpec(r, 'aws.ec2.vpc', CFN_VPC)]));
    const flowLogs = resources.filter((r) => r.type === 'AWS::EC2::FlowLog');
    let unresolved = false;
    for (const flowLog of flowLogs) {
      const target = cfnFlowLogTarget(flowLog, new Set(vpcs.keys()));
      if (target === undefined) unresolved = true;
      else if (target !== 'outside') {
        setFlowLogs(vpcs.get(target)!, true);
        tools.pointAt(vpcs.get(target)!, ['flow_logs', 'enabled'], flowLog.logicalId);
      }
    }
    if (unresolved) for (const vpc of vpcs.values()) if (flowLogsOf(vpc) === false) setFlowLogs(vpc, unknownValue('a flow log of this template names a VPC that cannot be resolved'));
    return [...vpcs.values(), ...flowLogs.map((f) => tools.raw(f))];
  },
};

const CFN_ACL: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::EC2::NetworkAcl'],
  fields: { is_default: { path: [], kind: 'bool', absent: false }, ingress: { path: [], kind: 'value', absent: [] }, egress: { path: [], kind: 'value', absent: [] } },
};

/** ACLs with the `AWS::EC2::NetworkAclEntry`s that Ref them; other entries pass through. */
const cfnAcls: CfnGroup = {
  nativeTypes: ['AWS::EC2::NetworkAcl', 'AWS::EC2::NetworkAclEntry'],
  normalize(resources, tools) {
    const acls = new Map(resources.filter((r) => r.type === 'AWS::EC2::NetworkAcl').map((r) => {
      const acl = tools.bySpec(r, 'aws.ec2.network_acl', CFN_ACL);
      // fresh lists per ACL: the table's `absent` literal is shared
      Object.assign(acl.attributes, { ingress: [], egress: [] });
      return [r.logicalId, acl] as const;
    }));
    const orphans: Resource[] = [];
    for (const entry of resources.filter((r) => r.type === 'AWS::EC2::NetworkAclEntry')) {
      const aclId = cfnReference(asRecord(entry.raw.Properties)?.NetworkAclId, ['Id']);
      const acl = aclId === undefined ? undefined : acls.get(aclId);
      const egress = asBool(entry.properties.Egress, false);
      if (isUnknown(egress)) {
        orphans.push(tools.raw(entry));
        continue;
      }
      // an entry whose ACL is not in the template is checked on its own, as an ACL of one entry
      const target = acl ?? orphanAcl(tools.raw(entry));
      if (acl === undefined) orphans.push(target);
      const p = entry.properties;
      const range = asRecord(p.PortRange);
      const direction: Direction = egress ? 'egress' : 'ingress';
      const index = appendEntry(target, direction, toEntry({
        rule_number: p.RuleNumber, protocol: p.Protocol, action: p.RuleAction, cidr_ipv4: p.CidrBlock, cidr_ipv6: p.Ipv6CidrBlock,
        from_port: isUnknown(p.PortRange) ? p.PortRange : range?.From, to_port: isUnknown(p.PortRange) ? p.PortRange : range?.To,
      }));
      // an orphan's entry is the resource itself: its findings point at the entry
      if (acl) tools.pointAt(acl, [direction, index], entry.logicalId);
    }
    return [...acls.values(), ...orphans];
  },
};

// ---- AWS Config -------------------------------------------------------------------------------

/** configuration.entries, split by their `egress` flag. */
function configAclEntries(_out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  const entries = child(configuration, 'entries');
  if (entries.value === undefined || entries.value === null) return;
  const lists: Record<Direction, NetworkAclEntry[]> = { ingress: [], egress: [] };
  const nodes: [Direction, number, Located][] = [];
  for (const node of elements(entries)) {
    const value = (key: string): unknown => child(node, key).value ?? undefined;
    const egress = value('egress');
    if (typeof egress !== 'boolean') continue;
    const direction: Direction = egress ? 'egress' : 'ingress';
    const range = child(node, 'portRange');
    lists[direction].push(toEntry({
      rule_number: value('ruleNumber'), protocol: value('protocol'), action: value('ruleAction'), cidr_ipv4: value('cidrBlock'),
      cidr_ipv6: value('ipv6CidrBlock'), from_port: child(range, 'from').value ?? undefined, to_port: child(range, 'to').value ?? undefined,
    }));
    nodes.push([direction, lists[direction].length - 1, node]);
  }
  set(['ingress'], lists.ingress, entries);
  set(['egress'], lists.egress, entries);
  for (const [direction, i, node] of nodes) set([direction, i], lists[direction][i], node);
}

export const vpc: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.ec2.vpc',
      terraform: TF_VPC,
      cloudformation: CFN_VPC,
      awsConfig: {
        nativeTypes: ['AWS::EC2::VPC'],
        fields: {
          is_default: { path: ['configuration', 'isDefault'], kind: 'bool' },
          'flow_logs.enabled': { path: [], kind: 'bool', absent: unknownValue('AWS Config records flow logs as AWS::EC2::FlowLog items, not on the VPC') },
        },
      },
    },
    { canonicalType: 'aws.ec2.vpc', terraform: TF_DEFAULT_VPC },
    {
      canonicalType: 'aws.ec2.subnet',
      terraform: { nativeTypes: ['aws_subnet'], fields: { map_public_ip_on_launch: { path: ['map_public_ip_on_launch'], kind: 'bool', absent: false } } },
      cloudformation: { nativeTypes: ['AWS::EC2::Subnet'], fields: { map_public_ip_on_launch: { path: ['MapPublicIpOnLaunch'], kind: 'bool', absent: false } } },
      awsConfig: { nativeTypes: ['AWS::EC2::Subnet'], fields: { map_public_ip_on_launch: { path: ['configuration', 'mapPublicIpOnLaunch'], kind: 'bool' } } },
    },
    {
      canonicalType: 'aws.ec2.network_acl',
      terraform: TF_ACL,
      cloudformation: CFN_ACL,
      awsConfig: {
        nativeTypes: ['AWS::EC2::NetworkAcl'],
        fields: {
          is_default: { path: ['configuration', 'isDefault'], kind: 'bool' },
          ingress: { path: [], kind: 'value', absent: unknownValue('AWS Config recorded no entries') },
          egress: { path: [], kind: 'value', absent: unknownValue('AWS Config recorded no entries') },
        },
        refine: configAclEntries,
      },
    },
    { canonicalType: 'aws.ec2.network_acl', terraform: TF_DEFAULT_ACL },
    { canonicalType: 'aws.ec2.default_security_group', terraform: TF_DEFAULT_SG },
  ],
  terraformGroups: [terraformVpcs, terraformAcls],
  cloudformationGroups: [cfnVpcs, cfnAcls],
};
