import { describe, expect, it } from '@jest/globals';
import { buildReport, shuffleReport } from './__fixtures__/report.js';
import { buildJsonReport, renderJson } from './json.js';
import type { JsonReport } from './json.js';

function parse(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

describe('renderJson', () => {
  it('writes a versioned, pretty-printed document', () => {
    const text = renderJson(buildReport());
    expect(text.startsWith('{\n  "$schema": "https://posture-gate.github.io/schemas/report-1.json",\n  "schemaVersion": "1",\n  "tool": {\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const json = parse(text);
    expect(Object.keys(json)).toEqual([
      '$schema',
      'schemaVersion',
      'tool',
      'root',
      'startedAt',
      'summary',
      'findings',
      'inconclusive',
      'diagnostics',
      'files',
      'score',
    ]);
    expect(json.tool).toEqual({ name: 'posture-gate', version: '0.1.0' });
  });

  it('summarises counts, keeping suppressed findings apart', () => {
    expect(parse(renderJson(buildReport())).summary).toEqual({
      resources: 8,
      filesScanned: 4,
      filesSkipped: 1,
      findings: { total: 4, CRITICAL: 1, HIGH: 3, MEDIUM: 0, LOW: 0 },
      suppressed: 2,
      inconclusive: 2,
      diagnostics: 1,
      score: 0.5,
    });
  });

  it('sorts findings like SARIF and keeps suppressions and scope', () => {
    const { findings } = parse(renderJson(buildReport()));
    expect(findings.map((f) => `${f.location.path}:${f.location.startLine} ${f.checkId}`)).toEqual([
      'cloudformation/app.yaml:8 AWS-0001',
      'kubernetes/web.yaml:17 K8S-0002',
      'kubernetes/web.yaml:21 K8S-0001',
      'terraform/main.tf:12 AWS-0001',
      'terraform/main.tf:12 AWS-0003',
      'terraform/main.tf:30 AWS-0002',
    ]);
    const versioning = findings.find((f) => f.checkId === 'AWS-0003')!;
    expect(versioning.suppression).toEqual({ kind: 'inline', justification: 'log bucket is write-once', expires: '2026-12-31' });
    expect(versioning.scope).toBe('terraform');
    expect(findings.find((f) => f.checkId === 'AWS-0002')!.suppression).toBeUndefined();
    expect(findings[0].controls).toEqual([
      { framework: 'cis-aws-3.0', control: '2.1.1' },
      { framework: 'nist-800-53-r5', control: 'SC-28' },
    ]);
  });

  it('lists inconclusive checks, diagnostics, files and scores', () => {
    const json = buildJsonReport(buildReport());
    expect(json.inconclusive.map((i) => `${i.checkId} ${i.resourceId} ${i.location.startLine}`)).toEqual([
      'AWS-0002 aws_security_group.bastion 33',
      'AWS-0001 aws_s3_bucket.assets 40',
    ]);
    expect(json.diagnostics).toEqual([
      {
        code: 'PARSE_SYNTAX',
        level: 'error',
        message: 'bad indentation of a mapping entry',
        range: { path: 'kubernetes/broken.yaml', startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 },
      },
    ]);
    expect(json.files.scanned).toEqual(['cloudformation/app.yaml', 'kubernetes/broken.yaml', 'kubernetes/web.yaml', 'terraform/main.tf']);
    expect(json.files.skipped).toEqual([{ path: 'docs/notes.yaml', reason: expect.stringContaining('no known format') }]);
    expect(Object.keys(json.score.byFramework)).toEqual(['cis-aws-3.0', 'nist-800-53-r5']);
    expect(json.score.overall).toEqual({ passing: 4, total: 8, score: 0.5 });
  });

  it('renders the same bytes twice and for any input order', () => {
    const first = renderJson(buildReport());
    expect(renderJson(buildReport())).toBe(first);
    expect(renderJson(shuffleReport(buildReport()))).toBe(first);
  });

  it('does not modify the report it renders', () => {
    const report = buildReport();
    const before = JSON.stringify(report);
    renderJson(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
