import { isUnknown, unknownValue } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import type { BlockDevice } from '../../model/aws/ec2-compute.js';
import { child, dig, text } from '../aws-config/item.js';
import { asBool, asRecord, asString } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import { toBool, toStr } from '../terraform/convert.js';
import type { CfnGroup, CfnRefine, ConfigRefine, FieldRule, ServiceModule, SourceMapping, TerraformRefine } from './spec.js';

/**
 * EC2 compute: instances, launch templates, launch configurations, EBS volumes and the account's
 * EBS encryption by default. model/aws/ec2-compute.ts has the table of sources and defaults.
 * (Security groups have hand-written normalisers; VPC networking is in vpc.ts.)
 */

/** Not written, the account-level IMDS default or the AMI's ImdsSupport decides at launch. */
const TOKENS_DECIDED_AT_LAUNCH = unknownValue('http_tokens is not set: the account IMDS default or the AMI decides at launch');
const PUBLIC_IP_FROM_SUBNET = unknownValue('not set: the subnet\'s map_public_ip_on_launch decides');
const ENCRYPTION_BY_ACCOUNT = unknownValue('encrypted is not set: account-level EBS encryption by default or the snapshot decides');

/** `metadata.*` rules read from `base` (the metadata options block in the source's own names). */
function metadataFields(tokens: (string | number)[], endpoint: (string | number)[]): Record<string, FieldRule> {
  return {
    'metadata.http_tokens': { path: tokens, kind: 'string', absent: TOKENS_DECIDED_AT_LAUNCH },
    'metadata.http_endpoint': { path: endpoint, kind: 'string', absent: 'enabled' },
  };
}

// ---- Terraform ------------------------------------------------------------------------------

/** Written block devices: `root_block_device` and each `ebs_block_device`. */
function terraformBlockDevices(_out: Record<string, unknown>, { fields, set }: TerraformRefine): void {
  const blocks = [
    ...fields.blocks('root_block_device').slice(0, 1).map((block) => ({ block, root: true })),
    ...fields.blocks('ebs_block_device').map((block) => ({ block, root: false })),
  ];
  const devices: BlockDevice[] = blocks.map(({ block, root }) => {
    const name = block.get('device_name');
    return { device_name: name && name.value !== null ? (toStr(name.value) as string) : null, root, encrypted: ENCRYPTION_BY_ACCOUNT };
  });
  set(['block_devices'], devices);
  blocks.forEach(({ block }, i) => {
    const encrypted = block.get('encrypted');
    if (encrypted && encrypted.value !== null) set(['block_devices', i, 'encrypted'], toBool(encrypted.value), encrypted);
  });
}

/** A launch template's `network_interfaces`: any with associate_public_ip_address true → true; all written false → false. */
function terraformTemplatePublicIp(_out: Record<string, unknown>, { fields, set }: TerraformRefine): void {
  const values = fields.blocks('network_interfaces').map((block) => block.get('associate_public_ip_address'));
  const on = values.find((v) => v !== undefined && v.value !== null && !isUnknown(v.value) && toBool(v.value) === true);
  if (on) return set(['public_ip'], true, on);
  const unknown = values.find((v) => v !== undefined && isUnknown(v.value));
  if (unknown) return set(['public_ip'], unknown.value, unknown);
  if (values.length > 0 && values.every((v) => v !== undefined && v.value !== null && toBool(v.value) === false)) set(['public_ip'], false, values[0]);
}

const TERRAFORM_INSTANCE: SourceMapping<TerraformRefine> = {
  nativeTypes: ['aws_instance'],
  fields: {
    ...metadataFields(['metadata_options', 'http_tokens'], ['metadata_options', 'http_endpoint']),
    public_ip: { path: ['associate_public_ip_address'], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
    monitoring: { path: ['monitoring'], kind: 'bool', absent: false },
    iam_instance_profile: { path: ['iam_instance_profile'], kind: 'string' },
  },
  refine: terraformBlockDevices,
};

// ---- CloudFormation -------------------------------------------------------------------------

/** The logical id a `Ref X` or `Fn::GetAtt [X, attr]` (attr one of `attrs`) points at. */
export function cfnReference(value: unknown, attrs: string[]): string | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  if (typeof record.Ref === 'string') return record.Ref;
  const getAtt = record['Fn::GetAtt'];
  const parts = typeof getAtt === 'string' ? getAtt.split('.') : getAtt;
  if (Array.isArray(parts) && parts.length === 2 && typeof parts[0] === 'string' && attrs.includes(String(parts[1]))) return parts[0];
  return undefined;
}

/** Any interface with AssociatePublicIpAddress true → true; all written false → false. */
function cfnPublicIp(_out: Record<string, unknown>, ctx: CfnRefine): void {
  cfnInterfacesPublicIp(ctx.properties.NetworkInterfaces, [], ctx.set);
}

