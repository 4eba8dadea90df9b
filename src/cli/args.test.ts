import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { DEFAULT_AWS_RESOURCE_TYPES, parseCommand } from './args.js';

describe('parseCommand', () => {
  it('reads a scan with every flag', () => {
    expect(
      parseCommand(['scan', 'infra', 'k8s', '--format', 'sarif', '-o', 'out.sarif', '--fail-on', 'medium', '--exclude', '**/test/**', '--root', '/r', '-q']),
    ).toEqual({
      command: 'scan',
      paths: ['infra', 'k8s'],
      format: 'sarif',
      output: 'out.sarif',
      failOn: 'MEDIUM',
      exclude: ['**/test/**'],
      root: '/r',
      logLevel: 'warning',
      config: undefined,
      cfnParams: undefined,
      varFiles: [],
      vars: {},
      helm: [],
      kustomize: [],
      awsConfigSnapshots: [],
      baseline: undefined,
      frameworks: [],
      policies: [],
    });
  });

  it('reads --output FORMAT=FILE reports and the SARIF flags beside the --format report', () => {
    expect(
      parseCommand(['scan', '--output', 'sarif=out/p.sarif', '-o', 'junit=j.xml', '--sarif-category', 'infra', '--sarif-suppressed', 'include']),
    ).toMatchObject({
      format: 'table',
      output: undefined,
      reports: [{ format: 'sarif', file: 'out/p.sarif' }, { format: 'junit', file: 'j.xml' }],
      sarif: { category: 'infra', includeSuppressed: true },
    });
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--format', 'sarif', '--output', 'a.sarif', '--output', 'json=a.json'])).toMatchObject({
      format: 'sarif',
      output: 'a.sarif',
      reports: [{ format: 'json', file: 'a.json' }],
    });
    expect(parseCommand(['scan', '--output', './sarif=x'])).toMatchObject({ output: './sarif=x' });
    expect(() => parseCommand(['scan', '-f', 'json', '-f', 'sarif'])).toThrow(/give --format once/);
    expect(() => parseCommand(['scan', '-f', 'sarif', '-o', 'out/p.sarif', '-o', 'json=./out//p.sarif'])).toThrow(/--output \.\/out\/\/p\.sarif is given twice/);
    expect(() => parseCommand(['checks', 'list', '--format', 'json', '--format', 'table'])).toThrow(/give --format once/);
    expect(() => parseCommand(['report', 'compliance', '--output', 'json=c.json'])).toThrow(/FORMAT=FILE goes with posture scan and posture aws/);
    expect(() => parseCommand(['baseline', 'create', '--sarif-category', 'x'])).toThrow(/baseline create does not take --sarif-category/);
  });

  it('defaults to the current directory and table output, leaving fail-on to the config file', () => {
    expect(parseCommand(['scan'])).toMatchObject({ paths: ['.'], format: 'table', failOn: undefined, logLevel: 'info' });
  });

  it('reads rendered and live inputs, and scans only them when no path is given', () => {
    expect(
      parseCommand(['scan', '--helm', 'chart', '--values', 'v.yaml', '--set', 'a=1', '--kustomize', 'k', '--aws-config-snapshot', 's.json.gz']),
    ).toMatchObject({
      paths: [],
      helm: [{ chartDir: 'chart', valuesFiles: ['v.yaml'], set: ['a=1'] }],
      kustomize: ['k'],
      awsConfigSnapshots: ['s.json.gz'],
    });
  });

  it('reads Terraform variable files and values', () => {
    expect(parseCommand(['scan', '--var-file', 'prod.tfvars', '--var', 'env=prod', '--var', 'cidrs=["10.0.0.0/8"]'])).toMatchObject({
      varFiles: ['prod.tfvars'],
      vars: { env: 'prod', cidrs: '["10.0.0.0/8"]' },
    });
    expect(() => parseCommand(['scan', '--var', 'novalue'])).toThrow(/--var takes NAME=VALUE/);
  });

  it('reads baseline create with the scan inputs', () => {
    expect(parseCommand(['baseline', 'create', 'infra', '-o', 'b.json'])).toMatchObject({
      command: 'baseline-create',
      paths: ['infra'],
      output: 'b.json',
    });
  });

  it('reads waivers audit with the scan inputs', () => {
    expect(parseCommand(['waivers', 'audit', 'infra', '--config', 'c.yaml', '--format', 'json'])).toMatchObject({
      command: 'waivers-audit',
      paths: ['infra'],
      config: 'c.yaml',
      format: 'json',
    });
    expect(() => parseCommand(['waivers', 'audit', '--format', 'sarif'])).toThrow(/waivers audit: --format must be table or json/);
  });

  it('reads the aws command, splitting comma lists and defaulting the resource types', () => {
    expect(parseCommand(['aws', '--region', 'eu-west-1,us-east-1', '--endpoint', 'http://127.0.0.1:5000'])).toMatchObject({
      command: 'aws',
      regions: ['eu-west-1', 'us-east-1'],
      resourceTypes: DEFAULT_AWS_RESOURCE_TYPES,
      endpoint: 'http://127.0.0.1:5000',
    });
    expect(DEFAULT_AWS_RESOURCE_TYPES).toEqual(expect.arrayContaining(['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::RDS::DBInstance', 'AWS::KMS::Key']));
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--resource-types', 'AWS::S3::Bucket'])).toMatchObject({ resourceTypes: ['AWS::S3::Bucket'], templates: [] });
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--profile', 'audit', '--templates', 'infra', '--templates', 'stacks/web.yaml'])).toMatchObject({
      profile: 'audit', templates: ['infra', 'stacks/web.yaml'],
    });
  });
  it('reads --timeout SECONDS for aws and aws history, in milliseconds', () => {
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--timeout', '1.5'])).toMatchObject({ callTimeoutMs: 1500 });
    expect(parseCommand(['aws', '--region', 'eu-west-1'])).not.toHaveProperty('callTimeoutMs');
    expect(parseCommand(['aws', 'history', 'arn:aws:s3:::b', '--timeout', '30'])).toMatchObject({ command: 'aws-history', callTimeoutMs: 30_000 });
  });

  it('takes --endpoint on scan only with an s3:// snapshot', () => {
    expect(parseCommand(['scan', '--aws-config-snapshot', 's3://b/AWSLogs/', '--endpoint', 'http://127.0.0.1:5000'])).toMatchObject({
      paths: [], awsConfigSnapshots: ['s3://b/AWSLogs/'], endpoint: 'http://127.0.0.1:5000',
    });
    expect(() => parseCommand(['scan', '--aws-config-snapshot', 'snap.json', '--endpoint', 'http://127.0.0.1:5000'])).toThrow(/--endpoint goes with --aws-config-snapshot s3:/);
  });

  it('reads --max-scan-seconds (a positive number) and checks --max-memory-mb; absent, the configuration file decides', () => {
    expect(parseCommand(['scan', '--max-scan-seconds', '90'])).toMatchObject({ command: 'scan', maxScanSeconds: 90 });
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--max-scan-seconds=1.5'])).toMatchObject({ command: 'aws', maxScanSeconds: 1.5 });
    expect(parseCommand(['scan'])).not.toHaveProperty('maxScanSeconds');
    expect(parseCommand(['scan', '--max-memory-mb', '2048'])).toMatchObject({ command: 'scan' });
    expect(() => parseCommand(['scan', '--max-scan-seconds', '0'])).toThrow(/--max-scan-seconds takes a positive number of seconds, not 0/);
    expect(() => parseCommand(['scan', '--max-scan-seconds', ''])).toThrow(/--max-scan-seconds takes a positive number of seconds, not /);
    expect(() => parseCommand(['scan', '--max-memory-mb', '1.5'])).toThrow(/--max-memory-mb takes a whole number of megabytes, at least 64, not 1.5/);
    expect(() => parseCommand(['checks', 'list', '--max-scan-seconds', '5'])).toThrow(/checks list does not take --max-scan-seconds/);
  });

  it('reads --strict on scan and aws only; absent, it is left to the configuration file', () => {
    expect(parseCommand(['scan', '--strict'])).toMatchObject({ command: 'scan', strict: true });
    expect(parseCommand(['scan'])).not.toHaveProperty('strict');
    expect(parseCommand(['aws', '--region', 'eu-west-1', '--strict'])).toMatchObject({ command: 'aws', strict: true });
    expect(() => parseCommand(['aws', 'history', 'arn:aws:s3:::b', '--strict'])).toThrow(/aws history does not take --strict/);
    expect(() => parseCommand(['history', 'list', '--strict'])).toThrow(/history list does not take --strict/);
  });

  it('--no-fail never blocks', () => {
    expect(parseCommand(['scan', '--no-fail', '--fail-on', 'low'])).toMatchObject({ failOn: 'none' });
  });

  it('reads checks list', () => {
    expect(parseCommand(['checks', 'list', '--format', 'json'])).toEqual({
      command: 'checks-list',
      format: 'json',
      filter: { frameworks: [], severities: [], sources: [], resourceTypes: [] },
      policies: [],
    });
    expect(parseCommand(['checks', 'list', '--framework', 'cis-aws-3.0,pci', '--severity', 'high', '--severity', 'critical', '--source', 'terraform', '--resource-type', 'aws.s3.bucket'])).toMatchObject({
      filter: { frameworks: ['cis-aws-3.0', 'pci'], severities: ['HIGH', 'CRITICAL'], sources: ['terraform'], resourceTypes: ['aws.s3.bucket'] },
    });
  });

  it('reads checks show, report compliance and --framework', () => {
    expect(parseCommand(['checks', 'show', 'AWS-0001'])).toEqual({ command: 'checks-show', id: 'AWS-0001', format: 'text', policies: [] });
    expect(parseCommand(['checks', 'show', 'ACME-0001', '--policy', 'rego', '--cache-dir', 'c'])).toEqual({
      command: 'checks-show',
      id: 'ACME-0001',
      format: 'text',
      policies: ['rego'],
      cacheDir: 'c',
    });
    expect(parseCommand(['report', 'compliance', 'infra', '--format', 'json', '--framework', 'cis-aws-3.0'])).toMatchObject({
      command: 'report-compliance',
      format: 'json',
      paths: ['infra'],
      frameworks: ['cis-aws-3.0'],
    });
    expect(parseCommand(['scan', '--framework', 'a,b', '--framework', 'c'])).toMatchObject({ frameworks: ['a', 'b', 'c'] });
  });

  it('answers help and version', () => {
    expect(parseCommand([])).toEqual({ command: 'help' });
    expect(parseCommand(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['scan', '--fail-on', 'severe'], /--fail-on must be one of/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['deploy'], /unknown command: deploy/],
    [['checks', 'list', '--format', 'sarif'], /checks list: --format must be table or json/],
    [['checks', 'list', '--severity', 'severe'], /--severity must be critical, high, medium or low, not severe/],
    [['checks', 'list', '--source', 'pulumi'], /--source must be one of terraform, cloudformation, kubernetes, aws-config, not pulumi/],
    [['checks', 'show'], /unknown command: checks show/],
    [['checks', 'show', 'AWS-0001', '--format', 'sarif'], /checks show: --format must be text or json/],
    [['report', 'compliance', '--format', 'sarif'], /report compliance: --format must be markdown or json/],
    [['scan', '--severity', 'high'], /scan does not take --severity/],
    [['scan', '-q', '-v'], /exclude each other/],
    [['scan', '--values', 'v.yaml'], /--values and --set go with --helm/],
    [['scan', '--region', 'x'], /scan does not take --region/],
    [['aws'], /at least one --region/],
    [['scan', 'infra', '--templates', 'infra'], /scan does not take --templates/],
    [['scan', 'infra', '--profile', 'audit'], /--profile goes with --aws-config-snapshot s3:/],
    [['scan', 'infra', '--limit', '3'], /^scan does not take --limit/],
    [['checks', 'list', '--templates', 'infra'], /^checks list does not take --templates/],
    [['history', 'list', '--region', 'eu-west-1'], /^history list does not take --region/],
    [['waivers', 'audit', '--resource-id', 'x'], /^waivers audit does not take --resource-id/],
    [['checks', 'show', 'AWS-0001', '--profile', 'p'], /^checks show does not take --profile/],
    [['aws', '--region', 'r', '--resource-types', 's3'], /AWS Config types/],
    [['aws', '--region', 'r', '--timeout', '0'], /aws: --timeout takes seconds, more than 0 and at most 3600, not 0/],
    [['aws', '--region', 'r', '--timeout', 'soon'], /--timeout takes seconds/],
    [['scan', 'infra', '--timeout', '5'], /^scan does not take --timeout/],
    [['baseline', 'create', '--baseline', 'b.json'], /does not take --baseline/],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(ConfigError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('history flags and commands', () => {
  it('reads scan --record with a history file', () => {
    expect(parseCommand(['scan', 'infra', '--record', '--history', 'h.sqlite'])).toEqual(expect.objectContaining({ command: 'scan', record: true, history: 'h.sqlite' }));
  });

  it('reads history list, diff with paths and trend with frameworks', () => {
    expect(parseCommand(['history', 'list', '--format', 'json'])).toEqual(expect.objectContaining({ command: 'history-list', format: 'json', pathsGiven: false }));
    expect(parseCommand(['history', 'diff', 'latest', 'main', 'infra', '--format', 'markdown'])).toEqual(
      expect.objectContaining({ command: 'history-diff', sides: ['latest', 'main'], paths: ['infra'], pathsGiven: true, format: 'markdown' }),
    );
    expect(parseCommand(['history', 'trend', '--framework', 'soc2-2017,cis-aws-3.0'])).toEqual(
      expect.objectContaining({ command: 'history-trend', frameworks: ['soc2-2017', 'cis-aws-3.0'], format: 'table' }),
    );
  });

  it('rejects history misuse with a usage error', () => {
    const message = (argv: string[]) => {
      try {
        parseCommand(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message.split('\n')[0];
      }
      throw new Error('no error');
    };
    expect(message(['history', 'diff', '1'])).toBe('history diff takes two scans: A B (a scan id, latest, latest~N, or a git ref)');
    expect(message(['history', 'list', '--format', 'markdown'])).toBe('history list: --format must be table or json, not markdown');
    expect(message(['history', 'show'])).toBe('history: expected list, diff or trend, got show');
    expect(message(['history', 'list', '--record'])).toBe('--record goes with posture scan');
    expect(message(['baseline', 'create', '--record'])).toBe('--record and --history go with posture scan and posture history');
  });
});
