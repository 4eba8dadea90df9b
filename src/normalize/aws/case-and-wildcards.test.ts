import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: AWS-0076 compared the Lambda tracing mode case-sensitively; K8S-0027 ignored apiGroups: ["*"].
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

const terraform = (mode: string): string => `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "api.zip"
  tracing_config {
    mode = "${mode}"
  }
}
`;

const cloudformation = (mode: string): string => `Resources:
  Api:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::111122223333:role/api
      Runtime: nodejs20.x
      Handler: index.handler
      Code:
        S3Bucket: acme-code
        S3Key: api.zip
      TracingConfig:
        Mode: ${mode}
`;

const role = (groups: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
  - apiGroups: [${groups}]
    resources: ["pods"]
    verbs: ["get", "list"]
`;

describe('AWS-0076 reads the tracing mode ignoring case', () => {
  it('Terraform: passthrough is reported at the mode; active is not', async () => {
    expect(only('AWS-0076', (await scanFiles({ 'main.tf': terraform('passthrough') })).findings)).toEqual([
      'AWS-0076 aws_lambda_function.api main.tf:8 tracing_mode',
    ]);
    expect(only('AWS-0076', (await scanFiles({ 'main.tf': terraform('active') })).findings)).toEqual([]);
  });

  it('CloudFormation: passthrough is reported at Mode; ACTIVE is not', async () => {
    expect(only('AWS-0076', (await scanFiles({ 'template.yaml': cloudformation('passthrough') })).findings)).toEqual([
      'AWS-0076 AWS::Lambda::Function/Api template.yaml:12 tracing_mode',
    ]);
    expect(only('AWS-0076', (await scanFiles({ 'template.yaml': cloudformation('ACTIVE') })).findings)).toEqual([]);
  });
});

describe('K8S-0027 reports apiGroups: ["*"]', () => {
  it('reports the wildcard group at its element; named groups pass', async () => {
    expect(only('K8S-0027', (await scanFiles({ 'role.yaml': role('"", "*"') })).findings)).toEqual([
      'K8S-0027 rbac.authorization.k8s.io/v1/ClusterRole/reader role.yaml:6 rules.0.apiGroups.1',
    ]);
    expect(only('K8S-0027', (await scanFiles({ 'role.yaml': role('"", "apps"') })).findings)).toEqual([]);
  });
});
