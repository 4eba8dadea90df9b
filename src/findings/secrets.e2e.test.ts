/**
 * Secrets the format marks, and secrets by shape, end to end: a real scan of a CloudFormation
 * template, a Terraform plan, Terraform HCL and Kubernetes manifests, rendered in every format.
 * Each of these values was shown in clear in the HTML excerpts before (issue 14).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runGate } from '../gate.js';
import { silentLogger } from '../logging.js';
import { excerptKey } from '../model/index.js';
import { getReporter } from '../report/index.js';
import { REPO_ROOT, sharedEngine } from '../testing/engine.js';
import { MASK } from './secrets.js';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  AdminPin:
    Type: String
    NoEcho: true
    Default: noecho-default-0451
Resources:
  Bucket:
    Type: AWS::S3::Bucket
`;

const TERRAFORM = `variable "admin_pin" {
  type      = string
  default   = "tf-sensitive-default-77"
  sensitive = true
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`;

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: web:1.0
          securityContext: {privileged: true}
          args: ["--db-password=container-arg-secret-1", "--api-key", "container-arg-secret-2"]
          command: ["sh", "-c", "mysql -u root -pmysql-secret-3 shop"]
          env:
            - {name: ALERTS, value: "https://hooks.slack.com/services/T0000000/B0000000/slackwebhooksecret4"}
            - {name: DATABASE_URL, value: "postgres://app:url-secret-5@db:5432/shop"}
`;

const SECRETS = [
  'noecho-default-0451', 'tf-sensitive-default-77', 'plan-variable-secret-6', 'container-arg-secret-1', 'container-arg-secret-2',
  'mysql-secret-3', 'slackwebhooksecret4', 'url-secret-5', 'correct-horse-battery-staple',
];

describe('excerpts of a real scan', () => {
  it('mask what the format marks secret and what looks like one, in every report format', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'posture-secrets-structure-'));
    writeFileSync(path.join(root, 'template.yaml'), TEMPLATE);
    writeFileSync(path.join(root, 'main.tf'), TERRAFORM);
    writeFileSync(path.join(root, 'web.yaml'), MANIFEST);
    // a real one-line plan, with a variable whose name says nothing about it
    const plan = readFileSync(path.join(REPO_ROOT, 'fixtures/terraform-plan/compact/prod.tfplan.json'), 'utf8');
    writeFileSync(path.join(root, 'prod.tfplan.json'), plan.replace('"variables":{"db_password":', '"variables":{"admin_pin":{"value":"plan-variable-secret-6"},"db_password":'));
    const { report } = await runGate({ paths: [root], root, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
    const files = new Set(report.findings.map((f) => f.location.path));
    expect([...files].sort()).toEqual(expect.arrayContaining(['main.tf', 'prod.tfplan.json', 'template.yaml', 'web.yaml']));
    const excerpts = report.findings.map((f) => [f.location.path, report.excerpts?.[excerptKey(f.location)]?.lines.join('\n') ?? ''] as const);
    // the compact plan is one line, longer than an excerpt shows: its placeholder stands for it
    const hidden = (lines: string) => lines.includes(MASK) || /^line too long to show/m.test(lines);
    for (const file of files) expect({ file, masked: excerpts.some(([p, lines]) => p === file && hidden(lines)) }).toEqual({ file, masked: true });
    for (const format of ['html', 'json', 'sarif', 'markdown', 'junit', 'table', 'gitlab-sast', 'gitlab-codequality']) {
      const text = getReporter(format).render(report);
      for (const secret of SECRETS) expect({ format, secret, leaked: text.includes(secret) }).toEqual({ format, secret, leaked: false });
    }
  });
});
