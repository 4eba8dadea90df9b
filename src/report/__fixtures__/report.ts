/**
 * A realistic scan result for reporter tests: Terraform, CloudFormation and Kubernetes findings,
 * two suppressed (inline and baseline), a parse diagnostic, a skipped file, inconclusive checks,
 * and a catalogue with two frameworks and one check that produced nothing.
 */
import type { Catalog, CheckMeta, Finding, Report, SourceRange } from '../../model/index.js';
import { incompleteness } from '../../model/index.js';

export const ROOT = '/home/runner/work/infra/infra';

function check(meta: Partial<CheckMeta> & Pick<CheckMeta, 'id' | 'title' | 'severity'>): CheckMeta {
  return {
    description: `${meta.title}.`,
    package: `checks.${meta.id.toLowerCase()}`,
    resourceTypes: [],
    formats: ['terraform', 'cloudformation'],
    recommendedAction: '',
    frameworks: {},
    peers: {},
    relatedResources: [],
    reads: [],
    deprecated: false,
    file: `policies/${meta.id.toLowerCase()}.rego`,
    ...meta,
  };
}

export function buildCatalog(): Catalog {
  return {
    opaVersion: '1.4.2',
    checks: [
      check({
        id: 'AWS-0001',
        title: 'S3 buckets encrypt data at rest',
        description: 'Unencrypted buckets expose data if storage media or credentials leak.',
        severity: 'HIGH',
        resourceTypes: ['aws.s3.bucket'],
        recommendedAction: 'Enable default SSE (SSE-S3 or SSE-KMS).',
        frameworks: { 'nist-800-53-r5': ['SC-28'], 'cis-aws-3.0': ['2.1.1'] },
        peers: { trivy: ['AVD-AWS-0088'], checkov: ['CKV_AWS_19'] },
        relatedResources: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html'],
      }),
      check({
        id: 'AWS-0002',
        title: 'Security groups do not allow SSH from 0.0.0.0/0',
        severity: 'CRITICAL',
        frameworks: { 'cis-aws-3.0': ['5.2'] },
      }),
      check({ id: 'AWS-0003', title: 'S3 buckets keep object versions', severity: 'MEDIUM' }),
      check({ id: 'AWS-0099', title: 'CloudTrail is enabled in every region', severity: 'HIGH' }),
      check({
        id: 'K8S-0001',
        title: "Containers don't run privileged",
        severity: 'HIGH',
        formats: ['kubernetes'],
        frameworks: { 'nist-800-53-r5': ['AC-6'] },
      }),
      check({ id: 'K8S-0002', title: 'Containers set memory limits', severity: 'LOW', formats: ['kubernetes'] }),
    ],
    frameworks: [
      {
        id: 'cis-aws-3.0',
        title: 'CIS AWS Foundations Benchmark',
        version: '3.0.0',
        requirements: [{ id: '2', title: 'Storage' }],
        controls: [
          { id: '2.1.1', title: 'Ensure S3 bucket encryption', requirement: '2', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
          { id: '5.2', title: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports', requirement: '5' },
        ],
      },
      {
        id: 'nist-800-53-r5',
        title: 'NIST SP 800-53 Rev. 5',
        version: 'r5',
        requirements: [],
        controls: [
          { id: 'SC-28', title: 'Protection of Information at Rest' },
          { id: 'AC-6', title: 'Least Privilege' },
        ],
      },
    ],
  };
}

export function range(path: string, startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { path, startLine, startColumn, endLine, endColumn };
}

export function buildFindings(): Finding[] {
  return [
    {
      checkId: 'K8S-0001',
      title: "Containers don't run privileged",
      severity: 'HIGH',
      message: 'Container "web" of Deployment prod/web runs privileged',
      resourceId: 'apps/v1/Deployment/prod/web',
      resourceType: 'k8s.apps.deployment',
      scope: 'kubernetes',
      format: 'kubernetes',
      attributePath: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'],
      location: range('kubernetes/web.yaml', 21, 13, 21, 29),
      fingerprint: 'c0ffee01',
      controls: [{ framework: 'nist-800-53-r5', control: 'AC-6' }],
    },
    {
      checkId: 'AWS-0001',
      title: 'S3 buckets encrypt data at rest',
      severity: 'HIGH',
      message: 'S3 bucket "logs" does not encrypt data at rest',
      resourceId: 'aws_s3_bucket.logs',
      resourceType: 'aws.s3.bucket',
      scope: 'terraform',
      format: 'terraform',
      // No encryption block at all: the finding sits on the resource itself.
      attributePath: [],
      location: range('terraform/main.tf', 12, 1, 15, 2),
      fingerprint: 'a1b2c3d4',
      controls: [
        { framework: 'nist-800-53-r5', control: 'SC-28' },
        { framework: 'cis-aws-3.0', control: '2.1.1' },
      ],
    },
    {
      checkId: 'AWS-0003',
      title: 'S3 buckets keep object versions',
      severity: 'MEDIUM',
      message: 'S3 bucket "logs" does not keep object versions',
      resourceId: 'aws_s3_bucket.logs',
      resourceType: 'aws.s3.bucket',
      scope: 'terraform',
      format: 'terraform',
      attributePath: ['versioning', 'enabled'],
      location: range('terraform/main.tf', 12, 1, 15, 2),
      fingerprint: 'a1b2c3d5',
      controls: [],
      suppression: { kind: 'inline', justification: 'log bucket is write-once', expires: '2026-12-31' },
    },
    {
      checkId: 'AWS-0002',
      title: 'Security groups do not allow SSH from 0.0.0.0/0',
      severity: 'CRITICAL',
      message: 'Security group "bastion" allows SSH from 0.0.0.0/0',
      resourceId: 'aws_security_group.bastion',
      resourceType: 'aws.ec2.security_group',
      scope: 'terraform',
      format: 'terraform',
      attributePath: ['ingress', 0, 'cidr_blocks', 0],
      location: range('terraform/main.tf', 30, 23, 30, 36),
      fingerprint: 'b2c3d4e5',
      controls: [{ framework: 'cis-aws-3.0', control: '5.2' }],
    },
    {
      checkId: 'AWS-0001',
      title: 'S3 buckets encrypt data at rest',
      severity: 'HIGH',
      message: 'S3 bucket "Data" does not encrypt data at rest',
      resourceId: 'AWS::S3::Bucket/Data',
      resourceType: 'aws.s3.bucket',
      scope: 'cloudformation/app.yaml',
      format: 'cloudformation',
      attributePath: [],
      location: range('cloudformation/app.yaml', 8, 3, 12, 1),
      fingerprint: 'd4e5f6a7',
      controls: [
        { framework: 'cis-aws-3.0', control: '2.1.1' },
        { framework: 'nist-800-53-r5', control: 'SC-28' },
      ],
    },
    {
      checkId: 'K8S-0002',
      title: 'Containers set memory limits',
      severity: 'LOW',
      message: 'Container "web" of Deployment prod/web sets no memory limit',
      resourceId: 'apps/v1/Deployment/prod/web',
      resourceType: 'k8s.apps.deployment',
      scope: 'kubernetes',
      format: 'kubernetes',
      attributePath: ['spec', 'template', 'spec', 'containers', 0],
      location: range('kubernetes/web.yaml', 17, 9, 24, 1),
      fingerprint: 'e5f6a7b8',
      controls: [],
      suppression: { kind: 'baseline', justification: 'accepted in baseline .posture-baseline.json' },
    },
  ];
}

export function buildReport(): Report {
  return {
    tool: { name: 'posture-gate', version: '0.1.0' },
    root: ROOT,
    startedAt: '2025-06-01T10:00:00.000Z',
    files: {
      scanned: ['terraform/main.tf', 'cloudformation/app.yaml', 'kubernetes/web.yaml', 'kubernetes/broken.yaml'],
      skipped: [{ path: 'docs/notes.yaml', reason: 'no known format (no Resources, apiVersion/kind or configurationItems)' }],
    },
    resources: [
      { id: 'aws_s3_bucket.logs', type: 'aws.s3.bucket', format: 'terraform', path: 'terraform/main.tf' },
      { id: 'aws_security_group.bastion', type: 'aws.ec2.security_group', format: 'terraform', path: 'terraform/main.tf' },
      { id: 'aws_s3_bucket.assets', type: 'aws.s3.bucket', format: 'terraform', path: 'terraform/main.tf' },
      { id: 'AWS::S3::Bucket/Data', type: 'aws.s3.bucket', format: 'cloudformation', path: 'cloudformation/app.yaml' },
      { id: 'AWS::S3::Bucket/Logs', type: 'aws.s3.bucket', format: 'cloudformation', path: 'cloudformation/app.yaml' },
      { id: 'apps/v1/Deployment/prod/web', type: 'k8s.apps.deployment', format: 'kubernetes', path: 'kubernetes/web.yaml' },
      { id: 'v1/Service/prod/web', type: 'k8s.core.service', format: 'kubernetes', path: 'kubernetes/web.yaml' },
      { id: 'apps/v1/Deployment/prod/api', type: 'k8s.apps.deployment', format: 'kubernetes', path: 'kubernetes/web.yaml' },
    ],
    findings: buildFindings(),
    inconclusive: [
      {
        checkId: 'AWS-0001',
        resourceId: 'aws_s3_bucket.assets',
        attributePath: ['encryption', 'enabled'],
        location: range('terraform/main.tf', 40, 1, 44, 2),
      },
      {
        checkId: 'AWS-0002',
        resourceId: 'aws_security_group.bastion',
        attributePath: ['ingress', 1, 'cidr_blocks'],
        location: range('terraform/main.tf', 33, 5, 33, 30),
      },
    ],
    diagnostics: [
      {
        code: 'PARSE_SYNTAX',
        level: 'error',
        message: 'bad indentation of a mapping entry',
        range: range('kubernetes/broken.yaml', 3, 5, 3, 6),
      },
    ],
    score: {
      // Failing (unsuppressed): aws_s3_bucket.logs, aws_security_group.bastion, AWS::S3::Bucket/Data, web.
      overall: { passing: 4, total: 8, score: 0.5 },
      byFramework: {
        'nist-800-53-r5': { passing: 3, total: 6, score: 0.5 },
        'cis-aws-3.0': { passing: 2, total: 5, score: 0.4 },
      },
      byRequirement: {
        'nist-800-53-r5': { SC: { passing: 3, total: 6, score: 0.5 } },
        'cis-aws-3.0': { '2.1': { passing: 2, total: 4, score: 0.5 }, '5': { passing: 0, total: 1, score: 0 } },
      },
      byControl: {
        'nist-800-53-r5': { 'SC-28': { passing: 3, total: 4, score: 0.75 }, 'SC-7': { passing: 1, total: 2, score: 0.5 } },
        'cis-aws-3.0': { '2.1.1': { passing: 2, total: 4, score: 0.5 }, '5.2': { passing: 0, total: 1, score: 0 } },
      },
    },
    catalog: buildCatalog(),
  };
}

/**
 * The same scan, incomplete: besides the broken YAML file (two syntax errors in it, one file not
 * read), two Terraform module calls that could not be resolved.
 */
export function buildIncompleteReport(): Report {
  const report = buildReport();
  report.diagnostics.push(
    { code: 'PARSE_SYNTAX', level: 'error', message: 'unexpected end of the stream', range: range('kubernetes/broken.yaml', 9, 1, 9, 1) },
    { code: 'MODULE_UNRESOLVED', level: 'warning', message: 'module vpc (terraform-aws-modules/vpc/aws) not resolved: run terraform init or vendor it', range: range('terraform/main.tf', 50, 1, 50, 2) },
    { code: 'MODULE_UNRESOLVED', level: 'warning', message: 'module db (git::https://example.com/db.git) not resolved: run terraform init or vendor it', range: range('terraform/main.tf', 60, 1, 60, 2) },
  );
  return { ...report, incomplete: incompleteness(report.diagnostics) };
}

/** A deterministic reordering of every list in the report (and of record keys). */
export function shuffleReport(report: Report): Report {
  const rotate = <T>(items: T[]): T[] => (items.length < 2 ? [...items] : [...items.slice(1).reverse(), items[0]]);
  const byFramework = Object.fromEntries(Object.entries(report.score.byFramework).reverse());
  return {
    ...report,
    files: { scanned: rotate(report.files.scanned), skipped: rotate(report.files.skipped) },
    resources: rotate(report.resources),
    findings: rotate(report.findings).map((f) => ({ ...f, controls: [...f.controls].reverse() })),
    inconclusive: rotate(report.inconclusive),
    diagnostics: rotate(report.diagnostics),
    score: {
      ...report.score,
      byFramework,
      byRequirement: Object.fromEntries(Object.entries(report.score.byRequirement).reverse()),
      byControl: Object.fromEntries(Object.entries(report.score.byControl).reverse()),
    },
    catalog: { ...report.catalog, checks: rotate(report.catalog.checks), frameworks: rotate(report.catalog.frameworks) },
  };
}
