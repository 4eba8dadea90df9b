import { iamCloudFormationGroup } from './iam-cloudformation.js';
import { configDefaultVersion, configDocument, configInlinePolicies, configManagedArns } from './iam-config.js';
import { iamTerraformGroup } from './iam-terraform.js';
import type { ConfigRefine, FieldTable, ServiceModule, SourceMapping } from './spec.js';

/**
 * IAM: model/aws/iam.ts has the table of sources and defaults. Roles, users, groups and managed
 * policies are group normalisers in Terraform and CloudFormation (inline policies and
 * attachments are separate resources there); AWS Config records each as one item.
 */
function principalConfig(nativeType: string, nameKey: string, policyList: string, extra: FieldTable = {}): SourceMapping<ConfigRefine> {
  return {
    nativeTypes: [nativeType],
    fields: {
      name: { path: ['configuration', nameKey], kind: 'string' },
      inline_policies: { path: ['configuration', policyList], kind: 'value' },
      managed_policy_arns: { path: ['configuration', 'attachedManagedPolicies'], kind: 'value' },
      declared: { path: [], kind: 'bool', absent: true },
      ...extra,
    },
    refine: (out) => {
      out.inline_policies = configInlinePolicies(out.inline_policies);
      out.managed_policy_arns = configManagedArns(out.managed_policy_arns);
      if ('assume_role_policy' in out) out.assume_role_policy = configDocument(out.assume_role_policy);
    },
  };
}

export const iam: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.iam.role',
      awsConfig: principalConfig('AWS::IAM::Role', 'roleName', 'rolePolicyList', {
        assume_role_policy: { path: ['configuration', 'assumeRolePolicyDocument'], kind: 'value' },
      }),
    },
    {
      canonicalType: 'aws.iam.user',
      awsConfig: principalConfig('AWS::IAM::User', 'userName', 'userPolicyList', {
        groups: { path: ['configuration', 'groupList'], kind: 'strings' },
      }),
    },
    { canonicalType: 'aws.iam.group', awsConfig: principalConfig('AWS::IAM::Group', 'groupName', 'groupPolicyList') },
    {
      canonicalType: 'aws.iam.policy',
      awsConfig: {
        nativeTypes: ['AWS::IAM::Policy'],
        fields: {
          name: { path: ['configuration', 'policyName'], kind: 'string' },
          document: { path: ['configuration', 'policyVersionList'], kind: 'value' },
        },
        refine: (out) => {
          out.document = configDefaultVersion(out.document);
        },
      },
    },
    {
      canonicalType: 'aws.iam.password_policy',
      terraform: {
        nativeTypes: ['aws_iam_account_password_policy'],
        fields: {
          minimum_length: { path: ['minimum_password_length'], kind: 'number', absent: 6 },
          reuse_prevention: { path: ['password_reuse_prevention'], kind: 'number', absent: 0 },
          max_age: { path: ['max_password_age'], kind: 'number', absent: 0 },
          require_uppercase: { path: ['require_uppercase_characters'], kind: 'bool', absent: false },
          require_lowercase: { path: ['require_lowercase_characters'], kind: 'bool', absent: false },
          require_numbers: { path: ['require_numbers'], kind: 'bool', absent: false },
          require_symbols: { path: ['require_symbols'], kind: 'bool', absent: false },
        },
      },
    },
    {
      canonicalType: 'aws.iam.access_key',
      terraform: {
        nativeTypes: ['aws_iam_access_key'],
        fields: {
          user: { path: ['user'], kind: 'string' },
          status: { path: ['status'], kind: 'string', absent: 'Active' },
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::IAM::AccessKey'],
        fields: {
          user: { path: ['UserName'], kind: 'string' },
          status: { path: ['Status'], kind: 'string', absent: 'Active' },
        },
      },
    },
  ],
  terraformGroups: [iamTerraformGroup],
  cloudformationGroups: [iamCloudFormationGroup],
};
