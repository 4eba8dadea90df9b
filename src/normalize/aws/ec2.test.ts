import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import type { BlockDevice, Ec2Instance } from '../../model/aws/ec2-compute.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(resources: string): Resource[] {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Resources:\n${resources}`);
  return normalizeTemplate(doc).resources;
}

function awsConfig(resourceType: string, configuration: unknown): Resource {
  const item = { resourceType, resourceId: 'i-1', ARN: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1', awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK', configuration };
  const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources[0];
}

/** An instance's attributes, its block devices known to be a list. */
type Instance = Omit<Ec2Instance, 'block_devices'> & { block_devices: BlockDevice[] };

const byId = (resources: Resource[], id: string): Resource => resources.find((r) => r.id === id)!;

describe('aws.ec2.instance from Terraform', () => {
  it('leaves IMDS tokens, the public IP and unwritten encryption unknown; lists written block devices', async () => {
    const [instance] = await terraform(`resource "aws_instance" "web" {
  ami = "ami-1"
  root_block_device {
    encrypted = "false"
  }
  ebs_block_device {
    device_name = "/dev/sdf"
  }
}
`);
    const a = instance.attributes as unknown as Instance;
    expect(instance.type).toBe('aws.ec2.instance');
    expect(isUnknown(a.metadata.http_tokens)).toBe(true);
    expect(a.metadata.http_endpoint).toBe('enabled');
    expect(isUnknown(a.public_ip)).toBe(true);
    expect(a).toMatchObject({ monitoring: false, iam_instance_profile: null });
    expect(a.block_devices[0]).toEqual({ device_name: null, root: true, encrypted: false });
    expect(a.block_devices[1]).toMatchObject({ device_name: '/dev/sdf', root: false });
    expect(isUnknown(a.block_devices[1].encrypted)).toBe(true);
    expect(instance.provenance.get(pathKey(['block_devices', 0, 'encrypted']))?.startLine).toBe(4);
  });
});

describe('aws.ec2.instance from CloudFormation', () => {
  it('takes the metadata options of a launch template of the same template', () => {
    const resources = cloudformation(`  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions: { HttpTokens: optional }
  ById:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: "1" }
  ByName:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateName: !GetAtt Lt.LaunchTemplateName, Version: "1" }
  Alone:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-1 }
`);
    expect(byId(resources, 'AWS::EC2::LaunchTemplate/Lt').type).toBe('aws.ec2.launch_template');
    for (const id of ['ById', 'ByName']) {
      const instance = byId(resources, `AWS::EC2::Instance/${id}`);
      expect(instance.attributes.metadata).toEqual({ http_tokens: 'optional', http_endpoint: 'enabled' });
      expect(instance.provenance.get(pathKey(['metadata', 'http_tokens']))?.startLine).toBe(2);
    }
    expect(isUnknown((byId(resources, 'AWS::EC2::Instance/Alone').attributes.metadata as Record<string, unknown>).http_tokens)).toBe(true);
  });

  it('reads the public IP from the network interfaces and encryption from Ebs mappings', () => {
    const [instance] = cloudformation(`  Web:
    Type: AWS::EC2::Instance
    Properties:
      NetworkInterfaces:
        - { DeviceIndex: "0", AssociatePublicIpAddress: "false" }
      BlockDeviceMappings:
        - { DeviceName: /dev/sdb, VirtualName: ephemeral0 }
        - { DeviceName: /dev/xvda, Ebs: { Encrypted: false } }
        - { DeviceName: /dev/sdf, Ebs: { VolumeSize: 10 } }
`);
    const a = instance.attributes as unknown as Instance;
    expect(a.public_ip).toBe(false);
    expect(a.block_devices).toHaveLength(2);
    expect(a.block_devices[0]).toEqual({ device_name: '/dev/xvda', root: null, encrypted: false });
    expect(isUnknown(a.block_devices[1].encrypted)).toBe(true);
    expect(instance.provenance.get(pathKey(['block_devices', 0, 'encrypted']))?.startLine).toBe(9);
  });

  it('leaves the public IP unknown when an interface does not say', () => {
    const [instance] = cloudformation(`  Web:
    Type: AWS::EC2::Instance
    Properties:
      NetworkInterfaces:
        - { DeviceIndex: "0", SubnetId: subnet-1 }
`);
    expect(isUnknown(instance.attributes.public_ip)).toBe(true);
  });
});

describe('aws.ec2.instance from AWS Config', () => {
  it('reads monitoring state, a null profile and a null public address', () => {
    const instance = awsConfig('AWS::EC2::Instance', {
      monitoring: { state: 'pending' }, iamInstanceProfile: null, publicIpAddress: null,
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' },
    });
    expect(instance.attributes).toMatchObject({ monitoring: true, iam_instance_profile: null, public_ip: false, metadata: { http_tokens: 'optional', http_endpoint: 'enabled' } });
    expect(isUnknown(instance.attributes.block_devices)).toBe(true);
  });

  it('leaves values it did not record unknown', () => {
    const a = awsConfig('AWS::EC2::Instance', { instanceId: 'i-1' }).attributes;
    expect([a.monitoring, a.iam_instance_profile, a.public_ip].every(isUnknown)).toBe(true);
  });
});
