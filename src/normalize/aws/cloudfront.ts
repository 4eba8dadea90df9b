import { isUnknown, unknownValue } from '../../model/unknown.js';
import { pathKey, type AttributePath } from '../../model/index.js';
import { child, elements, present, text, type Located } from '../aws-config/item.js';
import { asRecord, asString } from '../../resolve/cloudformation/convert.js';
import { toStr } from '../terraform/convert.js';
import { Fields, type Field } from '../../resolve/terraform/fields.js';
import { findParent } from '../../resolve/terraform/links.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';
import { cfnLogDeliveries, DELIVERY, DELIVERY_SOURCE } from './cloudfront-log-delivery-cfn.js';
import { setDotted, type CfnGroup, type CfnRefine, type ConfigRefine, type ServiceModule, type SourceMapping, type TerraformGroup, type TerraformRefine } from './spec.js';

/** CloudFront distributions: model/aws/cloudfront.ts has the table of sources and defaults. */

const DC = ['DistributionConfig'];
const CONFIG_DC = ['configuration', 'distributionConfig'];

/** One list element's attributes: canonical name → how to read it from the element. */
type Reader<T> = Record<string, (element: T) => { value: unknown; at?: unknown }>;

/** "" is how CloudFront (and some templates) say "none": null, as when nothing is written. */
function blankToNull(out: Record<string, unknown>, set: (path: AttributePath, value: unknown) => void, paths: string[][]): void {
  for (const path of paths) {
    const value = path.reduce<unknown>((node, key) => asRecord(node)?.[key], out);
    if (value === '') set(path, null);
  }
}

// ---- Terraform --------------------------------------------------------------------------------

const tfText = (f: Field | undefined): { value: unknown; at?: Field } => ({ value: f === undefined || f.value === null ? null : toStr(f.value), at: f });

/** Nested blocks → a list of objects, each value with the line it is written on. */
function tfBlocks(ctx: TerraformRefine, canonical: string, name: string, read: Reader<Fields>): void {
  const written = ctx.fields.get(name);
  if (written && isUnknown(written.value)) return ctx.set([canonical], written.value, written);
  const blocks = ctx.fields.blocks(name);
  ctx.set([canonical], blocks.map(() => ({})), blocks[0]);
  blocks.forEach((block, i) => {
    ctx.set([canonical, i], {}, block);
    for (const [key, pick] of Object.entries(read)) {
      const { value, at } = pick(block);
      ctx.set([canonical, i, key], value, at as Field | undefined);
    }
  });
}

function refineTerraform(out: Record<string, unknown>, ctx: TerraformRefine): void {
  tfBlocks(ctx, 'ordered_cache_behaviors', 'ordered_cache_behavior', {
    path_pattern: (b) => tfText(b.get('path_pattern')),
    viewer_protocol_policy: (b) => tfText(b.get('viewer_protocol_policy')),
  });
  tfBlocks(ctx, 'origins', 'origin', {
    id: (b) => tfText(b.get('origin_id')),
    domain_name: (b) => tfText(b.get('domain_name')),
    custom_origin: (b) => ({ value: b.blocks('custom_origin_config').length > 0 }),
    origin_protocol_policy: (b) => tfText(b.blocks('custom_origin_config')[0]?.get('origin_protocol_policy')),
  });
  // viewer_certificate is required; a distribution that leaves it out says nothing we can use
  if (ctx.fields.blocks('viewer_certificate').length === 0 && ctx.fields.get('viewer_certificate') === undefined) {
    const why = unknownValue('viewer_certificate is not written');
    ctx.set(['viewer_certificate'], { cloudfront_default_certificate: why, minimum_protocol_version: why });
  }
  blankToNull(out, ctx.set, [['default_root_object'], ['web_acl_id']]);
}

// ---- CloudFormation ---------------------------------------------------------------------------

