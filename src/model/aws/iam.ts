import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * An IAM policy document as written (`{Version, Statement}`), parsed from JSON where the source
 * gives a string. Statement may be one object or a list, Action/Resource a string or a list: the
 * Rego helpers in `policies/lib/iam.rego` read every shape. Parts the scanner cannot resolve (an
 * ARN of a resource created by the same plan) are unknown markers inside the document; a document
 * that cannot be read at all is unknown; null means none is written.
 *
 * Terraform: `jsonencode({…})` keeps its structure even when part of it is unknown;
 * `data.aws_iam_policy_document.<name>.json` is read from that data block when it is in a file
 * of the same module that also declares IAM resources (statements, principals, conditions;
 * `source_policy_documents` / `override_policy_documents` make the document unknown).
 */
export type PolicyDocument = Record<string, unknown>;

/** A policy embedded in a principal (inline policy). */
export interface InlinePolicy {
  name: Maybe<string> | null;
  document: Maybe<PolicyDocument> | null;
}

/**
 * Attributes shared by `aws.iam.role`, `aws.iam.user` and `aws.iam.group`.
 *
 * | attribute           | Terraform                                                   | CloudFormation                                  | AWS Config |
 * |---------------------|-------------------------------------------------------------|-------------------------------------------------|------------|
 * | name                | name                                                        | RoleName / UserName / GroupName                 | configuration.roleName / userName / groupName |
 * | inline_policies     | role `inline_policy {}` + aws_iam_{role,user,group}_policy  | Policies + AWS::IAM::Policy / Role/User/GroupPolicy naming it | configuration.rolePolicyList / userPolicyList / groupPolicyList (URL-encoded policyDocument) |
 * | managed_policy_arns | role managed_policy_arns + aws_iam_*_policy_attachment + aws_iam_policy_attachment | ManagedPolicyArns + AWS::IAM::ManagedPolicy Roles/Users/Groups | configuration.attachedManagedPolicies[].policyArn |
 * | declared            | true; false for a stand-in                                   | true; false for a stand-in                      | true       |
 *
 * A policy or attachment whose principal is not in the scope (a role created elsewhere) becomes a
 * stand-in principal with `declared: false`, the id of the policy resource and only that policy,
 * so its document is still checked. Absent lists are `[]` in Terraform and CloudFormation.
 */
export interface IamPrincipal {
  name: Maybe<string> | null;
  inline_policies: InlinePolicy[] | UnknownValue;
  /** An attached policy whose ARN is not known yet (a policy of the same plan) is an unknown entry. */
  managed_policy_arns: Maybe<string>[] | UnknownValue;
  declared: boolean;
}

/**
 * Canonical `aws.iam.role`. `assume_role_policy`: Terraform assume_role_policy, CloudFormation
 * AssumeRolePolicyDocument, Config configuration.assumeRolePolicyDocument (URL-encoded); unknown
 * for a stand-in.
 */
export interface IamRole extends IamPrincipal {
  assume_role_policy: Maybe<PolicyDocument> | null;
}

/** Canonical `aws.iam.user`. `groups`: CloudFormation Groups, Config configuration.groupList; Terraform [] (memberships are separate resources). */
export interface IamUser extends IamPrincipal {
  groups: Maybe<string>[] | UnknownValue;
}

/** Canonical `aws.iam.group`. */
export type IamGroup = IamPrincipal;

/**
 * Canonical `aws.iam.policy`: a customer managed policy. Terraform aws_iam_policy (name, policy),
 * CloudFormation AWS::IAM::ManagedPolicy (ManagedPolicyName, PolicyDocument), Config
 * AWS::IAM::Policy (configuration.policyName; `document` of the policyVersionList entry with
 * isDefaultVersion, URL-encoded).
 */
export interface IamPolicy {
  name: Maybe<string> | null;
  document: Maybe<PolicyDocument> | null;
}

/**
 * Canonical `aws.iam.password_policy`: the account password policy. Terraform only
 * (aws_iam_account_password_policy); CloudFormation and AWS Config have no such resource type.
 *
 * | attribute          | Terraform                                   | default |
 * |--------------------|---------------------------------------------|---------|
 * | minimum_length     | minimum_password_length                     | 6 (provider and IAM API default) |
 * | reuse_prevention   | password_reuse_prevention                   | 0 (no reuse prevention) |
 * | max_age            | max_password_age                            | 0 (passwords never expire) |
 * | require_uppercase  | require_uppercase_characters                | false |
 * | require_lowercase  | require_lowercase_characters                | false |
 * | require_numbers    | require_numbers                             | false |
 * | require_symbols    | require_symbols                             | false |
 */
export interface IamPasswordPolicy {
  minimum_length: Maybe<number>;
  reuse_prevention: Maybe<number>;
  max_age: Maybe<number>;
  require_uppercase: Maybe<boolean>;
  require_lowercase: Maybe<boolean>;
  require_numbers: Maybe<boolean>;
  require_symbols: Maybe<boolean>;
}

/**
 * Canonical `aws.iam.access_key`: a long-lived access key created by the template. Terraform
 * aws_iam_access_key (user, status default Active), CloudFormation AWS::IAM::AccessKey (UserName,
 * Status default Active). AWS Config records no access keys.
 */
export interface IamAccessKey {
  user: Maybe<string> | null;
  status: Maybe<string>;
}
