import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import type { Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(text: string): Resource[] {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources;
}

function awsConfig(items: unknown[]): Resource[] {
  const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: items }, null, 2))).resources;
}

const byId = (resources: Resource[], id: string): Resource => {
  const found = resources.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} in ${resources.map((r) => r.id).join(', ')}`);
  return found;
};

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

describe('IAM in Terraform', () => {
  it('merges inline policies and attachments into their role, and reads data.aws_iam_policy_document', async () => {
    const resources = await terraform(`
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["123456789012"]
    }
  }
}
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  inline_policy {
    name   = "logs"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "logs:*", Resource = aws_s3_bucket.b.arn }] })
  }
}
resource "aws_iam_role_policy" "admin" {
  role   = aws_iam_role.app.name
  policy = ${JSON.stringify(JSON.stringify(ADMIN))}
}
resource "aws_iam_role_policy_attachment" "ro" {
  role       = aws_iam_role.app.id
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`);
    const role = byId(resources, 'aws_iam_role.app');
    expect(role.type).toBe('aws.iam.role');
    expect(role.attributes.assume_role_policy).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['ec2.amazonaws.com'] },
        Condition: { StringEquals: { 'aws:SourceAccount': ['123456789012'] } },
      }],
    });
    const inline = role.attributes.inline_policies as { name: unknown; document: Record<string, unknown> }[];
    expect(inline).toHaveLength(2);
    const statement = (inline[0].document.Statement as Record<string, unknown>[])[0];
    expect(statement.Action).toBe('logs:*');
    expect(isUnknown(statement.Resource)).toBe(true);
    expect(inline[1].document).toEqual(ADMIN);
    expect(role.attributes.managed_policy_arns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(resources.filter((r) => r.type.startsWith('tf.'))).toEqual([]);
  });

  it('keeps a policy of a principal outside the module on a stand-in, and attachments to users', async () => {
    const resources = await terraform(`
resource "aws_iam_user" "u" { name = "alice" }
resource "aws_iam_user_policy_attachment" "a" {
  user       = aws_iam_user.u.name
  policy_arn = aws_iam_policy.p.arn
}
resource "aws_iam_policy" "p" {
  name   = "p"
  policy = data.aws_iam_policy_document.missing.json
}
resource "aws_iam_role_policy" "elsewhere" {
  role   = "existing-role"
  policy = ${JSON.stringify(JSON.stringify(ADMIN))}
}
`);
    const user = byId(resources, 'aws_iam_user.u');
    expect(user.attributes.managed_policy_arns).toHaveLength(1);
    expect(isUnknown(byId(resources, 'aws_iam_policy.p').attributes.document)).toBe(true);
    const standIn = byId(resources, 'aws_iam_role_policy.elsewhere');
    expect(standIn.type).toBe('aws.iam.role');
    expect(standIn.attributes).toMatchObject({ name: 'existing-role', declared: false, inline_policies: [{ document: ADMIN }] });
    expect(isUnknown(standIn.attributes.assume_role_policy)).toBe(true);
  });

  it('leaves a policy document unknown when its data source merges other documents or loops over an unknown list', async () => {
    const resources = await terraform(`
variable "buckets" { type = list(string) }
data "aws_iam_policy_document" "merged" {
  source_policy_documents = [var.extra]
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "looped" {
  dynamic "statement" {
    for_each = var.buckets
    content {
      actions   = ["s3:*"]
      resources = [statement.value]
    }
  }
}
resource "aws_iam_policy" "merged" {
  policy = data.aws_iam_policy_document.merged.json
}
resource "aws_iam_policy" "looped" {
  policy = data.aws_iam_policy_document.looped.json
}
`);
    expect(isUnknown(byId(resources, 'aws_iam_policy.merged').attributes.document)).toBe(true);
    expect(isUnknown(byId(resources, 'aws_iam_policy.looped').attributes.document)).toBe(true);
  });

  it('adds aws_iam_policy_attachment users to the users, and keeps users outside the module as a stand-in', async () => {
    const resources = await terraform(`
resource "aws_iam_user" "a" { name = "a" }
resource "aws_iam_policy_attachment" "x" {
  name       = "x"
  users      = [aws_iam_user.a.name, "someone-else"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`);
    expect(byId(resources, 'aws_iam_user.a').attributes.managed_policy_arns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(byId(resources, 'aws_iam_policy_attachment.x')).toMatchObject({ type: 'aws.iam.user', attributes: { declared: false, managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } });
  });

  it('applies the provider defaults of the account password policy', async () => {
    const [policy] = await terraform('resource "aws_iam_account_password_policy" "p" {\n  require_symbols = true\n}\n');
    expect(policy.attributes).toEqual({
      minimum_length: 6, reuse_prevention: 0, max_age: 0, require_uppercase: false, require_lowercase: false, require_numbers: false, require_symbols: true,
    });
  });
});

describe('IAM in CloudFormation', () => {
  it('merges AWS::IAM::Policy and RolePolicy into the roles they name, and managed policies into users', () => {
    const resources = cloudformation(`Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: inline
          PolicyDocument: { Statement: { Effect: Allow, Action: "s3:GetObject", Resource: "*" } }
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref Role, other-role]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: "*", Resource: "*" }] }
  User:
    Type: AWS::IAM::User
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!Ref User]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: "ec2:*", Resource: "*" }] }
`);
    const role = byId(resources, 'AWS::IAM::Role/Role');
    expect((role.attributes.inline_policies as unknown[]).length).toBe(2);
    expect(role.attributes.managed_policy_arns).toEqual([]);
    const standIn = byId(resources, 'AWS::IAM::Policy/Extra');
    expect(standIn).toMatchObject({ type: 'aws.iam.role', attributes: { declared: false } });
    const user = byId(resources, 'AWS::IAM::User/User');
    expect((user.attributes.managed_policy_arns as unknown[]).length).toBe(1);
    expect(byId(resources, 'AWS::IAM::ManagedPolicy/Managed').type).toBe('aws.iam.policy');
  });
  it('keeps an inline policy of a principal outside the template on a stand-in', () => {
    const resources = cloudformation(`Resources:
  Extra:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: existing-user
      PolicyName: extra
      PolicyDocument: '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'
