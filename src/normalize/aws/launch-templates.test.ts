import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: launch templates' network interfaces (public IP, AWS-0017) and launch configurations'
// block devices (encryption, AWS-0019) were not read.
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

const tfTemplate = (publicIp: boolean): string => `resource "aws_launch_template" "web" {
  name = "web"
  network_interfaces {
    associate_public_ip_address = ${publicIp}
  }
}
`;

const cfnTemplate = (publicIp: boolean): string => `Resources:
  Web:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        NetworkInterfaces:
          - DeviceIndex: 0
            AssociatePublicIpAddress: ${publicIp}
`;

const tfConfiguration = (encrypted: boolean): string => `resource "aws_launch_configuration" "web" {
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = ${encrypted}
  }
}
`;

const cfnConfiguration = (encrypted: boolean): string => `Resources:
  Web:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            Encrypted: ${encrypted}
`;

describe('AWS-0017 reads launch templates', () => {
  it('Terraform: a public interface is reported at associate_public_ip_address; a private one is not', async () => {
    expect(only('AWS-0017', (await scanFiles({ 'main.tf': tfTemplate(true) })).findings)).toEqual(['AWS-0017 aws_launch_template.web main.tf:4 public_ip']);
    expect(only('AWS-0017', (await scanFiles({ 'main.tf': tfTemplate(false) })).findings)).toEqual([]);
  });

  it('CloudFormation: a public interface is reported at AssociatePublicIpAddress; a private one is not', async () => {
    expect(only('AWS-0017', (await scanFiles({ 'template.yaml': cfnTemplate(true) })).findings)).toEqual(['AWS-0017 AWS::EC2::LaunchTemplate/Web template.yaml:8 public_ip']);
    expect(only('AWS-0017', (await scanFiles({ 'template.yaml': cfnTemplate(false) })).findings)).toEqual([]);
  });
});

describe('AWS-0019 reads launch configurations', () => {
  it('Terraform: an unencrypted root device is reported at encrypted; an encrypted one is not', async () => {
    expect(only('AWS-0019', (await scanFiles({ 'main.tf': tfConfiguration(false) })).findings)).toEqual([
      'AWS-0019 aws_launch_configuration.web main.tf:5 block_devices.0.encrypted',
    ]);
    expect(only('AWS-0019', (await scanFiles({ 'main.tf': tfConfiguration(true) })).findings)).toEqual([]);
  });

  it('CloudFormation: an unencrypted device is reported at Encrypted; an encrypted one is not', async () => {
    expect(only('AWS-0019', (await scanFiles({ 'template.yaml': cfnConfiguration(false) })).findings)).toEqual([
      'AWS-0019 AWS::AutoScaling::LaunchConfiguration/Web template.yaml:10 block_devices.0.encrypted',
    ]);
    expect(only('AWS-0019', (await scanFiles({ 'template.yaml': cfnConfiguration(true) })).findings)).toEqual([]);
  });
});
