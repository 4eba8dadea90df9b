import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: IAM Identity Center permission-set inline policies are IAM documents too.
const aws0030 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0030 '));

const terraform = (action: string): string => `resource "aws_ssoadmin_permission_set_inline_policy" "admins" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "${action}"
      Resource = "*"
    }]
  })
}
`;

const cloudformation = (action: string): string => `Resources:
  Admins:
    Type: AWS::SSO::PermissionSet
    Properties:
      InstanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef
      Name: admins
      InlinePolicy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: "${action}"
            Resource: "*"
`;

describe('AWS-0030 reads permission-set inline policies', () => {
  it('Terraform: full admin is reported at the statement; a read-only policy is not', async () => {
    expect(aws0030((await scanFiles({ 'main.tf': terraform('*') })).findings)).toEqual([
      'AWS-0030 aws_ssoadmin_permission_set_inline_policy.admins main.tf:4 document.Statement.0',
    ]);
    expect(aws0030((await scanFiles({ 'main.tf': terraform('s3:GetObject') })).findings)).toEqual([]);
  });

  it('CloudFormation: full admin is reported at the statement; a read-only policy is not', async () => {
    expect(aws0030((await scanFiles({ 'template.yaml': cloudformation('*') })).findings)).toEqual([
      'AWS-0030 AWS::SSO::PermissionSet/Admins template.yaml:7 document.Statement.0',
    ]);
    expect(aws0030((await scanFiles({ 'template.yaml': cloudformation('s3:GetObject') })).findings)).toEqual([]);
  });
});