`);
    expect(byId(resources, 'AWS::IAM::UserPolicy/Extra')).toMatchObject({
      type: 'aws.iam.user',
      attributes: { name: 'existing-user', declared: false, inline_policies: [{ name: 'extra', document: { Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } }] },
    });
  });
});

describe('IAM in AWS Config', () => {
  const item = (resourceType: string, configuration: unknown): unknown => ({
    resourceType, resourceId: 'AIDA1', resourceName: 'x', ARN: 'arn:aws:iam::111122223333:x', awsAccountId: '111122223333', awsRegion: 'global',
    configurationItemStatus: 'OK', configuration,
  });

  it('decodes URL-encoded documents of roles and the default version of managed policies', () => {
    const encoded = encodeURIComponent(JSON.stringify(ADMIN));
    const [role, policy] = awsConfig([
      item('AWS::IAM::Role', {
        roleName: 'r', assumeRolePolicyDocument: encoded, rolePolicyList: [{ policyName: 'p', policyDocument: encoded }],
        attachedManagedPolicies: [{ policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyName: 'ReadOnlyAccess' }],
      }),
      item('AWS::IAM::Policy', {
        policyName: 'm', policyVersionList: [{ document: encoded, versionId: 'v2', isDefaultVersion: true }, { document: '%7B%7D', versionId: 'v1', isDefaultVersion: false }],
      }),
    ]);
    expect(role.attributes).toEqual({
      name: 'r', assume_role_policy: ADMIN, inline_policies: [{ name: 'p', document: ADMIN }],
      managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], declared: true,
    });
    expect(policy.attributes).toEqual({ name: 'm', document: ADMIN });
  });

  it('leaves unrecorded lists unknown', () => {
    const [user] = awsConfig([item('AWS::IAM::User', { userName: 'u' })]);
    expect(isUnknown(user.attributes.inline_policies)).toBe(true);
    expect(isUnknown(user.attributes.groups)).toBe(true);
  });
});