/** The same, for interfaces written under `base` (a launch template's LaunchTemplateData). */
function cfnInterfacesPublicIp(interfaces: unknown, base: string[], set: CfnRefine['set']): void {
  if (isUnknown(interfaces)) return set(['public_ip'], interfaces);
  if (!Array.isArray(interfaces) || interfaces.length === 0) return;
  const values = interfaces.map((ni) => {
    const record = asRecord(ni);
    return record === undefined ? unknownValue('network interface is unknown') : record.AssociatePublicIpAddress;
  });
  const index = values.findIndex((v) => v !== undefined && asBool(v, false) === true);
  if (index >= 0) return set(['public_ip'], true, [...base, 'NetworkInterfaces', index, 'AssociatePublicIpAddress']);
  if (values.every((v) => v !== undefined && asBool(v, false) === false)) set(['public_ip'], false, [...base, 'NetworkInterfaces', 0, 'AssociatePublicIpAddress']);
}

/** BlockDeviceMappings with an `Ebs` block; which one is the root depends on the AMI. */
function cfnBlockDevices(_out: Record<string, unknown>, { properties, set }: CfnRefine): void {
  const mappings = properties.BlockDeviceMappings;
  if (isUnknown(mappings)) return set(['block_devices'], mappings);
  const devices: BlockDevice[] = [];
  const written: number[] = [];
  (Array.isArray(mappings) ? mappings : []).forEach((mapping, i) => {
    const record = asRecord(mapping);
    const ebs = record?.Ebs;
    if (record === undefined || ebs === undefined || ebs === null) return;
    const encrypted = isUnknown(ebs) ? ebs : asRecord(ebs)?.Encrypted;
    devices.push({ device_name: asString(record.DeviceName) ?? null, root: null, encrypted: encrypted === undefined ? ENCRYPTION_BY_ACCOUNT : asBool(encrypted, false) });
    written.push(i);
  });
  set(['block_devices'], devices, ['BlockDeviceMappings']);
  devices.forEach((_, j) => set(['block_devices', j, 'encrypted'], devices[j].encrypted, ['BlockDeviceMappings', written[j], 'Ebs', 'Encrypted']));
}

const CFN_INSTANCE: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::EC2::Instance'],
  fields: {
    // AWS::EC2::Instance has no MetadataOptions: only its launch template can set them (see the group)
    'metadata.http_tokens': { path: [], kind: 'string', absent: unknownValue('AWS::EC2::Instance has no MetadataOptions; set them in a launch template') },
    'metadata.http_endpoint': { path: [], kind: 'string', absent: 'enabled' },
    public_ip: { path: [], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
    monitoring: { path: ['Monitoring'], kind: 'bool', absent: false },
    iam_instance_profile: { path: ['IamInstanceProfile'], kind: 'string' },
    block_devices: { path: [], kind: 'value', absent: [] },
  },
  refine: (out, ctx) => {
    cfnPublicIp(out, ctx);
    cfnBlockDevices(out, ctx);
  },
};

const CFN_LAUNCH_TEMPLATE: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::EC2::LaunchTemplate'],
  fields: {
    ...metadataFields(['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'], ['LaunchTemplateData', 'MetadataOptions', 'HttpEndpoint']),
    public_ip: { path: [], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
  },
  refine: (_out, { properties, set }) => {
    const data = properties.LaunchTemplateData;
    cfnInterfacesPublicIp(isUnknown(data) ? data : asRecord(data)?.NetworkInterfaces, ['LaunchTemplateData'], set);
  },
};

/**
 * An instance launched from a launch template of the same template takes the template's metadata
 * options (an instance cannot set them itself in CloudFormation).
 */
const instanceWithTemplate: CfnGroup = {
  nativeTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
  normalize(resources, tools) {
    const templates = new Map<string, Resource>();
    for (const r of resources.filter((r) => r.type === 'AWS::EC2::LaunchTemplate')) templates.set(r.logicalId, tools.bySpec(r, 'aws.ec2.launch_template', CFN_LAUNCH_TEMPLATE));
    return resources.map((r) => {
      if (r.type === 'AWS::EC2::LaunchTemplate') return templates.get(r.logicalId)!;
      const instance = tools.bySpec(r, 'aws.ec2.instance', CFN_INSTANCE);
      const logicalId = launchTemplateOf(r);
      const template = logicalId === undefined ? undefined : templates.get(logicalId);
      if (logicalId !== undefined && template) {
        (instance.attributes as { metadata: unknown }).metadata = { ...(template.attributes as { metadata: object }).metadata };
        for (const key of ['http_tokens', 'http_endpoint']) tools.pointAt(instance, ['metadata', key], logicalId);
      }
      return instance;
    });
  },
};

function launchTemplateOf(resource: CfnResource): string | undefined {
  const spec = asRecord(asRecord(resource.raw.Properties)?.LaunchTemplate);
  return cfnReference(spec?.LaunchTemplateId, ['LaunchTemplateId']) ?? cfnReference(spec?.LaunchTemplateName, ['LaunchTemplateName']);
}

// ---- AWS Config -----------------------------------------------------------------------------

