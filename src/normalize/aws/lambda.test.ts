import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey, type Resource } from '../../model/index.js';
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
  return normalizeTemplate(parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, text)).resources;
}

const FUNCTION_TF = `resource "aws_lambda_function" "f" {
  function_name = "thumbs"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "python3.8"
  handler       = "app.handler"
  filename      = "f.zip"
}
`;

describe('lambda: Terraform', () => {
  it('applies the defaults and merges permissions and the URL that name the function', async () => {
    const resources = await terraform(`${FUNCTION_TF}
resource "aws_lambda_permission" "by_ref" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.f.arn
  principal     = "*"
}
resource "aws_lambda_permission" "by_name" {
  action         = "lambda:InvokeFunction"
  function_name  = "thumbs"
  principal      = "s3.amazonaws.com"
  source_account = "123456789012"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "NONE"
}
`);
    expect(resources).toHaveLength(1);
    const [fn] = resources;
    expect(fn.type).toBe('aws.lambda.function');
    expect(fn.attributes).toMatchObject({ name: 'thumbs', runtime: 'python3.8', package_type: 'Zip', tracing_mode: 'PassThrough', url_auth_type: 'NONE' });
    expect(fn.attributes.permissions).toEqual([
      { id: 'aws_lambda_permission.by_ref', principal: '*', action: 'lambda:InvokeFunction', source_arn: null, source_account: null, principal_org_id: null },
      { id: 'aws_lambda_permission.by_name', principal: 's3.amazonaws.com', action: 'lambda:InvokeFunction', source_arn: null, source_account: '123456789012', principal_org_id: null },
    ]);
    expect(fn.provenance.get(pathKey(['permissions', 0]))?.startLine).toBe(9);
  });

  it('keeps a permission for a function outside the module as a raw resource', async () => {
    const resources = await terraform('resource "aws_lambda_permission" "p" {\n  function_name = "elsewhere"\n  principal = "*"\n  action = "lambda:InvokeFunction"\n}\n');
    expect(resources.map((r) => r.type)).toEqual(['tf.aws_lambda_permission']);
  });

  it('keeps an unresolved principal unknown', async () => {
    const [fn] = await terraform(`variable "who" { type = string }
${FUNCTION_TF}
resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.f.function_name
  principal     = var.who
}
`);
    expect(isUnknown((fn.attributes.permissions as Record<string, unknown>[])[0].principal)).toBe(true);
  });
});

describe('lambda: CloudFormation', () => {
  it('links permissions and URLs by Ref and GetAtt; the function name is generated', () => {
    const resources = cloudformation(`Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      TracingConfig: { Mode: Active }
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !GetAtt Fn.Arn
      Action: lambda:InvokeFunction
      Principal: "*"
      PrincipalOrgID: o-abc123
  Url:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: !Ref Fn
      AuthType: AWS_IAM
`);
    expect(resources).toHaveLength(1);
    const [fn] = resources;
    expect(isUnknown(fn.attributes.name)).toBe(true);
    expect(fn.attributes).toMatchObject({ runtime: 'nodejs20.x', tracing_mode: 'Active', url_auth_type: 'AWS_IAM', package_type: 'Zip' });
    expect(fn.attributes.permissions).toEqual([
      { id: 'AWS::Lambda::Permission/Perm', principal: '*', action: 'lambda:InvokeFunction', source_arn: null, source_account: null, principal_org_id: 'o-abc123' },
    ]);
    expect(fn.provenance.get(pathKey(['permissions', 0]))?.startLine).toBe(7);
  });
});

describe('lambda: AWS Config', () => {
  it('reads the function; policy and URL are unknown; an image function has no runtime', () => {
    const item = (configuration: object) => ({
      resourceType: 'AWS::Lambda::Function', resourceId: 'f', ARN: 'arn:aws:lambda:eu-west-1:123456789012:function:f', configurationItemStatus: 'OK', configuration,
    });
    const doc = parseAwsConfigSnapshot({ absolutePath: '/s.json', path: 's.json', format: 'aws-config' }, JSON.stringify({
      configurationItems: [item({ functionName: 'f', runtime: 'java8', packageType: 'Zip', tracingConfig: { mode: 'Active' } })],
    }));
    const [fn] = normalizeAwsConfig(doc).resources;
    expect(fn.attributes).toMatchObject({ name: 'f', runtime: 'java8', tracing_mode: 'Active' });
    expect(isUnknown(fn.attributes.permissions)).toBe(true);
    expect(isUnknown(fn.attributes.url_auth_type)).toBe(true);
    const image = parseAwsConfigSnapshot({ absolutePath: '/s.json', path: 's.json', format: 'aws-config' }, JSON.stringify({
      configurationItems: [item({ functionName: 'f', packageType: 'Image' })],
    }));
    expect(normalizeAwsConfig(image).resources[0].attributes.runtime).toBeNull();
  });
});
