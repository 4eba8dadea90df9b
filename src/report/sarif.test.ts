import { describe, expect, it } from '@jest/globals';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Report } from '../model/index.js';
import { buildReport, range, ROOT, shuffleReport } from './__fixtures__/report.js';
import { AUTOMATION_ID, buildSarifLog, defaultSarifCategory, sarifResultCount, LIVE_AUTOMATION_ID, FINGERPRINT_KEY, MAX_RESULTS, renderSarif, RESULTS_CAPPED_ID, SKIPPED_FILE_ID } from './sarif.js';
import { SARIF_SCHEMA } from '../testing/engine.js';
import { validateSarif } from './sarif-schema.js';
import type { SarifOptions } from './reporter.js';

const SCHEMA = SARIF_SCHEMA;

/** Suppressed findings kept, as `--sarif-suppressed include` does, unless told otherwise. */
function parse(report: Report, sarif: SarifOptions = { includeSuppressed: true }): Log {
  return JSON.parse(renderSarif(report, { sarif })) as Log;
}

function ruleOf(log: Log, id: string): ReportingDescriptor {
  const rule = log.runs[0].tool.driver.rules!.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

function resultsOf(log: Log): Result[] {
  return log.runs[0].results!;
}

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(parse(buildReport()), SCHEMA)).toEqual([]);
  });

  it('validates with no findings, diagnostics or skipped files', () => {
    const report = { ...buildReport(), findings: [], diagnostics: [], files: { scanned: [], skipped: [] } };
    const log = parse(report);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(validateSarif(log, SCHEMA)).toEqual([]);
  });

  it('describes the tool and the run', () => {
    const run = parse(buildReport()).runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'posture-gate', semanticVersion: '0.1.0' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/infra/infra/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.properties).toEqual({
      postureScore: 0.5,
      postureScoreByFramework: { 'cis-aws-3.0': 0.4, 'nist-800-53-r5': 0.5 },
      resourcesScanned: 8,
      filesScanned: 4,
      filesSkipped: 1,
      inconclusive: 2,
      suppressed: 2,
    });
    expect(run.invocations![0]).toMatchObject({ executionSuccessful: true, startTimeUtc: '2025-06-01T10:00:00.000Z' });
  });

  it('has one rule per check with results, sorted, and ruleIndex pointing at it', () => {
    const log = parse(buildReport());
    const rules = log.runs[0].tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['AWS-0001', 'AWS-0002', 'AWS-0003', 'K8S-0001', 'K8S-0002']);
    for (const result of resultsOf(log)) expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
  });

  it('fills rule metadata for code scanning', () => {
    const rule = ruleOf(parse(buildReport()), 'AWS-0001');
    expect(rule).toMatchObject({
      name: 'S3BucketsEncryptDataAtRest',
      shortDescription: { text: 'S3 buckets encrypt data at rest' },
      fullDescription: { text: 'Unencrypted buckets expose data if storage media or credentials leak.' },
      helpUri: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
      defaultConfiguration: { level: 'error' },
    });
    expect(rule.properties).toEqual({
      tags: ['security', 'iac', 'severity/high', 'compliance/cis-aws-3.0/2.1.1', 'compliance/nist-800-53-r5/SC-28'],
      precision: 'very-high',
      'problem.severity': 'error',
      'security-severity': '8.0',
    });
    expect(rule.help!.text).toContain('Recommended action: Enable default SSE (SSE-S3 or SSE-KMS).');
    expect(rule.help!.text).toContain('- cis-aws-3.0 2.1.1: Ensure S3 bucket encryption');
    expect(rule.help!.text).toContain('Equivalent checks: checkov CKV_AWS_19, trivy AVD-AWS-0088');
    expect(rule.help!.markdown).toContain('[2.1.1](https://www.cisecurity.org/benchmark/amazon_web_services)');
    expect(ruleOf(parse(buildReport()), 'K8S-0001').name).toBe('ContainersDonTRunPrivileged');
  });

  it('keeps at most 10 tags on a rule (GitHub shows 10), severity first, frameworks in turn, and every control in the help', () => {
    const report = buildReport();
    const controls = Array.from({ length: 30 }, (_, i) => `C-${String(i).padStart(2, '0')}`);
    report.catalog.checks.find((c) => c.id === 'AWS-0002')!.frameworks = { soc2: controls, 'cis-aws-3.0': ['1.1', '1.2'] };
    const log = parse(report);
    const rule = ruleOf(log, 'AWS-0002');
    expect(rule.properties!.tags).toEqual([
      'security', 'iac', 'severity/critical',
      'compliance/cis-aws-3.0/1.1', 'compliance/soc2/C-00', 'compliance/cis-aws-3.0/1.2', 'compliance/soc2/C-01', 'compliance/soc2/C-02', 'compliance/soc2/C-03', 'compliance/soc2/C-04',
    ]);
    expect(rule.help!.text).toContain('- soc2 C-29');
    expect(validateSarif(log, SCHEMA)).toEqual([]);
  });

  it('maps severity to level and security-severity', () => {
    const log = parse(buildReport());
    const pairs = ['AWS-0002', 'AWS-0001', 'AWS-0003', 'K8S-0002'].map((id) => {
      const rule = ruleOf(log, id);
      return [rule.defaultConfiguration!.level, rule.properties!['security-severity'], rule.properties!.tags![2]];
    });
    expect(pairs).toEqual([
      ['error', '9.5', 'severity/critical'],
      ['error', '8.0', 'severity/high'],
      ['warning', '5.5', 'severity/medium'],
      ['note', '3.0', 'severity/low'],
    ]);
    expect(resultsOf(log).map((r) => r.level)).toEqual(['error', 'note', 'error', 'error', 'warning', 'error']);
  });

  it('sorts results by file, line, column, rule and resource', () => {
    const keys = resultsOf(parse(buildReport())).map((r) => {
      const { artifactLocation, region } = r.locations![0].physicalLocation!;
      return `${artifactLocation!.uri}:${region!.startLine}:${region!.startColumn} ${r.ruleId}`;
    });
    expect(keys).toEqual([
      'cloudformation/app.yaml:8:3 AWS-0001',
      'kubernetes/web.yaml:17:9 K8S-0002',
      'kubernetes/web.yaml:21:13 K8S-0001',
      'terraform/main.tf:12:1 AWS-0001',
      'terraform/main.tf:12:1 AWS-0003',
      'terraform/main.tf:30:23 AWS-0002',
    ]);
  });

  it('locates a result exactly, physically and logically', () => {
    const result = resultsOf(parse(buildReport())).find((r) => r.ruleId === 'AWS-0002')!;
    expect(result).toEqual({
      ruleId: 'AWS-0002',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Security group "bastion" allows SSH from 0.0.0.0/0' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'terraform/main.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 30, startColumn: 23, endLine: 30, endColumn: 36 },
          },
          logicalLocations: [{ fullyQualifiedName: 'aws_security_group.bastion', kind: 'resource' }],
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: 'b2c3d4e5' },
      properties: {
        resourceType: 'aws.ec2.security_group',
        scope: 'terraform',
        attributePath: ['ingress', 0, 'cidr_blocks', 0],
        format: 'terraform',
        controls: ['cis-aws-3.0/5.2'],
      },
    });
  });

  it('maps suppressions: inline to inSource, config and baseline to external', () => {
    const report = buildReport();
    report.findings[1].suppression = { kind: 'config', justification: 'waived in .posture.yaml' };
    const byFingerprint = new Map(resultsOf(parse(report)).map((r) => [r.partialFingerprints![FINGERPRINT_KEY], r]));
    expect(byFingerprint.get('a1b2c3d5')!.suppressions).toEqual([
      { kind: 'inSource', justification: 'log bucket is write-once', properties: { source: 'inline', expires: '2026-12-31' } },
    ]);
    expect(byFingerprint.get('e5f6a7b8')!.suppressions).toEqual([
      { kind: 'external', justification: 'accepted in baseline .posture-baseline.json', properties: { source: 'baseline' } },
    ]);
    expect(byFingerprint.get('a1b2c3d4')!.suppressions).toEqual([
      { kind: 'external', justification: 'waived in .posture.yaml', properties: { source: 'config' } },
    ]);
    expect(byFingerprint.get('b2c3d4e5')!.suppressions).toBeUndefined();
  });

  it('reports diagnostics and skipped files as tool execution notifications', () => {
    const notifications = parse(buildReport()).runs[0].invocations![0].toolExecutionNotifications;
    expect(notifications).toEqual([
      {
        level: 'error',
        message: { text: 'bad indentation of a mapping entry' },
        descriptor: { id: 'PARSE_SYNTAX' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'kubernetes/broken.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 },
            },
          },
        ],
      },
      {
        level: 'note',
        message: { text: 'skipped: no known format (no Resources, apiVersion/kind or configurationItems)' },
        descriptor: { id: SKIPPED_FILE_ID },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/notes.yaml', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
  });

  it('renders the same bytes twice and for any input order', () => {
    const first = renderSarif(buildReport());
    expect(renderSarif(buildReport())).toBe(first);
    expect(renderSarif(shuffleReport(buildReport()))).toBe(first);
  });

  it('never writes absolute or remote artifact URIs', () => {
    const report = buildReport();
    const base = report.findings[0];
    const at = (path: string, fingerprint: string): Finding => ({ ...base, fingerprint, location: range(path, 1, 1, 1, 5) });
    report.findings = [
      at(`${ROOT}/modules/s3/main.tf`, 'f1'),
      at('modules\\vpc\\main.tf', 'f2'),
      at('git::https://github.com/acme/modules.git//s3/main.tf', 'f3'),
      at('/etc/elsewhere/main.tf', 'f4'),
      at('./charts/my app/values.yaml', 'f5'),
    ];
    const log = parse(report);
    const uris = new Map(
      resultsOf(log).map((r) => [r.partialFingerprints![FINGERPRINT_KEY], r.locations![0].physicalLocation?.artifactLocation?.uri]),
    );
    expect(Object.fromEntries(uris)).toEqual({
      f1: 'modules/s3/main.tf',
      f2: 'modules/vpc/main.tf',
      // code scanning rejects a whole upload over one result without a physical location, so a
      // file outside the repository gets a placeholder path that says so
      f3: 'external/git/https/github.com/acme/modules.git/s3/main.tf',
      f4: 'external/etc/elsewhere/main.tf',
      f5: 'charts/my%20app/values.yaml',
    });
    const unlocated = resultsOf(log).find((r) => r.partialFingerprints![FINGERPRINT_KEY] === 'f3')!;
    expect(unlocated.locations![0].logicalLocations).toEqual([{ fullyQualifiedName: base.resourceId, kind: 'resource' }]);
    expect(resultsOf(log).every((r) => r.locations![0].physicalLocation?.artifactLocation?.uri)).toBe(true);
    expect(validateSarif(log, SCHEMA)).toEqual([]);
  });

  it('shows a finding in a remote module at the module block that pulled it in', () => {
    const report = buildReport();
    const base = report.findings[0];
    report.findings = [{
      ...base,
      location: range('git::https://github.com/acme/modules.git//s3/main.tf', 4, 3, 4, 20),
      moduleCalls: [{ address: 'module.storage', location: range('main.tf', 12, 1, 15, 2) }],
    }];
    const [result] = resultsOf(parse(report));
    expect(result!.locations![0].physicalLocation).toEqual({ artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 1, endLine: 15, endColumn: 2 } });
    expect(result!.relatedLocations![0].message!.text).toBe('called from module.storage');
  });

  it('sets a stable automation id, so code scanning keeps one analysis category', () => {
    expect(buildSarifLog(buildReport()).runs[0].automationDetails).toEqual({ id: AUTOMATION_ID });
    expect(AUTOMATION_ID).toMatch(/^[\w-]+\/$/);
  });

  it('gives a live-account audit its own category, so its uploads and the repository scans never close each other\'s alerts', () => {
    const live = buildReport();
    live.files.scanned = ['aws-config://live'];
    expect(buildSarifLog(live).runs[0].automationDetails).toEqual({ id: LIVE_AUTOMATION_ID });
    expect(LIVE_AUTOMATION_ID).not.toBe(AUTOMATION_ID);
    const mixed = buildReport();
    mixed.files.scanned = ['aws-config://live', 'infra/web.yaml'];
    expect(buildSarifLog(mixed).runs[0].automationDetails).toEqual({ id: AUTOMATION_ID });
  });

  it('keeps at most 25,000 results, the most severe and unsuppressed first, and states the cut', () => {
    const report = buildReport();
    const [template] = report.findings.filter((f) => !f.suppression);
    const many: Finding[] = [];
    for (let i = 0; i < MAX_RESULTS + 5; i++) {
      const severity = i < 3 ? 'CRITICAL' : 'LOW';
      many.push({ ...template, severity, fingerprint: `fp-${String(i).padStart(6, '0')}`, resourceId: `r${i}` });
    }
    const log = buildSarifLog({ ...report, findings: many });
    const run = log.runs[0];
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.results!.filter((r) => r.level === 'error')).toHaveLength(3);
    expect(run.properties?.resultsOmitted).toBe(5);
    const notes = run.invocations![0].toolExecutionNotifications!;
    expect(notes.filter((n) => n.descriptor?.id === RESULTS_CAPPED_ID)).toEqual([
      expect.objectContaining({ level: 'warning', message: { text: expect.stringContaining('5 results left out') } }),
    ]);
    expect(buildSarifLog(report).runs[0].properties?.resultsOmitted).toBeUndefined();
  });

  it('leaves suppressed findings out by default; include keeps them with suppressions; the run still counts them', () => {
    const report = buildReport();
    const suppressed = report.findings.filter((f) => f.suppression).map((f) => f.fingerprint);
    expect(suppressed.length).toBeGreaterThan(0);
    const omitted = parse(report, {});
    const fingerprints = resultsOf(omitted).map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(fingerprints).toHaveLength(report.findings.length - suppressed.length);
    for (const fingerprint of suppressed) expect(fingerprints).not.toContain(fingerprint);
    expect(resultsOf(omitted).every((r) => r.suppressions === undefined)).toBe(true);
    expect(omitted.runs[0].properties!.suppressed).toBe(suppressed.length);
    expect(sarifResultCount(report)).toBe(fingerprints.length);
    const included = parse(report, { includeSuppressed: true });
    expect(resultsOf(included)).toHaveLength(report.findings.length);
    expect(resultsOf(included).filter((r) => r.suppressions)).toHaveLength(suppressed.length);
    expect(sarifResultCount(report, { includeSuppressed: true })).toBe(report.findings.length);
    expect(validateSarif(omitted, SCHEMA)).toEqual([]);
  });

  it('sets the category as automationDetails.id, a / appended, and the repository as versionControlProvenance', () => {
    const provenance = { repositoryUri: 'https://github.com/o/r', revisionId: 'a'.repeat(40), branch: 'main' };
    const run = parse(buildReport(), { category: 'posture-gate/infra', provenance }).runs[0];
    expect(run.automationDetails).toEqual({ id: 'posture-gate/infra/' });
    expect(run.versionControlProvenance).toEqual([provenance]);
    expect(parse(buildReport(), { category: 'iac/' }).runs[0].automationDetails).toEqual({ id: 'iac/' });
    expect(parse(buildReport(), {}).runs[0].versionControlProvenance).toBeUndefined();
    expect(validateSarif(parse(buildReport(), { category: 'x', provenance }), SCHEMA)).toEqual([]);
  });

  it('defaults the category to the scanned paths relative to the root, so two path scans never close each other\'s alerts', () => {
    expect(defaultSarifCategory('/repo', ['/repo'])).toBe(AUTOMATION_ID);
    expect(defaultSarifCategory('/repo', ['/repo/.', '/repo/infra'])).toBe(AUTOMATION_ID);
    expect(defaultSarifCategory('/repo', ['/repo/k8s/', '/repo/infra/prod', '/repo/k8s'])).toBe('posture-gate/infra/prod,k8s/');
    expect(defaultSarifCategory('/repo', ['infra'])).toBe('posture-gate/infra/');
  });

  it('builds a minimal rule for a check missing from the catalogue', () => {
    const report = buildReport();
    report.findings[0] = { ...report.findings[0], checkId: 'USER-0001', title: 'Pods run with a read-only root filesystem', severity: 'MEDIUM' };
    const log = parse(report);
    expect(ruleOf(log, 'USER-0001')).toMatchObject({
      name: 'PodsRunWithAReadOnlyRootFilesystem',
      shortDescription: { text: 'Pods run with a read-only root filesystem' },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['security', 'iac', 'severity/medium', 'compliance/nist-800-53-r5/AC-6'] },
    });
    expect(validateSarif(log, SCHEMA)).toEqual([]);
  });

  it('returns a SARIF object the schema check can reject', () => {
    const log = buildSarifLog(buildReport()) as unknown as Record<string, unknown>;
    const broken = { ...log, version: '2.0.0' };
    expect(validateSarif(broken, SCHEMA).join('\n')).toMatch(/\/version/);
  });
});
