import { describe, expect, it } from '@jest/globals';
import { checkLabel, findingHeadline } from './headline.js';

describe('how reviewer outputs name a finding', () => {
  it('leads with the message, adding the resource when the message does not name it', () => {
    expect(findingHeadline({ message: 'RDS DB instance aws_db_instance.main is publicly accessible', resourceId: 'aws_db_instance.main' })).toBe(
      'RDS DB instance aws_db_instance.main is publicly accessible',
    );
    expect(findingHeadline({ message: 'S3 bucket "logs" is public', resourceId: 'aws_s3_bucket.logs' })).toBe('S3 bucket "logs" is public (aws_s3_bucket.logs)');
    expect(checkLabel({ checkId: 'AWS-0010', title: 'RDS DB instances are not publicly accessible' })).toBe('AWS-0010 RDS DB instances are not publicly accessible');
  });

  it('masks anything secret-shaped a message might carry, and keeps it on one line', () => {
    const headline = findingHeadline({ message: 'container env password=hunter2\nand more', resourceId: 'x' });
    expect(headline).not.toContain('hunter2');
    expect(headline).not.toContain('\n');
  });
});
