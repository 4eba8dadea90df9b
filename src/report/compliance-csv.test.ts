import { describe, expect, it } from '@jest/globals';
import { buildReport } from './__fixtures__/report.js';
import { csvCell, renderComplianceCsv } from './compliance-csv.js';

describe('the compliance CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas from scanned names', () => {
    expect(csvCell('aws_s3_bucket.logs')).toBe('aws_s3_bucket.logs');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
  });

  it('has a row per failing resource and one per control without any', () => {
    const lines = renderComplianceCsv(buildReport()).split('\r\n');
    expect(lines[0]).toBe('framework,framework_version,requirement,control,status,check,resource,location');
    expect(lines).toContain('cis-aws-3.0,3.0.0,2,2.1.1,fail,AWS-0001,AWS::S3::Bucket/Data,cloudformation/app.yaml:8');
    expect(lines).toContain('cis-aws-3.0,3.0.0,2,2.1.1,fail,AWS-0001,aws_s3_bucket.logs,terraform/main.tf:12');
    expect(lines.at(-1)).toBe('');
  });
});