/** A property list → a list of objects; an element that is not resolved has unknown values. */
function cfnList(ctx: CfnRefine, canonical: string, property: AttributePath, read: Record<string, (e: Record<string, unknown>) => unknown>, at: Record<string, AttributePath>): void {
  const list = property.reduce<unknown>((node, key) => (isUnknown(node) ? node : asRecord(node)?.[key]), ctx.properties);
  if (isUnknown(list) || (list !== undefined && !Array.isArray(list))) return ctx.set([canonical], isUnknown(list) ? list : unknownValue(`${property.join('.')} is not a list`), property);
  const items = (list ?? []) as unknown[];
  ctx.set([canonical], items.map(() => ({})), property);
  items.forEach((item, i) => {
    const record = asRecord(item);
    for (const [key, pick] of Object.entries(read)) {
      const value = record ? pick(record) : unknownValue(`${property.join('.')}[${i}] is not resolved`);
      ctx.set([canonical, i, key], value, [...property, i, ...(at[key] ?? [])]);
    }
  });
}

const cfnText = (value: unknown): unknown => asString(value) ?? null;

function refineCloudFormation(out: Record<string, unknown>, ctx: CfnRefine): void {
  cfnList(ctx, 'ordered_cache_behaviors', [...DC, 'CacheBehaviors'], {
    path_pattern: (b) => cfnText(b.PathPattern),
    viewer_protocol_policy: (b) => cfnText(b.ViewerProtocolPolicy),
  }, { path_pattern: ['PathPattern'], viewer_protocol_policy: ['ViewerProtocolPolicy'] });
  cfnList(ctx, 'origins', [...DC, 'Origins'], {
    id: (o) => cfnText(o.Id),
    domain_name: (o) => cfnText(o.DomainName),
    custom_origin: (o) => (isUnknown(o.CustomOriginConfig) ? o.CustomOriginConfig : o.CustomOriginConfig !== undefined),
    origin_protocol_policy: (o) => (isUnknown(o.CustomOriginConfig) ? o.CustomOriginConfig : cfnText(asRecord(o.CustomOriginConfig)?.OriginProtocolPolicy)),
  }, { id: ['Id'], domain_name: ['DomainName'], custom_origin: ['CustomOriginConfig'], origin_protocol_policy: ['CustomOriginConfig', 'OriginProtocolPolicy'] });
  const config = ctx.properties.DistributionConfig;
  // Without a ViewerCertificate the distribution serves the *.cloudfront.net certificate.
  if (!isUnknown(config) && asRecord(config)?.ViewerCertificate === undefined) {
    ctx.set(['viewer_certificate'], { cloudfront_default_certificate: true, minimum_protocol_version: null });
  }
  blankToNull(out, ctx.set, [['default_root_object'], ['web_acl_id']]);
}

// ---- AWS Config -------------------------------------------------------------------------------

/** A recorded `{quantity, items}` list → a list of objects; unknown when the list was not recorded. */
function configList(ctx: ConfigRefine, canonical: string, name: string, read: Record<string, (e: Located) => Located>, convert: Record<string, (n: Located) => unknown> = {}): void {
  const list = child(child(ctx.configuration, 'distributionConfig'), name);
  if (!present(list)) return ctx.set([canonical], unknownValue(`AWS Config recorded no distributionConfig.${name}`));
  const items = elements(child(list, 'items'));
  ctx.set([canonical], items.map(() => ({})), list);
  items.forEach((item, i) => {
    for (const [key, pick] of Object.entries(read)) {
      const node = pick(item);
      ctx.set([canonical, i, key], (convert[key] ?? ((n: Located) => text(n) ?? null))(node), node);
    }
  });
}

