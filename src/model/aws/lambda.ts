import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * One statement of a Lambda function's resource-based policy, as an `aws_lambda_permission` /
 * `AWS::Lambda::Permission` writes it. An absent condition is null; an unresolved one unknown.
 */
export interface LambdaPermission {
  /** Resource id of the permission (`aws_lambda_permission.x`, `AWS::Lambda::Permission/X`). */
  id: string;
  /** `*`, an account id or ARN, or a service principal (`s3.amazonaws.com`). */
  principal: Maybe<string> | null;
  action: Maybe<string> | null;
  source_arn: Maybe<string> | null;
  source_account: Maybe<string> | null;
  principal_org_id: Maybe<string> | null;
}

/**
 * Canonical `aws.lambda.function`. Terraform (`aws_lambda_function`, with the
 * `aws_lambda_permission` and `aws_lambda_function_url` resources that name it merged in),
 * CloudFormation (`AWS::Lambda::Function`, with `AWS::Lambda::Permission` and `AWS::Lambda::Url`
 * that reference it) and AWS Config (`AWS::Lambda::Function` items) fill it.
 *
 * | attribute     | Terraform                          | CloudFormation                  | AWS Config                         |
 * |---------------|------------------------------------|---------------------------------|------------------------------------|
 * | name          | function_name                      | FunctionName, unknown (generated) | configuration.functionName       |
 * | runtime       | runtime, null (container image)    | Runtime, null                   | configuration.runtime; null for packageType Image |
 * | package_type  | package_type, Zip                  | PackageType, Zip                | configuration.packageType          |
 * | tracing_mode  | tracing_config.mode, PassThrough   | TracingConfig.Mode, PassThrough | configuration.tracingConfig.mode   |
 * | permissions   | the aws_lambda_permission resources naming it, [] | the AWS::Lambda::Permission resources, [] | unknown: Config records no function policy |
 * | url_auth_type | aws_lambda_function_url.authorization_type, null (no URL) | AWS::Lambda::Url AuthType, null | unknown: Config records no function URL |
 *
 * Permissions and URLs are only seen when they are in the same scope (module instance, template)
 * as the function; one defined elsewhere is not merged, so `permissions: []` means "none here".
 */
export interface LambdaFunction {
  name: Maybe<string>;
  runtime: Maybe<string> | null;
  /** `Zip` or `Image`: a container image function has no managed runtime. */
  package_type: Maybe<string>;
  /** `Active` or `PassThrough`. */
  tracing_mode: Maybe<string>;
  permissions: Maybe<LambdaPermission[]>;
  /** `NONE` or `AWS_IAM`; null when the function has no URL. */
  url_auth_type: Maybe<string> | null;
}
