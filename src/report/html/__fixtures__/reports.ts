/**
 * Reports for the HTML tests: the shared fixture report with scores that agree with its catalogue
 * and source excerpts cut (and masked) by the scanner's own code from sources holding secrets; one
 * with hostile text in every free-text field; and one with 10,000 findings.
 */
import { buildExcerpts } from '../../../findings/excerpt.js';
import type { Finding, Report } from '../../../model/index.js';
import { SEVERITIES } from '../../../model/index.js';
import { buildReport } from '../../__fixtures__/report.js';

/** Secrets in the fixture sources: none of them may reach a page. */
export const SECRETS = ['hunter2-db-pass', 'AKIAIOSFODNN7EXAMPLE', 'c3VwZXJzZWNyZXQ=', 'MIIEowIBAAKCAQEA', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'];

const line = (n: number, text: string): [number, string] => [n, text];
function source(lines: [number, string][], length: number): string {
  const out = Array.from({ length }, (_, i) => `# line ${i + 1}`);
  for (const [n, text] of lines) out[n - 1] = text;
  return out.join('\n');
}

/** The files the fixture findings point at, with secrets beside the offending lines. */
export const SOURCES = new Map<string, string>([
  ['terraform/main.tf', source([
    line(10, 'provider "aws" { access_key = "AKIAIOSFODNN7EXAMPLE" }'),
    line(12, 'resource "aws_s3_bucket" "logs" {'),
    line(13, '  bucket = "logs"'),
    line(14, '  tags   = { token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789" }'),
    line(15, '}'),
    line(27, 'resource "aws_security_group" "bastion" {'),
    line(28, '  ingress {'),
    line(29, '    from_port   = 22  # password = "hunter2-db-pass"'),
    line(30, '    cidr_blocks = ["0.0.0.0/0"]'),
    line(31, '    description = "db password: hunter2-db-pass"'),
    line(32, '  }'),
    line(33, '}'),
  ], 50)],
  ['kubernetes/web.yaml', source([
    line(1, 'apiVersion: v1'),
    line(2, 'kind: Secret'),
    line(3, 'data:'),
    line(4, '  db-url: c3VwZXJzZWNyZXQ='),
    line(5, '  tls.key: |'),
    line(6, '    -----BEGIN RSA PRIVATE KEY-----'),
    line(7, '    MIIEowIBAAKCAQEA'),
    line(8, '    -----END RSA PRIVATE KEY-----'),
    line(9, '---'),
    line(10, 'apiVersion: apps/v1'),
    line(11, 'kind: Deployment'),
    line(17, '        - name: web'),
    line(18, '          env:'),
    line(19, '            - name: DB_PASSWORD'),
    line(20, '              value: hunter2-db-pass'),
    line(21, '          securityContext: { privileged: true }'),
    line(22, '          image: web:1.0'),
  ], 24)],
]);

/** The shared fixture with consistent scores (its requirement `5`, control AC-6) and masked source excerpts. */
export function htmlReport(): Report {
  const report = buildReport();
  const cis = report.catalog.frameworks.find((f) => f.id === 'cis-aws-3.0')!;
  cis.requirements.push({ id: '5', title: 'Networking' });
  report.score.byRequirement = {
    'cis-aws-3.0': { '2': { passing: 2, total: 4, score: 0.5 }, '5': { passing: 0, total: 1, score: 0 } },
    'nist-800-53-r5': {},
  };
  report.score.byControl = {
    'cis-aws-3.0': { '2.1.1': { passing: 2, total: 4, score: 0.5 }, '5.2': { passing: 0, total: 1, score: 0 } },
    'nist-800-53-r5': { 'SC-28': { passing: 2, total: 4, score: 0.5 }, 'AC-6': { passing: 1, total: 2, score: 0.5 } },
  };
  const check = report.catalog.checks.find((c) => c.id === 'AWS-0001')!;
  check.examples = {
    terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n}\n',
    cloudformation: 'Logs:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketEncryption: {}\n',
  };
  report.excerpts = buildExcerpts(report.findings, SOURCES);
  return report;
}

export const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028\u2029 & "\'';

/** The fixture report plus one finding (fingerprint `deadbeef`) whose text tries to break out of the page. */
export function hostileReport(): Report {
  const report = htmlReport();
  const [first] = report.findings;
  report.findings.push({
    ...first,
    message: HOSTILE,
    resourceId: HOSTILE,
    scope: HOSTILE,
    location: { ...first.location, path: `k8s/${HOSTILE}.yaml` },
    fingerprint: 'deadbeef',
    suppression: { kind: 'config', justification: HOSTILE },
  });
  report.tool = { name: 'posture-gate', version: '<b>1</b>' };
  const hostileSource = source([line(first.location.startLine, `  name: ${HOSTILE} # password: ${HOSTILE}`), line(first.location.startLine + 1, `  password: "${HOSTILE}"`)], 40);
  report.excerpts = buildExcerpts(report.findings, new Map([...SOURCES, [`k8s/${HOSTILE}.yaml`, hostileSource]]));
  return report;
}

/** The fixture report with `count` findings spread over its checks, severities, files and resources. */
export function largeReport(count: number): Report {
  const report = htmlReport();
  const templates = report.findings.filter((f) => !f.suppression);
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const n = String(i).padStart(5, '0');
    findings.push({
      ...t,
      severity: SEVERITIES[i % SEVERITIES.length],
      resourceId: `${t.resourceId}-${n}`,
      location: { ...t.location, path: `stack-${i % 50}/${t.location.path}`, startLine: 1 + (i % 400), endLine: 1 + (i % 400) + t.location.endLine - t.location.startLine },
      fingerprint: `f${n}`,
      ...(i % 10 === 0 ? { suppression: { kind: 'baseline' as const, justification: 'accepted' } } : {}),
    });
  }
  // every stack's copy of a file has 410 lines, so each of the 10,000 locations has an excerpt
  const texts = new Map(findings.map((f) => [f.location.path, Array.from({ length: 410 }, (_, i) => `  attribute_${i + 1} = "value ${i + 1}"`).join('\n')]));
  return { ...report, findings, excerpts: buildExcerpts(findings, texts) };
}