function refineConfig(out: Record<string, unknown>, ctx: ConfigRefine): void {
  configList(ctx, 'ordered_cache_behaviors', 'cacheBehaviors', {
    path_pattern: (b) => child(b, 'pathPattern'),
    viewer_protocol_policy: (b) => child(b, 'viewerProtocolPolicy'),
  });
  configList(ctx, 'origins', 'origins', {
    id: (o) => child(o, 'id'),
    domain_name: (o) => child(o, 'domainName'),
    custom_origin: (o) => child(o, 'customOriginConfig'),
    origin_protocol_policy: (o) => child(child(o, 'customOriginConfig'), 'originProtocolPolicy'),
  }, { custom_origin: present });
  blankToNull(out, ctx.set, [['default_root_object'], ['web_acl_id'], ['logging', 'bucket']]);
}

const TF_MAPPING: SourceMapping<TerraformRefine> = {
    nativeTypes: ['aws_cloudfront_distribution'],
    fields: {
      'default_cache_behavior.viewer_protocol_policy': { path: ['default_cache_behavior', 'viewer_protocol_policy'], kind: 'string' },
      'viewer_certificate.cloudfront_default_certificate': { path: ['viewer_certificate', 'cloudfront_default_certificate'], kind: 'bool', absent: false },
      'viewer_certificate.minimum_protocol_version': { path: ['viewer_certificate', 'minimum_protocol_version'], kind: 'string', absent: 'TLSv1' },
      'logging.enabled': { path: ['logging_config'], kind: 'present' },
      'logging.bucket': { path: ['logging_config', 'bucket'], kind: 'string' },
      web_acl_id: { path: ['web_acl_id'], kind: 'string' },
      default_root_object: { path: ['default_root_object'], kind: 'string' },
    },
    refine: refineTerraform,
};

/**
 * Standard logging v2: an `aws_cloudwatch_log_delivery_source` whose resource_arn is the
 * distribution's, with an `aws_cloudwatch_log_delivery` from that source, turns logging on. A
 * source or delivery that cannot be resolved leaves the unlogged distributions unknown.
 */
const terraformLogDelivery: TerraformGroup = {
  nativeTypes: ['aws_cloudfront_distribution', 'aws_cloudwatch_log_delivery_source', 'aws_cloudwatch_log_delivery'],
  normalize(instances, scope, tools) {
    const of = (type: string): ResourceInstance[] => instances.filter((i) => i.type === type);
    const distributions = new Map(of('aws_cloudfront_distribution').map((i) => [i.id, tools.bySpec(i, 'aws.cloudfront.distribution', TF_MAPPING, scope)] as const));
    const sources = new Map(of('aws_cloudwatch_log_delivery_source').map((i) => [i.id, i] as const));
    let unresolved = false;
    for (const delivery of of('aws_cloudwatch_log_delivery')) {
      const source = findParent(delivery.block.body.attributes.delivery_source_name?.expr, delivery.scope, 'aws_cloudwatch_log_delivery_source', ['name'], sources);
      const arn = source?.block.body.attributes.resource_arn?.expr;
      const distribution = source && findParent(arn, source.scope, 'aws_cloudfront_distribution', ['arn'], distributions);
      if (distribution) {
        setDotted(distribution.attributes, ['logging', 'enabled'], true);
        distribution.provenance.set(pathKey(['logging', 'enabled']), source.block.range);
      } else if (!source || isUnknown(Fields.fromBody(source.block.body, source.scope, source.block.range).get('resource_arn')?.value)) unresolved = true;
    }
    const all = [...distributions.values()];
    const why = unknownValue('a CloudWatch log delivery of this module may log a distribution that cannot be resolved');
    if (unresolved) for (const d of all) if ((d.attributes.logging as Record<string, unknown>).enabled === false) setDotted(d.attributes, ['logging', 'enabled'], why);
    return [...all, ...[...of('aws_cloudwatch_log_delivery_source'), ...of('aws_cloudwatch_log_delivery')].map((i) => tools.raw(i, scope))];
  },
};

