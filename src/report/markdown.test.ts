import { describe, expect, it } from '@jest/globals';
import { buildReport, shuffleReport } from './__fixtures__/report.js';
import { getReporter } from './index.js';
import { MAX_ROWS, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(buildReport());

  it('leads with the posture score and the counts by severity, suppressed apart', () => {
    expect(markdown.startsWith('## posture-gate: posture score 50.0%\n\n4 of 8 resources pass every check.')).toBe(true);
    expect(markdown).toContain('| Critical | 1 |\n| High | 3 |\n| Medium | 0 |\n| Low | 0 |\n| **Total** | **4** |');
    expect(markdown).toContain('4 findings (1 critical, 3 high, 0 medium, 0 low); 2 suppressed; 2 inconclusive; 4 files scanned, 1 with problems.');
  });

  it('scores each framework', () => {
    expect(markdown).toContain('| CIS AWS Foundations Benchmark 3.0.0 (`cis-aws-3.0`) | 40.0% | 2 / 5 |');
    expect(markdown).toContain('| NIST SP 800-53 Rev. 5 r5 (`nist-800-53-r5`) | 50.0% | 3 / 6 |');
  });

  it('groups unsuppressed findings by severity, what is wrong first, the check second, with file:line links relative to the root', () => {
    const high = markdown.slice(markdown.indexOf('### High (3)'), markdown.indexOf('### Suppressed'));
    expect(high).toContain('| Finding | Check | Location | Controls |');
    expect(high).toContain(
      '| S3 bucket "logs" does not encrypt data at rest (aws\\_s3\\_bucket.logs) | AWS-0001 S3 buckets encrypt data at rest | [terraform/main.tf:12](terraform/main.tf#L12) | cis-aws-3.0 2.1.1, nist-800-53-r5 SC-28 |',
    );
    expect(high).not.toContain('AWS-0003');
    expect(markdown).not.toContain('### Medium');
    expect(markdown).not.toContain('/home/runner');
  });

  it('lists suppressed findings with kind, justification and expiry, and the file problems', () => {
    expect(markdown).toContain('| S3 bucket "logs" does not keep object versions (aws\\_s3\\_bucket.logs) | AWS-0003 | [terraform/main.tf:12](terraform/main.tf#L12) | inline | log bucket is write-once | 2026-12-31 |');
    expect(markdown).toContain('| Container "web" of Deployment prod/web sets no memory limit (apps/v1/Deployment/prod/web) | K8S-0002 | [kubernetes/web.yaml:17](kubernetes/web.yaml#L17) | baseline |');
    expect(markdown).toContain('| error | PARSE_SYNTAX | [kubernetes/broken.yaml:3](kubernetes/broken.yaml#L3) | bad indentation of a mapping entry |');
  });

  it('shows messages with anything secret-shaped masked', () => {
    const report = buildReport();
    report.findings[1] = { ...report.findings[1], message: 'password=hunter2' };
    expect(renderMarkdown(report)).not.toContain('hunter2');
  });

  it('keeps table cells intact whatever the text', () => {
    const report = buildReport();
    report.findings[3] = { ...report.findings[3], title: 'a | b\nc <script>', resourceId: 'x|`y`', location: { ...report.findings[3].location, path: 'my dir/(a).tf' } };
    const row = renderMarkdown(report).split('\n').find((line) => line.startsWith('| Security group'))!;
    expect(row).toBe('| Security group "bastion" allows SSH from 0.0.0.0/0 (x\\|\\`y\\`) | AWS-0002 a \\| b c &lt;script&gt; | [my dir/(a).tf:30](my%20dir/%28a%29.tf#L30) | cis-aws-3.0 5.2 |');
  });

  it('caps long tables and says how many rows were left out', () => {
    const report = buildReport();
    const base = report.findings[3];
    report.findings = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ ...base, resourceId: `r${String(i).padStart(3, '0')}`, fingerprint: `f${i}` }));
    const text = renderMarkdown(report);
    expect(text.split('\n').filter((line) => line.startsWith('| Security group'))).toHaveLength(MAX_ROWS);
    expect(text).toContain('… and 5 more; see the SARIF or JSON report for all of them.');
  });

  it('is deterministic and registered as markdown', () => {
    expect(renderMarkdown(shuffleReport(buildReport()))).toBe(markdown);
    expect(getReporter('markdown').render(buildReport())).toBe(markdown);
  });
});
