import type { SecurityGroup } from '../../model/aws/ec2.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, unknownValue } from '../../model/unknown.js';
import { asRecord, asString } from '../../resolve/cloudformation/convert.js';
import { NO_VALUE, resolveValue, type TemplateContext } from '../../resolve/cloudformation/resolve.js';
import { normalizeRule, recordRuleProvenance, referencedGroup, unknownRule, type Direction } from './sg-rules.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import { ProvenanceBuilder } from './provenance.js';

export const GROUP_TYPE = 'AWS::EC2::SecurityGroup';
export const RULE_TYPES: Record<string, Direction> = {
  'AWS::EC2::SecurityGroupIngress': 'ingress',
  'AWS::EC2::SecurityGroupEgress': 'egress',
};
const INLINE: Record<Direction, string> = { ingress: 'SecurityGroupIngress', egress: 'SecurityGroupEgress' };

interface Group {
  resource: CfnResource;
  attributes: SecurityGroup;
  provenance: ProvenanceBuilder;
}

/**
 * AWS::EC2::SecurityGroup plus the separate SecurityGroupIngress/Egress resources that name it
 * (`GroupId: !Ref X` or `!GetAtt X.GroupId`) → one aws.ec2.security_group each. A separate rule
 * whose group is not in the template becomes a group of its own (id = the rule's id), so its
 * exposure is still checked.
 */
export function normalizeSecurityGroups(resources: CfnResource[], doc: ParsedDocument, ctx: TemplateContext, toResource: ToResource): Resource[] {
  const groups = new Map<string, Group>();
  for (const resource of resources.filter((r) => r.type === GROUP_TYPE)) {
    groups.set(resource.logicalId, inlineGroup(resource, doc, ctx));
  }
  const out: Resource[] = [];
  for (const rule of resources.filter((r) => r.type in RULE_TYPES)) {
    const direction = RULE_TYPES[rule.type];
    const raw = asRecord(rule.raw.Properties) ?? {};
    const owner = referencedGroup(raw.GroupId) ?? referencedGroup(raw.GroupName);
    const group = owner === undefined ? undefined : groups.get(owner);
    if (group) {
      addRule(group, rule.properties, raw, direction, [], rule.logicalId);
    } else {
      const orphan = orphanGroup(rule, doc);
      addRule(orphan, rule.properties, raw, direction, [], rule.logicalId);
      out.push(toResource(rule, 'aws.ec2.security_group', orphan.attributes, orphan.provenance));
    }
  }
  const merged = [...groups.values()].map((g) => toResource(g.resource, 'aws.ec2.security_group', g.attributes, g.provenance));
  return [...merged, ...out];
}

export type ToResource = (
  resource: CfnResource, type: string, attributes: object, provenance: ProvenanceBuilder,
) => Resource;

function inlineGroup(resource: CfnResource, doc: ParsedDocument, ctx: TemplateContext): Group {
  const p = resource.properties;
  const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
  provenance.set(['name'], ['GroupName']);
  provenance.set(['description'], ['GroupDescription']);
  provenance.set(['vpc_id'], ['VpcId']);
  const attributes: SecurityGroup = {
    name: asString(p.GroupName) ?? null,
    description: asString(p.GroupDescription) ?? null,
    vpc_id: asString(p.VpcId) ?? null,
    ingress: [],
    egress: [],
  };
  const group = { resource, attributes, provenance };
  const rawProperties = asRecord(resource.raw.Properties) ?? {};
  for (const direction of ['ingress', 'egress'] as const) addInlineRules(group, rawProperties[INLINE[direction]], direction, ctx);
  return group;
}

/** Rules are resolved one by one so canonical indexes can be traced back to the written ones. */
function addInlineRules(group: Group, rawList: unknown, direction: Direction, ctx: TemplateContext): void {
  if (rawList === undefined) return;
  const list = Array.isArray(rawList) ? rawList : resolveValue(rawList, ctx);
  if (list === NO_VALUE) return;
  if (!Array.isArray(list) || isUnknown(list)) {
    group.attributes[direction].push(unknownRule(`${INLINE[direction]} is not resolved`));
    group.provenance.set([direction, 0], [INLINE[direction]]);
    return;
  }
  list.forEach((rawRule, i) => {
    const resolved = Array.isArray(rawList) ? resolveValue(rawRule, ctx) : rawRule;
    if (resolved === NO_VALUE) return;
    const rule = asRecord(resolved);
    if (!rule) {
      group.provenance.set([direction, group.attributes[direction].length], [INLINE[direction], i]);
      group.attributes[direction].push(unknownRule(`${INLINE[direction]} item is not resolved`));
      return;
    }
    addRule(group, rule, rawRule, direction, [INLINE[direction], i], group.resource.logicalId);
  });
}

function addRule(
  group: Group, rule: Record<string, unknown>, raw: unknown, direction: Direction, property: (string | number)[], from: string,
): void {
  const index = group.attributes[direction].length;
  group.attributes[direction].push(normalizeRule(rule, raw, direction, group.resource.logicalId));
  recordRuleProvenance(group.provenance, [direction, index], property, from, direction);
}

function orphanGroup(rule: CfnResource, doc: ParsedDocument): Group {
  const why = unknownValue(`the rule's group is not declared in this template`);
  const attributes: SecurityGroup = { name: why, description: why, vpc_id: why, ingress: [], egress: [] };
  const provenance = new ProvenanceBuilder(doc, rule.logicalId);
  provenance.set(['name'], ['GroupId']);
  return { resource: rule, attributes, provenance };
}
