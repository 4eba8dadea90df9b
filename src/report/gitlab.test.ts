import { describe, expect, it } from '@jest/globals';
import AjvModule from 'ajv';
import { buildReport, shuffleReport } from './__fixtures__/report.js';
import { buildGitlabCodeQuality, renderGitlabCodeQuality } from './gitlab-codequality.js';
import { buildGitlabSast, GITLAB_SAST_SCHEMA_VERSION, renderGitlabSast } from './gitlab-sast.js';
import { getReporter } from './index.js';

/**
 * The required core of GitLab's sast-report-format.json 15.x, written out here (the schema is
 * not vendored yet): what GitLab rejects a report for missing or mistyping.
 */
const text = { type: 'string', minLength: 1 };
const tool = { type: 'object', required: ['id', 'name', 'version', 'vendor'], properties: { id: text, name: text, version: text, vendor: { type: 'object', required: ['name'], properties: { name: text } } } };
const SAST_SCHEMA = {
  type: 'object',
  required: ['version', 'vulnerabilities', 'scan'],
  properties: {
    version: { type: 'string', pattern: '^15\\.\\d+\\.\\d+$' },
    scan: {
      type: 'object',
      required: ['analyzer', 'scanner', 'type', 'start_time', 'end_time', 'status'],
      properties: {
        analyzer: tool,
        scanner: tool,
        type: { const: 'sast' },
        start_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        end_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        status: { enum: ['success', 'failure'] },
        messages: { type: 'array', items: { type: 'object', required: ['level', 'value'], properties: { level: { enum: ['info', 'warn', 'fatal'] }, value: text } } },
      },
    },
    vulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'identifiers', 'location'],
        properties: {
          id: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
          name: { type: 'string', maxLength: 255 },
          severity: { enum: ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'] },
          identifiers: { type: 'array', minItems: 1, items: { type: 'object', required: ['type', 'name', 'value'], properties: { type: text, name: text, value: text } } },
          location: { type: 'object', required: ['file'], properties: { file: text, start_line: { type: 'integer', minimum: 1 }, end_line: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

// ajv is CommonJS: the default import is the class under Node's loader, `{default}` under ts-jest.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};

describe('GitLab SAST report', () => {
  const sast = buildGitlabSast(buildReport());

  it('matches the required core of the 15.x schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(SAST_SCHEMA);
    expect(validate(sast) ? [] : validate.errors).toEqual([]);
    // The check bites: a lower-case severity or a millisecond timestamp is rejected.
    expect(validate({ ...sast, vulnerabilities: [{ ...sast.vulnerabilities[0], severity: 'high' }] })).toBe(false);
    expect(validate({ ...sast, scan: { ...sast.scan, start_time: '2025-06-01T10:00:00.000Z' } })).toBe(false);
    expect(sast.version).toBe(GITLAB_SAST_SCHEMA_VERSION);
  });

  it('lists unsuppressed findings with GitLab severities, the check id as identifier, and the location', () => {
    expect(sast.vulnerabilities.map((v) => [v.identifiers[0].value, v.severity, `${v.location.file}:${v.location.start_line}`])).toEqual([
      ['AWS-0001', 'High', 'cloudformation/app.yaml:8'],
      ['K8S-0001', 'High', 'kubernetes/web.yaml:21'],
      ['AWS-0001', 'High', 'terraform/main.tf:12'],
      ['AWS-0002', 'Critical', 'terraform/main.tf:30'],
    ]);
    expect(sast.vulnerabilities[0]).toMatchObject({
      name: 'S3 bucket "Data" does not encrypt data at rest (AWS::S3::Bucket/Data)',
      description: 'S3 bucket "Data" does not encrypt data at rest (AWS::S3::Bucket/Data). AWS-0001 S3 buckets encrypt data at rest. Unencrypted buckets expose data if storage media or credentials leak.',
      solution: 'Enable default SSE (SSE-S3 or SSE-KMS).',
      location: { end_line: 12 },
    });
  });

  it('counts suppressed findings and file problems in scan.messages', () => {
    expect(sast.scan.messages).toEqual([
      { level: 'warn', value: 'kubernetes/broken.yaml:3:5: bad indentation of a mapping entry' },
      { level: 'info', value: '2 suppressed findings are not listed; the SARIF and JSON reports show them' },
    ]);
  });

  it('derives stable, distinct ids from the fingerprints, and renders deterministically', () => {
    const ids = sast.vulnerabilities.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderGitlabSast(shuffleReport(buildReport()))).toBe(renderGitlabSast(buildReport()));
    expect(getReporter('gitlab-sast').render(buildReport())).toBe(renderGitlabSast(buildReport()));
  });
});

describe('GitLab Code Quality report', () => {
  const issues = buildGitlabCodeQuality(buildReport());

  it('has the fields GitLab requires, CodeClimate severities and the line-free fingerprint', () => {
    expect(issues).toHaveLength(4);
    expect(issues[3]).toEqual({
      type: 'issue',
      check_name: 'AWS-0002',
      description: 'Security group "bastion" allows SSH from 0.0.0.0/0 (aws_security_group.bastion) (AWS-0002 Security groups do not allow SSH from 0.0.0.0/0)',
      categories: ['Security'],
      fingerprint: 'b2c3d4e5',
      severity: 'blocker',
      location: { path: 'terraform/main.tf', lines: { begin: 30, end: 30 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['critical', 'critical', 'critical', 'blocker']);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('leaves out suppressed findings, renders deterministically and is registered', () => {
    expect(issues.map((i) => i.fingerprint)).not.toContain('a1b2c3d5');
    expect(renderGitlabCodeQuality(shuffleReport(buildReport()))).toBe(renderGitlabCodeQuality(buildReport()));
    expect(getReporter('gitlab-codequality').render(buildReport())).toBe(renderGitlabCodeQuality(buildReport()));
    expect(JSON.parse(renderGitlabCodeQuality(buildReport()))).toEqual(issues);
  });
});