const CFN_MAPPING: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::CloudFront::Distribution'],
  fields: {
    'default_cache_behavior.viewer_protocol_policy': { path: [...DC, 'DefaultCacheBehavior', 'ViewerProtocolPolicy'], kind: 'string' },
    'viewer_certificate.cloudfront_default_certificate': { path: [...DC, 'ViewerCertificate', 'CloudFrontDefaultCertificate'], kind: 'bool', absent: false },
    // required with a custom certificate, so a template that leaves it out cannot be judged
    'viewer_certificate.minimum_protocol_version': {
      path: [...DC, 'ViewerCertificate', 'MinimumProtocolVersion'], kind: 'string', absent: unknownValue('MinimumProtocolVersion is not written'),
    },
    'logging.enabled': { path: [...DC, 'Logging'], kind: 'present' },
    'logging.bucket': { path: [...DC, 'Logging', 'Bucket'], kind: 'string' },
    web_acl_id: { path: [...DC, 'WebACLId'], kind: 'string' },
    default_root_object: { path: [...DC, 'DefaultRootObject'], kind: 'string' },
  },
  refine: refineCloudFormation,
};

/**
 * Standard logging v2 in CloudFormation: an AWS::Logs::Delivery from an AWS::Logs::DeliverySource
 * on the distribution's ARN turns logging on (cloudfront-log-delivery-cfn.ts says what is read).
 * A delivery whose source or ARN cannot be resolved leaves the unlogged distributions unknown.
 */
const cloudformationLogDelivery: CfnGroup = {
  nativeTypes: ['AWS::CloudFront::Distribution', DELIVERY_SOURCE, DELIVERY],
  normalize(resources, tools) {
    const distributions = new Map(
      resources.filter((r) => r.type === 'AWS::CloudFront::Distribution').map((r) => [r.logicalId, tools.bySpec(r, 'aws.cloudfront.distribution', CFN_MAPPING)] as const),
    );
    const { logged, unresolved } = cfnLogDeliveries(resources, new Set(distributions.keys()));
    const why = unknownValue('a CloudWatch log delivery of this template may log a distribution that cannot be resolved');
    for (const [logicalId, distribution] of distributions) {
      const source = logged.get(logicalId);
      if (source !== undefined) {
        setDotted(distribution.attributes, ['logging', 'enabled'], true);
        tools.pointAt(distribution, ['logging', 'enabled'], source);
      } else if (unresolved && asRecord(distribution.attributes.logging)?.enabled === false) setDotted(distribution.attributes, ['logging', 'enabled'], why);
    }
    return [...distributions.values(), ...resources.filter((r) => r.type !== 'AWS::CloudFront::Distribution').map((r) => tools.raw(r))];
  },
};

export const cloudfront: ServiceModule = {
  terraformGroups: [terraformLogDelivery],
  cloudformationGroups: [cloudformationLogDelivery],
  specs: [
    {
      canonicalType: 'aws.cloudfront.distribution',
      terraform: TF_MAPPING,
      cloudformation: CFN_MAPPING,
      awsConfig: {
        nativeTypes: ['AWS::CloudFront::Distribution'],
        fields: {
          'default_cache_behavior.viewer_protocol_policy': { path: [...CONFIG_DC, 'defaultCacheBehavior', 'viewerProtocolPolicy'], kind: 'string' },
          'viewer_certificate.cloudfront_default_certificate': { path: [...CONFIG_DC, 'viewerCertificate', 'cloudFrontDefaultCertificate'], kind: 'bool' },
          'viewer_certificate.minimum_protocol_version': { path: [...CONFIG_DC, 'viewerCertificate', 'minimumProtocolVersion'], kind: 'string' },
          'logging.enabled': { path: [...CONFIG_DC, 'logging', 'enabled'], kind: 'bool' },
          'logging.bucket': { path: [...CONFIG_DC, 'logging', 'bucket'], kind: 'string' },
          web_acl_id: { path: [...CONFIG_DC, 'webACLId'], kind: 'string' },
          default_root_object: { path: [...CONFIG_DC, 'defaultRootObject'], kind: 'string' },
        },
        refine: refineConfig,
      },
    },
  ],
};