/** monitoring.state: `enabled`/`pending` is detailed monitoring, `disabled`/`disabling` is not. */
function configInstance(_out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  const state = dig(configuration, 'monitoring', 'state');
  const value = text(state)?.toLowerCase();
  if (value === 'enabled' || value === 'pending') set(['monitoring'], true, state);
  else if (value === 'disabled' || value === 'disabling') set(['monitoring'], false, state);
  const profile = child(configuration, 'iamInstanceProfile');
  if (profile.value === null) set(['iam_instance_profile'], null, profile);
}

const CONFIG_INSTANCE: SourceMapping<ConfigRefine> = {
  nativeTypes: ['AWS::EC2::Instance'],
  fields: {
    'metadata.http_tokens': { path: ['configuration', 'metadataOptions', 'httpTokens'], kind: 'string' },
    'metadata.http_endpoint': { path: ['configuration', 'metadataOptions', 'httpEndpoint'], kind: 'string' },
    // written as null when the instance has no public address
    public_ip: { path: ['configuration', 'publicIpAddress'], kind: 'present' },
    block_devices: { path: [], kind: 'value', absent: unknownValue('AWS Config records volume encryption on the AWS::EC2::Volume items') },
    monitoring: { path: [], kind: 'bool', absent: unknownValue('AWS Config recorded no monitoring.state') },
    iam_instance_profile: { path: ['configuration', 'iamInstanceProfile', 'arn'], kind: 'string' },
  },
  refine: configInstance,
};

export const ec2: ServiceModule = {
  specs: [
    { canonicalType: 'aws.ec2.instance', terraform: TERRAFORM_INSTANCE, cloudformation: CFN_INSTANCE, awsConfig: CONFIG_INSTANCE },
    {
      canonicalType: 'aws.ec2.launch_template',
      terraform: {
        nativeTypes: ['aws_launch_template'],
        fields: {
          ...metadataFields(['metadata_options', 'http_tokens'], ['metadata_options', 'http_endpoint']),
          public_ip: { path: [], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
        },
        refine: terraformTemplatePublicIp,
      },
      cloudformation: CFN_LAUNCH_TEMPLATE,
      awsConfig: {
        nativeTypes: ['AWS::EC2::LaunchTemplate'],
        fields: metadataFields(['configuration', 'LaunchTemplateData', 'MetadataOptions', 'HttpTokens'], ['configuration', 'LaunchTemplateData', 'MetadataOptions', 'HttpEndpoint']),
      },
    },
    {
      canonicalType: 'aws.autoscaling.launch_configuration',
      terraform: {
        nativeTypes: ['aws_launch_configuration'],
        fields: {
          ...metadataFields(['metadata_options', 'http_tokens'], ['metadata_options', 'http_endpoint']),
          public_ip: { path: ['associate_public_ip_address'], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
          block_devices: { path: [], kind: 'value', absent: [] },
        },
        refine: terraformBlockDevices,
      },
      cloudformation: {
        nativeTypes: ['AWS::AutoScaling::LaunchConfiguration'],
        fields: {
          ...metadataFields(['MetadataOptions', 'HttpTokens'], ['MetadataOptions', 'HttpEndpoint']),
          public_ip: { path: ['AssociatePublicIpAddress'], kind: 'bool', absent: PUBLIC_IP_FROM_SUBNET },
          block_devices: { path: [], kind: 'value', absent: [] },
        },
        refine: cfnBlockDevices,
      },
      awsConfig: {
        nativeTypes: ['AWS::AutoScaling::LaunchConfiguration'],
        fields: {
          ...metadataFields(['configuration', 'metadataOptions', 'httpTokens'], ['configuration', 'metadataOptions', 'httpEndpoint']),
          public_ip: { path: ['configuration', 'associatePublicIpAddress'], kind: 'bool' },
        },
      },
    },
    {
      canonicalType: 'aws.ec2.volume',
      terraform: {
        nativeTypes: ['aws_ebs_volume'],
        fields: {
          encrypted: { path: ['encrypted'], kind: 'bool', absent: ENCRYPTION_BY_ACCOUNT },
          kms_key_id: { path: ['kms_key_id'], kind: 'key' },
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::EC2::Volume'],
        fields: {
          encrypted: { path: ['Encrypted'], kind: 'bool', absent: ENCRYPTION_BY_ACCOUNT },
          kms_key_id: { path: ['KmsKeyId'], kind: 'key' },
        },
      },
      awsConfig: {
        nativeTypes: ['AWS::EC2::Volume'],
        fields: {
          encrypted: { path: ['configuration', 'encrypted'], kind: 'bool' },
          kms_key_id: { path: ['configuration', 'kmsKeyId'], kind: 'key', absent: null },
        },
      },
    },
    {
      // Terraform only: CloudFormation has no such resource type and AWS Config records no item for it
      canonicalType: 'aws.ec2.ebs_encryption_by_default',
      terraform: {
        nativeTypes: ['aws_ebs_encryption_by_default'],
        fields: { enabled: { path: ['enabled'], kind: 'bool', absent: true } },
      },
    },
  ],
  cloudformationGroups: [instanceWithTemplate],
};
