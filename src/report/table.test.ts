import { describe, expect, it } from '@jest/globals';
import { buildReport, shuffleReport } from './__fixtures__/report.js';
import { NO_FINDINGS, renderTable } from './table.js';

const ANSI = /\u001b\[[0-9;]*m/;

describe('renderTable', () => {
  it('groups findings under a header per file, in path order, most severe first within a file', () => {
    const lines = renderTable(buildReport()).split('\n');
    const headers = lines.filter((line) => line !== '' && !line.startsWith(' '));
    expect(headers).toEqual(['cloudformation/app.yaml', 'kubernetes/web.yaml', 'terraform/main.tf', 'Diagnostics', 'Summary']);
    const tf = lines.indexOf('terraform/main.tf');
    const rows = lines.slice(tf + 1).filter((line) => /^ {2}[A-Z]/.test(line)).slice(0, 3);
    expect(rows.map((line) => line.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual(['CRITICAL AWS-0002 30:23', 'HIGH AWS-0001 12:1', 'MEDIUM AWS-0003 12:1']);
  });

  it('aligns severity, check and line across files, the message beside them and the resource under it', () => {
    const text = renderTable(buildReport());
    expect(text).toContain(
      '  CRITICAL  AWS-0002  30:23  Security group "bastion" allows SSH from 0.0.0.0/0\n                             aws_security_group.bastion\n',
    );
    expect(text).toContain('  HIGH      AWS-0001  8:3    S3 bucket "Data" does not encrypt data at rest\n                             AWS::S3::Bucket/Data\n');
  });

  it('wraps the message under itself and never writes a line wider than the width', () => {
    const report = buildReport();
    report.findings[0] = { ...report.findings[0]!, resourceId: `module.vpc.aws_network_acl.${'x'.repeat(80)}.outpost[0]` };
    for (const width of [40, 60, 80, 120]) {
      const lines = renderTable(report, { width, detail: 'verbose' }).split('\n');
      expect(lines.filter((line) => line.length > width)).toEqual([]);
    }
    // a resource id too long for its line keeps its end (the part that tells resources apart)
    expect(renderTable(report, { width: 60 })).toMatch(/ {29}…x+\.outpost\[0\]\n/);
    expect(renderTable(report, { width: 60 })).toContain('Container "web" of Deployment\n                             prod/web runs privileged\n');
  });

  it('puts the message under the columns when the terminal is too narrow for both', () => {
    const text = renderTable(buildReport(), { width: 40 });
    expect(text).toContain('  CRITICAL  AWS-0002  30:23\n    Security group "bastion" allows SSH\n    from 0.0.0.0/0\n');
  });

  it('uses no colour unless asked', () => {
    expect(renderTable(buildReport())).not.toMatch(ANSI);
    expect(renderTable(buildReport(), { color: false })).not.toMatch(ANSI);
  });

  it('colours severities and dims suppressed findings when asked', () => {
    const text = renderTable(buildReport(), { color: true });
    expect(text).toContain('\u001b[1;31mCRITICAL\u001b[0m  AWS-0002');
    expect(text).toContain('\u001b[31mHIGH\u001b[0m      AWS-0001  8:3    S3 bucket "Data"');
    const suppressed = text.split('\n').find((line) => line.includes('AWS-0003'))!;
    expect(suppressed.startsWith('\u001b[2m')).toBe(true);
    expect(suppressed.endsWith('\u001b[0m')).toBe(true);
  });

  it('shows suppressed findings with their justification', () => {
    const text = renderTable(buildReport());
    const flat = text.replace(/\n +/g, ' ');
    expect(flat).toContain('does not keep object versions [suppressed (inline until 2026-12-31): log bucket is write-once]');
    expect(flat).toContain('[suppressed (baseline): accepted in baseline .posture-baseline.json]');
  });

  it('lists diagnostics as path:line:col', () => {
    expect(renderTable(buildReport())).toContain(
      'Diagnostics\n  kubernetes/broken.yaml:3:5: error: bad indentation of a mapping entry [PARSE_SYNTAX]\n',
    );
  });

  it('summarises counts and posture scores', () => {
    const report = buildReport();
    report.score.overall = { passing: 35, total: 40, score: 0.875 };
    const text = renderTable(report, { detail: 'verbose' });
    expect(text).toContain('  Findings: 1 CRITICAL, 3 HIGH, 0 MEDIUM, 0 LOW (4 total, 2 suppressed)\n');
    expect(text).toContain('  Inconclusive: 2 ');
    expect(text).toContain('  Files: 4 scanned, 1 skipped\n');
    expect(text).toContain('\n  Posture score: 87.5% (35 of 40 resources with no findings)\n');
    expect(text).toContain('    cis-aws-3.0 (CIS AWS Foundations Benchmark): 40.0% (2 of 5 resources with no findings)\n');
    expect(text.indexOf('cis-aws-3.0 (')).toBeLessThan(text.indexOf('nist-800-53-r5 ('));
  });

  it('never rounds a failing posture up to 100%', () => {
    const report = buildReport();
    report.score.overall = { passing: 9999, total: 10000, score: 0.9999 };
    expect(renderTable(report)).toContain('Posture score: 99.9% (9999 of 10000 resources with no findings)');
  });

  it('says so when there are no findings', () => {
    const report = { ...buildReport(), findings: [], diagnostics: [] };
    report.score = { overall: { passing: 8, total: 8, score: 1 }, byFramework: {}, byRequirement: {}, byControl: {} };
    const text = renderTable(report);
    expect(text.startsWith(`${NO_FINDINGS}\n\nSummary\n`)).toBe(true);
    expect(text).not.toMatch(/^Diagnostics$/m);
    expect(text).toContain('Posture score: 100.0% (8 of 8 resources with no findings)');
    expect(renderTable({ ...report, score: { overall: { passing: 0, total: 0, score: 1 }, byFramework: {}, byRequirement: {}, byControl: {} } })).toContain(
      'Posture score: n/a (no scanned resource is in scope)',
    );
  });

  it('strips terminal control characters from scanned text', () => {
    const report = buildReport();
    report.findings[0] = { ...report.findings[0], resourceId: 'evil\u001b[2Jname', message: 'line one\nline two' };
    const text = renderTable(report);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil [2Jname');
    expect(text).toContain('line one line two');
  });

  it('is stable for any input order', () => {
    expect(renderTable(shuffleReport(buildReport()), { color: true })).toBe(renderTable(buildReport(), { color: true }));
  });
});
